/**
 * "The junta said …" after the story named a state's junta: a military government speaks for its
 * state, as "the government" does. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('"the junta" as a government', () => {
  it('gives "The junta said" the state whose junta the story named', () => {
    const s = statementsOf(
      'The Veskan junta met envoys of the Northern Maritime Council in Kessel on Monday. The junta said it would not hold elections in May.',
    );
    expect(s.map((x) => [x.content, x.actor])).toEqual([['it would not hold elections in May', 'VSK']]);
  });
});
