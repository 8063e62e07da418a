/**
 * Several writers on one store: each waits its turn for SQLite's write lock, and nothing is lost.
 * Two `parley ingest` processes into one store store every document of both; the API stores what
 * it is sent while an ingest runs; and a batch that finds another process holding the lock waits
 * for it instead of failing with "database is locked".
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { storeBatch } from '../../src/core/ingest/ingest.js';
import { prepareDocument } from '../../src/core/ingest/prepare.js';
import { defaultPipeline } from '../../src/core/stages.js';
import { openSqliteStore } from '../../src/core/store/sqlite.js';
import { buildServer } from '../../src/server/server.js';
import { repoRoot, tempDir, writeInventedArticles } from './helpers.js';

/** `parley ingest DIR --db DB --json …` from source, in a process of its own. */
function ingestProcess(dir: string, db: string, ...options: string[]): ChildProcess {
  return spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/parley-dev.ts', 'ingest', dir, '--db', db, '--json', ...options],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

async function finished(child: ChildProcess): Promise<{ code: number | null; out: string; err: string }> {
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk) => {
    out += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    err += chunk;
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, out, err };
}

describe('writers of one store take turns', () => {
  it('two ingests into one store, at once, store every document of both', async () => {
    const base = tempDir();
    const [first, second] = ['first', 'second'].map((name) => join(base, name));
    mkdirSync(first);
    mkdirSync(second);
    writeInventedArticles(first, 60, 1);
    writeInventedArticles(second, 60, 2);
    const db = join(base, 'same.db');
    // Small batches, so that the two commit often and their transactions meet; one through a
    // worker thread that writes, one on the main thread: both ways of writing take their turn.
    const runs = await Promise.all([
      finished(ingestProcess(first, db, '--batch-size', '2', '--workers', '1')),
      finished(ingestProcess(second, db, '--batch-size', '2', '--workers', '0')),
    ]);
    for (const run of runs) {
      expect(run.err).not.toMatch(/locked|please report/);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.out)).toMatchObject({ stored: 60, failed: 0 });
    }
    const store = openSqliteStore(db);
    try {
      expect(await store.countDocuments()).toBe(120);
      expect(store.db.prepare('SELECT count(DISTINCT hash) FROM documents').pluck().get()).toBe(120);
    } finally {
      await store.close();
    }
  });

  it('the API stores every article it is sent while an ingest writes to the same store', async () => {
    const base = tempDir();
    const dir = join(base, 'articles');
    mkdirSync(dir);
    writeInventedArticles(dir, 60, 3);
    const db = join(base, 'shared.db');
    const store = openSqliteStore(db);
    const log: string[] = [];
    const app = await buildServer({
      store,
      codebook: loadCodebook(),
      webRoot: false,
      log: { write: (line) => log.push(line) },
    });
    try {
      const child = ingestProcess(dir, db, '--batch-size', '2', '--workers', '0');
      const cli = finished(child);
      let running = true;
      cli.then(() => {
        running = false;
      });
      const statuses: number[] = [];
      // Keep writing through the API until the ingest is done (at least one write during it).
      for (let n = 0; n === 0 || running; n++) {
        const response = await app.inject({
          method: 'POST',
          url: '/api/ingest',
          payload: {
            text: `Veska's envoy said on Tuesday that talks with Ormund would resume in Lumen, note ${n}.`,
            date: '2026-07-01',
          },
        });
        statuses.push(response.statusCode);
        await new Promise((resolve) => setImmediate(resolve));
      }
      const run = await cli;
      expect(run.code).toBe(0);
      expect(JSON.parse(run.out)).toMatchObject({ stored: 60, failed: 0 });
      expect(statuses.filter((s) => s !== 200)).toEqual([]);
      expect(await store.countDocuments()).toBe(60 + statuses.length);
      expect(log).toEqual([]);
    } finally {
      await app.close();
      await store.close();
    }
  });

  it('a batch waits while another process holds the write lock, then commits', async () => {
    const db = join(tempDir(), 'store.db');
    const store = openSqliteStore(db);
    // Another process takes the write lock, writes, and commits only after a while.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const db = new (require('better-sqlite3'))(process.argv[1]);
         db.exec('BEGIN IMMEDIATE');
         db.exec("CREATE TABLE other_writer (note TEXT); INSERT INTO other_writer VALUES ('was here')");
         console.log('locked');
         setTimeout(() => { db.exec('COMMIT'); db.close(); }, 1500);`,
        db,
      ],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const [line] = (await once(createInterface({ input: holder.stdout! }), 'line')) as [string];
    expect(line).toBe('locked');
    // A batch reads (is this text stored already?) before it writes: the transaction must take
    // the lock first, or SQLite refuses its write at once rather than let it wait.
    const raw = {
      text: 'Ormund said on Friday it would release two detained Veskan fishermen.',
      meta: { date: '2026-09-04' },
      origin: 'release.txt',
    };
    const result = await storeBatch(store, [prepareDocument(raw, defaultPipeline(loadCodebook()))]);
    try {
      expect(result.problems).toEqual([]);
      expect(result.stored.map((e) => e.kind === 'document' && e.outcome)).toEqual(['stored']);
      // Both writes landed: the other process's, then this one.
      expect(await store.countDocuments()).toBe(1);
      expect(store.db.prepare('SELECT note FROM other_writer').pluck().get()).toBe('was here');
    } finally {
      await store.close();
      await once(holder, 'exit');
    }
  });
});
