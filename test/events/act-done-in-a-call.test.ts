/**
 * A call where the clause's act was done ("Veska and Ormund discussed the river pact in a phone
 * call"): the subject of the clause held the call, dated or not. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const calls = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'CONSULT')
    .map((e) => [[...e.actors].sort(), e.status]);

describe('an act done in a call', () => {
  it('reads "discussed the river pact in a phone call" as a call of the subject', () => {
    expect(
      calls('The Veskan and Ormundi foreign ministers discussed the river pact in a phone call.'),
    ).toEqual([[['ORM', 'VSK'], 'held']]);
  });

  it('reads "during their conversation" the same way', () => {
    expect(calls('Veska and Ormund agreed on the grain corridor during their conversation.')).toContainEqual([
      ['ORM', 'VSK'],
      'held',
    ]);
  });
});
