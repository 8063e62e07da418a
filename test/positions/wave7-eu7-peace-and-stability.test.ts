/**
 * "Peace and stability" in a region is the stock wording of friendship declarations and
 * communiqués between states that are not at war: it names no ceasefire, as a lasting peace
 * does. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from './world.js';

const ceasefire = (text: string) =>
  code(text, '2026-06-17')
    .positions.filter((p) => p.issue === 'ceasefire')
    .map((p) => `${p.actor} ${p.stance}`);

describe('peace and stability', () => {
  it('takes no ceasefire stance from a pledge to preserve peace and stability in the region', () => {
    expect(ceasefire('Veska and Ormund pledged to preserve peace and stability in their region.')).toEqual(
      [],
    );
    expect(
      ceasefire(
        'Veska and Ormund signed a declaration committing both countries to peace and stability in the region.',
      ),
    ).toEqual([]);
  });

  it('still reads a lasting peace that a party seeks as the fighting stopped', () => {
    expect(ceasefire('Veska said it wants a lasting peace with Ormund.')).toContain('VSK propose');
  });
});
