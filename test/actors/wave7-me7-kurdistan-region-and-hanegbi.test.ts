/**
 * Iraq's Kurdistan Region bargains with Baghdad as a party of its own, named by its government,
 * its short name or its seat; and Israel's national security adviser of the 2020s speaks for Israel
 * when the text gives only his name and title. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { read, speaker, textOnly } from './helpers.js';

const full = loadCodebook();
const who = (text: string, phrase: string, codebook = textOnly(full)) =>
  speaker(read(text, { codebook, date: '2023-09-12' }), phrase);

describe('the Kurdistan Regional Government', () => {
  it('is a party under its name, its short name and its seat', () => {
    expect(
      who(
        'The Kurdistan Regional Government said it would resume pipeline exports next month.',
        'The Kurdistan Regional Government',
      ).actor,
    ).toBe('KRG');
    expect(who('A KRG spokesman said the salaries were late again.', 'A KRG spokesman').actor).toBe('KRG');
    expect(who('Erbil said the new budget law was unfair.', 'Erbil').actor).toBe('KRG');
  });
});

describe('a national security adviser known by name', () => {
  it('speaks for Israel at the date of the story', () => {
    expect(
      who(
        'National Security Adviser Tzachi Hanegbi said the talks on the border would go on.',
        'National Security Adviser Tzachi Hanegbi',
        full,
      ).actor,
    ).toBe('ISR');
  });
});
