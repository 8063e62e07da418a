/**
 * A date of the story's own day that runs on a clause ("agreed on Sunday (14 June 2026) to …") dates
 * what the clause tells; only a dateline ("LUMEN, 14 June 2026 (Northwire) -") dates the story
 * alone. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const deals = (text: string, date: string) => code(text, date).events.filter((e) => e.type === 'AGREE');

describe('a story-day date inside a clause', () => {
  it('dates a deal "signed … on Sunday (14 June 2026)", not by talks of the month before', () => {
    const got = deals(
      'Veska and Ormund signed a prisoner exchange deal on Sunday (14 June 2026), weeks after talks in late May.',
      '2026-06-14',
    );
    expect(got.map((e) => e.date)).toEqual(['2026-06-14']);
  });

  it('still reads a dateline of the same day as the story’s, not the deal’s', () => {
    const got = deals(
      'LUMEN, 14 June 2026 (Northwire) - Veska and Ormund agreed in May to release all detainees.',
      '2026-06-14',
    );
    expect(got.map((e) => e.date)).toEqual(['2026-05']);
  });
});
