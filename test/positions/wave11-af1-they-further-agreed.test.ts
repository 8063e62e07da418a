/**
 * "'They further agreed to …,' the mediator said": the "they" of a named speaker are other
 * parties, with an adverb between the pronoun and its verb too ("further", "again", "then"); the
 * speaker reports their consent and takes no stance of their own by it. Sentences written for
 * the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from './world.js';

const speakerStances = (text: string, actor: string) =>
  code(text)
    .positions.filter((p) => p.actor === actor && p.provenance.rule.startsWith('position.statement'))
    .map((p) => p.issue);

describe('a quoted "they" with an adverb before the verb', () => {
  it('gives the reporting speaker no stance of their own', () => {
    for (const adverb of ['further', 'again', 'then'])
      expect(
        speakerStances(
          `The Highland Liberation Front has held the hills since May. "They ${adverb} agreed to respect the ceasefire," Tarsian President Mira Solenne said.`,
          'TRS',
        ),
      ).toEqual([]);
  });

  it('keeps the speaker’s own "we further agreed"', () => {
    expect(
      speakerStances(
        '"We further agreed to respect the ceasefire," Tarsian President Mira Solenne said.',
        'TRS',
      ),
    ).toContain('ceasefire');
  });
});
