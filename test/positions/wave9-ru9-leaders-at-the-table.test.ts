/**
 * "The leaders" told just after a summit are the people at its table, who stand for its parties
 * ("The leaders also discussed …"); with no meeting told nearby they stand for no one. Sentences
 * are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('the leaders at a summit table', () => {
  it('gives what "the leaders" discussed to each party of the summit told just before', () => {
    const got = stances(
      code(
        'Anton Brisk and Davor Kest held four hours of talks in Lumen on Monday. The leaders also discussed a prisoner swap.',
        '2026-06-14',
      ),
    );
    expect(got).toEqual(expect.arrayContaining(['VSK prisoners open', 'ORM prisoners open']));
  });

  it('reads no stance for leaders with no meeting told nearby', () => {
    expect(stances(code('The leaders discussed a prisoner swap.', '2026-06-14'))).toEqual([]);
  });
});
