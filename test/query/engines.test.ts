/**
 * The SQLite fast path (windows of position_records, only the shown records read whole) must
 * answer exactly as the plain Store-interface path does. Both get the same few hundred generated documents, with long runs of
 * one stance (longer than the first SQL window), same-day contradictions and anonymous sources.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STANCES, type Stance } from '../../src/core/model.js';
import {
  changesSince,
  conflicts,
  type PositionsMatrix,
  positionsMatrix,
  SqlitePositionSource,
  StorePositionSource,
} from '../../src/core/query/index.js';
import { openSqliteStore } from '../../src/core/store/sqlite.js';
import { FakeStore } from './fake-store.js';
import { load, makeDoc, type SentenceSpec } from './scenario.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-engines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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

describe('the SQLite path and the Store-interface path agree', () => {
  const docs = generated();
  const plain = new FakeStore();
  load(plain, docs);
  const sqlite = openSqliteStore(join(dir, 'engines.db'));
  load(sqlite, docs);
  afterAll(() => sqlite.close());

  it('on the positions matrix, now and as of earlier dates', () => {
    for (const asOf of [undefined, '2026-03-20', '2026-04-15', '2026-05-30']) {
      const a = summary(positionsMatrix(plain, { asOf }));
      expect(a.length).toBeGreaterThan(0);
      expect(summary(positionsMatrix(sqlite, { asOf }))).toEqual(a);
    }
    expect(Math.max(...positionsMatrix(sqlite).cells.map((c) => c.sources))).toBeGreaterThan(8);
  });

  it('on counting the documents behind a long-held stance, up to a cap', () => {
    const cell = positionsMatrix(plain).cells.sort((a, b) => b.sources - a.sources)[0];
    expect(cell.sources).toBeGreaterThan(3);
    for (const source of [new StorePositionSource(plain), new SqlitePositionSource(sqlite.db)]) {
      expect(source.countRun(cell.actor, cell.issue, cell.stance, {}, 3)).toBe(3);
      expect(source.countRun(cell.actor, cell.issue, cell.stance, {}, 10_000)).toBeGreaterThanOrEqual(
        cell.sources,
      );
    }
  });

  it('on changes and conflicts', () => {
    const moves = (store: typeof plain | typeof sqlite) =>
      changesSince(store, '2026-04-20').changes.map(
        (c) => `${c.actor} ${c.issue} ${c.kind} ${c.redLine ?? ''} ${c.date}`,
      );
    expect(moves(plain).length).toBeGreaterThan(0);
    expect(moves(sqlite)).toEqual(moves(plain));
    const sides = (store: typeof plain | typeof sqlite) =>
      conflicts(store).issues.map((i) => [
        i.issue,
        i.for.map((e) => e.actor),
        i.against.map((e) => e.actor),
        i.redLineCollisions,
      ]);
    expect(sides(sqlite)).toEqual(sides(plain));
  });
});
