/**
 * A party at a press conference with another has met it; a press conference with reporters is
 * an audience. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const meetings = (text: string) => code(text, '2026-06-17').events.filter((e) => e.type === 'CONSULT');

describe('a press conference with another party', () => {
  it('reads "At a press conference with Davor Kest, a Veskan minister …" as a meeting', () => {
    const got = meetings(
      'At a press conference with Davor Kest, Veskan Deputy Prime Minister Ilo Marr released a short letter from his government.',
    );
    expect(got).toHaveLength(1);
    expect([...got[0].actors].sort()).toEqual(['ORM', 'VSK']);
  });

  it('reads "a press conference with reporters" as no meeting', () => {
    expect(
      meetings('The Veskan envoy held a press conference with reporters in Port Alder on Monday.'),
    ).toEqual([]);
  });
});
