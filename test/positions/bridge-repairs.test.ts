/**
 * Vocabulary of real reports (codebook issues.yaml): a bridge or road rebuilt or repaired is
 * reconstruction. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('repairs', () => {
  it('a bridge the parties agree to rebuild is reconstruction', () => {
    expect(stances(code('Veska and Ormund agreed to rebuild the bridge near the line.'))).toEqual(
      expect.arrayContaining(['VSK reconstruction accept', 'ORM reconstruction accept']),
    );
  });

  it('bridge repairs agreed are reconstruction too', () => {
    expect(stances(code('Veska and Ormund reached an agreement on bridge repairs.'))).toEqual(
      expect.arrayContaining(['VSK reconstruction accept', 'ORM reconstruction accept']),
    );
  });

  it('trust rebuilt is no reconstruction', () => {
    expect(
      stances(code('Veska and Ormund agreed to rebuild trust.')).some((s) => s.includes('reconstruction')),
    ).toBe(false);
  });
});
