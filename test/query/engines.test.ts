/**
 * Each engine's fast path (windows of position_records, only the shown records read whole) must
 * answer exactly as the plain Store-interface path does (records worked out from the facts).
 * Both get the same few hundred generated documents, with long runs of one stance (longer than
 * the first window), same-day contradictions and anonymous sources.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STANCES, type Stance } from '../../src/core/model.js';
import {
  changesSince,
  conflicts,
  type PositionsMatrix,
  positionsMatrix,
} from '../../src/core/query/index.js';
import type { Store, StoreReader } from '../../src/core/store/store.js';
import { engines, openEngineStore } from '../store/engines.js';
import { FakeStore } from './fake-store.js';
import { load, makeDoc, type SentenceSpec } from './scenario.js';

function generated() {
  let seed = 7;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const actors = ['VSK', 'ORM', 'TRS', 'SKA'];
  const issues = ['territory', 'ceasefire', 'fishing_rights'];
  const current = new Map<string, Stance>();
  const docs = [];
  for (let i = 0; i < 240; i++) {
    const day = new Date(Date.UTC(2026, 2, 1) + Math.floor(i / 2) * 864e5).toISOString().slice(0, 10);
    const sentences: SentenceSpec[] = [];
    for (let k = 0; k < 1 + Math.floor(rand() * 3); k++) {
      const actor = actors[Math.floor(rand() * actors.length)];
      const issue = issues[Math.floor(rand() * issues.length)];
      const key = `${actor}|${issue}`;
      // Stances mostly hold (long runs); sometimes they move.
      const stance =
        rand() < 0.1 || !current.has(key) ? STANCES[Math.floor(rand() * STANCES.length)] : current.get(key);
      current.set(key, stance as Stance);
      const anonymous = rand() < 0.2;
      sentences.push({
        text: `Sentence ${i}-${k}: ${actor} on ${issue} takes a position of ${stance}.`,
        statement:
          rand() < 0.7
            ? { speaker: anonymous ? 'an official' : `Speaker ${actor}`, actor, anonymous }
            : undefined,
        positions: [{ actor, issue, stance: stance as Stance, redLine: rand() < 0.15 }],
      });
    }
    docs.push(makeDoc(day, `Generated ${i}`, sentences));
  }
  return docs;
}

const summary = (m: PositionsMatrix) =>
  m.cells.map((c) => ({
    cell: `${c.actor} ${c.issue}`,
    stance: c.stance,
    redLine: c.redLine,
    date: c.date,
    since: c.since,
    sources: c.sources,
    latest: c.evidence.docId,
    strength: c.strength,
  }));

describe.each(engines)('the $name path and the Store-interface path agree', (engine) => {
  const docs = generated();
  const plain = new FakeStore();
  let store: Store;
  beforeAll(async () => {
    await load(plain, docs);
    store = await openEngineStore(engine);
    await load(store, docs);
  });
  afterAll(() => store?.close());

  it('on the positions matrix, now and as of earlier dates', async () => {
    for (const asOf of [undefined, '2026-03-20', '2026-04-15', '2026-05-30']) {
      const a = summary(await positionsMatrix(plain, { asOf }));
      expect(a.length).toBeGreaterThan(0);
      expect(summary(await positionsMatrix(store, { asOf }))).toEqual(a);
    }
    expect(Math.max(...(await positionsMatrix(store)).cells.map((c) => c.sources))).toBeGreaterThan(8);
  });

  it('on counting the documents behind a long-held stance, up to a cap', async () => {
    const cell = (await positionsMatrix(plain)).cells.sort((a, b) => b.sources - a.sources)[0];
    expect(cell.sources).toBeGreaterThan(3);
    for (const source of [plain, store]) {
      expect(await source.countPositionRun(cell.actor, cell.issue, cell.stance, {}, 3)).toBe(3);
      expect(
        await source.countPositionRun(cell.actor, cell.issue, cell.stance, {}, 10_000),
      ).toBeGreaterThanOrEqual(cell.sources);
    }
  });

  it('on changes and conflicts', async () => {
    const moves = async (reader: StoreReader) =>
      (await changesSince(reader, '2026-04-20')).changes.map(
        (c) => `${c.actor} ${c.issue} ${c.kind} ${c.redLine ?? ''} ${c.date}`,
      );
    expect((await moves(plain)).length).toBeGreaterThan(0);
    expect(await moves(store)).toEqual(await moves(plain));
    const sides = async (reader: StoreReader) =>
      (await conflicts(reader)).issues.map((i) => [
        i.issue,
        i.for.map((e) => e.actor),
        i.against.map((e) => e.actor),
        i.redLineCollisions,
      ]);
    expect(await sides(store)).toEqual(await sides(plain));
  });
});
