/**
 * Attacks in words are accusations of the one attacked (codebook `accuse_cues`): "derided the
 * government as a puppet", "lashed out at", "hit out at", "took aim at", "assailed". Sentences are
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const accusations = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'ACCUSE')
    .map((e) => [...e.actors].sort().join(' '));

describe('attacks in words', () => {
  it.each([
    'Veska derided the Ormundi government as a puppet of Tarsia.',
    'Veska lashed out at Ormund on Monday.',
    'Veska hit out at Ormund over the islands.',
    'Veska took aim at Ormund in a speech.',
    'Veska assailed Ormund for its new tariffs.',
  ])('%s is an accusation of Ormund by Veska', (text) => {
    expect(accusations(text)).toContain('ORM VSK');
  });
});
