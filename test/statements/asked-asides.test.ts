/**
 * A question put to the speaker, told in an aside between the name and the verb ("Marrow, when
 * asked whether …, replied, “…”"): the participle "asked" is no statement of its own, so the verb
 * after the aside is the name's. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('a question put to the speaker in an aside', () => {
  it('gives the quote after "X, when asked whether …, replied," to X', () => {
    const s = statementsOf(
      'Ilse Marrow, when asked whether Tarsia would leave the islands, replied, “If we were not ready to talk, we would not be here.”',
    );
    expect(s.map((x) => [x.speaker, x.content])).toEqual([
      ['Ilse Marrow', 'If we were not ready to talk, we would not be here.'],
    ]);
  });

  it('reads an aside that opens with the participle ("X, asked about …, said")', () => {
    const s = statementsOf('Kai Moller, asked about the fishing quotas, said, “We will see next week.”');
    expect(s.map((x) => [x.speaker, x.content])).toEqual([['Kai Moller', 'We will see next week.']]);
  });
});
