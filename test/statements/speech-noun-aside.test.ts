/**
 * A word of speech after a determiner or "in" is a noun ("in remarks", "the comments"), so an
 * aside that holds it between the speaker and the verb leaves the verb to frame the statement.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('a speech noun in an aside', () => {
  it('"Veska\'s envoy, in remarks, said that …" is the envoy\'s statement', () => {
    const s = statementsOf("Veska's envoy, in remarks, said that direct talks were the best way to a truce.");
    expect(s.map((x) => [x.actor, x.cue, x.content])).toEqual([
      ['VSK', 'said', 'direct talks were the best way to a truce'],
    ]);
  });

  it('"in the comments" too', () => {
    const s = statementsOf(
      "Veska's envoy, in the comments, said that direct talks were the best way to a truce.",
    );
    expect(s.map((x) => x.actor)).toEqual(['VSK']);
  });
});
