/**
 * An absolute clause of "with" and a speaker saying something ("…, with the minister saying last week
 * that …") reports the words of that speaker, not of the main clause's subject; a claim or an
 * agreement told the same way ("with both sides claiming the waters") reports no words.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('"with X saying …"', () => {
  it('gives the words after "with X saying" to X', () => {
    const s = statementsOf(
      'Several states set conditions for the deal, with Ilse Marrow saying last week that the accord would only be the start of a long process.',
    );
    expect(s.map((x) => [x.said, x.content])).toEqual([
      ['Ilse Marrow', 'the accord would only be the start of a long process'],
    ]);
  });

  it('reads no words from "with both sides claiming …"', () => {
    expect(
      statementsOf(
        'The talks began after gas was found, with both sides claiming the same waters for their fishing fleets.',
      ),
    ).toEqual([]);
  });
});
