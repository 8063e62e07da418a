/**
 * "European Energy Commissioner Ida Vell said": a demonym the EU shares with Europe at large
 * stands before a title of the EU's own officers (codebook `offices`), so the officer speaks for
 * the EU; other titles after the same demonym stay Europe's. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements/extract.js';

const speakers = (text: string) => statementsOf(text).map((s) => [s.speaker, s.actor]);

describe("a bloc's officer named by the demonym it shares", () => {
  it('reads "European <portfolio> Commissioner" as the EU\'s', () => {
    expect(
      speakers('European Energy Commissioner Ida Vell said the gas talks with Veska would resume.'),
    ).toContainEqual(['Ida Vell', 'EU']);
  });

  it('reads "the European Commissioner for trade, …" as the EU\'s', () => {
    expect(
      speakers('The European Commissioner for trade, Oskar Fenn, said the tariffs on Ormund would stay.'),
    ).toContainEqual(['Oskar Fenn', 'EU']);
  });

  it('leaves another European title with Europe at large', () => {
    expect(
      speakers('European diplomat Arno Pell said the ceasefire in Tarsia was holding.'),
    ).not.toContainEqual(['Arno Pell', 'EU']);
  });
});
