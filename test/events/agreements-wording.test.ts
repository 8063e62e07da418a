/**
 * "A sign that …" is a noun, not the verb of a signed commitment ("Veska and Ormund signed that …");
 * and an aside ", known as …," between a subject and its verb leaves the subject whole.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const agreements = (text: string) => code(text, '2026-06-17').events.filter((e) => e.type === 'AGREE');

describe('a sign that something is so', () => {
  it('"hailed as a positive sign that the parties were advancing" is no agreement', () => {
    expect(
      agreements(
        'Set to be monitored by the United Nations, the island truce was hailed as a positive sign that the parties were advancing.',
      ),
    ).toEqual([]);
  });
  it('"signed that" still tells a signed commitment', () => {
    expect(
      agreements('Veska and Ormund signed that neither would seek a military advantage on the islands.'),
    ).not.toEqual([]);
  });
});

describe('a name given by the way between the subject and its verb', () => {
  it('keeps every party of a coordinated subject across ", known as …,"', () => {
    const got = agreements(
      'The Ormundi government and the Highland Liberation Front, known in the islands as Veska’s proxy, have agreed to a bilateral ceasefire.',
    );
    expect(got.map((e) => [...e.actors].sort())).toEqual([['HLF', 'ORM']]);
  });
});

describe('the terms of a deal told before', () => {
  const agreements = (text: string) => code(text, '2026-06-17').events.filter((e) => e.type === 'AGREE');

  it.each([
    'Under that agreement, Veska agreed to curb enrichment in return for the lifting of sanctions.',
    'Under the deal, Veska agreed to curb enrichment.',
  ])('"%s" is the deal of 2015, not a new one', (second) => {
    const got = agreements(`Veska and Ormund signed a nuclear deal in 2015. ${second}`);
    expect(got.map((e) => [e.actors, e.date])).toEqual([[['VSK', 'ORM'], '2015']]);
  });

  it('an agreement the sentence does not open "under the deal" with is its own', () => {
    const got = agreements(
      'Veska and Ormund signed a nuclear deal in 2015. Veska agreed on Monday to curb enrichment.',
    );
    expect(got).toHaveLength(2);
  });
});
