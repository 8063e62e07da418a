/**
 * A short name the report gives a party in brackets ("the Skerry Islanders' Assembly (SIA)")
 * stands for that party where the report uses it again, and a possessive government phrase
 * ("Veska's military government and the Assembly agreed") is one item of a coordinated subject.
 * Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';
import { statementsOf } from '../statements/extract.js';

describe('a short name given in brackets', () => {
  it('stands for the party it followed, later in the report', () => {
    const said = statementsOf(
      "Veska and the Skerry Islanders' Assembly (SIA) agreed to a truce on Monday.\n\nThe SIA said the truce would hold, according to a statement.",
    );
    expect(said.map((s) => [s.speaker, s.actor])).toContainEqual(['SIA', 'SKA']);
  });

  it('is nobody’s where the report never gave it', () => {
    const said = statementsOf(
      'Veska and Ormund agreed to a truce on Monday.\n\nThe SIA said the truce would hold.',
    );
    expect(said.map((s) => s.actor)).toEqual([null]);
  });
});

describe('a possessive government phrase in a coordinated subject', () => {
  it('"Veska’s military regime and the Assembly have agreed" is an agreement of both', () => {
    const agree = code(
      "Veska's military regime and the Skerry Islanders' Assembly have agreed to a temporary ceasefire.",
    ).events.filter((e) => e.type === 'AGREE');
    expect(agree.map((e) => [...e.actors].sort())).toEqual([['SKA', 'VSK']]);
  });
});
