/**
 * "Ida Vell, director of the arms control and disarmament department of the Veskan foreign
 * ministry, said …": an "and" between two common nouns of one office's name does not end the
 * appositive, so the ministry's state is the speaker's party; an "and" before a second title or
 * person still does. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements/extract.js';

const speakers = (text: string) => statementsOf(text).map((s) => [s.speaker, s.actor]);

describe('an appositive office whose name joins two nouns with "and"', () => {
  it('reads the state of the ministry after the joined nouns', () => {
    expect(
      speakers(
        'Ida Vell, director general of the arms control and disarmament department of the Veskan foreign ministry, acknowledged that the talks faced difficulties.',
      ),
    ).toContainEqual(['Ida Vell', 'VSK']);
  });

  it('does not read past "and" before a second person’s title', () => {
    expect(
      speakers(
        'Ida Vell, a lecturer and the Ormundi envoy’s former adviser, said the talks faced difficulties.',
      ),
    ).not.toContainEqual(['Ida Vell', 'ORM']);
  });
});
