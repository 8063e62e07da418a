/**
 * "The visit comes a month after Veska put on hold the deal": after the meeting, a status verb
 * with an object of its own tells of that object, not of the meeting. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const statuses = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'CONSULT')
    .map((e) => e.status);

describe('a status verb with its own object after the meeting', () => {
  it('keeps the visit held when another party put a deal on hold', () => {
    expect(
      statuses(
        'Ormundi President Ida Vell held talks with Veskan President Arno Pell in Lumen on Monday. The visit comes a month after Veska put on hold the transit deal.',
      ),
    ).not.toContain('postponed');
  });

  it('keeps the talks held when a party postponed a vote', () => {
    expect(
      statuses('The talks between Veska and Ormund came a week after Ormund postponed the border vote.'),
    ).not.toContain('postponed');
  });

  it('still reads a status verb with no object as the meeting’s', () => {
    expect(statuses('The talks between Veska and Ormund in Lumen were postponed.')).toContain('postponed');
  });
});
