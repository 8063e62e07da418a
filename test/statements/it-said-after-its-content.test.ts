/**
 * "…, it said" closing a reported sentence: "it" is the body that spoke just before, not a party
 * the closed words name ("Ormund should free the crew, it said" after the Veskan ministry spoke).
 * A party named in an earlier sentence after the last statement stays the newer antecedent.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('"…, it said" after a body spoke', () => {
  it('gives the closing "it said" to the ministry that spoke before, not to the party in its words', () => {
    const s = statementsOf(
      'The Veskan foreign ministry said the talks would resume on Sunday. Ormund should free the crew without delay, it said.',
    );
    expect(s.map((x) => [x.content, x.actor])).toEqual([
      ['the talks would resume on Sunday', 'VSK'],
      ['Ormund should free the crew without delay', 'VSK'],
    ]);
  });

  it('keeps a party that acted in a sentence of its own after the statement as "it"', () => {
    const s = statementsOf(
      'The Veskan foreign ministry said the talks would resume on Sunday. Ormund accepted the offer on Monday. It said the crew would be freed.',
    );
    expect(s.at(-1)?.actor).toBe('ORM');
  });
});
