/**
 * An envoy told or ordered to leave is expelled (codebook issues `diplomatic_relations`, stance
 * `sanction_cues`): the party that orders it rejects normal ties and sanctions the envoy's state.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from './world.js';

describe('an envoy ordered to leave', () => {
  it('"Veska ordered the Ormundi ambassador to leave" is a sanction and a reject of ties', () => {
    const doc = code('Veska ordered the Ormundi ambassador to leave the country within 72 hours.');
    expect(doc.positions.map((p) => `${p.actor} ${p.issue} ${p.stance}`)).toContain(
      'VSK diplomatic_relations reject',
    );
    expect(
      doc.events.filter((e) => e.type === 'SANCTION').map((e) => [...e.actors].sort().join(' ')),
    ).toEqual(['ORM VSK']);
  });
});
