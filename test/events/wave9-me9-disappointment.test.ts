/**
 * Disappointment or displeasure expressed with another party's conduct is a criticism of it, as
 * concern or frustration expressed is. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const accusations = (text: string) =>
  code(text, '2026-06-16')
    .events.filter((e) => e.type === 'ACCUSE')
    .map((e) => [...e.actors].sort().join(','));

describe('disappointment expressed with a party', () => {
  it('reads an accusation in "expressed disappointment with X\'s reluctance"', () => {
    expect(
      accusations(
        "Tarsian envoy Ana Roe expressed disappointment with Veska's reluctance to implement reforms.",
      ),
    ).toEqual(['TRS,VSK']);
  });

  it('reads one in "voiced displeasure at" the other side\'s delay', () => {
    expect(accusations('The Tarsian envoy voiced displeasure at the Ormundi delay on Monday.')).toEqual([
      'ORM,TRS',
    ]);
  });

  it('reads none where no party is its object', () => {
    expect(accusations('Ana Roe expressed disappointment with the turnout.')).toEqual([]);
  });
});
