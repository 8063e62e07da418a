/**
 * A title that names the post's seat ("ambassador to the Council in Kessel") still gives the
 * person the party named before it. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { read, speaker } from './helpers.js';

const partyOf = (text: string, phrase: string) => speaker(read(text), phrase)?.actor;

describe('a title with the seat of its post', () => {
  it('reads "Veskan Ambassador to the UN in Vienna Ida Vell" as Veska', () => {
    expect(
      partyOf('Veskan Ambassador to the UN in Vienna Ida Vell told reporters the text was weak.', 'Ida Vell'),
    ).toBe('VSK');
  });

  it('still reads the title without its seat', () => {
    expect(
      partyOf('Veskan Ambassador to the UN Ida Vell told reporters the text was weak.', 'Ida Vell'),
    ).toBe('VSK');
  });
});
