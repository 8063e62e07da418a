/**
 * Two frames of a view stated in public: "expressed the hope that …" (the feeling named with its
 * article, as "expressed hope" and "expressed her hope" are) and "have been clear that …" (codebook
 * phrase_cues). Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

const said = (text: string) => statementsOf(text).map((s) => [s.speaker, s.content]);

describe('views stated in public', () => {
  it('"expressed the hope that" reports the hope', () => {
    expect(said('Ilse Marrow expressed the hope that the talks in Lumen would calm the border.')).toEqual([
      ['Ilse Marrow', 'the hope that the talks in Lumen would calm the border'],
    ]);
  });

  it('"have been clear that" reports what follows', () => {
    expect(
      said('The Ormundi negotiators have been clear that only a ceasefire would end the blockade.'),
    ).toEqual([['Ormundi negotiators', 'only a ceasefire would end the blockade']]);
  });

  it('an impersonal "it is clear that" reports no one', () => {
    expect(said('It is clear that the talks in Lumen will take time.')).toEqual([]);
  });
});
