/**
 * "a statement declaring that …" reports words like "a statement saying that …"; a war declared
 * is an act, not words. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('declaring', () => {
  it('"issued a statement declaring that" reports the clause', () => {
    const s = statementsOf(
      'The Veskan government issued a statement declaring that Veska will close its consulate in Kessel.',
    );
    expect(s.map((x) => x.content)).toContainEqual(expect.stringMatching(/^Veska will close its consulate/));
  });

  it('"declared war on" is no statement', () => {
    expect(statementsOf('Ormund declared war on Veska on Monday.')).toEqual([]);
  });
});
