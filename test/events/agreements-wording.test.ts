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

describe('a meeting that agrees', () => {
  it('speaks for the parties it was between, not the mediator named in an aside', () => {
    const got = agreements(
      'The third ministerial meeting between Veska and Ormund, held in Lumen under the mediation of the Tarsian government, agreed on a ceasefire.',
    );
    expect(got.map((e) => [...e.actors].sort())).toEqual([['ORM', 'VSK']]);
  });
});
