/**
 * A purpose told in a relative clause on a meeting ("the meetings that aim to achieve peace") is
 * the meeting's: the party named before it in the sentence does not hold it. A party that aims
 * at it itself still does. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('the purpose of a meeting in a relative clause', () => {
  it('gives no party the peace that "the talks that aim to achieve" it pursue', () => {
    const got = stances(
      code('Ida Marrow represents Veska at the talks that aim to achieve peace in the east.', '2026-06-17'),
    );
    expect(got.filter((s) => s.startsWith('VSK ceasefire'))).toEqual([]);
  });

  it('keeps a party that aims to achieve peace itself', () => {
    const got = stances(code('Veska aims to achieve peace in the east, Ida Marrow said.', '2026-06-17'));
    expect(got).toContain('VSK ceasefire propose');
  });
});
