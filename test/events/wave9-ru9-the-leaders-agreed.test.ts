/**
 * "The leaders agreed", told by one of them or by a mediator, is an agreement of the story's
 * sides, not of whoever tells it. Texts are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const agreements = (text: string) =>
  code(text, '2026-06-14')
    .events.filter((e) => e.type === 'AGREE')
    .map((e) => [...e.actors].sort().join(','));

describe('the leaders agreed', () => {
  it('gives the agreement to the sides of the summit, not to the speaker alone', () => {
    expect(
      agreements(
        'Anton Brisk and Davor Kest met in Lumen on Monday for five hours. Mira Solenne said the leaders agreed to a prisoner swap.',
      ),
    ).toEqual(['ORM,VSK']);
  });
});
