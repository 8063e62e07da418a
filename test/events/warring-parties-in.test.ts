/**
 * "The warring parties in Ormund agreed …" names the sides of the country's war as "Ormund's
 * warring parties" does: the state and the group the story tells facing it. Sentences are written for the
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from '../positions/world.js';

const story = 'The Highland Liberation Front has fought Ormund for a year. ';

describe('the warring parties in a country', () => {
  for (const sides of ['The warring parties in Ormund', "Ormund's warring parties"])
    it(`"${sides} agreed to a truce" is an agreement of the state and the group facing it`, () => {
      const doc = code(`${story}${sides} agreed on Sunday to a truce.`);
      expect(doc.events.find((e) => e.type === 'AGREE')?.actors).toEqual(
        expect.arrayContaining(['ORM', 'HLF']),
      );
      expect(stances(doc)).toEqual(expect.arrayContaining(['ORM ceasefire accept', 'HLF ceasefire accept']));
    });
});
