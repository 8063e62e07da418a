/**
 * A transcript's turns ("Vell: “…”"): the person named before the colon that opens the paragraph
 * speaks the quotation; a word that names no person ("Update:") frames nothing. Sentences written
 * for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('a transcript’s turns', () => {
  it('gives each quotation to the person named before its colon', () => {
    const got = statementsOf(
      'Veskan envoy Ida Pell met Ormundi negotiator Petr Vallo in Lumen.\n\nPell: “We will keep raising the fishing quotas.”\n\nVallo: “Ormund will never negotiate its coastline.”\n\nThe talks ended on Thursday.',
    );
    expect(got.map((s) => [s.speaker, s.actor, s.direct])).toEqual([
      ['Ida Pell', 'VSK', true],
      ['Petr Vallo', 'ORM', true],
    ]);
  });

  it('a colon after a word that names no person frames nothing', () => {
    const got = statementsOf('Veska and Ormund met in Lumen.\n\nUpdate: “The talks will resume on Monday.”');
    expect(got.map((s) => s.speaker)).not.toContain('Update');
  });
});
