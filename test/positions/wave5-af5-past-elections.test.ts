/**
 * Elections named by a date of an earlier year ("the June 2019 elections") are a past vote, not
 * a vote that the deal told around them holds. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from './world.js';

const elections = (text: string) =>
  code(text, '2026-06-17')
    .positions.filter((p) => p.issue === 'elections')
    .map((p) => `${p.actor} ${p.stance}`);

describe('elections of an earlier year in what a deal covers', () => {
  it('reads no elections stance from "as it was after the June 2019 elections"', () => {
    expect(
      elections(
        'Veska and Ormund signed a fisheries accord on Monday. The accord gives the harbour board executive powers, while leaving the assembly as it was after the June 2019 elections.',
      ),
    ).toEqual([]);
  });

  it('still reads the elections a deal provides for', () => {
    expect(
      elections(
        'Veska and Ormund signed a fisheries accord on Monday. The accord provides for elections in June 2027.',
      ),
    ).toContain('VSK accept');
  });
});
