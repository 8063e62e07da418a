/**
 * "X, Y and Z ended the fourth round of talks": a verb that ends or starts a round of talks tells
 * the round held, with its subject at the table, as "held talks" does (codebook
 * `consult_light_verbs`). Sentences are written for the tests (story dated Tuesday 2026-06-16).
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const meetings = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'CONSULT')
    .map((e) => [...e.actors].sort().join(' '));

describe('a round of talks ended or started', () => {
  it('"Veska, Ormund and Tarsia ended the fourth round of talks" is a meeting of the three', () => {
    expect(meetings('Veska, Ormund and Tarsia ended the fourth round of talks in Lumen on Monday.')).toEqual([
      'ORM TRS VSK',
    ]);
  });

  it('"Veska and Ormund started talks in 2012" is a meeting of the two', () => {
    expect(meetings('Veska and Ormund started talks in 2012 on the border.')).toEqual(['ORM VSK']);
  });
});

describe('phone calls in the plural', () => {
  it('"held separate phone calls with the leaders of Veska and Ormund" is a call with each', () => {
    expect(
      meetings(
        'Tarsian envoy Mira Solenne held separate phone calls with the leaders of Veska and Ormund on Monday.',
      ).sort(),
    ).toEqual(['ORM TRS', 'TRS VSK']);
  });
});
