/**
 * "The Veskan delegation, headed by Deputy Foreign Minister Arno Pell, …": the one who leads a
 * party's delegation speaks for that party, later in the story too. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements/extract.js';

const speakers = (text: string) => statementsOf(text).map((s) => [s.speaker, s.actor]);

describe("a delegation's leader speaks for the delegation's party", () => {
  it('reads "the Veskan delegation, headed by …"', () => {
    expect(
      speakers(
        'The Veskan delegation, headed by Deputy Foreign Minister Arno Pell, arrived in Lumen on Tuesday. Pell said the talks would be hard.',
      ),
    ).toContainEqual(['Arno Pell', 'VSK']);
  });

  it('reads "Ormund\'s team, led by …"', () => {
    expect(
      speakers(
        "Ormund's team, led by Ida Vell, reached Lumen on Monday. Vell said the two sides were close.",
      ),
    ).toContainEqual(['Ida Vell', 'ORM']);
  });
});
