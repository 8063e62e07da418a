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

describe('a deal told as done is not dated by a day to come', () => {
  it("\"said on Monday, '… will meet again on 2 September,' stressing the sides reached an understanding\" is Monday's deal", () => {
    const doc = code(
      'Tarsian envoy Mira Solenne said on Monday, "Veska and Ormund will meet again on September 2, 2026, in Lumen," stressing that Veska and Ormund reached an understanding on the prisoners.',
    );
    const deal = doc.events.find((e) => e.type === 'AGREE');
    expect(deal?.date).toBe('2026-06-15');
  });
});

describe('a deal told in an aside about its signer', () => {
  it('"X, who also signed the accord, said on Monday" is the accord of last November, not a deal of Monday', () => {
    const doc = code(
      'Highland fighters begin handing over their heavy weapons\n\nHighland Liberation Front spokesman Jon Brae, who also signed the Lumen peace accord on behalf of the Front, said on Monday that the handover of heavy weapons had begun. The disarmament is a central part of the peace accord signed last November between the federal government and the Highland Liberation Front.',
    );
    const deals = doc.events.filter((e) => e.type === 'AGREE');
    expect(deals.map((e) => e.date)).toEqual(['2025-11']);
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
