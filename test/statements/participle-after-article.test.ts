/**
 * "the details of the proposed Harbour Plan, stressing that …": a verb of speech after an article
 * is a participle that modifies its noun, no frame whose speaker the noun would be; the clause's
 * subject speaks the ", stressing …" clause. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

const said = (text: string) => statementsOf(text).map((s) => [s.speaker, s.content]);

describe('a participle after an article before the comma of ", stressing …"', () => {
  it('modifies its noun and frames no speaker: the clause subject speaks', () => {
    expect(
      said(
        'The Veskan delegation spoke about the details of the proposed Harbour Plan, stressing that it should end the dispute.',
      ).map(([speaker]) => speaker),
    ).toEqual(['Veskan delegation']);
  });
});
