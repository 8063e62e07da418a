/**
 * AFP spells Yemen's rebel group "Huthi" ("Yemen's Huthi rebels", "a Huthi spokesman"): the
 * default codebook reads it as the Houthis, not as the state named before it. Sentences written
 * for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements/extract.js';

const actors = (text: string) => statementsOf(text).map((s) => s.actor);

describe('the Huthi spelling of the Houthis', () => {
  it("reads a state's Huthi rebels as the group", () => {
    expect(actors("Yemen's Huthi rebels said on Monday that the mountain road must reopen.")).toEqual([
      'HOUTHI',
    ]);
  });

  it('reads the demonym before a spokesman', () => {
    expect(actors('A Huthi spokesman said on Monday that the mountain road must reopen.')).toEqual([
      'HOUTHI',
    ]);
  });
});
