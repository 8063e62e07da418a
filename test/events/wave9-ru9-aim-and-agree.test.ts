/**
 * An agreement coordinated with an aim ("planned to hold talks and agree on …") is an aim, not an
 * agreement made; one told as done still counts. Texts are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const agreements = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'AGREE')
    .map((e) => [...e.actors].sort().join(','));

describe('an agreement that shares an aim', () => {
  it('reads no agreement in one planned together with talks', () => {
    expect(
      agreements(
        'Veska and Ormund planned to hold "quiet" talks in Lumen on ending the war and agree not to shell each other\'s ports.',
      ),
    ).toEqual([]);
  });

  it('still reads the agreement told as done', () => {
    expect(
      agreements("Veska and Ormund held talks in Lumen and agreed not to shell each other's ports."),
    ).not.toEqual([]);
  });
});
