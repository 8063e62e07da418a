/**
 * A government named without its state: "the ruling military council in Veska" (a ruling body of
 * several words, codebook `government_bodies`, and the state after "in"), and "the center-right
 * government" (words of its standing, `government_status_modifiers`), speak for the story's state
 * as "the government" does (actors/governments.ts, actors/resolve-speaker.ts `bareGovernment`).
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const speakers = (text: string) =>
  code(text).statements.map((s) => `${s.speaker}: ${[s.actor ?? '-'].flat().sort().join(' ')}`);

describe('a government named by its standing or its place', () => {
  it('"the ruling military council in Veska" is Veska, and so is "the military council" after it', () => {
    expect(
      speakers(
        'The ruling military council in Veska has said that it will not negotiate with the rebels. The military council said it would oversee an 18-month transition.',
      ),
    ).toEqual(['The ruling military council in Veska: VSK', 'The military council: VSK']);
  });

  it('"the center-right government" is the government of the story', () => {
    const got = speakers(
      'Ormund and the Highland Liberation Front agreed on talks. The center-right government said it started discussing an agenda early in the year.',
    );
    expect(got.at(-1)).toBe('The center-right government: ORM');
  });

  it('a council that rules nothing stays no government', () => {
    expect(speakers('The city council said it would close the market.')[0]).toBe('The city council: -');
  });
});
