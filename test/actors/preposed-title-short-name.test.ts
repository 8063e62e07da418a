/**
 * A title set off before a name may end in the short name of the body it heads, in brackets:
 * "The head of the UN Support Mission (UNSM), Oskar Fenn, said" gives Fenn the body's party.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { read, speaker } from './helpers.js';

describe('a preposed title that ends in a short name', () => {
  it('"The head of the UN Support Mission (UNSM), Oskar Fenn, said": the UN\'s', () => {
    const r = read(
      'The head of the UN Support Mission (UNSM), Oskar Fenn, said the list of candidates was ready.',
    );
    expect(speaker(r, 'Oskar Fenn')).toMatchObject({ name: 'Oskar Fenn', actor: 'UN' });
  });

  it('without the brackets, as before', () => {
    const r = read('The head of the UN Support Mission, Oskar Fenn, said the list of candidates was ready.');
    expect(speaker(r, 'Oskar Fenn')).toMatchObject({ name: 'Oskar Fenn', actor: 'UN' });
  });
});
