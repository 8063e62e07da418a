/**
 * Given names written with a hyphen and a lower-case syllable, as Korean and Thai names are
 * romanised ("Kyou-hyun", "Prom-in"), are one name with the words before them; a compound that
 * goes on ("Chairperson-in-Office") or an English word after a name ("Veska-led") is not.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { read, speaker } from './helpers.js';

describe('hyphenated given names', () => {
  it('"Veska\'s chief delegate, Park Min-hyun, said": the whole name, and Veska\'s', () => {
    const r = read("Veska's chief delegate, Park Min-hyun, said the two sides agreed to meet again.");
    expect(speaker(r, 'Park Min-hyun')).toMatchObject({ name: 'Park Min-hyun', actor: 'VSK' });
  });

  it('"General Somchai Prom-in said": the surname keeps its syllable', () => {
    const r = read('Veskan General Somchai Prom-in said the talks would resume in June.');
    expect(speaker(r, 'Veskan General Somchai Prom-in')).toMatchObject({
      name: 'Somchai Prom-in',
      actor: 'VSK',
    });
  });

  it('"the Chairperson-in-Office" is no name', () => {
    const { doc } = read('The Chairperson-in-Office said the monitors would stay.');
    expect(doc.entities.some((e) => e.kind === 'person' && /Chairperson/.test(e.name))).toBe(false);
  });
});
