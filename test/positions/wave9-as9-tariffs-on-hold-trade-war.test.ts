/**
 * New tariffs "put on hold" are paused, so relief from them (not the "!new * tariffs" of barriers
 * raised), and a trade war wound down is tariffs dialled down, not a ceasefire in a war.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from './world.js';

const stances = (text: string) =>
  code(text, '2026-06-17').positions.map((p) => `${p.actor} ${p.issue} ${p.stance}`);

describe('tariffs put on hold', () => {
  it('reads new tariffs put on hold as relief, in both word orders', () => {
    const agreed = stances('Veska and Ormund agreed to put on hold new duties on steel.');
    expect(agreed).toContain('VSK sanctions_relief accept');
    expect(agreed).not.toContain('VSK sanctions_relief reject');
    const decided = stances('Veska decided to put the additional tariffs on hold until March.');
    expect(decided).toContain('VSK sanctions_relief propose');
    expect(decided).not.toContain('VSK sanctions_relief reject');
  });

  it('still reads new tariffs imposed as barriers', () => {
    expect(stances('Veska imposed new tariffs on Ormundi steel.')).toContain('VSK sanctions_relief reject');
  });
});

describe('a trade war wound down', () => {
  it('is relief from tariffs, not a ceasefire', () => {
    const got = stances('Veska said it wants to wind down the trade war with Ormund.');
    expect(got.some((s) => s.includes('ceasefire'))).toBe(false);
    expect(got.filter((s) => s.includes('sanctions_relief')).length).toBeGreaterThan(0);
  });

  it('keeps a war wound down a ceasefire', () => {
    expect(stances('Veska proposed winding down the war with Ormund.')).toContain('VSK ceasefire propose');
  });
});
