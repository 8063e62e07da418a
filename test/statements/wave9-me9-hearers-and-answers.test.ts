/**
 * A hearer named with its title and kind that closes the sentence ("…, a source told the local
 * Kessel Courier newspaper.") leaves the words said before it; an answer given "with" acts
 * ("responded with shelling") reports no words. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('a titled hearer that closes the sentence', () => {
  it('takes the words before the frame, not the hearer', () => {
    const got = statementsOf(
      'The border commission will hold its first session on Friday, an informed source told the local Kessel Courier newspaper.',
    );
    expect(got).toHaveLength(1);
    expect(got[0].content).toBe('The border commission will hold its first session on Friday');
  });

  it('does so without an article too', () => {
    const got = statementsOf(
      'Talks on the harbour would resume next week, a diplomat told local daily Alder Post.',
    );
    expect(got.map((s) => s.content)).toEqual(['Talks on the harbour would resume next week']);
  });
});

describe('an answer in acts', () => {
  it('reads no statement in "responded with" a barrage', () => {
    expect(statementsOf('Ormund responded with its heaviest shelling of the month.')).toEqual([]);
    expect(statementsOf('The rebels replied with a volley of rockets toward the border posts.')).toEqual([]);
  });

  it('still reads "responded that"', () => {
    const got = statementsOf('Ormund responded that the border talks were over.');
    expect(got.map((s) => s.content)).toEqual(['the border talks were over']);
  });
});
