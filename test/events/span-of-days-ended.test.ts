/**
 * "concluded two days of talks on Sunday", "after three days of talks on Friday": the day told is
 * the span's last, and a span of days is dated by its first. A span told by its start keeps its day.
 * Sentences written for the tests (story dated Tuesday 2026-06-16).
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const consultDates = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'CONSULT')
    .map((e) => e.date);

describe('a span of days of talks told by its end', () => {
  it('is dated by its first day', () => {
    expect(
      consultDates('Veska and Ormund concluded two days of talks in Lumen on Sunday, June 14.'),
    ).toContain('2026-06-13');
    expect(
      consultDates(
        'Veska and Ormund issued a statement after three days of talks in Lumen on Friday, June 12.',
      ),
    ).toContain('2026-06-10');
  });

  it('keeps the day of a span told by its start', () => {
    expect(consultDates('Veska and Ormund began two days of talks in Lumen on Sunday, June 14.')).toContain(
      '2026-06-14',
    );
  });

  it('reads words that describe the talks between "days of" and them', () => {
    expect(
      consultDates(
        'Veska and Ormund ended the round after two days of inconclusive talks in Lumen on Sunday, June 14.',
      ),
    ).toContain('2026-06-13');
  });

  it('reads the end told after the meeting word: "a two-day meeting … concluded on Sunday"', () => {
    expect(
      consultDates(
        'A marathon two-day meeting between Veska and Ormund in Lumen concluded on Sunday, June 14.',
      ),
    ).toContain('2026-06-13');
  });
});

describe('a span of days told by its end far after the meeting word, or by two joined days', () => {
  it('"The two-day summit between … concluded on Saturday" is dated by the Friday', () => {
    expect(
      consultDates(
        'The two-day informal summit between Veskan President Anton Brisk and Ormundi President Davor Kest concluded on Saturday, June 13.',
      ),
    ).toContain('2026-06-12');
  });

  it('"On Friday and Saturday, the two leaders met" is dated by the Friday', () => {
    expect(
      consultDates(
        'On Friday and Saturday, Veskan President Anton Brisk and Ormundi President Davor Kest met in Lumen.',
      ),
    ).toContain('2026-06-12');
  });
});
