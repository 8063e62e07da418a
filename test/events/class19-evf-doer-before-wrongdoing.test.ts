/**
 * "unprecedented Veskan attacks on shipping" in a party's words: the party named straight before
 * the wrongdoing noun is the one accused. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const accusations = (text: string) => code(text, '2026-06-17').events.filter((e) => e.type === 'ACCUSE');

describe('a party named straight before a wrongdoing, in another party’s words', () => {
  it('is accused by the speaker', () => {
    const got = accusations(
      '"Our patrols are a direct answer to unprecedented Veskan attacks on shipping in the strait," Ormund\'s defence minister said on Tuesday.',
    );
    expect(got).toHaveLength(1);
    expect([...got[0].actors].sort()).toEqual(['ORM', 'VSK']);
  });

  it('is no charge where the harm is only guarded against', () => {
    const got = accusations('Ormund said it had the duty to shield the coastal towns from Veskan attacks.');
    expect(got).toHaveLength(0);
  });

  it('is no charge where the story dates the incident', () => {
    const got = accusations(
      '"After the Veskan attack on Kessel on May 3, ships were held in port for weeks," Ormund\'s defence minister said.',
    );
    expect(got).toHaveLength(0);
  });
});
