/**
 * Wordings of agency reports on the Minsk format: the Trilateral Contact Group told by its long
 * name ("the Contact Group on settlement in eastern Ukraine") is the format, whose meeting has its
 * members; and a summit a step "makes way for" is made possible, not held. Sentences are written
 * for the tests.
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

describe('a meeting made possible is none held', () => {
  for (const way of ['makes way for', 'paves the way for', 'opens the door to'])
    it(`"${way} a summit" tells no meeting`, () => {
      const got = code(
        `Tarsia said on Tuesday that the deal ${way} a summit of the Lumen Group.`,
      ).events.filter((e) => e.type === 'CONSULT');
      expect(got).toEqual([]);
    });
});

describe('the Donbass rebels by that name', () => {
  it('"Donbass rebels" speak for the separatists', () => {
    const doc = code('Donbass rebels said on Monday that they would pull back their artillery.');
    expect(doc.statements.map((s) => s.actor)).toContain('SEPARATISTS');
  });
});
