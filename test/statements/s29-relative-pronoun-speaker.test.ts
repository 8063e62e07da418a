/**
 * A relative pronoun is no speaker: "… cited Veskan officials who said …" is the officials' word,
 * and "a letter from Marrow, which said …" the letter's speaker's; but "Kest told a woman who
 * suggested …" leaves the one told Kest's hearer. Texts are written for the tests.
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

describe('a relative pronoun before a verb of speech', () => {
  it('gives the phrase it follows as the speaker', () => {
    expect(
      statements(
        'Little more was made public, but the Tidewire cited Veskan officials who said the plan included parts of an earlier proposal.',
      ),
    ).toEqual(['Veskan officials | VSK | the plan included parts of an earlier proposal']);
  });

  it('gives the place-completed phrase as the speaker', () => {
    expect(statements('The plan was backed by officials in Ormund who said it would end the war.')).toEqual([
      'officials in Ormund | - | it would end the war',
    ]);
  });

  it('after a comma gives the phrase before the comma', () => {
    expect(
      statements('The plan was backed by the Veskan foreign ministry, which said it would end the war.'),
    ).toEqual(['Veskan foreign ministry | VSK | it would end the war']);
  });
});
