/**
 * "The feud erupted last month when Veska, the Northern Maritime Council and Ormund severed ties with Tarsia": the
 * clause a "when" opens right after a date happened then, however long the list of its subject
 * (events/dates.ts `whenOf`), and it is its subject's own act (positions.ts `clauseAround`).
 * Sentences are written for the tests (story dated Tuesday 2026-06-16).
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const sanctions = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'SANCTION')
    .map((e) => `${[...e.actors].sort().join(' ')} ${e.date ?? '-'}`);

const stances = (text: string) =>
  code(text)
    .positions.map((p) => `${p.actor} ${p.issue} ${p.stance}`)
    .sort();

describe('a date before "when" dates the clause "when" opens', () => {
  it('"erupted last month when four states severed ties" is last month\'s', () => {
    expect(
      sanctions(
        'The feud erupted last month when Veska, the Northern Maritime Council, Ormund and the Highland Liberation Front severed diplomatic ties with Tarsia.',
      ),
    ).toEqual(['HLF NMC ORM TRS VSK 2026-05']);
  });

  it('a "when" clause broken by another clause before the event word is not dated by it', () => {
    expect(
      sanctions(
        'The feud erupted last month when the talks, which Veska had called, failed, and Ormund severed diplomatic ties with Tarsia.',
      ),
    ).not.toContain('ORM TRS 2026-05');
  });
});

describe('a "when" clause with a party as its subject is the party\'s stance', () => {
  it('"The crisis began when Ormund severed diplomatic ties with Kest" is Ormund\'s reject', () => {
    expect(stances('The crisis began when Ormund severed diplomatic ties with Tarsia.')).toContain(
      'ORM diplomatic_relations reject',
    );
  });
});
