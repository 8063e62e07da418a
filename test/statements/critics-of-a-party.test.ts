/**
 * "Critics of the Highland Liberation Front say …": those set against a party named after "of"
 * speak for none of its side (codebook `critic_nouns`), where "advisers to" it speak for it.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const speakers = (text: string) => code(text).statements.map((s) => `${s.speaker}: ${s.actor ?? '-'}`);

describe('critics of a party', () => {
  it('speak for nobody', () => {
    expect(speakers('Critics of the Highland Liberation Front say the deal rewards the group.')).toEqual([
      'Critics of the Highland Liberation Front: -',
    ]);
  });

  it('while advisers to it speak for it', () => {
    expect(
      code('Advisers to the Highland Liberation Front say the deal is fair.').statements.map(
        (st) => st.actor,
      ),
    ).toEqual(['HLF']);
  });
});
