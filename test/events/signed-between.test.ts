/**
 * Whatever is signed in the passive "between" two named parties is their agreement, whatever the
 * document is called ("the annual report was finalised and signed between Veska and Ormund").
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const agreements = (text: string) => code(text, '2026-06-17').events.filter((e) => e.type === 'AGREE');

describe('a document signed between two parties', () => {
  it('reads "the annual report was finalised and signed between X and Y" as their agreement', () => {
    const got = agreements(
      'The annual report of the river commission was finalised and signed between Veska and Ormund on Tuesday.',
    );
    expect(got).toHaveLength(1);
    expect([...got[0].actors].sort()).toEqual(['ORM', 'VSK']);
  });

  it('reads a deal noun kept apart from its participle ("an accord on fishing was signed between")', () => {
    const got = agreements('An accord on fishing was signed between Veska and Ormund on Monday.');
    expect(got).toHaveLength(1);
    expect([...got[0].actors].sort()).toEqual(['ORM', 'VSK']);
  });

  it('reads no agreement where the signing is only possible', () => {
    expect(agreements('The annual report could be signed between Veska and Ormund next week.')).toEqual([]);
  });
});
