/**
 * A meeting told with a range of numbered days ("on Feb. 26-27", "28-29 February") is dated at the
 * day it opens, which a reader dating it at its month agrees with too. Sentences are written for
 * the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const consultDates = (text: string) =>
  code(text, '2026-02-25')
    .events.filter((e) => e.type === 'CONSULT')
    .map((e) => e.date);

describe('a meeting over a range of numbered days', () => {
  it('dates "will hold talks in Lumen on Feb. 26-27" at its first day', () => {
    expect(consultDates('Veska and Ormund will hold talks in Lumen on Feb. 26-27.')).toEqual(['2026-02-26']);
  });

  it('dates "on 10-11 March" at its first day', () => {
    expect(consultDates('Veska and Ormund will hold talks in Lumen on 10-11 March.')).toEqual(['2026-03-10']);
  });
});
