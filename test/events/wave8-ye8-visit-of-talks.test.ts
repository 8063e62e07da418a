/**
 * A visit told in the sentence of the talks, of their date, is how the talks were held: one
 * meeting, not two. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const consults = (text: string) => code(text, '2026-09-15').events.filter((e) => e.type === 'CONSULT');

describe('the visit by which talks were held', () => {
  it('reads "talks … held in April when Veskan envoys visited Kessel" as one meeting', () => {
    const got = consults(
      'The first round of the Tarsia-mediated talks between Veska and Ormund was held in April when Veskan envoys visited Kessel.',
    );
    expect(got).toHaveLength(1);
    expect(got[0].date).toBe('2026-04');
  });

  it('keeps a visit of another month apart', () => {
    const got = consults(
      'Talks between Veska and Ormund were held in April, and Veskan envoys visited Kessel in June.',
    );
    expect(got.map((e) => e.date).sort()).toEqual(['2026-04', '2026-06']);
  });
});
