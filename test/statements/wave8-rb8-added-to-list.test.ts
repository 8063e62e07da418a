/**
 * "Added X to its list" puts something somewhere: no words are reported. "Added" before a clause
 * still reports them. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('"added X to its list" is no statement', () => {
  it('reads nothing in "added X, a deputy minister, to its list of sanctioned individuals"', () => {
    const got = statementsOf(
      'On Tuesday, Tarsia also added Ivo Pell, the deputy governor of the Ormundi port of Kessel, to its list of sanctioned individuals.',
    );
    expect(got).toEqual([]);
  });

  it('reads nothing in "added two ministers to the delegation"', () => {
    expect(statementsOf('Veska added two ministers to the delegation for the Lumen talks.')).toEqual([]);
  });

  it('still reads "added" before a clause', () => {
    const got = statementsOf('The minister added Ormund was ready to return to the talks.');
    expect(got).toHaveLength(1);
  });
});
