/**
 * "Veska, Ormund and Tarsia cut ties with the Council. The countries threatened …": a plural party
 * noun with no number that opens a sentence as its verb's subject stands for the last list of
 * parties the story named (codebook `listed_collective_heads`; actors/groups.ts `readNumbered`,
 * stage.ts), not for every party named. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const collective = (text: string, words: string) => {
  const doc = code(text);
  const m = doc.mentions.find((x) => doc.text.slice(x.start, x.end) === words);
  return m && [m.actor].flat();
};

describe('"the countries" after a list of parties', () => {
  it('stands for the list, not for the party the list acted against', () => {
    expect(
      collective(
        'Veska, Ormund and Tarsia severed ties with the Highland Liberation Front in June. The countries threatened further sanctions against the group.',
        'The countries',
      ),
    ).toEqual(['VSK', 'ORM', 'TRS']);
  });

  it('names nobody with no list before it', () => {
    expect(
      collective('The countries threatened further sanctions against Veska.', 'The countries') ?? [null],
    ).toEqual([null]);
  });
});
