/**
 * Meetings told by the trip to them in reports of truce talks: a flight still to come to the
 * mediator's capital. Sentences are written for the tests.
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
