/**
 * Each engine keeps each position's query record (position_records: the position with its
 * evidence sentence, the strength of its source and its speaker) in step with the positions
 * themselves: written on ingest, backfilled when an older SQLite store is opened, replaced by
 * reprocessing, with near-duplicate documents left out of the answers. The check is what a user
 * sees: each engine's fast path answers exactly as the records worked out from the stored
 * positions and statements alone (records-from-facts.ts).
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
} from '../../src/core/query/index.js';
import type { RecordBound } from '../../src/core/records.js';
import {
  countRunFromFacts,
  latestFromFacts,
  recordsFromFacts,
} from '../../src/core/store/records-from-facts.js';
import { openSqliteStore } from '../../src/core/store/sqlite.js';
import { migrations } from '../../src/core/store/sqlite-migrations.js';
import type { Store, StoreReader } from '../../src/core/store/store.js';
import { type CorpusStore, corpusStore } from '../server/corpus.js';
import { engines, openEngineStore } from '../store/engines.js';
import { load, makeDoc, scenario } from './scenario.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-position-records-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const dbFile = () => join(dir, `store-${n++}.db`);

/** The same store, its position records worked out from its facts (no position_records read). */
const fromFacts = (store: Store): StoreReader =>
  new Proxy(store, {
    get(target, key) {
      if (key === 'latestPositions') return (bound: RecordBound) => latestFromFacts(target, bound);
      if (key === 'positionRecords') return (bound: RecordBound) => recordsFromFacts(target, bound);
      if (key === 'countPositionRun')
        return (actor: string, issue: string, stance: Stance, bound: RecordBound, cap: number) =>
          countRunFromFacts(target, actor, issue, stance, bound, cap);
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

/** Both paths agree on every record, on the matrix (with its evidence) and on the changes. */
async function expectPathsAgree(store: Store, dates: string[]): Promise<void> {
  const plain = fromFacts(store);
  const records = await store.positionRecords({});
  expect(records.length).toBeGreaterThan(0);
  expect(records).toEqual(await plain.positionRecords({}));
  for (const date of [undefined, ...dates]) {
    const matrix = await positionsMatrix(store, { asOf: date });
    expect(matrix.cells.length).toBeGreaterThan(0);
    expect(matrix).toEqual(await positionsMatrix(plain, { asOf: date }));
  }
  for (const since of dates)
    expect(await changesSince(store, since)).toEqual(await changesSince(plain, since));
}

/** Store `copy` as a near-duplicate of the document `originalId`. */
async function putCopy(
  store: Store,
  copy: ReturnType<typeof makeDoc>,
  originalId: string,
  fingerprint: bigint,
) {
  const info = { id: copy.id, hash: copy.id, date: copy.date, title: copy.title, lang: 'eng' };
  await store.putDocument(
    copy,
    { ...info, words: 10, status: 'extracted', duplicateOf: originalId },
    fingerprint,
  );
}

/** Every position record, near-duplicates' included (as the table holds them). */
const rowsOf = async (store: Store) => (await store.positionRecords({})).length;

describe.each(engines)('position records over $name', (engine) => {
  it('are written with each ingested position, with the source strength of its own statement', async () => {
    const store = await openEngineStore(engine);
    await load(store, scenario());
    expect(await rowsOf(store)).toBe((await store.stats()).positions);
    const strengths = new Set((await store.positionRecords({})).map((r) => r.strength));
    expect(strengths.has('official')).toBe(true);
    await expectPathsAgree(store, ['2026-03-15', '2026-04-01', '2026-05-01']);
    await store.close();
  });

  it('follow a document whose facts are replaced (reprocess)', async () => {
    const store = await openEngineStore(engine);
    const docs = scenario();
    await load(store, docs);
    const before = (await store.stats()).positions;
    const target = docs.find((d) => d.positions.length >= 2);
    expect(target).toBeDefined();
    const stored = (await store.getDocument(target!.id))!.doc!;
    // A rule change: the first stance turns around, the second is no longer found.
    const [first] = stored.positions;
    stored.positions = [{ ...first, stance: first.stance === 'reject' ? 'accept' : 'reject' }];
    await store.replaceFacts(stored);
    expect(await rowsOf(store)).toBe(before - target!.positions.length + 1);
    const turned = (await store.positionRecords({ actor: first.actor, issue: first.issue })).filter(
      (r) => r.docId === target!.id,
    );
    expect(turned.map((r) => r.stance)).toEqual([stored.positions[0].stance]);
    await expectPathsAgree(store, ['2026-03-15', '2026-04-01']);
    await store.close();
  });

  it('of a near-duplicate document are left out of the matrix, the changes and the history', async () => {
    const store = await openEngineStore(engine);
    const original = makeDoc('2026-03-10', 'Ceasefire', [
      {
        text: 'Ilse Marrow said Veska demands a ceasefire at sea.',
        statement: { speaker: 'Ilse Marrow', actor: 'VSK' },
        positions: [{ actor: 'VSK', issue: 'ceasefire', stance: 'demand' }],
      },
    ]);
    await load(store, [original]);
    // A later copy of the story, reworded so that its stance differs: were it counted, it would
    // be the newest evidence and turn the cell around.
    const copy = makeDoc('2026-03-12', 'Ceasefire (copy)', [
      {
        text: 'Ilse Marrow said Veska rejects a ceasefire at sea.',
        statement: { speaker: 'Ilse Marrow', actor: 'VSK' },
        positions: [{ actor: 'VSK', issue: 'ceasefire', stance: 'reject' }],
      },
    ]);
    await putCopy(store, copy, original.id, 7n);
    expect((await store.stats()).positions).toBe(2);
    const [cell] = (await positionsMatrix(store)).cells;
    expect(cell).toMatchObject({ actor: 'VSK', issue: 'ceasefire', stance: 'demand', sources: 1 });
    expect(cell.evidence.docId).toBe(original.id);
    expect((await changesSince(store, '2026-03-11')).changes).toEqual([]);
    expect((await positionHistory(store, 'VSK', 'ceasefire')).map((e) => e.docId)).toEqual([original.id]);
    await expectPathsAgree(store, ['2026-03-11']);
    await store.close();
  });

  it("of many near-duplicate copies, newer than the originals, leave the originals' stance standing", async () => {
    const store = await openEngineStore(engine);
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
    await load(store, originals);
    // …then more copies than that, newer, each with a stance no original takes.
    for (let i = 0; i < 40; i++) {
      const copy = makeDoc(`2026-04-${String(1 + (i % 20)).padStart(2, '0')}`, `Fishing, copy ${i}`, [
        {
          text: `Copy ${i}: Petr Vallo said Ormund accepts a shared fishing zone.`,
          statement: { speaker: 'Petr Vallo', actor: 'ORM' },
          positions: [{ actor: 'ORM', issue: 'fishing_rights', stance: 'accept' }],
        },
      ]);
      await putCopy(store, copy, originals[i % 30].id, BigInt(100 + i));
    }
    const cells = (await positionsMatrix(store)).cells;
    expect(cells).toHaveLength(1);
    expect(cells[0]).toMatchObject({ actor: 'ORM', stance: 'reject', sources: 30, since: '2026-03-01' });
    expect((await changesSince(store, '2026-03-31')).changes).toEqual([]);
    await expectPathsAgree(store, ['2026-03-12', '2026-04-10']);
    await store.close();
  });
});

describe('position records of an older SQLite store', () => {
  it('are backfilled by their migrations from the positions of a store written before them', async () => {
    const store = openSqliteStore(dbFile());
    await load(store, scenario());
    const table = () =>
      store.db.prepare('SELECT * FROM position_records ORDER BY actor, issue, doc_date, id').all();
    const written = table();
    expect(written).toHaveLength((await store.stats()).positions);
    // Back to the schema before position records (version 5: the covering index instead), then
    // the position-record migrations as opening such a store runs them.
    store.db.exec(`
      DROP TRIGGER position_records_delete; DROP TABLE position_records;
      CREATE INDEX positions_cell ON positions(actor, issue, doc_date, stance, red_line, date, about, doc_id);`);
    for (const migration of migrations.filter((m) => m.version === 6 || m.version === 7)) {
      store.db.exec(migration.sql);
      migration.after?.(store.db);
    }
    // The review migration's column (each record's review status; none reviewed here).
    store.db.exec("ALTER TABLE position_records ADD COLUMN status TEXT NOT NULL DEFAULT 'machine'");
    expect(table()).toEqual(written);
    const index = store.db.prepare("SELECT name FROM sqlite_master WHERE name = 'positions_cell'").get();
    expect(index).toBeUndefined();
    await expectPathsAgree(store, ['2026-03-15', '2026-04-01']);
    await store.close();
  });
});

describe.each(engines)(
  'position records of the sample corpus (examples/corpus, ingested by the pipeline) over $name',
  (engine) => {
    let corpus: CorpusStore;
    beforeAll(async () => {
      corpus = await corpusStore(await engine.location());
    });
    afterAll(() => corpus?.cleanup());

    it('answer as the records from the facts do: matrix with its evidence, and changes', async () => {
      await expectPathsAgree(corpus.store, ['2026-04-01', '2026-05-15', '2026-07-01', '2026-08-15']);
    });
  },
);

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

describe.each(engines)('position records of runs longer than a window over $name', (engine) => {
  let store: Store;
  let plain: StoreReader;
  beforeAll(async () => {
    store = await openEngineStore(engine);
    await load(store, longRuns());
    plain = fromFacts(store);
  });
  afterAll(() => store?.close());

  it("give the run's start, its first red line and the stance before it, as the Store-interface path does", async () => {
    const [vsk] = (await positionsMatrix(store, { actor: 'VSK' })).cells;
    expect(vsk).toMatchObject({ stance: 'demand', since: '2026-01-11', redLine: true, sources: SOURCES_CAP });
    expect(vsk.previous).toMatchObject({ stance: 'reject', date: '2026-01-10' });
    expect(vsk.firstRedLine).toMatchObject({ date: '2026-01-16' });
    for (const asOf of [undefined, '2026-02-15', '2026-04-20', '2026-07-01', '2026-10-10'])
      expect(capped(await positionsMatrix(store, { asOf }))).toEqual(
        capped(await positionsMatrix(plain, { asOf })),
      );
  });

  it('give the changes as the Store-interface path does', async () => {
    for (const since of ['2026-01-05', '2026-02-25', '2026-06-01', '2026-10-10'])
      expect(moves(await changesSince(store, since))).toEqual(moves(await changesSince(plain, since)));
  });
});
