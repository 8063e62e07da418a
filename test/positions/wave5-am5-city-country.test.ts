/**
 * "met in Lirna, Tarsia to discuss …": the country set off by a comma after the city where a
 * meeting takes place is where the city lies, not a party that holds a stance. Sentences are
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('a city’s country after a comma is no holder', () => {
  it('gives the mediating country of the venue no stance', () => {
    const got = stances(
      code('Veskan and Ormund officials met in Lirna, Tarsia to discuss a ceasefire agreement.'),
    );
    expect(got.some((s) => s.startsWith('TRS '))).toBe(false);
  });

  it('still reads a country named as the subject after a comma-free place', () => {
    expect(stances(code('In Lirna, Tarsia proposed a ceasefire.'))).toContain('TRS ceasefire propose');
  });
});
