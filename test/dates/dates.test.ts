import { describe, expect, it } from 'vitest';
import { resolveTimexes } from '../../src/core/code/dates.js';
import { code } from '../positions/world.js';

// 2025-02-18 was a Tuesday.
const resolve = (text: string, reference = '2025-02-18') =>
  resolveTimexes(text, 0, text.length, reference).map((t) => [
    text.slice(t.start, t.end),
    t.value,
    t.precision,
  ]);

describe('relative dates against the article’s date, at the precision the text supports', () => {
  it('a season without its year: ahead in a plan, else the latest begun; "the fall of" is none', () => {
    expect(resolve('Kest would visit Lumen in the fall.')).toEqual([['in the fall', '2025', 'year']]);
    expect(resolve('The talks stalled in the autumn.')).toEqual([['in the autumn', '2024', 'year']]);
    expect(resolve('Talks resume next spring.')).toEqual([['next spring', '2026', 'year']]);
    expect(resolve('Since the fall of Lumen the sides have not met.')).toEqual([]);
  });

  it('a year that qualifies a noun after its article dates it; a number of people does not', () => {
    expect(resolve('Tarsia brokered a 2019 truce between them.')).toEqual([['2019', '2019', 'year']]);
    expect(resolve('The 2015 accord still holds.')).toEqual([['2015', '2015', 'year']]);
    expect(resolve('Ormund sent a 2000-strong force and the 1500 troops stayed.')).toEqual([]);
  });

  it('a deal signed, named by its year, is dated that year ("signed the 2015 deal")', () => {
    expect(resolve('Veska, which signed the 2015 deal, rejected the plan.')).toEqual([
      ['2015', '2015', 'year'],
    ]);
  });

  it('"on Tuesday" is that day', () => {
    expect(resolve('Ormund said on Tuesday it would talk.')).toEqual([['on Tuesday', '2025-02-18', 'day']]);
  });

  it('a bare weekday in a sentence about what is planned is the next one', () => {
    expect(resolve('A visit planned for Wednesday was put off.')).toEqual([
      ['Wednesday', '2025-02-19', 'day'],
    ]);
    expect(resolve('They will meet on Saturday.')[0]?.[1]).toBe('2025-02-22');
  });

  it('"after two days of talks" is how long they lasted, not a day ahead', () => {
    expect(resolve('Kest said on Tuesday, after two days of talks in Lumen, that a deal was near.')).toEqual([
      ['on Tuesday,', '2025-02-18', 'day'],
    ]);
  });

  it('a plan told far before its weekday, in the same clause, still lies ahead', () => {
    expect(resolve('Veska and Ormund will hold a sixth round of talks in Lumen on Sunday.')[0]?.[1]).toBe(
      '2025-02-23',
    );
    // ("Kest, who will visit Lumen, met Brisk on Sunday": the plan is another clause's)
    expect(
      resolve('Kest, who will travel to Lumen in the spring with his envoys, met Brisk on Sunday.')[1]?.[1],
    ).toBe('2025-02-16');
  });

  it('a weekday in the past is the last one', () => {
    expect(resolve('They met on Monday.')[0]?.[1]).toBe('2025-02-17');
    expect(resolve('They met on Thursday.')[0]?.[1]).toBe('2025-02-13');
    // The day after the story's date: a story dated in another time zone.
    expect(resolve('Kest announced Wednesday that he had called off the visit.')[0]?.[1]).toBe('2025-02-19');
  });

  it('"this Saturday" in a story of Sunday is the day before when told as past, the next when ahead', () => {
    // 2025-02-23 was a Sunday: chrono's "this Saturday" is the one of the calendar week ahead.
    expect(
      resolve('The envoys announced this Saturday, in Lumen, that talks resume.', '2025-02-23')[0]?.[1],
    ).toBe('2025-02-22');
    expect(resolve('The envoys will meet this Saturday.', '2025-02-23')[0]?.[1]).toBe('2025-03-01');
  });

  it('a date before "amid" or "among" is still read (no "9 am")', () => {
    expect(resolve('talks in Lumen on February 9 among the four envoys')).toEqual([
      ['February 9', '2025-02-09', 'day'],
    ]);
    expect(resolve('They met on February 9 amid protests.')[0]?.[1]).toBe('2025-02-09');
  });

  it('a word cut at the edge of the window read around a date is no time ("in the M")', () => {
    const text =
      'Monday’s meeting took place in the Morvanian capital as the Lumen premier visited the region known as the Kessel Valley.';
    expect(resolve(text)).toEqual([['Monday', '2025-02-17', 'day']]);
  });

  it('numbered days of one month keep their first day; weekdays told as a range, their month', () => {
    expect(resolve('the talks held from February 9-12 in Lumen')).toEqual([
      ['February 9-12', '2025-02-09', 'day'],
    ]);
    expect(resolve('the outcome of the Monday-Tuesday talks')[0]?.slice(1)).toEqual(['2025-02', 'month']);
  });

  it('"six days ago" is a day', () => {
    expect(resolve('a phone call only six days ago')).toEqual([['six days ago', '2025-02-12', 'day']]);
  });

  it('"last week" is a month (ISO dates have no week)', () => {
    expect(resolve('concessions made last week')).toEqual([['last week', '2025-02', 'month']]);
  });

  it('"next month" is a month', () => {
    expect(resolve('postponed until next month')).toEqual([['next month', '2025-03', 'month']]);
  });

  it('a bare month months ahead, in a sentence about the past, is the one before', () => {
    expect(resolve('The talks collapsed in February at a summit.', '2019-10-05')).toEqual([
      ['February', '2019-02', 'month'],
    ]);
    // A month just ahead is still the coming one ("another meeting in the course of March").
    expect(resolve('Another meeting will be held in the course of March.', '2023-02-27')).toEqual([
      ['March', '2023-03', 'month'],
    ]);
  });

  it("a month, or month and day, ahead of the story after a verb of what happened is last year's", () => {
    expect(resolve('Veska and Ormund met in January.', '2024-12-28')).toEqual([
      ['January', '2024-01', 'month'],
    ]);
    expect(resolve('The two sides signed the deal on January 10.', '2024-12-28')).toEqual([
      ['January 10', '2024-01-10', 'day'],
    ]);
    // What lies ahead stays ahead.
    expect(resolve('Veska and Ormund will meet on January 10.', '2024-12-28')[0]?.[1]).toBe('2025-01-10');
    expect(resolve('talks on January 10', '2024-12-28')[0]?.[1]).toBe('2025-01-10');
  });

  it('weekdays listed after one that lies ahead lie ahead too', () => {
    expect(
      resolve(
        'The meeting is expected to begin on Friday, with the main discussions on Saturday and Sunday.',
        '2023-08-03',
      ),
    ).toEqual([
      ['on Friday,', '2023-08-04', 'day'],
      ['on Saturday', '2023-08-05', 'day'],
      ['Sunday', '2023-08-06', 'day'],
    ]);
  });

  it('"in four months", "in two weeks\' time" count ahead; "the first summit in three years" is none', () => {
    expect(resolve('They agreed to hold more talks in four months.')).toEqual([
      ['in four months', '2025-06', 'month'],
    ]);
    expect(resolve("Ormund will reply in two weeks' time.")).toEqual([
      ["in two weeks' time", '2025-03', 'month'],
    ]);
    expect(resolve('They will meet again in three days.')).toEqual([['in three days', '2025-02-21', 'day']]);
    // "within 15 days" is a bound: the month it falls in.
    expect(resolve('They agreed to meet within 15 days.')).toEqual([['within 15 days', '2025-03', 'month']]);
    expect(resolve('It was the first summit of the two leaders in three years.')).toEqual([]);
    expect(resolve('the worst fighting on the border in two years')).toEqual([]);
  });

  it('"last summer" is the latest season over by the story\'s date', () => {
    expect(resolve('Talks stalled last summer.', '2025-11-02')).toEqual([['last summer', '2025', 'year']]);
    expect(resolve('Talks stalled last summer.', '2025-07-02')).toEqual([['last summer', '2024', 'year']]);
  });

  it('a weekday after "would" or "going to" lies ahead', () => {
    expect(resolve('Kest said the envoys would meet on Friday.')[0]?.[1]).toBe('2025-02-21');
    expect(resolve('They were going to meet on Sunday.')[0]?.[1]).toBe('2025-02-23');
  });

  it('a weekday of a meeting told in the present after "when" or "once" lies ahead; in the past it is gone', () => {
    expect(
      resolve(
        'The envoys set out a plan for Kest and Brisk to sign when they meet in Lumen on Friday.',
      )[0]?.[1],
    ).toBe('2025-02-21');
    expect(resolve('The quotas end once Kest visits Lumen on Saturday.')[0]?.[1]).toBe('2025-02-22');
    expect(resolve('They shook hands when they met in Lumen on Friday.')[0]?.[1]).toBe('2025-02-14');
  });

  it('"in 2008" is a year', () => {
    expect(resolve('a promise made at a summit in 2008')).toEqual([['2008', '2008', 'year']]);
  });

  it('a day before an abbreviated month: "24 Oct, 2025", "on 3 Mar"', () => {
    expect(resolve('The talks are set for 24 Oct, 2025 in Lumen.')).toEqual([
      ['24 Oct, 2025', '2025-10-24', 'day'],
    ]);
    expect(resolve('Envoys met on 3 Mar in Lumen.', '2025-03-10')[0]?.[1]).toBe('2025-03-03');
    expect(resolve('He had 3 mar marks.')).toEqual([]);
  });

  it('a month and day', () => {
    expect(resolve('talks on Feb. 12 ended')).toEqual([['Feb. 12', '2025-02-12', 'day']]);
  });

  it('"early May", "by May", "last May": the month chrono leaves to its modal verb', () => {
    expect(resolve('Ormund may hold talks in early May.', '2023-04-11')).toEqual([
      ['May', '2023-05', 'month'],
    ]);
    expect(resolve('Veska and Ormund held talks in Lumen in May, officials said.', '2023-06-14')).toEqual([
      ['May', '2023-05', 'month'],
    ]);
    expect(resolve('the first visit since last May', '2019-01-15')).toEqual([['May', '2018-05', 'month']]);
    // After another month and "and": "in April and May".
    expect(resolve('The two met on the border in April and May.', '2023-09-19')).toEqual([
      ['April', '2023-04', 'month'],
      ['May', '2023-05', 'month'],
    ]);
    // A modal verb, and a person named May, are no month.
    expect(resolve('Veska may meet Ormund.', '2023-04-11')).toEqual([]);
    expect(resolve("talks after May's visit to Lumen", '2023-04-11')).toEqual([]);
  });

  it('"over the weekend" is a month, like "last week"', () => {
    expect(resolve('There was an intense dialogue over the weekend.', '2022-10-12')).toEqual([
      ['weekend', '2022-10', 'month'],
    ]);
  });

  it('ignores what only looks like a date', () => {
    expect(resolve('U.S. and Russian officials have sat down together')).toEqual([]);
    expect(resolve('the 4-1/2-hour meeting')).toEqual([]);
    expect(resolve('they spoke for about an hour')).toEqual([]);
    expect(resolve('20% of its territory now under control')).toEqual([]);
    expect(resolve('a march on the capital')).toEqual([]);
    expect(resolve('two days after it joined the talks')).toEqual([]);
  });

  it('the dates stage fills doc.timexes with offsets into the text', () => {
    const doc = code('Veska said on Tuesday it had postponed a visit until next month.', '2025-02-18');
    expect(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.value])).toEqual([
      ['on Tuesday', '2025-02-18'],
      ['next month', '2025-03'],
    ]);
  });

  it('a time counted from the date told just before: "Hours later", "two years earlier", "the next day"', () => {
    const dated = (text: string, date = '2025-02-18') => {
      const doc = code(text, date);
      return doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.value]);
    };
    expect(
      dated('Ormund walked out of the talks on February 3. Hours later, mediators said Ormund would sign.'),
    ).toEqual([
      ['February 3', '2025-02-03'],
      ['Hours later', '2025-02-03'],
    ]);
    expect(dated('Talks began in 2019 under Anton Brisk, who had signed a truce two years earlier.')).toEqual(
      [
        ['2019', '2019'],
        ['two years earlier', '2017'],
      ],
    );
    expect(dated('Veska and Ormund met on February 10. They met again the next day.')).toEqual([
      ['February 10', '2025-02-10'],
      ['the next day', '2025-02-11'],
    ]);
    // Days counted from a month say no more than the month; with no date before, nothing is counted.
    expect(dated('They met in January. A week later they spoke.')).toEqual([['January', '2025-01']]);
    expect(dated('Hours later, mediators said Ormund would sign.')).toEqual([]);
  });
});

