/**
 * "Veska and Ormund expelled their respective ambassadors": a measure two parties take against each
 * other is one SANCTION with both as imposer and target (codebook `reciprocal_markers`,
 * events/sanction.ts). Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const sanctions = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'SANCTION')
    .map((e) => `${[...e.actors].sort().join(' ')} ${e.date ?? ''}`);

describe('a measure taken against each other', () => {
  it('"expelled respective ambassadors" is one sanction of the two', () => {
    expect(sanctions('Veska and Ormund expelled respective ambassadors in 2018.')).toEqual(['ORM VSK 2018']);
  });

  it('"each other\'s diplomats" is read the same way', () => {
    expect(sanctions("Veska and Ormund expelled each other's diplomats in 2018.")).toEqual(['ORM VSK 2018']);
  });

  it('two parties that expel someone with no target named impose nothing on each other', () => {
    expect(sanctions('Veska and Ormund expelled twelve diplomats in 2018.')).toEqual([]);
  });
});
