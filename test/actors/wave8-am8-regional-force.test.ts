/**
 * The East African Community's force by its short names (EACRF, EAC-RF) and, once the bloc is
 * named, by "the regional force". Texts are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const actorAt = (text: string, words: string) => {
  const doc = code(text);
  const at = doc.text.indexOf(words);
  return doc.mentions.find((m) => m.start <= at && m.end > at)?.actor;
};

describe('the East African regional force', () => {
  it('reads its short names as the EAC', () => {
    expect(actorAt('The rebels handed the hill over to the EACRF on Friday.', 'EACRF')).toBe('EAC');
    expect(actorAt('The rebels handed the hill over to the EAC-RF on Friday.', 'EAC-RF')).toBe('EAC');
  });

  it('reads "the regional force" as the EAC once the bloc is named', () => {
    expect(
      actorAt(
        'The East African Community deployed troops in March. Rebel commanders met the regional force on Tuesday.',
        'regional force',
      ),
    ).toBe('EAC');
  });
});
