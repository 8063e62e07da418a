/**
 * Presidential palaces and offices that the news names for their governments speak for their
 * states (codebook seats.yaml): "Villa Somalia said …", "Malacañang announced …". Sentences are
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const speaker = (text: string) =>
  code(`date 2031-05-07\n\n${text}`).statements.map((s) => [s.actor ?? '-'].flat().join(','));

describe('a palace that speaks for its government', () => {
  it.each([
    ['Villa Somalia said on Sunday that the talks would resume.', 'SOM'],
    ['Malacañang said the peace panel would meet the rebels next week.', 'PHL'],
    ['The Blue House said that the summit would go ahead.', 'KOR'],
    ['Miraflores said the dialogue would continue in Oslo.', 'VEN'],
    ['The Casa Rosada said the negotiations had ended.', 'ARG'],
  ])('%s', (text, party) => {
    expect(speaker(text)).toEqual([party]);
  });
});
