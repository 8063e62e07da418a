/**
 * A plea made in public is reported speech with its particle: "appealed for calm", "appealed to
 * both sides to …". Without the particle "appeal" is no cue ("the appeals court", "appealed the
 * ruling"). Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('"appealed for" and "appealed to … to"', () => {
  it('reads "Veska appealed for an immediate truce" as Veska\'s statement', () => {
    const s = statementsOf('Veska has appealed for an immediate truce on the islands.');
    expect(s.map((x) => [x.actor, x.cue, x.content])).toEqual([
      ['VSK', 'appealed', 'an immediate truce on the islands'],
    ]);
  });

  it('reads "Ormund appealed to both sides to show restraint" with the ones appealed to in the content', () => {
    const s = statementsOf('Ormund appealed to both sides to show restraint at Lumen.');
    expect(s.map((x) => [x.actor, x.content])).toEqual([['ORM', 'both sides to show restraint at Lumen']]);
  });

  it('reads no statement where "appeal" has no particle', () => {
    expect(statementsOf('Veska appealed the ruling of the island court on Monday.')).toEqual([]);
  });
});
