/**
 * "X also met with Y" tells one more meeting, not the meeting told before it again, even when Y
 * is no one the codebook knows (the story's parties complete it). Sentences are written for the
 * tests (story dated Tuesday 2026-06-16).
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const meetings = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'CONSULT')
    .map((e) => `${[...e.actors].sort().join(' ')} ${e.date}`);

describe('a meeting told with "also"', () => {
  it('"Solenne also met with parliament speaker Dram" is a second meeting of the day', () => {
    expect(
      meetings(
        'Tarsian envoy Mira Solenne met Veskan President Anton Brisk in Kessel on Monday. ' +
          'On Monday Solenne also met with parliament speaker Ivo Dram.',
      ),
    ).toEqual(['TRS VSK 2026-06-15', 'TRS VSK 2026-06-15']);
  });

  it('without "also", the envoy meeting someone unnamed that day is the meeting told before', () => {
    expect(
      meetings(
        'Tarsian envoy Mira Solenne met Veskan President Anton Brisk in Kessel on Monday. ' +
          'On Monday Solenne met with parliament speaker Ivo Dram.',
      ),
    ).toEqual(['TRS VSK 2026-06-15']);
  });
});
