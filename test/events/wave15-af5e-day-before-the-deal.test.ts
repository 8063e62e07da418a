/**
 * Wire copy translated from other languages puts the day and the place between "signed" and the
 * deal ("signed Wednesday in Lumen a memorandum", "signed on Tuesday in Lumen an accord"), and names
 * each signatory after its country ("The Presidents of Veska, Anton Brisk, and of Ormund, Davor
 * Kest, signed"). Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const agreements = (text: string) => code(text, '2026-06-17').events.filter((e) => e.type === 'AGREE');

describe('a day between the deal verb and the deal', () => {
  it('reads "signed on Tuesday in Lumen a memorandum" as the pair’s agreement of that day', () => {
    const got = agreements('Veska and Ormund signed on Tuesday in Lumen a memorandum of understanding.');
    expect(got).toHaveLength(1);
    expect([...got[0].actors].sort()).toEqual(['ORM', 'VSK']);
    expect(got[0].date).toBe('2026-06-16');
  });

  it('reads a bare day ("signed Wednesday in Lumen a bilateral accord")', () => {
    const got = agreements('Veska and Ormund signed Wednesday in Lumen a bilateral accord on fishing.');
    expect(got).toHaveLength(1);
    expect([...got[0].actors].sort()).toEqual(['ORM', 'VSK']);
  });

  it('reads no deal where nothing follows the day and the place', () => {
    expect(agreements('Veska and Ormund signed on Tuesday in Lumen.')).toEqual([]);
  });
});

describe('signatories named "of X, Name, and of Y, Name"', () => {
  const text =
    'The Presidents of Veska, Anton Brisk, and of Ormund, Davor Kest, signed a memorandum of understanding in Lumen to secure a ceasefire at the border.';

  it('makes both countries parties of the agreement', () => {
    const got = agreements(text);
    expect(got).toHaveLength(1);
    expect([...got[0].actors].sort()).toEqual(['ORM', 'VSK']);
  });

  it('gives both countries the ceasefire they signed', () => {
    const holders = code(text, '2026-06-17')
      .positions.filter((p) => p.issue === 'ceasefire' && p.stance === 'accept')
      .map((p) => p.actor)
      .sort();
    expect(holders).toEqual(['ORM', 'VSK']);
  });
});
