/**
 * "Talks between Hamas and mediators": a bare "mediators" among a meeting's sides stands for the
 * mediators the story names ("Tarsia and Lumen have been mediating"), not for the other side of
 * the conflict. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const meetings = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'CONSULT')
    .map((e) => [...e.actors].sort());

describe('a meeting with "mediators"', () => {
  it('reads "talks between Veska and mediators" as Veska with the mediators the story names', () => {
    expect(
      meetings(
        'Talks between Veska and mediators broke up on Tuesday in Kessel with no breakthrough. Tarsia and the Northern Maritime Council have been mediating between Veska and Ormund for weeks. Ormund did not send a delegation.',
      )[0],
    ).toEqual(['NMC', 'TRS', 'VSK']);
  });
});
