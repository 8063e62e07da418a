/**
 * The International Conference on the Great Lakes Region is a party of its own (ICGLR), by its
 * full name, its short name or its French initials. Texts are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const actorAt = (text: string, words: string) => {
  const doc = code(text);
  const at = doc.text.indexOf(words);
  return doc.mentions.find((m) => m.start <= at && m.end > at)?.actor;
};

describe('the Great Lakes conference', () => {
  it('reads its full name and its initials as the ICGLR', () => {
    expect(
      actorAt(
        'Envoys of the International Conference on the Great Lakes Region met in Lumen on Friday.',
        'International Conference',
      ),
    ).toBe('ICGLR');
    expect(actorAt('The ICGLR called on the rebels to lay down their arms.', 'ICGLR')).toBe('ICGLR');
    expect(actorAt('La CIRGL a convoqué un sommet à Lumen.', 'CIRGL')).toBe('ICGLR');
  });
});
