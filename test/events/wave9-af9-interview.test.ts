/**
 * "Brisk speaks with an AFP journalist": an interview (a photo caption, often) is no consultation,
 * even in a story whose two sides a meeting verb with no party named would stand for. Sentences
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const sides =
  'Veska and the Highland Liberation Front signed a peace deal in Lumen on Friday. The Highland Liberation Front said the deal was a step forward.';

describe('a meeting verb whose partner is a journalist', () => {
  it('is no consultation of the story’s sides', () => {
    const doc = code(
      `FILE PICTURE: Veskan President Anton Brisk speaks with an AFP journalist in Lumen on October 30, 2025.\n\n${sides}`,
    );
    expect(doc.events.filter((e) => e.type === 'CONSULT')).toEqual([]);
  });

  it('keeps a meeting of the sides told with no partner named', () => {
    const doc = code(`${sides} The two sides met again in Lumen on Saturday.`);
    expect(doc.events.filter((e) => e.type === 'CONSULT').length).toBe(1);
  });
});
