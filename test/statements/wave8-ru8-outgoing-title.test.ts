/**
 * An outgoing office-holder is still in office: "the bloc's outgoing trade commissioner" speaks for
 * the bloc, and the possessive before "outgoing" stays in the speaker phrase, so that the clause
 * before the frame is the content. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('"outgoing" before a title keeps the holder in office', () => {
  it('reads "…, Veska’s outgoing defence minister Ida Marrow said." as Veska speaking', () => {
    const got = statementsOf(
      'A deal on the border posts is close between Ormund and Tarsia, Veska’s outgoing defence minister Ida Marrow said.',
    );
    expect(got.map((s) => [s.speaker, s.actor])).toEqual([['Ida Marrow', 'VSK']]);
  });

  it('keeps a body’s possessive before "outgoing" in the speaker phrase', () => {
    const got = statementsOf(
      'A deal on fishing is close, the European Union’s outgoing trade commissioner Ida Marrow said.',
    );
    expect(got.map((s) => [s.speaker, s.actor, s.content])).toEqual([
      ['Ida Marrow', 'EU', 'A deal on fishing is close'],
    ]);
  });

  it('keeps the party on later mentions of the person', () => {
    const got = statementsOf(
      'The talks will resume in Lumen, Veska’s outgoing foreign minister Ida Marrow said. Marrow added that a lot had been achieved so far.',
    );
    expect(got.map((s) => s.actor)).toEqual(['VSK', 'VSK']);
  });

  it('a former minister still speaks for nobody', () => {
    const got = statementsOf(
      'The talks will resume in Lumen, former Veskan foreign minister Ida Marrow said.',
    );
    expect(got.map((s) => s.actor)).toEqual([null]);
  });
});
