/**
 * "their commitment to the agreements reached at a Velden-hosted meeting": the meeting a deal was
 * reached, signed or agreed at is where the deal came from, not a stance on a meeting of the
 * leaders. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('a meeting named as where a deal was made is no summit stance', () => {
  it('reads no summit stance in a commitment to agreements reached at a meeting', () => {
    const doc = code(
      'The Veskan and Ormundi presidents confirmed their commitment to the implementation of agreements reached at a Velden-hosted meeting in March.',
    );
    expect(stances(doc).filter((s) => s.includes('summit'))).toEqual([]);
  });

  it('reads no summit stance in the roadmap the presidents signed during their meeting', () => {
    const doc = code(
      'The Veskan and Ormundi presidents pledged to implement the roadmap signed during their meeting in Velden.',
    );
    expect(stances(doc).filter((s) => s.includes('summit'))).toEqual([]);
  });

  it('still reads a meeting of the presidents that a party proposes', () => {
    const doc = code('Veska proposed a meeting between the two presidents in Velden next month.');
    expect(stances(doc)).toContain('VSK summit propose');
  });
});
