/**
 * "in the Tarsian capital, Lumen", "the Tarsian port city of Lumen": a demonym before a place noun
 * says where the talks or the deal were, not who was a party to them (a host is a party only where
 * the text says so). Sentences invented about the Veska–Ormund talks.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const parties = (text: string, type: string) =>
  code(text)
    .events.filter((e) => e.type === type)
    .map((e) => [...e.actors].sort().join(','));

describe('a demonym that names the place of the talks', () => {
  it('keeps the host out of a deal reached "in the Tarsian capital, Lumen"', () => {
    const got = parties(
      'Talks between the Veskan government and the Ormundi government in the Tarsian capital, Lumen, have made progress with an initial agreement on a deal to exchange dozens of prisoners.',
      'AGREE',
    );
    expect(got).toContain('ORM,VSK');
    expect(got.some((a) => a.includes('TRS'))).toBe(false);
  });

  it('keeps the host out after "the Tarsian port city of Lumen"', () => {
    const got = parties(
      'Veska and Ormund held talks in the Tarsian port city of Lumen on Monday.',
      'CONSULT',
    );
    expect(got).toEqual(['ORM,VSK']);
  });

  it('still reads a demonym that names a party', () => {
    const got = parties('Veskan and Tarsian officials held talks in Kessel on Monday.', 'CONSULT');
    expect(got.some((a) => a.includes('TRS'))).toBe(true);
  });
});
