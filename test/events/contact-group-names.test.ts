/**
 * The Trilateral Contact Group told by its long name in agency reports ("the Contact Group on
 * settlement in eastern Ukraine") is the Minsk format, whose meeting has its members. Sentences are
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

describe('the Contact Group by its long name', () => {
  for (const name of [
    'the Contact Group on settlement in eastern Ukraine',
    'the Contact Group for the settlement in Donbass',
  ])
    it(`a meeting of "${name}" is one of its members`, () => {
      const got = code(`A meeting of ${name} ended in Minsk on Tuesday without a result.`).events.filter(
        (e) => e.type === 'CONSULT',
      );
      expect(got[0]?.actors).toEqual(expect.arrayContaining(['UKR', 'RUS', 'OSCE']));
    });
});
