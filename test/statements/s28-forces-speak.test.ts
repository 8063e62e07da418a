/**
 * Forces named as a speaker ("Tarsian forces said that …") speak as an army does. Texts are
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const speakers = (text: string) =>
  code(`date 2031-05-07\n\n${text}`).statements.map(
    (s) => `${s.speaker} | ${[s.actor ?? '-'].flat().join(',')}`,
  );

describe('forces as a speaker', () => {
  it('speak for the party their demonym names', () => {
    expect(speakers('Tarsian forces said that they had repelled the attack.')).toEqual([
      'Tarsian forces | TRS',
    ]);
  });

  it('are no speaker when "forces" is a verb', () => {
    expect(speakers('The deal forces Veska to withdraw, officials said.')).toEqual(['officials | -']);
  });
});
