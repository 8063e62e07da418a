/**
 * A party, its firms or its people banned are barred from trade or entry: an economic barrier
 * raised (TAXONOMY `sanctions_relief`, against). "would ban Veskan-owned apps", "banned several
 * Ormundi officials from entry". Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from '../positions/world.js';

describe('a ban on a party, its firms or its people is a barrier raised', () => {
  it('reads a ban announced on a party’s firms as against lifting barriers', () => {
    const doc = code(
      'Ormund said on Friday it would ban Veskan-owned messaging apps from its app stores next week.',
    );
    expect(stances(doc)).toContain('ORM sanctions_relief reject');
  });

  it('reads a ban on a party’s officials as against lifting barriers', () => {
    const doc = code(
      'Veska has unilaterally banned several Ormundi officials from entry after the missile tests.',
    );
    expect(stances(doc)).toContain('VSK sanctions_relief reject');
  });

  it('reads no barrier in a ban on a kind of weapon', () => {
    const doc = code('Veska and Ormund agreed to ban cluster munitions along the river.');
    expect(stances(doc).filter((s) => s.includes('sanctions_relief'))).toEqual([]);
  });
});
