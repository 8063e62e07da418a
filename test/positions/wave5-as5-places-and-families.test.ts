/**
 * Wordings of earlier rounds of border talks that Parley misread: a place whose proper name is made
 * of issue words ("the Demilitarized Zone") taken for a zone a deal creates, and divided families
 * brought together not read as humanitarian. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe("a place's proper name made of issue words is a place", () => {
  it('does not read "along the Demilitarized Zone" as forces limited', () => {
    const got = stances(
      code('Ormund and Veska signed an accord on patrol boats that sail along the Demilitarized Zone.'),
    );
    expect(got.some((s) => s.includes('demilitarisation'))).toBe(false);
  });

  it('still reads a demilitarised zone that a deal would set up', () => {
    expect(
      stances(code('Ormund and Veska agreed to set up a demilitarized zone along their border.')),
    ).toContain('ORM demilitarisation accept');
  });
});

describe('families divided by a border brought together', () => {
  it('reads "reunions of separated families" as humanitarian', () => {
    expect(
      stances(code('Ormund and Veska agreed to arrange reunions of separated families next month.')),
    ).toContain('VSK humanitarian accept');
  });

  it('reads "reunite families" as humanitarian', () => {
    expect(stances(code('Veska proposed a plan to reunite families split by the war.'))).toContain(
      'VSK humanitarian propose',
    );
  });
});
