/**
 * Two possessives joined before a speaker noun ("Veska's and Ormund's foreign ministers said …")
 * speak together, for both parties. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('two possessives joined before the head', () => {
  it('reads "Veska\'s and Ormund\'s foreign ministers said" as both', () => {
    const s = statementsOf("Veska's and Ormund's foreign ministers said the talks in Lumen were useful.");
    expect(s.map((x) => [x.content, x.actor])).toEqual([['the talks in Lumen were useful', ['VSK', 'ORM']]]);
  });
});
