/**
 * "a member of the Highland Liberation Front Central Committee": a non-state group's name before
 * one of its own bodies (capitalised words ending in a body's head word) names that group; the
 * member speaks for it. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const actors = (text: string) => code(text).statements.map((s) => s.actor);

describe("a group's own body after its name", () => {
  it('gives a member of the central committee the group', () => {
    expect(
      actors(
        'Kai Moller, a member of the Highland Liberation Front Central Committee, said the truce would hold.',
      ),
    ).toEqual(['HLF']);
  });

  it('reads a secretary-general of the committee the same way', () => {
    expect(
      actors(
        'Ida Brandt, secretary-general of the Highland Liberation Front Central Committee, said talks went well.',
      ),
    ).toEqual(['HLF']);
  });

  it('keeps a body with no known party in its name unaffiliated', () => {
    expect(
      actors('Kai Moller, a member of the Lakeside Central Committee, said the truce would hold.'),
    ).toEqual([null]);
  });
});
