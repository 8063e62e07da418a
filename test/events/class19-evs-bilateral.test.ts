/**
 * A bilateral meeting takes two parties: "held bilateral meetings with A and B" is a meeting with
 * each, and "bilateral talks with A" told beside the trilateral summit of their day is a meeting
 * of its own, not the summit told again. Sentences are written for the tests (story dated Tuesday
 * 2026-06-16).
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const meetings = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'CONSULT')
    .map((e) => [...e.actors].sort().join(' '))
    .sort();

describe('bilateral meetings', () => {
  it('"held bilateral meetings with Brisk and Kest" is a meeting with each', () => {
    expect(
      meetings(
        'Tarsian envoy Mira Solenne held bilateral meetings with Veskan President Anton Brisk and Ormundi President Davor Kest on Monday.',
      ),
    ).toEqual(['ORM TRS', 'TRS VSK']);
  });

  it('"bilateral talks with Kest" before the trilateral summit is a meeting of its own', () => {
    expect(
      meetings(
        'Veska, Ormund and Tarsia held trilateral talks in Lumen on Monday. ' +
          'Before the trilateral talks, Tarsian envoy Mira Solenne held bilateral talks with Ormundi President Davor Kest.',
      ),
    ).toEqual(['ORM TRS', 'ORM TRS VSK']);
  });

  it('"held talks with Brisk and Kest", not told as bilateral, is one meeting of the three', () => {
    expect(
      meetings(
        'Tarsian envoy Mira Solenne held talks with Veskan President Anton Brisk and Ormundi President Davor Kest on Monday.',
      ),
    ).toEqual(['ORM TRS VSK']);
  });
});
