/**
 * "According to X, Y said …": where the clause after the source has a speaker and a verb of
 * speech of its own, X passes Y's words on and Y speaks; a text that relays ("According to the
 * statement, Veska reaffirmed …") speaks itself. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

const said = (text: string) => statementsOf(text).map((s) => [s.speaker, s.content]);

describe('"according to" before a clause with its own speaker', () => {
  it('gives the words to the speaker of the clause', () => {
    expect(
      said('According to the Lumen Courier, a senior Veskan official said the talks had stalled.'),
    ).toEqual([['a senior Veskan official', 'the talks had stalled']]);
  });

  it('keeps a relaying text as the speaker', () => {
    const got = said('According to the statement, Veska reaffirmed its readiness to resume the talks.');
    expect(got.map(([speaker]) => speaker)).toEqual(['the statement']);
  });

  it('keeps the source when the clause reports no speech of its own', () => {
    expect(said('According to the Lumen Courier, the talks have stalled over the islands.')).toEqual([
      ['the Lumen Courier', 'the talks have stalled over the islands'],
    ]);
  });
});
