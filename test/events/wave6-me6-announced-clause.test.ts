/**
 * Who announces that others agreed is no party to their deal: "Tarsia and the Council announce two
 * sides agree truce" is the two sides' agreement. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const agreements = (text: string) => code(text, '2026-06-14').events.filter((e) => e.type === 'AGREE');

describe('a deal told in a clause after "announce"', () => {
  it('does not make the announcers agree ("announce two sides agree truce")', () => {
    const got = agreements(
      'Veska and Ormund agree truce in the valley. Tarsia and Northern Maritime Council announce two sides agree humanitarian truce to begin on Friday morning.',
    );
    expect(got.filter((e) => e.actors.includes('TRS'))).toEqual([]);
    expect(got[0]?.actors).toEqual(expect.arrayContaining(['VSK', 'ORM']));
  });
  it('still reads a deal announced by its own parties', () => {
    const got = agreements('Veska and Ormund announced a truce in the valley on Monday.');
    expect(got[0]?.actors).toEqual(expect.arrayContaining(['VSK', 'ORM']));
  });
});
