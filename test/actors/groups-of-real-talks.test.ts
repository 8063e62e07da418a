/**
 * Groups of real talks that blind coders needed and the default codebook lacked: Myanmar's ethnic
 * armed organisations taken together, Darfur's Justice and Equality Movement, Colombia's Central
 * General Staff, Turkey's HDP, Somalia's federal member states, and Thailand's BRN by its short
 * name. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { read, speaker, textOnly } from './helpers.js';

const codebook = textOnly(loadCodebook());

describe('groups of real talks in the default codebook', () => {
  it.each([
    [
      'The ethnic armed organisations said the ceasefire text needed more work.',
      'The ethnic armed organisations',
      'EAO',
    ],
    ['The Justice and Equality Movement said it would not sign.', 'The Justice and Equality Movement', 'JEM'],
    ['The Central General Staff said the talks would open in October.', 'The Central General Staff', 'EMC'],
    ["The Peoples' Democratic Party said the call was historic.", "The Peoples' Democratic Party", 'HDP'],
    ['Puntland said the agenda favoured the president.', 'Puntland', 'PUNTLAND'],
    // (BRN is also Brunei's ISO code: the group keeps its own code, its short name reads as it)
    ['The BRN said its delegates would not attend.', 'The BRN', 'BRN-PATANI'],
  ])('%s', (text, phrase, code) => {
    expect(speaker(read(text, { codebook }), phrase).actor).toBe(code);
  });
});
