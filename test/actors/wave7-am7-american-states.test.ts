/**
 * The regional body of the Americas and its commission are a party of their own: the "American"
 * inside their names is not the United States. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { read, speaker, textOnly } from './helpers.js';

const codebook = textOnly(loadCodebook());
const who = (text: string, phrase: string) => speaker(read(text, { codebook, date: '2019-04-02' }), phrase);

describe('the Organization of American States', () => {
  it('reads the organisation and its human rights commission as OAS, not the US', () => {
    expect(
      who(
        'The Organization of American States said its observers would stay for the vote.',
        'The Organization of American States',
      ).actor,
    ).toBe('OAS');
    expect(
      who(
        'The Inter-American Commission on Human Rights said 40 protesters had been detained.',
        'The Inter-American Commission on Human Rights',
      ).actor,
    ).toBe('OAS');
  });
});
