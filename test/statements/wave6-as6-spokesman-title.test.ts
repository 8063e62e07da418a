/**
 * "The spokesman said" refers back to the person introduced as spokesman, not to a person that an
 * earlier statement of his named after "stated that": the words before "that" are the speaker's
 * title and verb, not a title of the person the content names. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('a definite title refers back past the persons its statements name', () => {
  it('keeps "the spokesman" the spokesman after he stated that a president held talks', () => {
    const got = statementsOf(
      'Defence Ministry Spokesman Arno Pell told journalists that a deal was reached. ' +
        'The spokesman stated that President Kest held talks with his counterpart. ' +
        'The spokesman said the new zones cover three provinces.',
    );
    expect(got.map((s) => s.speaker)).toEqual(['Arno Pell', 'Arno Pell', 'Arno Pell']);
  });

  it('keeps "the spokesman" the spokesman after he told a minister of the plan', () => {
    const got = statementsOf(
      'Foreign Ministry spokesman Arno Pell said talks would resume. ' +
        'The spokesman told Defence Minister Karl Demm the plan was ready. ' +
        'The spokesman said the border would reopen.',
    );
    expect(got.at(-1)?.speaker).toBe('Arno Pell');
  });
});
