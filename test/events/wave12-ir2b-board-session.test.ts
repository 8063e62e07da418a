/**
 * "During the NMC Board of Governors meeting in Lumen": a board of governors' own session is no
 * talks between the parties that the story names around it. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const consults = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'CONSULT')
    .map((e) => [...e.actors].sort().join('+'));

describe("a board of governors' session", () => {
  it('is not read as a meeting of the parties named before it', () => {
    expect(
      consults(
        'Veska has refused to readmit the inspectors of Ormund. The council flag flies outside the hall during the Northern Maritime Council Board of Governors meeting in Lumen.',
      ),
    ).toEqual([]);
  });

  it('still reads a meeting of two parties in the same city', () => {
    expect(consults('Veska and Ormund held a meeting in Lumen on Monday.')).toEqual(['ORM+VSK']);
  });
});
