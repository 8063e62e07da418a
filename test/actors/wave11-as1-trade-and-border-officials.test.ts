/**
 * Officials of the US-China trade talks and of the Thailand-Cambodia border talks whom reports
 * name by office alone ("Commerce Secretary Wilbur Ross", "Deputy Prime Minister Parnpree"): the
 * default codebook's dated roles give their party, and none outside the years they held office.
 */
import { describe, expect, it } from 'vitest';
import { canonicalPerson } from '../../src/core/code/persons.js';
import { loadCodebook } from '../../src/core/codebook/codebook.js';

describe('dated roles of trade and border negotiators', () => {
  const book = loadCodebook([]);

  it('gives each official the party of the office held at the date', () => {
    expect(canonicalPerson('Wilbur Ross', '2018-06-07', book)?.actor).toBe('USA');
    expect(canonicalPerson('Parnpree Bahiddha-Nukara', '2024-03-26', book)?.actor).toBe('THA');
    expect(canonicalPerson('Parnpree', '2024-02-07', book)?.actor).toBe('THA');
  });

  it('gives no party outside the years in office', () => {
    expect(canonicalPerson('Wilbur Ross', '2022-01-10', book)?.actor ?? null).toBeNull();
    expect(canonicalPerson('Parnpree', '2025-01-10', book)?.actor ?? null).toBeNull();
  });
});
