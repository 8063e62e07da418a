/**
 * "A senior Tarsian envoy visiting Kessel said …": the place visited, after a participle of a
 * visit, is no speaker; the envoy speaks, for the envoy's party. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const speakers = (text: string) => code(text).statements.map((s) => [s.speaker, s.actor]);

describe('a speaker visiting a place', () => {
  it('keeps the envoy, not the capital visited, as the speaker', () => {
    expect(
      speakers(
        'A senior Tarsian envoy visiting Kessel said Thursday that Lumen is looking into ways to settle the dispute.',
      ),
    ).toEqual([['A senior Tarsian envoy visiting Kessel', 'TRS']]);
  });

  it('reads a delegation touring a capital the same way', () => {
    expect(speakers('A Tarsian delegation touring Kessel said the talks would resume.')).toEqual([
      ['A Tarsian delegation touring Kessel', 'TRS'],
    ]);
  });
});
