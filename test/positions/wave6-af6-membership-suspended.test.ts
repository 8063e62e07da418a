/**
 * A bloc that suspends a member's membership punishes it: the bloc opposes lifting the measures
 * against that member, as it would by imposing sanctions. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from './world.js';

const onSanctions = (text: string) =>
  code(text, '2026-06-17').positions.filter((p) => p.issue === 'sanctions_relief');

describe('membership suspended', () => {
  it('reads "suspended Veska\'s membership in the Council" as the Council against relief for Veska', () => {
    const got = onSanctions(
      "The Northern Maritime Council suspended Veska's membership in the Council after the coup.",
    );
    expect(got.map((p) => [p.actor, p.stance, p.about])).toEqual([['NMC', 'reject', 'VSK']]);
  });

  it('takes no stance from a membership merely discussed', () => {
    expect(
      onSanctions("Veska's membership in the Northern Maritime Council was discussed in Lumen."),
    ).toHaveLength(0);
  });
});
