/**
 * "Ormund's Kalle Rusk", as headlines name a leader: the state before the possessive is only where
 * the person is from when the codebook dates their present post with an armed group; a state's
 * own office holder ("Veska's Anton Brisk") stays the state's. Texts and persons are invented.
 */
import { describe, expect, it } from 'vitest';
import { CodebookSchema, mergeCodebooks } from '../../src/core/codebook/codebook.js';
import { read, speaker, worldCodebook } from './helpers.js';

const book = mergeCodebooks(
  worldCodebook(),
  CodebookSchema.parse({
    actors: [{ code: 'HLF', kind: 'group', name: 'Highland Liberation Front', opposes: 'ORM' }],
    persons: [
      {
        id: 'kalle-rusk',
        name: 'Kalle Rusk',
        aliases: ['Rusk'],
        roles: [{ title: 'Commander', actor: 'HLF', from: '2015-01-01' }],
      },
      {
        id: 'ida-marn',
        name: 'Ida Marn',
        aliases: ['Marn'],
        roles: [{ title: 'Foreign Minister', actor: 'VSK', from: '2015-01-01' }],
      },
    ],
  }),
);

describe('a country’s possessive before a known group leader', () => {
  it('reads the group the codebook dates the leader’s post with', () => {
    const r = read('The truce will not hold, Ormund’s Kalle Rusk said on Monday.', { codebook: book });
    expect(speaker(r, 'Kalle Rusk')).toMatchObject({ actor: 'HLF' });
  });

  it('keeps a state’s own minister with the state', () => {
    const r = read('The truce will hold, Veska’s Ida Marn said on Monday.', { codebook: book });
    expect(speaker(r, 'Ida Marn')).toMatchObject({ actor: 'VSK' });
  });
});
