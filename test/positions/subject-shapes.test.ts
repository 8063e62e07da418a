/**
 * Who did it, in two shapes of a sentence's subject: a party with its short name in brackets
 * before the verb, and a second verb joined by "and" to the first. Sentences are written for the
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('a short name in brackets between the party and its act', () => {
  it('"The Northern Maritime Council (NMC) imposed sanctions" is the council\'s act', () => {
    expect(
      stances(code('The Northern Maritime Council (NMC) imposed sanctions on Ormund on Monday.')),
    ).toContain('NMC sanctions_relief reject');
  });

  it('reads the lifting the same way', () => {
    expect(
      stances(code('The Northern Maritime Council (NMC) lifted the sanctions on Ormund on Monday.')),
    ).toContain('NMC sanctions_relief accept');
  });
});

describe('a verb joined by "and" to the verb of the subject', () => {
  it('"Veska met Ormund on Monday and rejected the truce" is Veska\'s rejection', () => {
    const found = stances(code('Veska met Ormund on Monday and rejected the truce.'));
    expect(found).toContain('VSK ceasefire reject');
    expect(found).not.toContain('ORM ceasefire reject');
  });

  it('gives the act to every party of a listed subject, past "then"', () => {
    const found = stances(code('Veska and Tarsia met Ormund on Monday and then rejected the truce.'));
    expect(found).toEqual(expect.arrayContaining(['VSK ceasefire reject', 'TRS ceasefire reject']));
    expect(found).not.toContain('ORM ceasefire reject');
  });

  it('leaves a new clause with its own subject to that subject', () => {
    const found = stances(code('The talks between Veska and Ormund ended and Tarsia rejected the truce.'));
    expect(found).toContain('TRS ceasefire reject');
    expect(found).not.toContain('VSK ceasefire reject');
  });
});
