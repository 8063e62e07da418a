/**
 * "The swap was carried out days after Veska agreed to supply weapons": a deal told in a trailing
 * after/since clause is when the main clause happened; the issue of the main clause is no term of
 * that deal. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('a deal in a trailing after/since clause holds nothing of the main clause', () => {
  it('does not make the party of the later clause accept the main clause’s issue', () => {
    const doc = code(
      'Ormund and the Highland Liberation Front exchanged prisoners on Friday, only days after Veska agreed to supply weapons to Ormund.',
    );
    expect(stances(doc)).not.toContain('VSK prisoners accept');
    expect(stances(doc)).toContain('VSK military_aid accept');
  });

  it('does the same after "since"', () => {
    const doc = code(
      'The ceasefire on the coast has held for a month since Tarsia agreed to lift its sanctions on Veska.',
    );
    expect(stances(doc)).not.toContain('TRS ceasefire accept');
  });

  it('keeps what a deal told before the opener holds', () => {
    const doc = code('Veska and Ormund agreed to exchange prisoners after long talks in Lumen.');
    expect(stances(doc)).toEqual(expect.arrayContaining(['VSK prisoners accept', 'ORM prisoners accept']));
  });
});
