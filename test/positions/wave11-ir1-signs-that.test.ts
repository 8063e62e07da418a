/**
 * "met amid growing signs that a deal will not be struck": "signs that" opens the reporter's
 * reading of events, no party's stance (and "signs" there is a noun, not the verb of "signs a
 * deal"). Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('"signs that …" tells no stance', () => {
  it('gives no party an acceptance of the deal the signs are about', () => {
    const doc = code(
      'Veska and Ormund met in Lumen on Tuesday amid growing signs that a long-awaited truce deal will not be struck by the deadline.',
    );
    expect(stances(doc).filter((s) => s.includes('ceasefire'))).toEqual([]);
  });

  it('still reads a party that signs the truce', () => {
    const doc = code('Veska signs a truce deal with Ormund in Lumen.');
    expect(stances(doc)).toContain('VSK ceasefire accept');
  });
});
