/**
 * "The firm was found to have violated Veskan sanctions against Ormund": sanctions that are broken
 * are already in force; the breach tells no sanction imposed. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const sanctions = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'SANCTION')
    .map((e) => [...e.actors].sort().join('+'));

describe('sanctions violated or evaded are no sanction imposed', () => {
  it('reads no sanction where a firm violated or evaded sanctions on a party', () => {
    expect(
      sanctions('The shipping firm was found to have violated Veskan sanctions against Ormund.'),
    ).toEqual([]);
    expect(sanctions('The bank is accused of evading sanctions on Ormund, prosecutors said.')).toEqual([]);
    expect(sanctions('The trader was charged with a breach of Veskan sanctions against Ormund.')).toEqual([]);
  });

  it('still reads sanctions that a party imposes', () => {
    expect(sanctions('Veska imposed new sanctions on Ormund on Monday.')).toEqual(['ORM+VSK']);
  });
});
