/**
 * "Separately, Veska called on Ormund to …": after a sentence adverb and its comma, the particle
 * of "called on" belongs to the cue; it is no circumstance that would make the adverb the content.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('"called on" after a fronted adverb', () => {
  it('reads "Separately, Veska called on Ormund to …" as Veska\'s call', () => {
    const s = statementsOf('Separately, Veska called on Ormund to reopen the crossings at Lumen.');
    expect(s.map((x) => [x.actor, x.cue, x.content])).toEqual([
      ['VSK', 'called', 'Ormund to reopen the crossings at Lumen'],
    ]);
  });

  it('still reads "called on Monday" after the content as a circumstance', () => {
    const s = statementsOf('The crossings must reopen at once, Veska called on Monday.');
    expect(s.map((x) => [x.actor, x.content])).toEqual([['VSK', 'The crossings must reopen at once']]);
  });
});
