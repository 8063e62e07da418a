/**
 * A bloc that suspends a member's membership "in" it punishes that member, as "membership of"
 * does. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const sanctions = (text: string) => code(text, '2026-06-17').events.filter((e) => e.type === 'SANCTION');

describe('membership suspended', () => {
  it('reads "suspended Veska\'s membership in the Council" as a sanction on Veska', () => {
    const got = sanctions(
      "The Northern Maritime Council suspended Veska's membership in the Council after the coup in Port Alder.",
    );
    expect(got).toHaveLength(1);
    expect([...got[0].actors].sort()).toEqual(['NMC', 'VSK']);
  });

  it('does not read a membership that was never suspended ("Veska\'s membership in the Council")', () => {
    expect(
      sanctions("Veska's membership in the Northern Maritime Council was discussed in Lumen."),
    ).toHaveLength(0);
  });
});
