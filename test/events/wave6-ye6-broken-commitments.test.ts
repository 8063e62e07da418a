/**
 * Commitments said not to be kept, in a party's words ("has not fully met the commitments",
 * "failed to honour its obligations", "reneged on the deal"): the party named before them is
 * accused by the one who says it. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const accusations = (text: string) => code(text).events.filter((e) => e.type === 'ACCUSE');

describe('commitments not kept, in a party’s words', () => {
  it.each([
    '“After a careful review, we determined that Veska has not fully met the commitments made under the roadmap,” the Ormundi Foreign Ministry said.',
    'Veska failed to honour its obligations under the truce, Ormund said.',
    'Ormund said Veska had reneged on the deal.',
    'Ormund said Veska fell short of its pledges on the port.',
  ])('"%s" accuses Veska', (text) => {
    const [charge] = accusations(text);
    expect(charge?.actors.sort()).toEqual(['ORM', 'VSK']);
  });

  it('commitments kept accuse nobody', () => {
    expect(accusations('Ormund said it had fulfilled its commitments under the roadmap.')).toEqual([]);
  });
});
