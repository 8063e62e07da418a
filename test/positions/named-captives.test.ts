/**
 * A named person released or freed is a captive (codebook issues `prisoners`, the `{PERSON}` slot
 * of the pattern language: a mention of a person, with a party or none): "demanded the release of
 * Petr Vallo", "freed opposition leader Petr Vallo". A slot for a person takes no state or group, so
 * "released a statement, Veska said" stays no release of a captive. Sentences are written for the
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from './world.js';

const stances = (text: string) =>
  code(text)
    .positions.map((p) => `${p.actor} ${p.issue} ${p.stance}`)
    .sort();

describe('a named person released is a captive', () => {
  it('"demanded the release of Petr Vallo" is a demand on prisoners', () => {
    expect(stances('Veska demanded the release of Petr Vallo.')).toContain('VSK prisoners demand');
  });

  it('"freed opposition leader Petr Vallo" is an accept of prisoners', () => {
    expect(stances('Ormund freed opposition leader Petr Vallo on Monday.')).toContain('ORM prisoners accept');
  });

  it('a party released is no captive', () => {
    expect(
      stances('Veska released a statement on Monday, Ormund said.').filter((p) => p.includes('prisoners')),
    ).toEqual([]);
  });
});
