/**
 * "X said on the issue of Y, Z …": the topic set off by a comma frames the statement; the clause
 * after the comma is what X said, not a second statement of the party it names. Sentences are
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('a topic phrase between the cue and the content', () => {
  it('reads the clause after "said on the issue of …," as the content', () => {
    const got = statementsOf(
      'Pell said on the issue of fishing rights under the treaty, Veska had asked the council to appoint an expert.',
    );
    expect(got.map((s) => [s.speaker, s.content])).toEqual([
      ['Pell', 'Veska had asked the council to appoint an expert'],
    ]);
  });

  it('reads the clause after "said regarding …," as the content', () => {
    const got = statementsOf(
      'Ilse Marrow said regarding the harbour dues, the two sides would meet again in May.',
    );
    expect(got.map((s) => s.content)).toEqual(['the two sides would meet again in May']);
  });

  it('keeps "said on Monday that …" as it was', () => {
    const got = statementsOf('Pell said on Monday that Veska had asked the council to appoint an expert.');
    expect(got.map((s) => s.content)).toEqual(['Veska had asked the council to appoint an expert']);
  });
});
