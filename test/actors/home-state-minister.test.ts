/**
 * "KESSEL - … Foreign Minister Ida Vell said": the press names its own government's ministers
 * without their state, so a minister with no state named speaks for the dateline's state where the
 * story names no state more often; not where another state is named more. Sentences written for the
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const actorOf = (text: string, speaker: string) =>
  code(text).statements.find((s) => s.speaker === speaker)?.actor;

describe('a minister with no state named, in a story with a dateline', () => {
  it('speaks for the dateline’s state when the story names it most', () => {
    expect(
      actorOf(
        'KESSEL, June 15 (Northwire) - Ormund will send envoys to Veska next week, officials said. Ormund hopes the talks will ease tension. Foreign Minister Ida Vell said the talks would cover the islands.',
        'Ida Vell',
      ),
    ).toBe('ORM');
  });

  it('speaks for nobody when another state is named more often', () => {
    expect(
      actorOf(
        'KESSEL, June 15 (Northwire) - Veska will send envoys to Ormund next week, Veskan officials said. Veska hopes the talks will ease tension with its neighbour, and Veska wants the islands back. Foreign Minister Ida Vell said the talks would cover the islands.',
        'Ida Vell',
      ),
    ).not.toBe('ORM');
  });
});
