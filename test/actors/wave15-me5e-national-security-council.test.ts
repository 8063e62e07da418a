/**
 * "The National Security Council said …": a national modifier before the bare name of an
 * organisation's body (codebook `national_body_modifiers`) makes it a state's own body, never the
 * organisation's; the state named with it is its party. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements/extract.js';

const actors = (text: string) => statementsOf(text).map((s) => s.actor);

describe("a state's National Security Council", () => {
  it('is no organisation without a state named with it', () => {
    expect(
      actors('The National Security Council said on Monday that the border crossings must reopen.'),
    ).toEqual([null]);
  });

  it("reads a state's possessive before the modifier", () => {
    expect(
      actors("Veska's National Security Council said on Monday that the border crossings must reopen."),
    ).toEqual(['VSK']);
  });

  it('reads a state before several modifiers', () => {
    expect(
      actors(
        "Veska's Supreme National Security Council said on Monday that the border crossings must reopen.",
      ),
    ).toEqual(['VSK']);
  });

  it('leaves the bare name to the organisation', () => {
    expect(actors('The Security Council said on Monday that the border crossings must reopen.')).toEqual([
      'UN',
    ]);
  });
});
