/**
 * The SQLite store keeps each position's query record (table position_records, store migration 6:
 * the position with its evidence sentence, the strength of its source and its speaker) in step
 * with the positions themselves: written on ingest, backfilled when an older store is opened,
 * replaced by reprocessing, with near-duplicate documents left out of the answers. The check is
 * what a user sees: the SQLite path answers exactly as the engine-independent path that reads
 * the positions and statements through the Store interface.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stance } from '../../src/core/model.js';
import {
  type ChangesReport,
  changesSince,
  type PositionsMatrix,
  positionHistory,
  positionsMatrix,
  SOURCES_CAP,
  SqlitePositionSource,
  StorePositionSource,
} from '../../src/core/query/index.js';
import { migrations } from '../../src/core/store/migrations.js';
import { openSqliteStore, type SqliteStore } from '../../src/core/store/sqlite.js';
import type { Store } from '../../src/core/store/store.js';
import { type CorpusStore, corpusStore } from '../server/corpus.js';
import { load, makeDoc, scenario } from './scenario.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-position-records-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const dbFile = () => join(dir, `store-${n++}.db`);

/** The same store seen only through the Store interface (so the query layer cannot use SQL). */
const interfaceOnly = (store: SqliteStore): Store =>
  new Proxy(store, {
    get(target, key) {
      if (key === 'db') return undefined;
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

/** Both paths agree on every record, on the matrix (with its evidence) and on the changes. */
function expectPathsAgree(store: SqliteStore, dates: string[]): void {
  const plain = interfaceOnly(store);
  const records = new SqlitePositionSource(store.db).all({});
  expect(records.length).toBeGreaterThan(0);
  expect(records).toEqual(new StorePositionSource(plain).all({}));
  for (const date of [undefined, ...dates]) {
    const matrix = positionsMatrix(store, { asOf: date });
    expect(matrix.cells.length).toBeGreaterThan(0);
    expect(matrix).toEqual(positionsMatrix(plain, { asOf: date }));
  }
  for (const since of dates) expect(changesSince(store, since)).toEqual(changesSince(plain, since));
}

/** Store `copy` as a near-duplicate of the document `originalId`. */
function putCopy(
  store: SqliteStore,
  copy: ReturnType<typeof makeDoc>,
  originalId: string,
  fingerprint: bigint,
) {
  const info = { id: copy.id, hash: copy.id, date: copy.date, title: copy.title, lang: 'eng' };
  store.putDocument(copy, { ...info, words: 10, status: 'extracted', duplicateOf: originalId }, fingerprint);
}

const rowsOf = (store: SqliteStore) =>
  store.db.prepare('SELECT * FROM position_records ORDER BY actor, issue, doc_date, id').all();

describe('position records', () => {
  it('are written with each ingested position, with the source strength of its own statement', () => {
    const store = openSqliteStore(dbFile());
    load(store, scenario());
    expect(rowsOf(store)).toHaveLength(store.stats().positions);
    const strengths = new Set(new SqlitePositionSource(store.db).all({}).map((r) => r.strength));
    expect(strengths.has('official')).toBe(true);
    expectPathsAgree(store, ['2026-03-15', '2026-04-01', '2026-05-01']);
    store.close();
  });

  it('are backfilled by their migrations from the positions of a store written before them', () => {
    const store = openSqliteStore(dbFile());
    load(store, scenario());
    const written = rowsOf(store);
    // Back to the schema before position records (version 5: the covering index instead), then
    // the position-record migrations as opening such a store runs them.
    store.db.exec(`
      DROP TRIGGER position_records_delete; DROP TABLE position_records;
      CREATE INDEX positions_cell ON positions(actor, issue, doc_date, stance, red_line, date, about, doc_id);`);
    for (const migration of migrations.filter((m) => m.version === 6 || m.version === 7)) {
      store.db.exec(migration.sql);
      migration.after?.(store.db);
    }
    expect(rowsOf(store)).toEqual(written);
    const index = store.db.prepare("SELECT name FROM sqlite_master WHERE name = 'positions_cell'").get();
    expect(index).toBeUndefined();
    expectPathsAgree(store, ['2026-03-15', '2026-04-01']);
    store.close();
  });

  it('follow a document whose facts are replaced (reprocess)', () => {
    const store = openSqliteStore(dbFile());
    const docs = scenario();
    load(store, docs);
    const before = store.stats().positions;
    const target = docs.find((d) => d.positions.length >= 2);
    expect(target).toBeDefined();
    const stored = store.getDocument(target!.id)!.doc!;
    // A rule change: the first stance turns around, the second is no longer found.
    const [first] = stored.positions;
    stored.positions = [{ ...first, stance: first.stance === 'reject' ? 'accept' : 'reject' }];
    store.replaceFacts(stored);
    expect(rowsOf(store)).toHaveLength(before - target!.positions.length + 1);
    const turned = new SqlitePositionSource(store.db)
      .all({ actor: first.actor, issue: first.issue })
      .filter((r) => r.docId === target!.id);
    expect(turned.map((r) => r.stance)).toEqual([stored.positions[0].stance]);
    expectPathsAgree(store, ['2026-03-15', '2026-04-01']);
    store.close();
  });

  it('of a near-duplicate document are left out of the matrix, the changes and the history', () => {
    const store = openSqliteStore(dbFile());
    const original = makeDoc('2026-03-10', 'Ceasefire', [
      {
        text: 'Ilse Marrow said Veska demands a ceasefire at sea.',
        statement: { speaker: 'Ilse Marrow', actor: 'VSK' },
        positions: [{ actor: 'VSK', issue: 'ceasefire', stance: 'demand' }],
      },
    ]);
    load(store, [original]);
    // A later copy of the story, reworded so that its stance differs: were it counted, it would
    // be the newest evidence and turn the cell around.
    const copy = makeDoc('2026-03-12', 'Ceasefire (copy)', [
      {
        text: 'Ilse Marrow said Veska rejects a ceasefire at sea.',
        statement: { speaker: 'Ilse Marrow', actor: 'VSK' },
        positions: [{ actor: 'VSK', issue: 'ceasefire', stance: 'reject' }],
      },
    ]);
    putCopy(store, copy, original.id, 7n);
    expect(rowsOf(store)).toHaveLength(2);
    const [cell] = positionsMatrix(store).cells;
    expect(cell).toMatchObject({ actor: 'VSK', issue: 'ceasefire', stance: 'demand', sources: 1 });
    expect(cell.evidence.docId).toBe(original.id);
    expect(changesSince(store, '2026-03-11').changes).toEqual([]);
    expect(positionHistory(store, 'VSK', 'ceasefire').map((e) => e.docId)).toEqual([original.id]);
    expectPathsAgree(store, ['2026-03-11']);
    store.close();
  });

  it("of many near-duplicate copies, newer than the originals, leave the originals' stance standing", () => {
    const store = openSqliteStore(dbFile());
    // Thirty original reports of one stance (more than the SQLite path reads at once)…
    const originals = Array.from({ length: 30 }, (_, i) =>
      makeDoc(`2026-03-${String(1 + i).padStart(2, '0')}`, `Fishing ${i}`, [
        {
          text: `Report ${i}: Petr Vallo said Ormund rejects any shared fishing zone.`,
          statement: { speaker: 'Petr Vallo', actor: 'ORM' },
          positions: [{ actor: 'ORM', issue: 'fishing_rights', stance: 'reject' }],
        },
      ]),
    );
    load(store, originals);
    // …then more copies than that, newer, each with a stance no original takes.
    for (let i = 0; i < 40; i++) {
      const copy = makeDoc(`2026-04-${String(1 + (i % 20)).padStart(2, '0')}`, `Fishing, copy ${i}`, [
        {
          text: `Copy ${i}: Petr Vallo said Ormund accepts a shared fishing zone.`,
          statement: { speaker: 'Petr Vallo', actor: 'ORM' },
          positions: [{ actor: 'ORM', issue: 'fishing_rights', stance: 'accept' }],
        },
      ]);
      putCopy(store, copy, originals[i % 30].id, BigInt(100 + i));
    }
    const cells = positionsMatrix(store).cells;
    expect(cells).toHaveLength(1);
    expect(cells[0]).toMatchObject({ actor: 'ORM', stance: 'reject', sources: 30, since: '2026-03-01' });
    expect(changesSince(store, '2026-03-31').changes).toEqual([]);
    expectPathsAgree(store, ['2026-03-12', '2026-04-10']);
    store.close();
  });
});

describe('position records of the sample corpus (examples/corpus, ingested by the pipeline)', () => {
  let corpus: CorpusStore;
  beforeAll(async () => {
    corpus = await corpusStore();
  });
  afterAll(() => corpus?.cleanup());

  it('answer as the Store-interface path does: matrix with its evidence, and changes', () => {
    const store = corpus.store as SqliteStore;
    expect(rowsOf(store)).toHaveLength(store.stats().positions);
    expectPathsAgree(store, ['2026-04-01', '2026-05-15', '2026-07-01', '2026-08-15']);
  });
});

/**
 * Runs longer than the SQLite path reads at once (its windows hold the newest 128 records of a
 * cell): one document a day for 300 days, each with a stance on four cells.
 */
function longRuns() {
  const day = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 864e5).toISOString().slice(0, 10);
  const cells: { actor: string; stanceOn: (i: number) => Stance; redLineOn: (i: number) => boolean }[] = [
    // Rejected for ten days, then demanded, as a red line once, long before the newest records.
    { actor: 'VSK', stanceOn: (i) => (i < 10 ? 'reject' : 'demand'), redLineOn: (i) => i === 15 },
    // Accepted, then demanded: the same side all along.
    { actor: 'ORM', stanceOn: (i) => (i < 50 ? 'accept' : 'demand'), redLineOn: () => false },
    // One stance from the first day.
    { actor: 'TRS', stanceOn: () => 'open', redLineOn: (i) => i === 3 },
    // A short run whose side (pro) goes back beyond the newest records.
    {
      actor: 'SKA',
      stanceOn: (i) => (i < 100 ? 'reject' : i < 280 ? 'accept' : 'demand'),
      redLineOn: () => false,
    },
  ];
  return Array.from({ length: 300 }, (_, i) =>
    makeDoc(
      day(i),
      `Day ${i}`,
      cells.map(({ actor, stanceOn, redLineOn }) => ({
        text: `Day ${i}: ${actor} takes the stance ${stanceOn(i)} on the ceasefire.`,
        statement: { speaker: `Speaker ${actor}`, actor },
        positions: [{ actor, issue: 'ceasefire', stance: stanceOn(i), redLine: redLineOn(i) }],
      })),
    ),
  );
}

/** Beyond the cap a cell says "at least SOURCES_CAP documents", not how many. */
const capped = (m: PositionsMatrix) =>
  m.cells.map(({ sourcesCapped: _, ...cell }) => ({ ...cell, sources: Math.min(cell.sources, SOURCES_CAP) }));
const moves = (r: ChangesReport) => r.changes;

describe('position records of runs longer than a window', () => {
  const store = openSqliteStore(dbFile());
  load(store, longRuns());
  const plain = interfaceOnly(store);
  afterAll(() => store.close());

  it("give the run's start, its first red line and the stance before it, as the Store-interface path does", () => {
    const [vsk] = positionsMatrix(store, { actor: 'VSK' }).cells;
    expect(vsk).toMatchObject({ stance: 'demand', since: '2026-01-11', redLine: true, sources: SOURCES_CAP });
    expect(vsk.previous).toMatchObject({ stance: 'reject', date: '2026-01-10' });
    expect(vsk.firstRedLine).toMatchObject({ date: '2026-01-16' });
    for (const asOf of [undefined, '2026-02-15', '2026-04-20', '2026-07-01', '2026-10-10'])
      expect(capped(positionsMatrix(store, { asOf }))).toEqual(capped(positionsMatrix(plain, { asOf })));
  });

  it('give the changes as the Store-interface path does', () => {
    for (const since of ['2026-01-05', '2026-02-25', '2026-06-01', '2026-10-10'])
      expect(moves(changesSince(store, since))).toEqual(moves(changesSince(plain, since)));
  });
});
