/**
 * `npm run bench:queue -- --db postgres://user@host/db [--docs 3000] [--seed 2] [--kill-after 0.5]`
 *
 * Ingest over several machines, checked and timed: the synthetic corpus (`npm run bench:corpus`)
 * is ingested once into a SQLite store by `parley ingest` (two worker threads), and once into a
 * PostgreSQL database of its own by two `parley worker` processes taking the batches that
 * `parley ingest --queue --wait` puts on the store's job queue — one worker killed with SIGKILL
 * once about half the batches are done. It prints the time of each, and whether the two records
 * are the same (documents, near-duplicate links, facts, the matrix, the changes, the timeline);
 * if not, the first place they differ. Results also go to bench/out/queue.json.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { changesSince, positionsMatrix, timeline } from '../src/core/query/index.js';
import { openStore, type Store } from '../src/core/store/index.js';
import { machine, OUT, round } from './common.js';
import { writeCorpus } from './corpus.js';
import { BENCH_CODEBOOK } from './generator.js';
import { freshLocation } from './stores.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = ['--import', 'tsx', join(root, 'scripts', 'parley-dev.ts')];

/** Run the CLI; its exit code, standard output and error, and the seconds it took. */
async function parley(args: string[], onStart?: (child: ChildProcess) => void) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [...cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  onStart?.(child);
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => {
    out += c;
  });
  child.stderr?.on('data', (c: Buffer) => {
    err += c;
  });
  const [code] = await once(child, 'exit');
  return { code: code as number, out, err, seconds: round((performance.now() - t0) / 1000, 1) };
}

/** A `parley worker`, counting the batches it has done. */
function worker(db: string) {
  const child = spawn(
    process.execPath,
    [...cli, 'worker', '--db', db, '--check-every', '2', '--until-idle', '60'],
    { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const state = { child, batches: 0 };
  child.stderr?.on('data', (c: Buffer) => {
    state.batches += (c.toString().match(/batch \d+: (committed|prepared)/g) ?? []).length;
  });
  return state;
}

/** What a user sees of the record. */
async function record(store: Store) {
  return {
    stats: await store.stats(),
    documents: (await store.listDocuments()).map(({ ingestedAt: _, ...d }) => d),
    positions: await positionsMatrix(store),
    changes: await changesSince(store, '2026-01-01'),
    timeline: await timeline(store),
    // In their order, without their ids: a sequence PostgreSQL gave to a transaction that a killed
    // worker never committed is not given again, so ids may skip where SQLite's do not.
    statements: (await store.statements()).map(({ id: _, ...fact }) => fact),
  };
}

/** The first place two JSON values differ, as a path; undefined if they do not. */
function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (found) return found;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
}

async function main(argv: string[]) {
  const o = new Command()
    .name('bench:queue')
    .requiredOption(
      '--db <url>',
      'the PostgreSQL server (postgres://user@host/db): a database of its own is made there',
    )
    .option('--docs <n>', 'articles', Number, 3000)
    .option('--seed <s>', 'corpus seed', Number, 2)
    .option('--batch-size <n>', 'documents a batch', Number, 50)
    .option('--kill-after <share>', 'kill one worker once this share of the batches is done', Number, 0.5)
    .parse(argv)
    .opts<{ db: string; docs: number; seed: number; batchSize: number; killAfter: number }>();
  mkdirSync(OUT, { recursive: true });
  const corpus = join(OUT, `corpus-${o.seed}-${o.docs}`);
  if (!existsSync(corpus)) {
    process.stderr.write(`corpus: writing ${o.docs} articles to ${corpus}\n`);
    await writeCorpus({ docs: o.docs, seed: o.seed, out: corpus, words: 800, format: 'files' });
  }
  const flags = [
    '--codebook',
    BENCH_CODEBOOK,
    '--batch-size',
    String(o.batchSize),
    '--json',
    '--no-progress',
  ];
  const started = machine();

  const file = await freshLocation(undefined, `queue-sqlite-${o.seed}-${o.docs}`);
  process.stderr.write('SQLite: parley ingest, two worker threads\n');
  const local = await parley(['ingest', corpus, '--db', file, '--workers', '2', ...flags]);
  if (local.code !== 0) throw new Error(`the SQLite ingest failed: ${local.err}`);

  const url = await freshLocation(o.db, `queue-${o.seed}-${o.docs}`);
  const migrated = await parley(['migrate', '--db', url]);
  if (migrated.code !== 0) throw new Error(`the PostgreSQL store could not be made: ${migrated.err}`);
  const batches = Math.ceil(o.docs / o.batchSize);
  const [a, b] = [worker(url), worker(url)];
  let killedAfter: number | undefined;
  process.stderr.write('PostgreSQL: parley ingest --queue --wait, two parley workers, one killed halfway\n');
  const timer = setInterval(() => {
    if (killedAfter === undefined && a.batches + b.batches >= batches * o.killAfter) {
      killedAfter = a.batches + b.batches;
      a.child.kill('SIGKILL');
      process.stderr.write(`  killed a worker (SIGKILL) after ${killedAfter} of ${batches} batches\n`);
    }
  }, 100);
  const queued = await parley([
    'ingest',
    corpus,
    '--db',
    url,
    '--queue',
    '--wait',
    '--job-timeout',
    '30',
    ...flags,
  ]);
  clearInterval(timer);
  a.child.kill('SIGKILL');
  b.child.kill('SIGTERM');
  if (queued.code !== 0) throw new Error(`the queued ingest failed: ${queued.err}`);

  const sqlite = await openStore(file);
  const postgres = await openStore(url);
  const difference = firstDifference(await record(sqlite), await record(postgres));
  await sqlite.close();
  await postgres.close();
  const summary = { local: JSON.parse(local.out), queued: JSON.parse(queued.out) };
  const results = {
    machine: { ...started, loadAverageAtEnd: machine().loadAverageAtStart },
    options: o,
    batches,
    killedAfterBatches: killedAfter,
    sqlite: { seconds: local.seconds, articlesPerSec: round(o.docs / local.seconds), summary: summary.local },
    postgres: {
      seconds: queued.seconds,
      articlesPerSec: round(o.docs / queued.seconds),
      summary: summary.queued,
    },
    sameRecord: difference === undefined,
    firstDifference: difference,
  };
  writeFileSync(join(OUT, 'queue.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(
    [
      `${o.docs} articles (${batches} batches of ${o.batchSize}), seed ${o.seed}`,
      `SQLite, parley ingest with 2 worker threads: ${local.seconds} s, ${results.sqlite.articlesPerSec} articles/s (stored ${summary.local.stored}, near-duplicates ${summary.local.nearDuplicates})`,
      `PostgreSQL, 2 parley workers (one killed after ${killedAfter ?? '—'} batches): ${queued.seconds} s, ${results.postgres.articlesPerSec} articles/s (stored ${summary.queued.stored}, near-duplicates ${summary.queued.nearDuplicates})`,
      difference
        ? `NOT the same record: ${difference}`
        : 'the same record: documents, near-duplicate links, facts, matrix, changes, timeline',
    ].join('\n') + '\n',
  );
  if (difference) process.exitCode = 1;
}

await main(process.argv);
