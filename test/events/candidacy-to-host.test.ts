/**
 * A bid to host talks offers a venue; it tells no meeting of the sides ("withdrew its bid to host
 * the climate talks"). Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const meetings = (text: string) => code(text, '2026-06-17').events.filter((e) => e.type === 'CONSULT');

describe('a candidacy to host talks', () => {
  it('reads no meeting in "withdrew its bid to host UN-led climate talks"', () => {
    expect(meetings('Veska said it was withdrawing its bid to host UN-led climate talks next year.')).toEqual(
      [],
    );
  });

  it('reads no meeting in "its candidacy to host" either', () => {
    expect(meetings('Ormund backed Veska’s candidacy to host the summit next year.')).toEqual([]);
  });

  it('still reads a host that will hold talks between the sides as a meeting planned', () => {
    const got = meetings('Tarsia will host talks between Veska and Ormund next week.');
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((e) => e.status === 'planned')).toBe(true);
  });
});
