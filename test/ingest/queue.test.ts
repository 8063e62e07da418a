/**
 * Ingest over several machines: `parley ingest … --queue` puts the batches on the PostgreSQL
 * store's job queue, two `parley worker` processes take them, and one is killed with SIGKILL as
 * soon as it has committed a batch (so, most likely, in the middle of the next). The record must
 * be the one a single SQLite ingest makes of the same inputs: the same documents, the same
 * near-duplicates linked to the same originals (copies come in later batches than their
 * originals), the same answers; and nothing counted twice. Needs PostgreSQL (test/setup/postgres.ts).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus.js';
import { BENCH_CODEBOOK } from '../../bench/generator.js';
import { changesSince, positionsMatrix, timeline } from '../../src/core/query/index.js';
import { openStore, type Store } from '../../src/core/store/index.js';
import { createDatabase, pgMissing, postgresEngine } from '../store/engines.js';
import { repoRoot, tempDir } from './helpers.js';

/** The test's time limit: it takes seconds alone, minutes beside the rest of the suite. */
const LIMIT_MS = 600_000;

const cli = ['--import', 'tsx', 'scripts/parley-dev.ts'];
const parley = (...args: string[]) =>
  spawnSync(process.execPath, [...cli, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 300_000 });

/** A worker process, and every line it says on stderr. */
function worker(db: string): {
  child: ChildProcess;
  lines: string[];
  said: (pattern: RegExp, withinMs: number) => Promise<void>;
  /** Rejects, with what the worker said, once it has exited. */
  gone: Promise<never>;
} {
  const child = spawn(
    process.execPath,
    // No --until-idle: under a loaded machine the queued ingest may take longer to send its first
    // batch than any idle limit, and workers gone idle would leave it waiting; the test stops them.
    [...cli, 'worker', '--db', db, '--check-every', '1'],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const lines: string[] = [];
  const waiting: { pattern: RegExp; resolve: () => void }[] = [];
  let rest = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    const text = rest + chunk.toString();
    const parts = text.split('\n');
    rest = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const w of waiting.filter((w) => w.pattern.test(line))) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve();
      }
    }
  });
  const gone = new Promise<never>((_, reject) =>
    child.once('exit', (code, signal) =>
      reject(new Error(`worker exited (${code ?? signal}):\n${lines.join('\n')}`)),
    ),
  );
  gone.catch(() => {});
  // A worker that exits, or stays silent too long, fails the test with what it did say, instead
  // of leaving the test to run into its time limit.
  const said = (pattern: RegExp, withinMs: number) => {
    if (lines.some((l) => pattern.test(l))) return Promise.resolve();
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([
      new Promise<void>((resolve) => waiting.push({ pattern, resolve })),
      gone,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`worker did not say ${pattern} in ${withinMs} ms:\n${lines.join('\n')}`)),
          withinMs,
        );
      }),
    ]).finally(() => clearTimeout(timer));
  };
  return { child, lines, said, gone };
}

/** What a user sees of the record. */
async function record(store: Store) {
  const documents = (await store.listDocuments()).map(({ ingestedAt: _, ...d }) => d);
  return {
    stats: await store.stats(),
    documents,
    positions: await positionsMatrix(store),
    changes: await changesSince(store, '2026-01-01'),
    timeline: await timeline(store),
    // In their order, without their ids: a sequence PostgreSQL gave to a transaction that a killed
    // worker never committed is not given again, so ids may skip where SQLite's do not.
    statements: (await store.statements()).map(({ id: _, ...fact }) => fact),
  };
}

