import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/core/store/sqlite.js';
import { repoRoot, tempDir, writeInventedArticles } from './helpers.js';

const ARTICLES = 600;
const ingestArgs = (dir: string, db: string) => [
  '--import',
  'tsx',
  'scripts/parley-dev.ts',
  'ingest',
  dir,
  '--db',
  db,
  '--batch-size',
  '5',
  '--json',
];

function storedCount(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const reader = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return reader.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    } finally {
      reader.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );

describe('an ingest killed midway', () => {
  it('leaves the store consistent, and running it again completes it', async () => {
    const dir = tempDir();
    writeInventedArticles(dir, ARTICLES);
    const db = join(tempDir(), 'store.db');

    const child = spawn(process.execPath, ingestArgs(dir, db), { cwd: repoRoot, stdio: 'ignore' });
    const exit = exited(child);
    // Wait until some batches have committed, then kill without warning.
    let finished = false;
    exit.then(() => {
      finished = true;
    });
    while (!finished && storedCount(db) < 20) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGKILL');
    const { signal } = await exit;
    expect(signal).toBe('SIGKILL');

    const store = openSqliteStore(db);
    const before = await store.countDocuments();
    try {
      expect(before).toBeGreaterThanOrEqual(20);
      expect(before).toBeLessThan(ARTICLES);
      expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
      // The full-text index agrees with the documents, and no fact lost its document.
      expect(() =>
        store.db.exec("INSERT INTO documents_fts(documents_fts) VALUES('integrity-check')"),
      ).not.toThrow();
      for (const table of ['statements', 'positions', 'events']) {
        const orphans = store.db
          .prepare(`SELECT count(*) FROM ${table} WHERE doc_id NOT IN (SELECT id FROM documents)`)
          .pluck()
          .get();
        expect(orphans).toBe(0);
      }
      expect(store.db.prepare('SELECT count(*) FROM statements_fts').pluck().get()).toBe(
        (await store.stats()).statements,
      );
      for (const doc of await store.listDocuments())
        expect((await store.getDocument(doc.id))?.doc?.blocks.length).toBeGreaterThan(0);
    } finally {
      await store.close();
    }

    const rerun = spawnSync(process.execPath, ingestArgs(dir, db), { cwd: repoRoot, encoding: 'utf8' });
    expect(rerun.status).toBe(0);
    const summary = JSON.parse(rerun.stdout);
    expect(summary.unchanged).toBe(before);
    expect(summary.stored).toBe(ARTICLES - before);
    expect(summary.failed).toBe(0);

    const after = openSqliteStore(db);
    try {
      expect(await after.countDocuments()).toBe(ARTICLES);
      expect(after.db.prepare('SELECT count(DISTINCT hash) FROM documents').pluck().get()).toBe(ARTICLES);
    } finally {
      after.close();
    }
  });
});
