/**
 * "a deal that will allow the hostages to receive medication": medicine sent to captives is care
 * for them while they are held (humanitarian), not their release or exchange. Sentences written
 * for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('medicine for captives', () => {
  it('reads a deal for captives to receive medication as humanitarian, not a release', () => {
    const doc = code(
      'Tarsia has mediated an agreement between Veska and Ormund, which will allow the Veskan captives to receive urgently needed medication.',
    );
    expect(stances(doc)).toEqual(
      expect.arrayContaining(['VSK humanitarian accept', 'ORM humanitarian accept']),
    );
    expect(stances(doc)).not.toContain('VSK prisoners accept');
    expect(stances(doc)).not.toContain('ORM prisoners accept');
  });

  it('reads a call for medicine for the detainees as humanitarian', () => {
    const doc = code('Veska called on Ormund to send medicine to the detainees held in Kessel.');
    expect(stances(doc)).toContain('VSK humanitarian demand');
    expect(stances(doc)).not.toContain('VSK prisoners demand');
  });

  it('still reads the release of captives as prisoners', () => {
    const doc = code('Veska demanded the release of the captives held in Kessel.');
    expect(stances(doc)).toContain('VSK prisoners demand');
  });
});