describe('a weekday right after the story’s date', () => {
  it('is last week’s after a verb of a meeting or deal done, and the next day after "announced"', () => {
    // 2025-02-21 was a Friday.
    expect(resolve('Brisk and Kest spoke by phone on Saturday.', '2025-02-21')[0]?.[1]).toBe('2025-02-15');
    expect(resolve('The envoys met in Lumen on Saturday.', '2025-02-21')[0]?.[1]).toBe('2025-02-15');
    expect(resolve('Kest announced Saturday that the visit was off.', '2025-02-21')[0]?.[1]).toBe(
      '2025-02-22',
    );
  });
});

describe('days given as ordinals before "of" the month', () => {
  it('"the seventh and eighth of March", "the 7th and 8th of March" start on the first day', () => {
    const day = (text: string) => resolve(text).map(([, value]) => value);
    expect(day('The council meets in Lumen on the seventh and eighth of March.')).toEqual(['2025-03-07']);
    expect(day('The council meets in Lumen on the 7th and 8th of March.')).toEqual(['2025-03-07']);
    expect(day('The council meets in Lumen on the 7th of March.')).toEqual(['2025-03-07']);
  });
});

describe('days given before the month, joined by "and" or "to"', () => {
  it('"on 14 and 15 March", "on 14 to 15 Mar" start on the first day', () => {
    const day = (text: string) => resolve(text).map(([, value]) => value);
    expect(day('The council meets in Lumen on 14 and 15 March.')).toEqual(['2025-03-14']);
    expect(day('The council meets in Lumen on 14 to 15 Mar.')).toEqual(['2025-03-14']);
    expect(day('The council meets in Lumen on 14 March.')).toEqual(['2025-03-14']);
  });
});
