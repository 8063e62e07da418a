/**
 * "X and his counterpart Y participated in a meeting": the subject of "participated in" or "took
 * part in" a meeting told anew (an indefinite one) was at it, as the subject of "attended" is. A
 * definite one ("took part in the plenary session of the summit") stays a meeting told elsewhere.
 * Sentences are written for the tests, about the invented Veska–Ormund talks.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const consults = (text: string) =>
  code(text, '2026-06-16')
    .events.filter((e) => e.type === 'CONSULT')
    .map((e) => ({ actors: [...e.actors].sort(), date: e.date }));

describe('the subject that participated in a meeting', () => {
  it('"X and his Ormundi counterpart Y participated in a meeting on the … settlement on Monday": both met', () => {
    expect(
      consults(
        'President Anton Brisk of Veska and his Ormundi counterpart Davor Kest participated in a meeting on the Skerry coastal dispute settlement on Monday, June 15.',
      ),
    ).toContainEqual({ actors: ['ORM', 'VSK'], date: '2026-06-15' });
  });

  it('"took part in a meeting" reads the same', () => {
    expect(
      consults(
        'President Anton Brisk of Veska and his Ormundi counterpart Davor Kest took part in a meeting on the Skerry coastal dispute settlement on Monday, June 15.',
      ),
    ).toContainEqual({ actors: ['ORM', 'VSK'], date: '2026-06-15' });
  });
});
