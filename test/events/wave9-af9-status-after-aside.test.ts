/**
 * "The peace summit between X and Y, mediated by Z and scheduled for Sunday, in Lumen, has been
 * cancelled": the status verb after a participle aside set off by commas is the meeting's.
 * Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const consults = (text: string) => code(text).events.filter((e) => e.type === 'CONSULT');

describe('a status verb after a participle aside', () => {
  it('calls off the meeting the aside describes', () => {
    const events = consults(
      'The peace summit between Veska and Ormund, mediated by Tarsia and scheduled to take place on Sunday, in Lumen, has been cancelled.',
    );
    expect(events.map((e) => e.status)).toEqual(['cancelled']);
  });

  it('keeps a meeting held when the status verb is another clause’s', () => {
    const events = consults(
      'The talks between Veska and Ormund, held in Lumen on Monday, were productive, and the truce was suspended later.',
    );
    expect(events.map((e) => e.status)).toEqual(['held']);
  });
});
