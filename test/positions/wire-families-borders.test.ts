/**
 * Wordings of border-delimitation rounds and of demining pledges that real reports use and that
 * Parley missed: stretches of "the borderline" agreed, "the delimitation process", mines cleared
 * and minefield maps handed over. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('sections of a border line agreed in a delimitation round', () => {
  it('reads agreeing upon sections of "the borderline" as the border drawn', () => {
    const got = stances(
      code('Ormund and Veska agreed upon two sections of the borderline near the river villages on Friday.'),
    );
    expect(got).toContain('ORM territory accept');
    expect(got).toContain('VSK territory accept');
  });

  it('reads a call to speed up "the delimitation process" as the border at issue', () => {
    expect(stances(code('Veska demanded that Ormund speed up the delimitation process.'))).toContain(
      'VSK territory demand',
    );
  });
});

describe('mines cleared protect the civilians of a former front', () => {
  it('reads cooperating on landmine clearing as humanitarian', () => {
    const got = stances(
      code('Ormund and Veska agreed to cooperate on landmine clearing along the frontier.'),
    );
    expect(got).toContain('ORM humanitarian accept');
    expect(got).toContain('VSK humanitarian accept');
  });

  it('reads a demand for the maps of minefields as humanitarian', () => {
    expect(stances(code('Veska demanded that Ormund hand over the maps of the minefields.'))).toContain(
      'VSK humanitarian demand',
    );
  });
});
