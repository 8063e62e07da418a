/**
 * A state's military command named after the state ("the Veskan Central Command", "the Veska
 * Africa Command") speaks for that state: the state's name is no part of a longer name there.
 * Texts are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const speakers = (text: string) =>
  code(`date 2031-05-07\n\n${text}`).statements.map(
    (s) => `${s.speaker} | ${[s.actor ?? '-'].flat().join(',')}`,
  );

describe('a command named after its state', () => {
  it.each([
    [
      'The Veska Central Command said that the strikes had hit radar sites.',
      'The Veska Central Command | VSK',
    ],
    ['The Veska Africa Command said the raid killed two fighters.', 'The Veska Africa Command | VSK'],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual([expected]);
  });
});
