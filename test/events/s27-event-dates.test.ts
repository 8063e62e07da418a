import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const dateOf = (text: string, date: string, type: string) =>
  code(text, date)
    .events.filter((e) => e.type === type)
    .map((e) => e.date);

describe('the date an event takes from its sentence', () => {
  it('"as soon as Aug. 27" bounds the event’s own day: no comparison', () => {
    expect(
      dateOf(
        'Ormund will begin similar talks with Veska as soon as Aug. 27, an official said.',
        '2018-08-20',
        'CONSULT',
      ),
    ).toEqual(['2018-08-27']);
  });

  it('"since 1988 - when Veska and Ormund agreed": a dash sets off the when-clause of the date', () => {
    expect(
      dateOf(
        'The plan has been on the table since 1988 - when Veska and Ormund agreed in principle to build a bridge - but nothing came of it.',
        '2018-11-28',
        'AGREE',
      ),
    ).toEqual(['1988']);
  });

  it('the same time told twice ("last year in Lumen, in April, 2018"): the finer date', () => {
    expect(
      dateOf(
        'The first informal summit between Veska and Ormund last year in the old city of Lumen, in April, 2018, led to fresh stability.',
        '2019-10-12',
        'CONSULT',
      ),
    ).toEqual(['2018-04']);
  });

  it('"ahead of a 11-12 July Lumen summit": the date names the summit, past a name before the noun', () => {
    const doc = code(
      'Kest said the move showed solidarity with Veska ahead of a 11-12 July Lumen summit of Veska and Ormund leaders.',
      '2023-07-09',
    );
    expect(doc.events.find((e) => e.type === 'CONSULT')?.date).toBe('2023-07-11');
  });

  it('"on Wednesday, undisclosed discussions took place in January": a date with its comma qualifies no noun', () => {
    expect(
      dateOf(
        'According to reports on Wednesday, undisclosed discussions between Veska and Ormund took place in Lumen in January, facilitated by Tarsia.',
        '2024-03-14',
        'CONSULT',
      ),
    ).toEqual(['2024-01']);
  });

  it('"Earlier in the day, X met Y": the day told a sentence or two before', () => {
    const doc = code(
      'Fighting stopped in Lumen on Sunday. Veska’s prime minister on Saturday welcomed the call for talks. The call will pave the way, he said. Earlier in the day, an envoy of Veska held a meeting with Ormund’s interior minister in Lumen.',
      '2015-03-01',
    );
    expect(doc.events.find((e) => e.type === 'CONSULT')?.date).toBe('2015-02-28');
  });

  it('an event in a relative clause set off by commas is not dated by the main clause after it', () => {
    const doc = code(
      'Veska and Ormund leaders met in Lumen on Thursday. But Veska, whose leader is at meetings in Tarsia rather than at the talks with Ormund in Lumen, sparked doubts on Wednesday night that a deal would be signed.',
      '2022-10-13',
    );
    // The talks in Lumen are Thursday's meeting, not a second one of Wednesday.
    expect(doc.events.filter((e) => e.type === 'CONSULT').map((e) => e.date)).toEqual(['2022-10-13']);
  });

  it('a caption that closes on its picture’s day, with the year, is not the lead’s day', () => {
    // 2018-12-03 was a Monday.
    const story = [
      'Veska deputies protest against the tariff in Lumen, Sunday Dec. 2, 2018. (Photo agency)',
      '',
      'LUMEN — A Tarsian envoy urged Veska’s government Monday to rescind the tariff.',
      '',
      'The envoy met Veska’s officials in Lumen after morning talks with Ormund’s president.',
    ].join('\n');
    expect(code(story, '2018-12-03').events.find((e) => e.type === 'CONSULT')?.date).toBe('2018-12-03');
  });

  it('a speaker’s "today" at talks held over a span of days is the span’s last day', () => {
    const doc = code(
      'A new deal was the outcome of the talks between Veska and Ormund held in Lumen on 29 and 30 May under Tarsia’s chairmanship. “The protocol signed by Veska and Ormund today gives me confidence,” said Anton Brisk.',
      '2018-05-31',
    );
    expect(doc.events.find((e) => e.type === 'CONSULT')?.date).toBe('2018-05-29');
    expect(doc.events.find((e) => e.type === 'AGREE')?.date).toBe('2018-05-30');
  });

  it('a lead without a day: the headline’s news takes the first day of the story’s week told below', () => {
    // 2015-03-20 was a Friday.
    const story = [
      'Veska links Ormund sanctions to truce deal',
      '',
      'Veska and Tarsia have agreed to keep sanctions on Ormund in place until the end of the year, a radio said.',
      '',
      'The sanctions were imposed because of Ormund’s incursion into Lumen.',
      '',
      // (past the lead's sentences)
      ...Array.from({ length: 8 }, (_, i) => `The border region ${i + 1} remains tense.`),
      '',
      'Thursday’s move is designed to force Ormund to withdraw.',
    ].join('\n');
    expect(code(story, '2015-03-20').events.find((e) => e.type === 'SANCTION')?.date).toBe('2015-03-19');
  });

  it('a meeting told in a phrase opened by "Despite" is not dated by the main clause', () => {
    // 2022-11-09 was a Wednesday.
    const doc = code(
      'The foreign ministers of Veska and Ormund met in Lumen on Monday. Despite these pledges, as well as the meeting between Veska and Ormund, Kest on Tuesday went on a tirade against Ormund.',
      '2022-11-09',
    );
    // The meeting is Monday's, told again; not a second one of Tuesday.
    expect(doc.events.filter((e) => e.type === 'CONSULT').map((e) => e.date)).toEqual(['2022-11-07']);
  });

  it('"agreed to the meeting only on September 20": the day of the agreeing, not of the meeting', () => {
    const doc = code(
      'The letter requesting the meeting was handed to Kest on September 17, and Veska agreed to the meeting with Ormund only on September 20.',
      '2018-09-21',
    );
    expect(doc.events.find((e) => e.type === 'AGREE')?.date).toBe('2018-09-20');
  });

  it('"comes months before the vote in November": the date of the occasion the after/before phrase names', () => {
    const doc = code(
      'Veskan envoy Anton Brisk met Ormund’s foreign minister in Lumen. The meeting comes months before the Veskan presidential vote in November.',
      '2024-08-29',
    );
    expect(doc.events.filter((e) => e.type === 'CONSULT').map((e) => e.date)).not.toContain('2024-11');
    // "before the end of next week" bounds the event itself.
    const plan = code(
      'Envoys of Veska and Ormund will reconvene in Lumen before the end of next week.',
      '2024-08-16',
    );
    expect(plan.events.find((e) => e.type === 'CONSULT')?.date).toBe('2024-08');
  });
});
