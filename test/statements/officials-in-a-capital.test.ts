/**
 * "Officials in Lumen said …": officials or authorities of no party of their own, in a state's
 * capital, speak for that state (codebook `capital_official_heads`); "sources in Lumen" or "a
 * diplomat in Lumen" speak for no one there. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

const speakers = (text: string) => statementsOf(text).map((s) => [s.speaker, s.actor]);

describe('a speaker placed in a capital', () => {
  it('"Officials in Port Alder" speak for Veska', () => {
    expect(speakers('Officials in Port Alder said the talks would resume next week.')).toEqual([
      ['Officials in Port Alder', 'VSK'],
    ]);
  });

  it('"the authorities in Kessel" speak for Ormund', () => {
    expect(speakers('The authorities in Kessel said the border would stay closed.')).toEqual([
      ['The authorities in Kessel', 'ORM'],
    ]);
  });

  it('"a diplomat in Kessel" speaks for no one there', () => {
    expect(speakers('A diplomat in Kessel said the talks were stuck.')).toEqual([
      ['A diplomat in Kessel', null],
    ]);
  });
});
