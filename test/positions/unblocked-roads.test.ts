/**
 * A blocked road or corridor unblocked lets people and aid through: a call to unblock it is a
 * demand on humanitarian access. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('roads and corridors unblocked', () => {
  it('reads a call to unblock traffic as a humanitarian demand', () => {
    expect(
      stances(code('Tarsia called on Veska to unblock traffic on the Kessel road.', '2026-06-17')),
    ).toContain('TRS humanitarian demand');
  });

  it('reads a demand that a corridor be unblocked the same way', () => {
    expect(
      stances(code('Ormund demanded that Veska unblock the mountain corridor.', '2026-06-17')),
    ).toContain('ORM humanitarian demand');
  });
});
