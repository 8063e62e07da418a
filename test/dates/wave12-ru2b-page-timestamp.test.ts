/**
 * "Veska and Ormund reach fishing deal Friday, March 6, 2026 9:00:18 AM": a date with a clock time
 * to the second is the page's posting stamp, not the day of what the headline tells; the deal
 * takes the day the story gives it. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const agreeDates = (text: string) =>
  code(text, '2026-03-06')
    .events.filter((e) => e.type === 'AGREE')
    .map((e) => e.date);

describe('a posting stamp in a headline', () => {
  it('does not date the deal the headline tells', () => {
    expect(
      agreeDates(
        'Veska and Ormund reach agreement on fishing rights Friday, March 6, 2026 9:00:18 AM\n\nAfter long talks in Lumen on March 5, Veska and Ormund reached an agreement on fishing rights.',
      ),
    ).toEqual(['2026-03-05']);
  });

  it('keeps a headline day without a stamp', () => {
    expect(agreeDates('Veska and Ormund reach agreement on fishing rights on Friday')).toEqual([
      '2026-03-06',
    ]);
  });
});
