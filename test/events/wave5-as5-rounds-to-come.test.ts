/**
 * A round of talks told with its kind ("the 18th round of military talks") that the parties agree to
 * hold "at an early date": a meeting to come, beside the one held. The first round of a series told
 * with "of the" stays an earlier meeting. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const consults = (text: string) => code(text, '2026-06-17').events.filter((e) => e.type === 'CONSULT');

describe('a round of talks of a kind agreed for an early date', () => {
  it('is a planned meeting beside the talks held', () => {
    const got = consults(
      'Veska and Ormund held talks in Lumen on Wednesday. The two sides agreed to hold the ninth round of naval talks at an early date.',
    );
    expect(got.map((e) => e.status ?? 'held').sort()).toEqual(['held', 'planned']);
  });

  it('is a planned meeting with "soon" as well', () => {
    const got = consults(
      'Veska and Ormund held talks in Lumen on Wednesday. They agreed to hold a new round of high-level negotiations soon.',
    );
    expect(got.some((e) => e.status === 'planned')).toBe(true);
  });

  it('leaves "agreed to hold more talks" with no time a stance, not a plan', () => {
    const got = consults(
      'Veska and Ormund held talks in Lumen on Wednesday. The two sides agreed to hold more talks.',
    );
    expect(got.filter((e) => e.status === 'planned')).toEqual([]);
  });
});
