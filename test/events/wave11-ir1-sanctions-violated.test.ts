/**
 * "released seven people charged with violating sanctions against Ormund": sanctions that someone
 * is charged with breaking are already in force; the story tells no sanction imposed. Sentences
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const sanctions = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'SANCTION')
    .map((e) => [...e.actors].sort().join('+'));

describe('sanctions violated are not sanctions imposed', () => {
  it('reads no sanction in a charge of violating them', () => {
    expect(
      sanctions('In return, Veska is releasing five people charged with violating sanctions against Ormund.'),
    ).toEqual([]);
  });

  it('reads no sanction in a charge of breaching a named imposer’s sanctions', () => {
    expect(sanctions('Two traders were accused on Monday of breaching Veskan sanctions on Ormund.')).toEqual(
      [],
    );
  });

  it('still reads the sanctions a party imposes', () => {
    expect(sanctions('Veska on Monday announced new sanctions against Ormund.')).toContain('ORM+VSK');
  });
});
