/**
 * "The Grey House rejected Veska's terms for talks with its president": the talks one side would
 * hold on its terms are no meeting held. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const consults = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'CONSULT')
    .map((e) => [...e.actors].sort().join('+'));

describe('terms or conditions for talks', () => {
  it('reads no meeting in terms or conditions set for talks', () => {
    expect(consults("Ormund on Friday rejected Veska's terms for talks with the Ormundi president.")).toEqual(
      [],
    );
    expect(consults('Veska set out its conditions for negotiations with Ormund on Monday.')).toEqual([]);
  });

  it('still reads talks that were held', () => {
    expect(consults('Veska and Ormund held talks in Lumen on Monday.')).not.toEqual([]);
  });
});
