/**
 * "US and Saudi mediators … the army and the RSF … the two sides": a pair of mediators, however
 * often named, and even named as a pair ("the joint Veskan-Tarsian statement"), is not the two
 * sides of the war it mediates; the state and the armed group that faces it are. Sentences written
 * for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

const story = [
  'A truce has been worked out between the warring factions, Veskan and Tarsian mediators said on Saturday.',
  'The mediators said the Ormundi army and the Highland Liberation Front signed a ten-day truce in Lumen.',
  'Earlier talks in Lumen had produced an agreement between the two sides on protecting civilians, the joint Veskan-Tarsian statement said.',
  'Veska and Tarsia will monitor the truce, a Veskan official said. Tarsia welcomed the truce.',
].join(' ');

describe('the two sides under a pair of mediators', () => {
  it('reads "the two sides" as the state and the group facing it, not the mediators', () => {
    const doc = code(story);
    const agree = doc.events.filter((e) => e.type === 'AGREE').map((e) => [...e.actors].sort().join('+'));
    expect(agree).toContain('HLF+ORM');
    expect(agree).not.toContain('TRS+VSK');
    expect(stances(doc)).toEqual(
      expect.arrayContaining(['ORM humanitarian accept', 'HLF humanitarian accept']),
    );
    expect(stances(doc)).not.toContain('VSK humanitarian accept');
  });
});
