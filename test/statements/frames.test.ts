import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

// Sentences written for the tests, about the invented states of examples/codebook.yaml.
describe('a circumstance after the cue is no content', () => {
  it('takes the clause before "…, the office said on December 29"', () => {
    const s = statementsOf(
      'Veskan and Ormundi officials have started a prisoner exchange, the office of the Veskan president said on December 29.',
    );
    expect(s).toHaveLength(1);
    expect(s[0].content).toBe('Veskan and Ormundi officials have started a prisoner exchange');
  });

  it('takes what follows a title set before the name by commas', () => {
    const s = statementsOf(
      'Ormund’s envoy to the talks, Petr Vallo, said on Twitter they had “started quite well”.',
    );
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ speaker: 'Petr Vallo', actor: 'ORM' });
    expect(s[0].content).toMatch(/^they had/);
  });
});

describe('co-chairs from a list of parties', () => {
  it('speak for every party of the list, and "the document" they issued for them too', () => {
    const s = statementsOf(
      'The round was “useful and frank,” the co-chairs from Veska, Tarsia and the Northern Maritime Council said in a press communique on Wednesday. ' +
        '“The co-chairs saw open exchanges,” the document said.',
    );
    expect(s).toHaveLength(2);
    expect(s[0].actor).toEqual(['VSK', 'TRS', 'NMC']);
    expect(s[0].content).not.toMatch(/communique/);
    expect(s[1]).toMatchObject({ said: 'the document', actor: ['VSK', 'TRS', 'NMC'] });
  });

  it('does not take a text named inside the quotation as the one that speaks', () => {
    const s = statementsOf(
      'The Northern Maritime Council said in a communique that the round had ended. ' +
        '“Experts worked on a draft joint statement by all participants,” the document said.',
    );
    expect(s.find((x) => x.said === 'the document')).toMatchObject({ actor: 'NMC' });
  });
});

describe('"according to" set off inside its clause', () => {
  it('reports what follows the source, not the subject before it', () => {
    const s = statementsOf(
      'Delegates in the first working group, according to the Northern Maritime Council, “assessed the situation at sea as calm and stable.”',
    );
    expect(s).toHaveLength(1);
    expect(s[0].content).toMatch(/assessed the situation at sea as calm and stable/);
    expect(s[0].actor).toBe('NMC');
  });
});

describe('what a speaker called a thing', () => {
  it('reports the words after "what X called" and "what X described as"', () => {
    const s = statementsOf(
      'The talks entered what one Veskan diplomat called a “now or never” stage. ' +
        'President Davor Kest said Ormund would close a test site in what he described as a step toward peace.',
    );
    expect(s.find((x) => x.said === 'one Veskan diplomat')).toMatchObject({
      actor: 'VSK',
      content: 'a “now or never” stage',
    });
    expect(s.find((x) => x.rule === 'statement.reported.what-named' && x.said === 'he')).toMatchObject({
      actor: 'ORM',
      content: 'a step toward peace',
    });
  });

  it('reads the pronoun as the subject of an irregular past verb before "what"', () => {
    const s = statementsOf(
      'Ormund said it would retaliate. The fighting began when Veska struck what it called militant camps across the border, and Ormund denied any role.',
    );
    expect(s.find((x) => x.rule === 'statement.reported.what-named')).toMatchObject({
      speaker: 'Veska',
      actor: 'VSK',
      content: expect.stringMatching(/^militant camps/),
    });
  });

  it('reads the pronoun as the subject of the verb before "what"', () => {
    const s = statementsOf(
      'Foreign Minister Ilse Marrow met the envoys. President Davor Kest condemned what he called a “brazen breach” of the accord.',
    );
    expect(s.find((x) => x.rule === 'statement.reported.what-named')).toMatchObject({
      speaker: 'Davor Kest',
      actor: 'ORM',
    });
  });

  it('takes a quoted word or two before the reporter’s own noun as scare quotes', () => {
    const s = statementsOf('The Veskan army launched what it called “anti-terror” operations on Tuesday.');
    expect(s).toHaveLength(0);
  });
});

describe('a cue that is no speech', () => {
  it('"recalled its own" calls an ambassador home: nothing said', () => {
    expect(
      statementsOf(
        'On Monday, Veska expelled Ormund’s ambassador and recalled its own after a landmine blast wounded five Veskan soldiers.',
      ),
    ).toHaveLength(0);
    expect(statementsOf('Kest recalled that the talks had failed twice.')).toHaveLength(1);
  });
});

describe('a title served by a longer noun phrase', () => {
  it('speaks for the party at the end of "a spokeswoman for a group of … negotiators"', () => {
    const s = statementsOf(
      '“We arrived two hours ago,” said a spokeswoman for a group of Veskan government negotiators who flew in from Port Alder.',
    );
    expect(s).toHaveLength(1);
    expect(s[0].said).toBe('a spokeswoman for a group of Veskan government negotiators');
    expect(s[0].actor).toBe('VSK');
  });
});
