/**
 * "demanded the deoccupation of the islands": the end of an occupation, asked for by that word,
 * is the territory issue. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from './world.js';

const stances = (text: string) => code(text).positions.map((p) => `${p.actor} ${p.issue} ${p.stance}`);

describe('deoccupation names the territory issue', () => {
  it('reads a demand for the deoccupation of a place', () => {
    expect(stances('Ormund demanded the deoccupation of the Skerry Islands.')).toContain(
      'ORM territory demand',
    );
  });

  it('reads the hyphenated form and a refusal of it', () => {
    expect(stances('Veska rejected any de-occupation of the islands.')).toContain('VSK territory reject');
  });
});
