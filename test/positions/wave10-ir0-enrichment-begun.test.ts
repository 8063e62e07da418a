/**
 * Enrichment begun or boosted ("will begin to enrich uranium to 60%", "began enriching at a new
 * site") is the programme grown against its limits: a rejection of the nuclear proposition.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('enrichment begun', () => {
  it('reads "will begin to enrich" as a rejection of limits', () => {
    expect(
      stances(
        code('Veska said it will begin to enrich uranium to 40 percent purity at its new plant next week.'),
      ),
    ).toContain('VSK nuclear reject');
  });

  it('reads enrichment boosted as a rejection of limits', () => {
    expect(stances(code('Veska said on Monday it would boost enrichment at its mountain site.'))).toContain(
      'VSK nuclear reject',
    );
  });

  it('keeps enrichment halted as a pro stance', () => {
    expect(stances(code('Veska said it would halt enrichment at its mountain site.'))).not.toContain(
      'VSK nuclear reject',
    );
  });
});
