/**
 * One party's head of a joint body: "the Veskan co-chairman", and a title with a lower-case
 * complement right before the name ("co-chairman of the group Ida Vell"). The demonym before the
 * title gives the person's party. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements/extract.js';

const speakerOf = (text: string) => {
  const [s] = statementsOf(text);
  return [s?.speaker, s?.actor];
};

describe("a joint body's co-chair speaks for the party the demonym names", () => {
  it('reads "Veskan co-chairman Arno Pell"', () => {
    expect(speakerOf('Veskan co-chairman Arno Pell said on Monday that the border would reopen.')).toEqual([
      'Arno Pell',
      'VSK',
    ]);
  });

  it('reads "Ormundi co-chair Ida Vell"', () => {
    expect(speakerOf('Ormundi co-chair Ida Vell said the commission would meet in May.')).toEqual([
      'Ida Vell',
      'ORM',
    ]);
  });

  it('reads a lower-case complement before the name: "co-chairman of the group Arno Pell"', () => {
    expect(
      speakerOf(
        'Veskan co-chairman of the group Arno Pell stated on Monday that the issue of a corridor was closed.',
      ),
    ).toEqual(['Arno Pell', 'VSK']);
  });

  it('reads "head of the working group Ida Vell"', () => {
    expect(speakerOf('Ormundi head of the working group Ida Vell said the talks went well.')).toEqual([
      'Ida Vell',
      'ORM',
    ]);
  });
});
