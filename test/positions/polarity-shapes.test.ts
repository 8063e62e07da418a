/**
 * Polarity shapes of wire reports that a negation, a judgement or a quotation can turn the wrong
 * way: what is refused, what is kept, and what only a word in the gap hides. Sentences are written
 * for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from './world.js';

/** "ACTOR issue pro|contra": the side a position takes, whatever its exact stance. */
const sides = (text: string): string[] =>
  code(text).positions.map((p) => `${p.actor} ${p.issue} ${p.stance === 'reject' ? 'contra' : 'pro'}`);

describe('quotation marks and symbols in the gap of a pattern', () => {
  it('reads refusing to allow a quoted share of enrichment as for the limit', () => {
    const got = sides('Veska could not allow "even 2%" of enrichment in Ormund, Ilse Marrow said.');
    expect(got).toContain('VSK nuclear pro');
    expect(got).not.toContain('VSK nuclear contra');
  });
  it('reads the same share unquoted the same way', () => {
    const got = sides('Ilse Marrow said Veska would never permit even 3% of enrichment on Ormundi soil.');
    expect(got).toContain('VSK nuclear pro');
    expect(got).not.toContain('VSK nuclear contra');
  });
});
