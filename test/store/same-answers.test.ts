/**
 * SQLite and PostgreSQL give the same answers to every question on the sample corpus
 * (examples/): the corpus ingested into each, and copied from each into the other with `parley
 * copy`, answers the documents, the facts, the matrix as of several dates, the changes since
 * several dates, the conflicts, the meetings, the timeline, the quotes, the people, every cell's
 * history, the searches and the brief alike. And from the command line: `PARLEY_DB=postgres://…
 * parley ingest` then `parley positions --json` prints what the same over a SQLite file prints.
 * These tests need PostgreSQL (see test/setup/postgres.ts); without it they are skipped.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Codebook } from '../../src/core/codebook/codebook.js';
import {
  buildBrief,
  changesSince,
  conflicts,
  meetings,
  persons,
  positionHistory,
  positionsMatrix,
  quotes,
  timeline,
} from '../../src/core/query/index.js';
import { copyStore } from '../../src/core/store/copy.js';
import { openStore, type Store } from '../../src/core/store/index.js';
import { type CorpusStore, codebookFile, corpusDir, corpusStore, repoRoot } from '../server/corpus.js';
import { createDatabase, pgMissing, postgresEngine, sqliteEngine } from './engines.js';

const AS_OF = [undefined, '2026-03-31', '2026-05-15', '2026-07-01', '2026-09-30'];
const SINCE = ['2026-03-15', '2026-05-01', '2026-06-15', '2026-08-01'];
const WORDS = ['ceasefire', 'fishing grounds', 'Marrow', 'red line', 'Skerry Islands', 'sanctions'];

/** Every question a user can ask of the store, answered. */
async function answers(store: Store, codebook: Codebook) {
  const documents = (await store.listDocuments()).map(({ ingestedAt: _, ...d }) => d);
  const matrix = await positionsMatrix(store);
  const histories: Awaited<ReturnType<typeof positionHistory>>[] = [];
  for (const cell of matrix.cells) histories.push(await positionHistory(store, cell.actor, cell.issue));
  const stored: Omit<NonNullable<Awaited<ReturnType<Store['getDocument']>>>, 'ingestedAt'>[] = [];
  for (const d of documents) {
    const { ingestedAt: _, ...document } = (await store.getDocument(d.id))!;
    stored.push(document);
  }
  const each = async <T, R>(list: T[], ask: (item: T) => Promise<R>) => {
    const out: R[] = [];
    for (const item of list) out.push(await ask(item));
    return out;
  };
  return {
    stats: await store.stats(),
    documents,
    stored,
    codebook: await store.recordedCodebook(),
    facts: {
      statements: await store.statements(),
      positions: await store.positions(),
      events: await store.events(),
      newest: await store.statements({ newest: true, limit: 20 }),
      byActor: await store.statements({ actor: 'ORM' }),
      byIssue: await store.statements({ issue: 'fishing_rights' }),
      eventsAboutTalks: await store.events({ text: 'talks' }),
    },
    positions: await each(AS_OF, (asOf) => positionsMatrix(store, { asOf })),
    changes: await each(SINCE, (since) => changesSince(store, since)),
    conflicts: await each(AS_OF, (asOf) => conflicts(store, { asOf })),
    histories,
    meetings: await meetings(store),
    timeline: await timeline(store),
    quotes: await each(WORDS, (text) => quotes(store, { text }, codebook)),
    allQuotes: await quotes(store, {}, codebook),
    persons: await persons(store, codebook),
    search: await each(WORDS, (text) => store.searchDocuments(text)),
    brief: await buildBrief(store, { since: '2026-06-01', codebook }),
  };
}

describe.skipIf(!postgresEngine)('SQLite and PostgreSQL over the sample corpus', () => {
  let sqlite: CorpusStore;
  let postgres: CorpusStore;
  let expected: Awaited<ReturnType<typeof answers>>;
  beforeAll(async () => {
    sqlite = await corpusStore(await sqliteEngine.location());
    postgres = await corpusStore(await createDatabase());
    expected = await answers(sqlite.store, sqlite.codebook);
  }, 120_000);
  afterAll(async () => {
    await sqlite?.cleanup();
    await postgres?.cleanup();
  });

  it('answer every question alike', async () => {
    expect(expected.stats.positions).toBeGreaterThan(0);
    expect(expected.positions[0].cells.length).toBeGreaterThan(0);
    expect(expected.changes.some((c) => c.changes.length > 0)).toBe(true);
    expect(expected.search.some((hits) => hits.length > 0)).toBe(true);
    expect(await answers(postgres.store, postgres.codebook)).toEqual(expected);
  });

  it('answer alike once copied from one into the other (parley copy), both ways', async () => {
    const intoPostgres = await openStore(await createDatabase());
    const intoSqlite = await openStore(await sqliteEngine.location());
    try {
      const copied = await copyStore(sqlite.store, intoPostgres);
      expect(copied.documents).toBe(expected.stats.documents);
      expect(await answers(intoPostgres, sqlite.codebook)).toEqual(expected);
      await copyStore(postgres.store, intoSqlite);
      expect(await answers(intoSqlite, sqlite.codebook)).toEqual(expected);
      // Into a store that is not empty: refused, nothing written.
      await expect(copyStore(sqlite.store, intoSqlite)).rejects.toThrow(/copy into an empty store/);
      expect((await intoSqlite.stats()).documents).toBe(expected.stats.documents);
    } finally {
      await intoPostgres.close();
      await intoSqlite.close();
    }
  });
});

describe.skipIf(!postgresEngine)('the command line over either engine', () => {
  const parley = (db: string, ...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/parley-dev.ts', ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, PARLEY_DB: db },
    });

  it('PARLEY_DB=postgres://… parley ingest, then parley positions --json, prints what SQLite does', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'parley-cli-')), 'parley.db');
    const url = await createDatabase();
    for (const db of [file, url]) {
      const ingest = parley(db, 'ingest', corpusDir, '--codebook', codebookFile, '--json', '--workers', '0');
      expect(ingest.stderr).toBe('');
      expect(JSON.parse(ingest.stdout)).toMatchObject({ stored: 32, failed: 0 });
    }
    for (const query of [
      ['positions', '--json'],
      ['positions', '--as-of', '2026-05', '--json'],
      ['changes', '--since', '2026-06-01', '--json'],
    ]) {
      const fromSqlite = parley(file, ...query);
      const fromPostgres = parley(url, ...query);
      expect(fromSqlite.status).toBe(0);
      expect(fromPostgres.stdout).toBe(fromSqlite.stdout);
    }
    // The version of each, and nothing to upgrade.
    const migrated = JSON.parse(parley(url, 'migrate', '--json').stdout);
    expect(migrated).toMatchObject({ upgraded: false });
    expect(migrated.version).toBe(migrated.latest);
    expect(parley(file, 'migrate').stdout).toMatch(/^SQLite store .*: schema version \d+ \(up to date\)/);
  });

  it('says what is wrong with a PostgreSQL store it cannot reach, and hides the password', () => {
    const run = parley('postgres://parley:secret@127.0.0.1:1/nowhere', 'docs');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/cannot open the store postgres:\/\/parley:\*\*\*@127\.0\.0\.1:1\/nowhere/);
    expect(run.stderr).not.toContain('secret');
  });
});

if (!postgresEngine) console.warn(`same-answers.test.ts: ${pgMissing}`);
