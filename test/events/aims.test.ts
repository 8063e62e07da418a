/**
 * Agreements named as what talks aim at, not as made: "focused on easing aid and reaching
 * agreement on …". Sentences are written for the tests (story dated Tuesday 2026-06-16).
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

describe('an agreement the talks aim at', () => {
  it('"focused on facilitating aid and reaching agreement on" tells no agreement', () => {
    const doc = code(
      'The Tarsian statement says the discussions with Veska and Ormund are focused on facilitating humanitarian assistance and reaching agreement on short-term steps.',
    );
    expect(doc.events.filter((e) => e.type === 'AGREE')).toEqual([]);
  });

  it('"talks focused on reaching an agreement" tells no agreement', () => {
    const doc = code(
      'Veska and Ormund held talks in Lumen on Monday focused on reaching an agreement on the border.',
    );
    expect(doc.events.filter((e) => e.type === 'AGREE')).toEqual([]);
  });

  it('"after reaching an agreement" still tells one', () => {
    const doc = code(
      'Veska and Ormund ended their talks in Lumen on Monday after reaching an agreement on the border.',
    );
    expect(doc.events.filter((e) => e.type === 'AGREE').length).toBe(1);
  });

  it('"met to try and reach a deal" tells no agreement, as "to try to reach" does not', () => {
    const doc = code('Veskan and Ormundi officials met on Monday to try and reach a deal on the border.');
    expect(doc.events.filter((e) => e.type === 'AGREE')).toEqual([]);
    expect(doc.events.filter((e) => e.type === 'CONSULT').length).toBe(1);
  });
});
