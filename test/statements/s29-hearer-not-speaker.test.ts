/**
 * The one told is no speaker: "Kest told reporters, adding that …" is Kest's, and a relative
 * clause that ends in "to the media" leaves its antecedent the speaker. Texts are written for the
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const statements = (text: string) => {
  const doc = code(`date 2031-05-07\n\n${text}`);
  return doc.statements.map(
    (s) =>
      `${s.speaker} | ${[s.actor ?? '-'].flat().join(',')} | ${doc.text.slice(s.content.start, s.content.end)}`,
  );
};

describe('the hearer of a verb of telling', () => {
  it('does not speak the participle clause after the comma', () => {
    expect(
      statements(
        'Veskan spokesman Ivo Pell told reporters, adding Veska was not ready to accept those terms.',
      ),
    ).toEqual(['Ivo Pell | VSK | Veska was not ready to accept those terms']);
  });

  it('leaves one statement when the comma follows the time', () => {
    expect(
      statements(
        'Veskan spokesman Ivo Pell told journalists on Monday, adding that Veska would not accept those terms.',
      ),
    ).toEqual(['Ivo Pell | VSK | Veska would not accept those terms']);
  });

  it('is no subject at the end of a long relative clause', () => {
    expect(
      statements(
        'Ormundi officials who spoke on condition of anonymity because they were not authorized to speak to the media said they had reached an understanding on the withdrawal of troops.',
      ),
    ).toEqual(['Ormundi officials | ORM | they had reached an understanding on the withdrawal of troops']);
  });
});
