/**
 * A story of talks among three parties or more: a statement made jointly by the whole table
 * ("Foreign ministers from Veska, Ormund and Tarsia called for …") names the parties in play,
 * so that "all participants agreed" and a sentence-opening "They also agreed" (after a sentence
 * whose subject is an unnamed group, "The ministers were …") are the table's agreements — not
 * the speaker's alone, nor those of a party named as an object just before. Sentences are
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const STORY =
  'Foreign ministers from Veska, Ormund and Tarsia called for an end to the shelling after talks in Lumen on Monday. ' +
  'Veskan Foreign Minister Ilse Marrow said all participants agreed to extend the truce. ' +
  'The ministers were also willing to support the Northern Maritime Council with money. ' +
  'They also agreed to continue with an exchange of prisoners.';

describe('the table of a multilateral meeting', () => {
  const doc = code(STORY, '2026-06-18');

  it('the talks are among the three who spoke jointly', () => {
    const talks = doc.events.find((e) => e.type === 'CONSULT');
    expect([...(talks?.actors ?? [])].sort()).toEqual(['ORM', 'TRS', 'VSK']);
  });

  it('"all participants agreed", told by one minister, is the agreement of all three', () => {
    const deal = doc.events.find((e) => e.type === 'AGREE');
    expect([...(deal?.actors ?? [])].sort()).toEqual(['ORM', 'TRS', 'VSK']);
  });

  it('"They also agreed" after "The ministers were …" is the three, not the council', () => {
    const holders = doc.positions.filter((p) => p.issue === 'prisoners').map((p) => p.actor);
    expect([...new Set(holders)].sort()).toEqual(['ORM', 'TRS', 'VSK']);
  });

  it('a story of two parties keeps its pair', () => {
    const two = code(
      'Veska and Ormund held talks in Lumen on Monday. Veskan Foreign Minister Ilse Marrow said all participants agreed to extend the truce.',
      '2026-06-18',
    );
    const deal = two.events.find((e) => e.type === 'AGREE');
    expect([...(deal?.actors ?? [])].sort()).toEqual(['ORM', 'VSK']);
  });

  it('"the participants at the Lumen meeting agreed": the place they met at is no party', () => {
    const doc = code(
      'Veska and Ormund held talks in Lumen on Monday. The participants at the Lumen meeting agreed to extend the truce.',
      '2026-06-18',
    );
    const deal = doc.events.find((e) => e.type === 'AGREE');
    expect([...(deal?.actors ?? [])].sort()).toEqual(['ORM', 'VSK']);
  });
});