describe.skipIf(!postgresEngine)('parley ingest --queue with two parley workers, one killed', () => {
  it(
    'makes the record one SQLite ingest makes, losing nothing and counting nothing twice',
    async () => {
      // Under a loaded machine each step may be slow; a step that hangs fails with what the workers
      // said before the test's own time limit (LIMIT_MS) would cut it short with nothing to read.
      const started = Date.now();
      const left = () => LIMIT_MS - 30_000 - (Date.now() - started);
      const dir = tempDir();
      await writeCorpus({ docs: 120, seed: 3, out: dir, words: 300, format: 'files' });
      // Near-duplicate copies (an update with one more line), read after all the originals.
      const originals = readdirSync(dir).filter((f) => f.endsWith('.txt'));
      for (const [i, name] of originals.slice(0, 12).entries())
        writeFileSync(
          join(dir, `zz-copy-${i}.txt`),
          `${readFileSync(join(dir, name), 'utf8').trimEnd()}\n\nRead More: the talks explained.\n`,
        );
      const flags = ['--codebook', BENCH_CODEBOOK, '--batch-size', '10', '--json'];

      const file = join(tempDir(), 'parley.db');
      const local = parley('ingest', dir, '--db', file, '--workers', '0', ...flags);
      expect(local.status, local.stderr).toBe(0);
      const expected = JSON.parse(local.stdout);
      expect(expected).toMatchObject({ stored: 132, failed: 0 });
      expect(expected.nearDuplicates).toBeGreaterThanOrEqual(10);

      const url = await createDatabase();
      // The store exists (and is migrated) before the workers look at it.
      expect(parley('migrate', '--db', url).status).toBe(0);
      const a = worker(url);
      const b = worker(url);
      try {
        await Promise.all([a.said(/waiting for batches/, left()), b.said(/waiting for batches/, left())]);
        const queued = spawn(
          process.execPath,
          [...cli, 'ingest', dir, '--db', url, '--queue', '--wait', '--job-timeout', '10', ...flags],
          {
            cwd: repoRoot,
            stdio: ['ignore', 'pipe', 'pipe'],
          },
        );
        const exited = once(queued, 'exit');
        // A hang says what the workers saw, rather than running into the test's own time limit.
        const deadline = setTimeout(() => queued.kill('SIGKILL'), left());
        exited.finally(() => clearTimeout(deadline));
        let out = '';
        let err = '';
        queued.stdout?.on('data', (c: Buffer) => {
          out += c;
        });
        queued.stderr?.on('data', (c: Buffer) => {
          err += c;
        });
        // Killed as soon as it has done a batch: it is then most likely in the middle of the next.
        await Promise.race([a.said(/batch \d+: (committed|prepared)/, left()), exited]);
        expect(a.lines.some((l) => /batch \d+: (committed|prepared)/.test(l))).toBe(true);
        a.child.kill('SIGKILL');
        // The surviving worker gone would leave the ingest waiting: that fails at once, with its words.
        const [code] = await Promise.race([exited, b.gone]);
        expect(code, `${err}\nworker a:\n${a.lines.join('\n')}\nworker b:\n${b.lines.join('\n')}`).toBe(0);
        const summary = JSON.parse(out);
        // Counted as the local ingest counts: each document once.
        for (const key of ['read', 'stored', 'nearDuplicates', 'unchanged', 'failed'])
          expect(summary[key], key).toBe(expected[key]);
        expect(summary.batches).toBe(14);
        // The surviving worker did the killed one's batch again (its job was handed out again).
        expect(b.lines.some((l) => /batch \d+: (committed|prepared)/.test(l))).toBe(true);
      } finally {
        a.child.kill('SIGKILL');
        b.child.kill('SIGTERM');
        // A worker still busy with a batch may take a while to stop; it is not waited for past that.
        const stopped = once(b.child, 'exit').catch(() => {});
        await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 15_000))]);
        b.child.kill('SIGKILL');
      }

      const sqlite = await openStore(file);
      const postgres = await openStore(url);
      try {
        expect(await record(postgres)).toEqual(await record(sqlite));
      } finally {
        await sqlite.close();
        await postgres.close();
      }
    },
    LIMIT_MS,
  );
});

if (!postgresEngine) console.warn(`queue.test.ts: ${pgMissing}`);
