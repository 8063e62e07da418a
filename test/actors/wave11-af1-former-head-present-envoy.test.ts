/**
 * "Veska's former president Arvo Lind, the council's envoy": the text names a past post, the
 * codebook dates a different post the person holds at the story's date, and that present post
 * gives the party. A past post that IS the codebook's post, or a person with no present post,
 * leaves the person with no party. Texts and persons are invented for the tests.
 */
import { describe, expect, it } from 'vitest';
import { CodebookSchema, mergeCodebooks } from '../../src/core/codebook/codebook.js';
import { read, speaker, worldCodebook } from './helpers.js';

const book = mergeCodebooks(
  worldCodebook(),
  CodebookSchema.parse({
    persons: [
      {
        id: 'arvo-lind',
        name: 'Arvo Lind',
        aliases: ['Lind'],
        roles: [
          { title: 'President', actor: 'VSK', from: '2018-01-01', to: '2025-06-30' },
          { title: 'Mediator of the Harbour Process', actor: 'NMC', from: '2025-07-01' },
        ],
      },
      {
        id: 'oda-brenn',
        name: 'Oda Brenn',
        aliases: ['Brenn'],
        roles: [{ title: 'President', actor: 'ORM', from: '2015-01-01', to: '2024-12-31' }],
      },
    ],
  }),
);

describe('a former office holder with a present post', () => {
  it('reads the present post’s party for "X’s former president"', () => {
    const r = read('The rebels will pull back from the hills, Veska’s former president Arvo Lind said.', {
      codebook: book,
    });
    expect(speaker(r, 'Arvo Lind')).toMatchObject({ actor: 'NMC' });
  });

  it('reads it for "former Veskan president" too, and for the surname later', () => {
    const r = read(
      'Former Veskan president Arvo Lind met the rebel leaders on Friday. "They agreed to a truce," Lind said.',
      { codebook: book },
    );
    expect(speaker(r, 'Lind', 1)).toMatchObject({ actor: 'NMC' });
  });

  it('leaves a former president with no present post with no party', () => {
    const r = read('The talks have stalled, Ormund’s former president Oda Brenn said.', { codebook: book });
    expect(speaker(r, 'Oda Brenn')).toMatchObject({ actor: null });
  });
});
