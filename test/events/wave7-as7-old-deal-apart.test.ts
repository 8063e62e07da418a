/**
 * A deal the story's sides make today and an old deal the text dates years before ("since the
 * armistice was signed in 1953") are two deals: the old one's year does not date today's.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

describe('an old deal told later does not date the deal of the story', () => {
  it('keeps the agreement reached today dated today, not the armistice year', () => {
    const deals = code(
      '"The two sides agreed on concrete measures to stop all hostile acts," the Veskan defence ministry said. ' +
        'Veska and Ormund will set up a buffer zone. They have exchanged fire 96 times since the armistice was signed in 1953.',
      '2018-09-19',
    ).events.filter((e) => e.type === 'AGREE');
    expect(
      deals.some((e) => e.date === '2018-09-19' && e.actors.includes('ORM') && e.actors.includes('VSK')),
    ).toBe(true);
  });
});
