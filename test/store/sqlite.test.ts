import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprintText } from '../../src/core/analyse/fingerprints.js';
import { NEAR_DUPLICATE_CANDIDATES, openSqliteStore, type SqliteStore } from '../../src/core/store/sqlite.js';
import { latestVersion } from '../../src/core/store/sqlite-migrations.js';
import { annotated, put, TEXT } from './fixtures.js';

const dbFile = () => join(mkdtempSync(join(tmpdir(), 'parley-store-')), 'store.db');

describe('SQLite store', () => {
  let store: SqliteStore | undefined;
  afterEach(async () => store?.close());

  it('opens in WAL mode at the latest schema version, recorded in schema_version', async () => {
    const path = dbFile();
    store = openSqliteStore(path);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.schemaVersion).toBe(latestVersion);
    const versions = store.db.prepare('SELECT version FROM schema_version ORDER BY version').pluck().all();
    expect(versions).toEqual(Array.from({ length: latestVersion }, (_, i) => i + 1));
    store.close();
    // Re-opening runs nothing again.
    store = openSqliteStore(path);
    expect(store.db.prepare('SELECT count(*) FROM schema_version').pluck().get()).toBe(latestVersion);
  });

  it('brings an older store up to date, backfilling what the new version needs', async () => {
    const path = dbFile();
    store = openSqliteStore(path);
    await put(store, annotated());
    // Make it look like a version-2 store: no near-duplicate keys yet, candidates by band indexes.
    store.db.exec(
      `DROP TABLE near_duplicate_keys; DROP TABLE near_duplicate_signatures;
       ${[0, 1, 2, 3].map((i) => `CREATE INDEX documents_band${i} ON documents(band${i});`).join(' ')}
       ALTER TABLE documents DROP COLUMN non_story;
       DROP TRIGGER position_records_delete; DROP TABLE position_records; DROP TABLE store_codebook;
       DROP TABLE corrections; DROP TABLE audit_log; DROP TABLE review_machine_facts;
       DROP TABLE document_negotiations; DROP TABLE fact_negotiations; DROP TABLE store_negotiations;
       DELETE FROM schema_version WHERE version > 2; PRAGMA user_version = 2;`,
    );
    store.close();
    store = openSqliteStore(path);
    expect(store.schemaVersion).toBe(latestVersion);
    // The original is found again by its 4 SimHash bands and 8 MinHash band keys.
    expect(store.db.prepare('SELECT count(*) FROM near_duplicate_keys').pluck().get()).toBe(12);
    const { simhash, minhash } = fingerprintText(TEXT);
    expect((await store.nearDuplicateCandidates(simhash, minhash)).map((c) => c.id)).toEqual([
      (await store.listDocuments())[0].id,
    ]);
    expect((await store.listDocuments())[0].nonStory).toEqual([]);
  });

  it('upgrades a version-8 store to record its codebook, its documents untouched', async () => {
    const path = dbFile();
    store = openSqliteStore(path);
    await put(store, annotated());
    const before = await store.stats();
    store.db.exec(
      `DROP TABLE store_codebook; DROP TABLE corrections; DROP TABLE audit_log; DROP TABLE review_machine_facts;
       ALTER TABLE position_records DROP COLUMN status;
       DROP TABLE document_negotiations; DROP TABLE fact_negotiations; DROP TABLE store_negotiations;
       DELETE FROM schema_version WHERE version > 8; PRAGMA user_version = 8;`,
    );
    store.close();
    store = openSqliteStore(path);
    expect(store.schemaVersion).toBe(latestVersion);
    expect(await store.stats()).toEqual(before);
    // Built before stores said which codebook built them: unknown, not "the default".
    expect(await store.recordedCodebook()).toBeUndefined();
    const sources = [{ path: '/talks/codebook.yaml', sha256: 'ab'.repeat(32), codebook: {} as never }];
    await store.recordCodebook(sources);
    await store.recordCodebook([]);
    expect(await store.recordedCodebook()).toEqual([]);
    await store.recordCodebook(sources);
    store.close();
    store = openSqliteStore(path);
    expect(await store.recordedCodebook()).toEqual(sources);
  });

  it('refuses a store written by a newer parley', async () => {
    const path = dbFile();
    const db = new Database(path);
    db.pragma(`user_version = ${latestVersion + 1}`);
    db.close();
    expect(() => openSqliteStore(path)).toThrow(/newer than this parley knows.*upgrade parley/);
  });

  it('finds near-duplicate candidates among originals only, through the indexed bands', async () => {
    store = openSqliteStore(dbFile());
    const original = annotated();
    const copy = annotated(`${TEXT}\n\nRead More: Lumen talks explained`);
    await put(store, original);
    await put(store, copy, { duplicateOf: original.id });
    const { simhash, minhash } = fingerprintText(TEXT);
    expect((await store.nearDuplicateCandidates(simhash, minhash)).map((c) => c.id)).toEqual([original.id]);
    // Each lookup reads only index entries of its keys, never every original (100,000s of them).
    const plan = (sql: string) =>
      store!.db
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...Array((sql.match(/\?/g) ?? []).length).fill(1))
        .map((r) => (r as { detail: string }).detail)
        .join('\n');
    // One search of the covering key table's primary key, and no document row read.
    const lookup = plan(NEAR_DUPLICATE_CANDIDATES);
    expect(lookup).toMatch(/SEARCH near_duplicate_keys USING PRIMARY KEY \(key=\?\)/);
    expect(lookup).not.toContain('TEMP B-TREE');
    expect(lookup).not.toContain('documents');
  });
});
