/**
 * "with the participation of X and Y" names those who take part in a meeting, wherever it closes
 * the meeting's clause. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

describe('a meeting held with the participation of others', () => {
  it('counts those named among its parties', () => {
    const doc = code(
      'Anton Brisk will attend the meeting with Davor Kest scheduled for October 5 in Lumen with the participation of Tarsian envoy Mira Solenne.',
    );
    const consult = doc.events.filter((e) => e.type === 'CONSULT');
    expect(consult.length).toBeGreaterThan(0);
    expect(consult[0].actors).toEqual(expect.arrayContaining(['VSK', 'ORM', 'TRS']));
  });
});
