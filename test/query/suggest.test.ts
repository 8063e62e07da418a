/**
 * `parley negotiations --suggest` over hand-made facts: two mediators who meet each other in the
 * reports on the talks they mediate (and never refuse anything) are no negotiation of their own.
 */
import { describe, expect, it } from 'vitest';
import type { NegotiationEvent, Position, Stance, Statement } from '../../src/core/model.js';
import { suggestNegotiations } from '../../src/core/query/suggest.js';
import type { StoredFact } from '../../src/core/store/store.js';

const span = { start: 0, end: 1 };
const provenance = { rule: 'test', confidence: 1 };
let id = 0;
const stored = <T>(docId: string, fact: T): StoredFact<T> => ({
  id: ++id,
  docId,
  docDate: '2026-05-01',
  evidenceText: 'an invented sentence',
  fact,
});
const stance = (docId: string, actor: string, issue: string, s: Stance) =>
  stored<Position>(docId, { ...span, actor, issue, stance: s, evidence: span, provenance });
const meeting = (docId: string, actors: string[]) =>
  stored<NegotiationEvent>(docId, { ...span, type: 'CONSULT', actors, evidence: span, provenance });

function storeOf(positions: StoredFact<Position>[], events: StoredFact<NegotiationEvent>[]) {
  return {
    statements: async (): Promise<StoredFact<Statement>[]> => [],
    positions: async () => positions,
    events: async () => events,
  };
}

describe('suggested negotiations', () => {
  it('folds the mediators’ own meetings into the talks they mediate', async () => {
    const positions: StoredFact<Position>[] = [];
    const events: StoredFact<NegotiationEvent>[] = [];
    // Three reports on the talks: Veska and Ormund stand apart on a truce and meet.
    for (const d of ['a1', 'a2', 'a3']) {
      positions.push(stance(d, 'VSK', 'ceasefire', 'demand'), stance(d, 'ORM', 'ceasefire', 'reject'));
      events.push(meeting(d, ['VSK', 'ORM']));
    }
    // Three reports on the mediators' shuttle: Tarsia and the Council meet and propose, and the
    // parties are named in passing.
    for (const d of ['m1', 'm2', 'm3']) {
      positions.push(
        stance(d, 'TRS', 'ceasefire', 'propose'),
        stance(d, 'NMC', 'ceasefire', 'propose'),
        stance(d, 'TRS', 'prisoners', 'propose'),
        stance(d, 'NMC', 'prisoners', 'accept'),
        stance(d, 'VSK', 'prisoners', 'propose'),
      );
      if (d !== 'm3') positions.push(stance(d, 'ORM', 'prisoners', 'open'));
      // Others the shuttle meets outshine the parties among the reports' most present actors.
      events.push(meeting(d, ['TRS', 'NMC']), meeting(d, ['TRS', 'NMC', 'AUR', 'SKA']));
    }
    const { negotiations } = await suggestNegotiations(storeOf(positions, events));
    expect(negotiations.map((n) => n.id)).toEqual(['orm-vsk']);
    expect(negotiations[0].documents).toHaveLength(6);
    expect(negotiations[0].parties).toEqual(['ORM', 'VSK']);
  });

  it('keeps two talks whose parties refuse each other apart', async () => {
    const positions: StoredFact<Position>[] = [];
    const events: StoredFact<NegotiationEvent>[] = [];
    for (const d of ['a1', 'a2']) {
      positions.push(stance(d, 'VSK', 'ceasefire', 'demand'), stance(d, 'ORM', 'ceasefire', 'reject'));
      events.push(meeting(d, ['VSK', 'ORM']));
    }
    for (const d of ['b1', 'b2']) {
      positions.push(stance(d, 'CLD', 'territory', 'demand'), stance(d, 'BLM', 'territory', 'reject'));
      events.push(meeting(d, ['CLD', 'BLM']));
    }
    const { negotiations } = await suggestNegotiations(storeOf(positions, events));
    expect(negotiations.map((n) => n.id).sort()).toEqual(['blm-cld', 'orm-vsk']);
  });
});
