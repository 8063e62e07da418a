/**
 * The frame "…, as X said" at a sentence's end is set off by a comma; without it "as" belongs to
 * the verb before it ("a programme that Veska sees as its security guarantee"), and the words
 * after it are no speaker. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('"sees as" is no frame "as X said"', () => {
  it('reads no statement in "a programme that Veska sees as its strongest security guarantee"', () => {
    expect(
      statementsOf('Ormund wants an end to a programme that Veska sees as its strongest security guarantee.'),
    ).toEqual([]);
  });
  it('still reads the frame set off by a comma ("…, as officials have said")', () => {
    const s = statementsOf('The island truce is fragile, as Tarsian officials have said.');
    expect(s.map((x) => x.content)).toEqual(['The island truce is fragile']);
  });
});
