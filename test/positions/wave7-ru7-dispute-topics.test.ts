/**
 * A cue that takes a dispute over an issue ("refused to overcome differences on the ceasefire")
 * tells a stance on the dispute, not on the issue it is over. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('differences over an issue are no stance on it', () => {
  it('reads no ceasefire stance in "refused to overcome differences on the future ceasefire"', () => {
    const got = stances(code('Ormund refused to overcome differences on the future ceasefire, Veska said.'));
    expect(got.some((s) => s.includes('ceasefire'))).toBe(false);
  });

  it('reads no prisoners stance in "wants to settle disagreements over the prisoner exchange"', () => {
    const got = stances(code('Veska wants to settle disagreements over the prisoner exchange quickly.'));
    expect(got.some((s) => s.includes('prisoners'))).toBe(false);
  });

  it('still reads a refusal of the issue itself', () => {
    expect(stances(code('Ormund refused a ceasefire on the northern front.'))).toContain(
      'ORM ceasefire reject',
    );
  });
});
