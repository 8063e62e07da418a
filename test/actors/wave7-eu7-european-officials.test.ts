/**
 * Officials of Europe's talks whom reports name bare ("Mitsotakis told reporters"): the persons
 * list gives the party of the office held at the report's date. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { read, speaker } from './helpers.js';

const codebook = loadCodebook();
const partyOf = (text: string, phrase: string, date: string) =>
  speaker(read(text, { codebook, date }), phrase)?.actor;

describe("officials of Europe's talks", () => {
  it('reads the Greek prime minister named bare as Greece, in office', () => {
    expect(partyOf('Mitsotakis said the harbour talks had gone well.', 'Mitsotakis', '2024-02-01')).toBe(
      'GRC',
    );
  });

  it('reads the Moldovan president and the Transnistrian leader by their sides', () => {
    expect(partyOf('Sandu said the river crossings must reopen.', 'Sandu', '2022-03-01')).toBe('MDA');
    expect(partyOf('Krasnoselsky said the crossings would stay shut.', 'Krasnoselsky', '2022-03-01')).toBe(
      'TRANSNISTRIA',
    );
  });

  it('gives a former foreign minister no party after he left office', () => {
    expect(partyOf('Kotzias said the name talks were over.', 'Kotzias', '2020-05-01')).not.toBe('GRC');
  });
});
