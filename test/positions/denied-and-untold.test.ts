/**
 * What a party denies having done, or leaves untold, is no stance of its own: "dismissed claims
 * that it had blocked the corridor" refuses a charge, "did not say when the prisoners would be
 * freed" is silence. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('denied and untold acts', () => {
  it('reads no stance inside a charge that the party dismisses', () => {
    const got = stances(
      code('Ormund dismissed claims that it had blocked the ceasefire talks.', '2026-06-17'),
    );
    expect(got.filter((s) => s.startsWith('ORM '))).toEqual([]);
  });

  it('still reads the stance of a party that blocked the ceasefire, told as fact', () => {
    const got = stances(code('Ormund blocked the ceasefire talks on Monday.', '2026-06-17'));
    expect(got.some((s) => s.startsWith('ORM ceasefire'))).toBe(true);
  });

  it('reads no refusal in a party that did not say when it would free the prisoners', () => {
    const got = stances(
      code('Ormund did not say when it would release the detained Veskan fishermen.', '2026-06-17'),
    );
    expect(got.filter((s) => s.startsWith('ORM prisoners'))).toEqual([]);
  });

  it('still reads a refusal in "did not release"', () => {
    const got = stances(code('Ormund did not release the detained Veskan fishermen.', '2026-06-17'));
    expect(got).toContain('ORM prisoners reject');
  });
});
