/**
 * "The Veskan Security Council said …": a body a state names with the bare name of an
 * organisation's body (codebook `shared_body_names`) is the state's own, not the organisation's.
 * Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements/extract.js';

const actors = (text: string) => statementsOf(text).map((s) => s.actor);

describe("a state's own Security Council", () => {
  it('reads a demonym before it', () => {
    expect(
      actors('The Veskan Security Council said on Monday that the border crossings must reopen.'),
    ).toEqual(['VSK']);
  });

  it("reads a state's possessive before it", () => {
    expect(actors("Veska's Security Council said on Monday that the border crossings must reopen.")).toEqual([
      'VSK',
    ]);
  });

  it('leaves the bare name to the organisation', () => {
    expect(actors('The Security Council said on Monday that the border crossings must reopen.')).toEqual([
      'UN',
    ]);
  });
});
