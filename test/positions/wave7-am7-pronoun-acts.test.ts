/**
 * A sentence-opening "It" before a verb of a stance ("It has rejected …") is the party named just
 * before, answering; "It is unclear …" stays an empty subject. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('a pronoun that opens a stance', () => {
  it('reads "It has rejected demands for early elections" as the party named before', () => {
    const got = stances(
      code(
        "The Skerry Islanders' Assembly said on Sunday that it would leave the talks. Ormund's government did not immediately respond. It has rejected previous demands to move up the 2027 elections.",
        '2026-06-17',
      ),
    );
    expect(got).toContain('ORM elections reject');
  });

  it('gives no party to an empty "It is"', () => {
    const doc = code(
      "Ormund's government did not reply on Monday. It is unclear whether the elections will be held.",
      '2026-06-17',
    );
    const at = doc.text.indexOf('It is');
    expect(doc.mentions.some((m) => m.start === at)).toBe(false);
  });
});
