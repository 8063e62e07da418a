/**
 * A reference noun governed by a word of the talks' course or of receipt names no issue
 * (codebooks/stance.yaml `reference_not_after`): "ready for the resumption of the talks" is a
 * stance on holding the talks, "confirmed it received the proposal" accepts nothing yet. Sentences
 * invented about the Veska–Ormund talks.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

/** The positions of a party read through a reference noun ("the talks", "the proposal"). */
const byReference = (doc: ReturnType<typeof code>, actor: string) =>
  doc.positions.filter((p) => p.actor === actor && p.provenance.rule.endsWith('.reference'));

/** Three sentences about a truce at sea: the story's issue is the ceasefire. */
const TRUCE_STORY =
  'Veska and Ormund held a third round of truce talks in Lumen on Monday. A ceasefire at sea has been discussed for weeks. Fishing crews hope the truce will hold.';

describe('the course or the receipt of talks and papers is no stance on their issue', () => {
  it('reads no ceasefire stance in readiness for the resumption of the talks', () => {
    const doc = code(`${TRUCE_STORY} Anton Brisk said Ormund was ready for the resumption of the talks.`);
    expect(byReference(doc, 'ORM')).toEqual([]);
  });

  it('reads no acceptance in an invitation confirmed as received', () => {
    const doc = code(`${TRUCE_STORY} Ormund confirmed that it had received the invitation on Tuesday.`);
    expect(byReference(doc, 'ORM')).toEqual([]);
  });

  it('still reads a proposal accepted as a stance on the story’s issue', () => {
    const doc = code(`${TRUCE_STORY} Anton Brisk said Ormund was ready to accept the proposal.`);
    expect(stances(doc)).toContain('ORM ceasefire accept');
    expect(byReference(doc, 'ORM').length).toBeGreaterThan(0);
  });
});
