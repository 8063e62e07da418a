/**
 * A stance told in the pluperfect and dated years before the story, anywhere in its clause, is
 * background ("had shared power … after the fall of the old regime in 2019"), not a current stance.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from './world.js';

const positions = (text: string) =>
  code(text, '2026-06-17').positions.map((p) => `${p.actor} ${p.issue} ${p.stance}`);

describe('pluperfect background', () => {
  it('reads no stance in "had shared power with civilians after the fall of the old regime in 2019"', () => {
    expect(
      positions(
        'Veska and the Highland Liberation Front had shared power with civilians after the fall of the old regime in a popular uprising in 2019.',
      ),
    ).toEqual([]);
  });

  it('still reads a current power-sharing stance', () => {
    expect(positions('Veska agreed on Monday to share power with the Highland Liberation Front.')).toContain(
      'VSK elections accept',
    );
  });
});
