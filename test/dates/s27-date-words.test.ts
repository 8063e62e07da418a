import { describe, expect, it } from 'vitest';
import { resolveTimexes } from '../../src/core/code/dates.js';
import { code } from '../positions/world.js';

const resolve = (text: string, reference: string) =>
  resolveTimexes(text, 0, text.length, reference).map((t) => [text.slice(t.start, t.end), t.value]);

describe('date words that were misread', () => {
  it('"29 and 30 May": a span of days before "May" is dated by its first day', () => {
    // 2026-06-02; the month "May" is read as a date after a day's number too.
    expect(resolve('The talks were held in Lumen on 29 and 30 May.', '2026-06-02').map((t) => t[1])).toEqual([
      '2026-05-29',
    ]);
    expect(resolve('Envoys met on 12 May in Lumen.', '2026-06-02').map((t) => t[1])).toEqual(['2026-05-12']);
  });

  it('"in mid-2017" is that year, written without a space', () => {
    expect(resolve('Veska cut ties with Ormund in mid-2017.', '2020-12-04')).toEqual([['2017', '2017']]);
  });

  it('"last November" is the November before the story, "next March" the one after', () => {
    // A September story: November is still ahead this year, "last November" was the year before.
    expect(
      resolve('They signed an interim deal in Lumen last November.', '2014-09-26').map((t) => t[1]),
    ).toEqual(['2013-11']);
    expect(resolve('The envoys will meet again next March.', '2014-09-26').map((t) => t[1])).toEqual([
      '2015-03',
    ]);
    expect(resolve('They signed a deal last March.', '2014-09-26').map((t) => t[1])).toEqual(['2014-03']);
  });

  it('"Thursday this week" is that day of the story’s week', () => {
    // 2020-07-13 was a Monday.
    expect(resolve('The meeting was put off until Thursday this week.', '2020-07-13')).toEqual([
      ['Thursday this week', '2020-07-16'],
    ]);
    expect(resolve('They meet on Monday next week.', '2020-07-15')).toEqual([
      ['on Monday next week', '2020-07-20'],
    ]);
  });

  it('a plan told in the past ("were expected to meet on Sunday") is the nearer of the two weekdays', () => {
    // 2015-02-23 was a Monday: Sunday was the day before.
    expect(
      resolve('The envoys were also expected to meet on Sunday to drive the talks.', '2015-02-23'),
    ).toEqual([['on Sunday', '2015-02-22']]);
    // 2017-01-08 was a Sunday: Tuesday is two days ahead.
    expect(
      resolve('The round was supposed to open on Tuesday, but it was pushed back.', '2017-01-08'),
    ).toEqual([['on Tuesday,', '2017-01-10']]);
    expect(
      resolve(
        'Veska will keep talking instead of opening a formal round on Tuesday as planned.',
        '2017-01-08',
      ),
    ).toEqual([['on Tuesday', '2017-01-10']]);
    // A plan told in the present lies ahead, however far.
    expect(resolve('The envoys are expected to meet on Sunday.', '2015-02-23')).toEqual([
      ['on Sunday', '2015-03-01'],
    ]);
  });

  it('dates the events these words tell', () => {
    const ties = code(
      'Veska and Ormund have tried to end the dispute since Tarsia cut diplomatic ties with Veska in mid-2017.',
      '2020-12-04',
    );
    expect(ties.events.find((e) => e.type === 'SANCTION')?.date).toBe('2017');
    const round = code(
      'The first formal round of talks between Veska and Ormund was supposed to open on Tuesday.',
      '2017-01-08',
    );
    expect(round.events.find((e) => e.type === 'CONSULT')?.date).toBe('2017-01-10');
  });
});
