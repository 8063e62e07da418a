/**
 * "…, secretary of state Ida Marrow said": wire copy writes a title with "of" inside it in lower
 * case before the name; the statement is still read, and the name speaks. Sentences written for
 * the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('a lower-case title with "of" before the speaker after the content', () => {
  it('reads the statement and names the person', () => {
    const got = statementsOf(
      'Ormund will free the detainees next week, secretary of state Ida Marrow said on Sunday.',
    );
    expect(got.map((s) => [s.speaker, s.content])).toEqual([
      ['Ida Marrow', 'Ormund will free the detainees next week'],
    ]);
  });

  it('reads a minister of defence too', () => {
    const got = statementsOf(
      'The talks will resume in Lumen, minister of defence Kai Moller told reporters on Monday.',
    );
    expect(got.map((s) => s.speaker)).toEqual(['Kai Moller']);
  });
});
