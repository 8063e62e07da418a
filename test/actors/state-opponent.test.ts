/**
 * "Ormund's main rebel group freed …": a state's possessive before a word for its opponents names
 * the group facing that state that the story names (codebook `state_opponent_heads`, `opposes`;
 * actors/stage.ts `readStateOpponents`), not the state. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const mentionOf = (text: string, words: string) => {
  const doc = code(text);
  const m = doc.mentions.find((x) => doc.text.slice(x.start, x.end).startsWith(words));
  return m && [doc.text.slice(m.start, m.end), m.actor];
};

describe("a state's opponents named by its possessive", () => {
  it('"Ormund\'s main rebel group" is the Highland Liberation Front the story names', () => {
    expect(
      mentionOf(
        "The Highland Liberation Front said it would talk. Ormund's main rebel group freed two soldiers on Monday.",
        'Ormund',
      ),
    ).toEqual(["Ormund's main rebel group", 'HLF']);
  });

  it('"the Ormundi rebel group" is the group facing Ormund, by its demonym', () => {
    expect(
      mentionOf(
        'The Highland Liberation Front said it would talk. A spokesman for the Ormundi rebel group said the talks failed.',
        'Ormundi',
      ),
    ).toEqual(['Ormundi rebel group', 'HLF']);
  });

  it('with no group facing the state in the story, the possessive stays the state', () => {
    expect(mentionOf("Ormund's main rebel group freed two soldiers on Monday.", 'Ormund')).toEqual([
      'Ormund',
      'ORM',
    ]);
  });

  it('a state facing no named group keeps its possessive', () => {
    expect(
      mentionOf(
        "The Highland Liberation Front said it would talk. Veska's rebels were not at the table.",
        'Veska',
      ),
    ).toEqual(['Veska', 'VSK']);
  });
});
