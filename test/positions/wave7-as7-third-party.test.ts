/**
 * A third party is a mediator only where the words say so ("mediated by a third party", "no
 * question of a third party"); arms handed to a third party are a disarmament step, not a party
 * let into the talks. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('a third party that is no mediator', () => {
  it('reads no talks inclusion in "the rebels would give their guns to a third party"', () => {
    const got = stances(
      code('Veska and Ormund agreed that the rebels would give their guns to a third party.'),
    );
    expect(got.some((s) => s.includes('talks_inclusion'))).toBe(false);
  });
});

describe('a third party that mediates', () => {
  it('reads "Veska rejected third-party mediation" as against talks inclusion', () => {
    expect(stances(code('Veska rejected any third-party mediation on the islands.'))).toContain(
      'VSK talks_inclusion reject',
    );
  });

  it('reads "Ormund wants the talks mediated by a third party" as talks inclusion', () => {
    expect(stances(code('Ormund said it wants the talks to be mediated by a third party.'))).toContain(
      'ORM talks_inclusion propose',
    );
  });
});
