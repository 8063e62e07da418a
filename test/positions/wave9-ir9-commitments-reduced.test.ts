/**
 * A party cutting back what a deal binds it to ("took the second step in reducing its commitments
 * under the nuclear deal", "scaled back its obligations") rejects the deal's matter; keeping the
 * commitments stays a pro stance. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('commitments reduced', () => {
  it('reads a reduction of commitments under a deal as a rejection of its matter', () => {
    expect(
      stances(
        code('Veska said it would take a second step in reducing its commitments under the nuclear deal.'),
      ),
    ).toContain('VSK nuclear reject');
    expect(
      stances(
        code(
          'Veska scaled back its obligations under the nuclear deal on Monday, its foreign minister said.',
        ),
      ),
    ).toContain('VSK nuclear reject');
  });

  it('still reads commitments kept as a pro stance', () => {
    const got = stances(code('Veska said it would comply with its commitments under the nuclear deal.'));
    expect(got).not.toContain('VSK nuclear reject');
  });
});
