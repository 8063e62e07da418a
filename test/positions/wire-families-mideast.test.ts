/**
 * Wordings of truce and hostage talks that real reports of earlier rounds use and that Parley
 * missed: reluctance, a party "adamant that" a deal must give something, a list of terms whose
 * items carry a party's adjective, a withdrawal from the Gaza talks' places, aid told as salaries
 * and roads, and a time phrase between a cue and an issue. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('reluctance is a refusal for now', () => {
  it('reads "is reluctant to commit to" a truce as rejecting it', () => {
    const got = stances(code('Veska is reluctant to commit to a permanent ceasefire, a diplomat said.'));
    expect(got).toContain('VSK ceasefire reject');
    expect(got).not.toContain('VSK ceasefire propose');
  });
});

describe('"adamant that" a deal must give something: the adamant party demands it', () => {
  it('gives the demand to the party, not to the sources that report it', () => {
    const got = stances(
      code('Officials said Ormund remained adamant that any deal must guarantee a permanent ceasefire.'),
    );
    expect(got).toContain('ORM ceasefire demand');
  });
  it('gives each listed term to the party', () => {
    const got = stances(
      code(
        'Mediators said Ormund was adamant that the agreement must include a permanent truce, full Veskan withdrawal from the islands and the return of displaced islanders to their homes.',
      ),
    );
    expect(got).toEqual(
      expect.arrayContaining(['ORM ceasefire demand', 'ORM territory demand', 'ORM humanitarian demand']),
    );
  });
});

describe('a party adjective inside a list of terms', () => {
  it('keeps "a ceasefire, a Veskan withdrawal from the islands and …" one list', () => {
    const got = stances(
      code(
        'Ormund demanded a ceasefire, a Veskan withdrawal from the islands and the return of displaced islanders.',
      ),
    );
    expect(got).toContain('ORM territory demand');
  });
});

describe('withdrawals named by the places of the Gaza talks, and pullouts of forces', () => {
  it('reads a withdrawal from Rafah or the Philadelphi corridor as territory', () => {
    expect(stances(code('Ormund demanded a full Veskan withdrawal from Rafah.'))).toContain(
      'ORM territory demand',
    );
    expect(stances(code('Veska refused to pull its troops out of the Philadelphi corridor.'))).toContain(
      'VSK territory reject',
    );
  });
  it('reads "the pullout of Veskan forces" as territory', () => {
    expect(stances(code('Ormund called for the pullout of Veskan forces.'))).toContain(
      'ORM territory demand',
    );
  });
});

describe('aid told as salaries paid and roads opened', () => {
  it('reads salary and pension payments as humanitarian', () => {
    expect(
      stances(code('Ormund called for the salary and pension payment for civil servants in the north.')),
    ).toContain('ORM humanitarian demand');
  });
  it('reads the opening of roads into a besieged city as humanitarian', () => {
    expect(stances(code('Ormund demanded the opening of roads into the besieged port of Harrow.'))).toContain(
      'ORM humanitarian demand',
    );
  });
});

describe('people and goods let across a closed border', () => {
  it('reads a demand to ease movement across a border as humanitarian', () => {
    expect(
      stances(code('Ormund demanded that Veska ease movement across its border with the blockaded islands.')),
    ).toContain('ORM humanitarian demand');
  });
  it('reads the movement of people and goods as humanitarian, not troop movements', () => {
    expect(
      stances(code('Ormund called for the free movement of people and goods through the crossings.')),
    ).toContain('ORM humanitarian demand');
    expect(
      stances(code('Ormund called for an end to the movement of troops near the border.')),
    ).not.toContain('ORM humanitarian demand');
  });
});

describe('the war paused, halted or stopped', () => {
  it('reads "proposals to pause the war" and "to halt the fighting" as a ceasefire', () => {
    expect(stances(code('Tarsia proposed to pause the war for two days.'))).toContain(
      'TRS ceasefire propose',
    );
    expect(stances(code('Ormund urged Veska to halt the fighting around the port.'))).toContain(
      'ORM ceasefire demand',
    );
  });
});

describe('a time phrase between the cue and the issue', () => {
  it('does not make "demanding since the truce began" a demand for the truce', () => {
    const got = stances(
      code(
        'Petr Vallo said the plan reflected the main terms that Ormund has been demanding since the truce began in April.',
      ),
    );
    expect(got).not.toContain('ORM ceasefire demand');
  });
  it('does not make "insisting during the truce" a demand for the truce', () => {
    expect(
      stances(code('Ormund kept insisting during the truce that the islands were its own.')),
    ).not.toContain('ORM ceasefire demand');
  });
});

describe('a list of parties with a serial comma', () => {
  it('gives the stance to every party of "X, Y, and Z"', () => {
    const got = stances(code('Veska, Ormund, and Tarsia were ready to accept the ceasefire.'));
    expect(got).toEqual(
      expect.arrayContaining(['VSK ceasefire accept', 'ORM ceasefire accept', 'TRS ceasefire accept']),
    );
  });
  it('keeps the serial comma inside a dashed aside', () => {
    const got = stances(
      code(
        'Ilse Marrow said the other parties − Ormund, Tarsia, and the Northern Maritime Council − were ready to finalize the islands truce.',
      ),
    );
    expect(got).toEqual(
      expect.arrayContaining(['ORM ceasefire propose', 'TRS ceasefire propose', 'NMC ceasefire propose']),
    );
  });
});

describe('"stressed the need for" something: the need a party insists on is its demand', () => {
  it('reads the stressed need as a demand of the party that stresses it', () => {
    expect(stances(code('Ormund stressed the need for the removal of sanctions on its ports.'))).toContain(
      'ORM sanctions_relief demand',
    );
    expect(stances(code('Veska underlined the urgent need for a lasting truce on the islands.'))).toContain(
      'VSK ceasefire demand',
    );
  });
});
