/**
 * "ensure global demand is met", "until its conditions are fully met": "met" in the passive with a
 * thing to satisfy as its subject tells no meeting. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const consults = (text: string) => code(text).events.filter((e) => e.type === 'CONSULT');

describe('a passive "met" whose subject is a thing to satisfy', () => {
  it('is no meeting of the parties named before it', () => {
    expect(
      consults('The statement said Veska, Ormund and Tarsia would ensure global demand is met.'),
    ).toEqual([]);
  });

  it('is no meeting across an adverb', () => {
    expect(
      consults('Veska said on Monday that Ormund and Tarsia had made sure the conditions were fully met.'),
    ).toEqual([]);
  });

  it('keeps a meeting told with "met"', () => {
    expect(consults('Veska said on Monday that Ormund and Tarsia met in Lumen.').length).toBe(1);
  });
});
