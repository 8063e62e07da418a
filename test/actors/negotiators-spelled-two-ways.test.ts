/**
 * Negotiators whom wire services transliterate differently ("Grigoryan" and "Grigorian", "Kyrylo"
 * and "Kirill Budanov"): each spelling is the one person in the persons list, with the party of
 * the office held at the report's date. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { read, speaker } from './helpers.js';

const codebook = loadCodebook();
const partyOf = (text: string, phrase: string, date: string) =>
  speaker(read(text, { codebook, date }), phrase)?.actor;

describe('negotiators spelled two ways', () => {
  it('reads both spellings of the Armenian deputy prime minister as Armenia', () => {
    expect(partyOf('Grigoryan said the border commission would meet again.', 'Grigoryan', '2024-04-20')).toBe(
      'ARM',
    );
    expect(partyOf('Grigorian said the border commission would meet again.', 'Grigorian', '2024-04-20')).toBe(
      'ARM',
    );
  });

  it('reads the Russian spelling of the Ukrainian intelligence chief as Ukraine', () => {
    expect(partyOf('Kirill Budanov said the swap was agreed.', 'Kirill Budanov', '2024-06-01')).toBe('UKR');
  });

  it("gives Iran's deputy foreign minister his party only while in office", () => {
    expect(partyOf('Gharibabadi said the talks were useful.', 'Gharibabadi', '2025-05-01')).toBe('IRN');
    expect(partyOf('Takht-Ravanchi said the talks were useful.', 'Takht-Ravanchi', '2023-05-01')).not.toBe(
      'IRN',
    );
  });
});
