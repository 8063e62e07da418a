/**
 * "the Tarsia-backed government" is the story's government, its backer a modifier; talks that a plan
 * includes ("includes … restarting negotiations") are a term of the plan, no meeting held.
 * Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const meetings = (text: string) => code(text, '2026-06-16').events.filter((e) => e.type === 'CONSULT');

describe('a government named with its backer', () => {
  it('"talks between the Tarsia-backed government and the Highland Liberation Front" are the government’s and the Front’s', () => {
    const got = meetings(
      'The Highland Liberation Front has fought Ormund for years. Talks between the Tarsia-backed government and the Highland Liberation Front resumed in Lumen on Monday.',
    );
    expect(got.map((e) => [...e.actors].sort())).toEqual([['HLF', 'ORM']]);
  });
});

describe('talks a plan includes', () => {
  it('"the initiative includes … restarting political negotiations" is no meeting held', () => {
    const got = meetings(
      'The Tarsian initiative includes a ceasefire, the reopening of the port and restarting political negotiations between Veska and Ormund.',
    );
    expect(got.filter((e) => e.status === 'held')).toEqual([]);
  });
});
