/**
 * Meetings told by the trip to them in reports of truce talks: a flight still to come to the
 * mediator's capital, a delegation sent there or held back. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const consults = (text: string) => code(text, '2026-06-17').events.filter((e) => e.type === 'CONSULT');

describe('a flight to the talks', () => {
  it('"is expected to fly to Kessel for the negotiations" is a visit planned', () => {
    const got = consults(
      'Veska and Ormund are in indirect talks. Veskan envoy Tomas Brenn is expected to fly to Kessel for the negotiations, an aide said.',
    );
    expect(got.find((e) => e.status === 'planned')).toMatchObject({ actors: ['VSK', 'ORM'] });
  });

  it('"is expected to travel", "plans to travel": the words of a trip to come stand between subject and verb', () => {
    for (const trip of ['is expected to travel', 'plans to travel', 'is due to fly'])
      expect(
        consults(
          `Veska and Ormund are in indirect talks. Veskan envoy Tomas Brenn ${trip} to Kessel next week.`,
        ).find((e) => e.status === 'planned'),
        trip,
      ).toMatchObject({ actors: ['VSK', 'ORM'] });
  });

  it('"thousands fly to Kessel" is no visit', () => {
    expect(consults('Thousands of Veskans fly to Kessel every summer.')).toEqual([]);
  });
});

describe('a delegation sent to the talks', () => {
  it('"sent a delegation to Lumen" in talks Tarsia brokers is a meeting with the mediator', () => {
    const got = consults(
      'Tarsian-brokered talks between Veska and Ormund resumed last month. Veska sent a delegation to Lumen on Monday.',
    );
    expect(got.find((e) => e.date === '2026-06-15')?.actors).toEqual(expect.arrayContaining(['VSK', 'TRS']));
  });

  it('"will send negotiators to Kessel" is a visit planned to the other side', () => {
    expect(
      consults('Veska and Ormund fought for years. Veska will send negotiators to Kessel on Monday.')[0],
    ).toMatchObject({ actors: ['VSK', 'ORM'], status: 'planned' });
  });

  it('"said it would not send negotiators as scheduled" calls the talks off', () => {
    expect(
      consults(
        'Veska and Ormund fought for years. Veska said on Saturday it would not send negotiators to Kessel as scheduled.',
      )[0],
    ).toMatchObject({ actors: ['VSK', 'ORM'], status: 'cancelled' });
  });

  it('a letter sent is no trip', () => {
    expect(consults('Veska and Ormund fought for years. Veska sent a letter to Kessel on Monday.')).toEqual(
      [],
    );
  });
});

describe('Hamas named as the Palestinian Islamists', () => {
  it('"accusing Palestinian Islamists of misleading the mediators" accuses Hamas', () => {
    const got = code(
      'Veska said it would not attend the talks, accusing Palestinian Islamists of misleading the mediators.',
      '2026-06-17',
    ).events.filter((e) => e.type === 'ACCUSE');
    expect(got[0]?.actors).toEqual(expect.arrayContaining(['VSK', 'HAMAS']));
  });
});

describe('a terror listing told with an article before the listed', () => {
  it('"added the IRGC to the list" sanctions Iran, whose armed force it is', () => {
    const got = code(
      'Veska added the Revolutionary Guards to its list of foreign terrorist organizations in 2019.',
      '2026-06-17',
    ).events.filter((e) => e.type === 'SANCTION');
    expect(got[0]).toMatchObject({ actors: ['VSK', 'IRN'], date: '2019' });
  });
});

describe('talks named again in what a spokesman said on a later day', () => {
  it.each([
    'Ivo Kest, a Veskan spokesman, said on Monday that the Lumen talks were not secret.',
    'Veskan spokesman Ivo Kest said at a press briefing on Monday that the “Lumen negotiations were not secret”.',
  ])('"%s" tells the talks of May, not of Monday', (second) => {
    const got = consults(`Veskan and Ormundi officials held indirect talks in Lumen in May. ${second}`);
    expect(got.map((e) => e.date)).toEqual(['2026-05']);
  });

  it('still dates talks told as held on the day of the saying', () => {
    expect(consults('Ivo Kest said on Monday that Veska and Ormund held talks in Lumen.')[0]?.date).toBe(
      '2026-06-15',
    );
  });
});
