/**
 * A party's name that modifies a deal ("the Ormund deal", "the Ormund nuclear deal", "the Ormund
 * talks") names the deal, not a party acting: a verb joined after it by ", and" keeps the
 * sentence's subject ("Veska's president said he will quit the Ormund deal, and announced new
 * sanctions on …" is Veska's sanction). Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const sanctions = (text: string) => code(text, '2026-06-19').events.filter((e) => e.type === 'SANCTION');

describe('a party named as the modifier of a deal is no subject', () => {
  it('reads the sanction after "he will quit the Ormund nuclear deal, and announced"', () => {
    const got = sanctions(
      'Veska’s President Anton Brisk said on Friday that he will quit the Ormund nuclear deal, and announced new sanctions on the Ormund navy.',
    );
    expect(got).toHaveLength(1);
    expect([...got[0].actors].sort()).toEqual(['ORM', 'VSK']);
    expect(got[0].date).toBe('2026-06-19');
  });

  it('reads it after "the Ormund talks" too', () => {
    const got = sanctions(
      'Veska’s President Anton Brisk said on Friday that he would leave the Ormund talks, and announced new sanctions on the Ormund navy.',
    );
    expect(got).toHaveLength(1);
    expect([...got[0].actors].sort()).toEqual(['ORM', 'VSK']);
  });

  it('still reads a party after "the" as the subject when no deal noun follows', () => {
    const got = sanctions('On Friday the Ormund government imposed new sanctions on Veska.');
    expect(got).toHaveLength(1);
    expect([...got[0].actors].sort()).toEqual(['ORM', 'VSK']);
  });
});

describe('the wires’ singular "Revolutionary Guard"', () => {
  it('names Iran as the target of sanctions', () => {
    const got = sanctions('Veska announced new sanctions on the Revolutionary Guard on Friday.');
    expect(got).toHaveLength(1);
    expect([...got[0].actors].sort()).toEqual(['IRN', 'VSK']);
  });
});
