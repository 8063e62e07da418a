/**
 * "paid his first visit to Tarsia after seizing power in a coup in May": the date of an after/before
 * clause led by a gerund is that other act's, not the visit's. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const consultDates = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'CONSULT')
    .map((e) => e.date ?? '');

describe('a date in an after-clause led by a gerund', () => {
  it('does not date the visit by the act the gerund clause tells', () => {
    const dates = consultDates(
      'The Tarsian president on Thursday welcomed Veska’s leader as he paid his first visit to Tarsia after seizing power in a coup in May.',
    );
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).not.toContain('2026-05');
  });

  it('still dates a visit by a date that follows it in its own clause', () => {
    const dates = consultDates('Veska’s leader paid a visit to Tarsia in May after the coup.');
    expect(dates).toContain('2026-05');
  });
});
