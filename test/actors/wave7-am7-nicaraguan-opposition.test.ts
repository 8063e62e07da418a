/**
 * The opposition at Nicaragua's national dialogue is a party of its own, named by its alliance's
 * name and, once named, by "the opposition". Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { read, speaker, textOnly } from './helpers.js';

const codebook = textOnly(loadCodebook());
const who = (text: string, phrase: string) => speaker(read(text, { codebook, date: '2019-04-02' }), phrase);

describe('the Nicaraguan opposition', () => {
  it('reads the Civic Alliance as the opposition that faces Managua', () => {
    expect(
      who('The Civic Alliance said it would return to the table next week.', 'The Civic Alliance').actor,
    ).toBe('NICOPP');
    expect(
      who(
        'The Civic Alliance for Justice and Democracy said its delegates had left Managua.',
        'The Civic Alliance for Justice and Democracy',
      ).actor,
    ).toBe('NICOPP');
  });

  it('reads "the opposition" after the alliance is named as the alliance', () => {
    const { doc } = read(
      'The Civic Alliance met government envoys on Tuesday. The opposition said it wanted the detained students freed.',
      { codebook, date: '2019-04-02' },
    );
    const at = doc.text.indexOf('The opposition');
    expect(doc.mentions.find((m) => m.start === at)?.actor).toBe('NICOPP');
  });
});
