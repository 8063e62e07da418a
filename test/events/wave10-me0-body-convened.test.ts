/**
 * "Netanyahu convened his Cabinet for the vote. The meeting stretched into the early hours": a
 * meeting word with no parties, just after one side's own body was convened, is that body's
 * session, not talks between the story's sides. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const deal = "Veska's cabinet on Wednesday approved a truce deal with the Highland Liberation Front.";

describe('a meeting told just after a body was convened', () => {
  it('is no consultation of the story’s sides', () => {
    const doc = code(
      `${deal} Veskan President Anton Brisk convened his cabinet for the vote late on Tuesday. The meeting stretched well into the early hours on Wednesday.`,
    );
    expect(doc.events.filter((e) => e.type === 'CONSULT')).toEqual([]);
    expect(doc.events.filter((e) => e.type === 'AGREE').length).toBe(1);
  });
});
