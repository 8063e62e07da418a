/**
 * Wordings of truce and shipping talks that real reports of earlier rounds use and that Parley
 * missed: a position "not subject to negotiation", aggression stopped as the fighting stopped, and
 * a blockaded territory's seaport and airport. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('"not subject to negotiation" is "not negotiable"', () => {
  it('reads a position not subject to negotiation until the attacks stop as a demand', () => {
    const doc = code(
      'Ormund stressed that its position was not subject to negotiation until Veska halts its attacks on the islands.',
    );
    expect(stances(doc)).toContain('ORM ceasefire demand');
  });
  it('reads what a party holds as "not up for negotiation" as keeping it', () => {
    expect(stances(code('Ormund said its territory was not up for negotiation.'))).toContain(
      'ORM territory reject',
    );
  });
});

describe('aggression stopped is the fighting stopped', () => {
  it('reads "until Veska stops its aggression" as a ceasefire demand', () => {
    expect(
      stances(
        code('Ormund will keep its ships at sea until Veska stops its aggression against the islands.'),
      ),
    ).toContain('ORM ceasefire demand');
  });
  it('reads a call to end the aggression as a ceasefire demand', () => {
    expect(stances(code('Ormund called for an end to the aggression on the islands.'))).toContain(
      'ORM ceasefire demand',
    );
  });
});

describe("a blockaded territory's seaport and airport", () => {
  it('reads a demand for a seaport and an airport as humanitarian', () => {
    expect(
      stances(
        code(
          'Ormund demands the construction of a seaport on the island coast and the restoration of its airport.',
        ),
      ),
    ).toContain('ORM humanitarian demand');
  });
  it('does not read an airport alone as humanitarian', () => {
    expect(stances(code('Ormund demands the construction of a new airport.'))).not.toContain(
      'ORM humanitarian demand',
    );
  });
});

describe('a barrier named bare as the topic of talks is negotiable', () => {
  it('reads "agreed to discuss export controls" as open on their relief, not for the controls', () => {
    const got = stances(code('Veska and Ormund agreed on Monday to discuss export controls.'));
    expect(got).toContain('ORM sanctions_relief open');
    expect(got).not.toContain('ORM sanctions_relief reject');
  });
  it('still reads "considering export controls" as raising the barrier', () => {
    expect(stances(code('Ormund is considering export controls on rare earths.'))).toContain(
      'ORM sanctions_relief reject',
    );
  });
});

describe("a party's reported clause after the mediated talks is its own", () => {
  it('gives "stressed in the Tarsia-mediated talks that … until" to the party, not the mediator', () => {
    const got = stances(
      code(
        'Ormund stressed in the Tarsia-mediated talks that its position was not subject to negotiation until Veska stops its aggression against the islands, said Ida Vell, the Ormund spokeswoman.',
      ),
    );
    expect(got).toContain('ORM ceasefire demand');
    expect(got).not.toContain('TRS ceasefire propose');
  });
  it('still has the mediator propose what its talks are about', () => {
    expect(stances(code('Ormund and Veska held Tarsia-mediated talks on a ceasefire on Monday.'))).toContain(
      'TRS ceasefire propose',
    );
  });
});
