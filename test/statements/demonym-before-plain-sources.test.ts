/**
 * Plain sources qualified by a demonym ("Veskan security sources said …") are named by their head
 * alone, as the gold format names them, but keep the party the demonym gives them.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('plain sources after a demonym', () => {
  it('gives "Veskan security sources said …" the party of the demonym', () => {
    const s = statementsOf('Veskan security sources said the talks in Lumen would resume on Sunday.');
    expect(s.map((x) => [x.content, x.actor])).toEqual([
      ['the talks in Lumen would resume on Sunday', 'VSK'],
    ]);
  });

  it('leaves sources with no demonym without a party', () => {
    const s = statementsOf('Security sources said the talks in Lumen would resume on Sunday.');
    expect(s.map((x) => [x.content, x.actor ?? null])).toEqual([
      ['the talks in Lumen would resume on Sunday', null],
    ]);
  });
});
