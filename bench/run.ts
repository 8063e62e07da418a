/**
 * `npm run bench [-- --docs N] [--only extract,ingest,store,query,long] [--rebuild]`
 *
 * Measures Parley on the synthetic corpus (bench/generator.ts) and prints a table and JSON (also
 * written to bench/out/results.json):
 *  - extraction: the default pipeline on one thread, words/s and articles/s, and each stage's share,
 *    after 200 articles' warm-up and in the steady state (1,000 other articles after those);
 *  - ingest: whole ingest (pipeline, fingerprint, SQLite writes) with 1 and 2 worker threads;
 *  - store: a store of `--docs` articles (default 100,000), built once and cached under bench/out/
 *    (rebuilt when the pipeline's stages change, or with --rebuild): its ingest time, store size per
 *    article, and resident memory after 1,000 articles and at the end (streaming keeps it flat);
 *  - query: p50/p95 latency of positions as of a date, changes since a date, and search, on that store;
 *  - long: whole-process `parley ingest` of one long document (1, 5, 50 MB of articles run together,
 *    5 MB of unpunctuated lines and of one paragraph, 10,000 and 100,000 nested divs): time, peak memory.
 * Targets (issue 7) are printed beside the figures; they are measured here, never asserted in tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { fingerprintText } from '../src/core/analyse/fingerprints.js';
import { type Codebook, loadCodebook } from '../src/core/codebook/codebook.js';
import { ingestParallel, PreparePool } from '../src/core/ingest/parallel.js';
import { prepareDocument } from '../src/core/ingest/prepare.js';
import { createDocument } from '../src/core/pipeline.js';
import { defaultPipeline, defaultStages } from '../src/core/stages.js';
import { openStore, type Store } from '../src/core/store/index.js';
import type { FactsMode, StoreMeta } from './build-store.js';
import { asItems, machine, mib, OUT, round } from './common.js';
import {
  type Article,
  BENCH_CODEBOOK,
  CORPUS_END,
  CORPUS_START,
  generateCorpus,
  hashSeed,
  loadWorld,
  Rng,
} from './generator.js';
import { benchLong, LONG_TARGETS, longInputs } from './long-run.js';
import { benchLocation, engineName, freshLocation, storeBytes, storeExists } from './stores.js';

const here = dirname(fileURLToPath(import.meta.url));

const TARGETS = {
  extractionWordsPerSecPerCore: 100_000,
  storeBuildSecondsAt100k: 600,
  queryP95Ms: 50,
  workerSpeedup: 1.7,
  rssGrowth: 0.2,
};

/**
 * Articles each ingest run warms up on (prepared and stored into a scratch store) before it is
 * timed. V8 goes on optimising the pipeline's functions for the first thousand or so articles, on
 * background threads that compete with a second worker (measured: about 4 ms of CPU per article
 * 300 articles in, about 1 ms after 1,500): the figures are a long ingest's steady state. The
 * 100,000-article build includes its warm-up.
 */
const WARM_UP_ARTICLES = 1500;

// ---------------------------------------------------------------------------------------------

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

// ---------------------------------------------------------------------------------------------
// Extraction: the pipeline on one thread

/** CPU time of this process in ms: on a busy machine it counts only the time this run was on a core. */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function benchExtraction(articles: Article[], codebook: Codebook, later: Article[] = []) {
  const pipeline = defaultPipeline(codebook);
  // Stages are timed by the wall clock (cheap to read); the pipeline's CPU time is read once for
  // the whole run (process.cpuUsage costs about 0.1 ms a call here, too much to call per stage)
  // and shared between the stages in proportion to their wall-clock times.
  const stageWall = new Map<string, number>(pipeline.stages.map((s) => [s.name, 0]));
  const run = (a: Article, timed: boolean) => {
    const doc = createDocument(a.text, { date: a.date, title: a.title, source: a.source });
    for (const stage of pipeline.stages) {
      const t = performance.now();
      stage.run(doc, pipeline.ctx);
      if (timed) stageWall.set(stage.name, (stageWall.get(stage.name) ?? 0) + performance.now() - t);
    }
  };
  // Warm-up: JIT, and the codebook indexes that stages build once per context.
  for (const a of articles.slice(0, Math.min(200, articles.length))) run(a, false);
  const words = articles.reduce((n, a) => n + a.words, 0);
  const c0 = cpuMs();
  const t0 = performance.now();
  for (const a of articles) run(a, true);
  const pipelineWallSec = (performance.now() - t0) / 1000;
  const pipelineCpuSec = (cpuMs() - c0) / 1000;

  // The steady state: other articles of the corpus, timed after those. For its first thousand
  // articles V8 is still optimising the pipeline on background threads, whose CPU time the run
  // above counts; a long news stream runs at this figure. (Not the same articles again: nothing a
  // run caches may serve them.)
  const laterWords = later.reduce((n, a) => n + a.words, 0);
  const c2 = cpuMs();
  for (const a of later) run(a, false);
  const laterCpuSec = (cpuMs() - c2) / 1000;

  // prepareDocument adds language detection, content hash and fingerprint to the pipeline.
  const c1 = cpuMs();
  const t1 = performance.now();
  for (const a of articles)
    prepareDocument({ text: a.text, meta: { date: a.date, title: a.title }, origin: a.id }, pipeline);
  const prepareWallSec = (performance.now() - t1) / 1000;
  const prepareCpuSec = (cpuMs() - c1) / 1000;

  const totalStageWall = [...stageWall.values()].reduce((s, n) => s + n, 0);
  const stageCpu = (name: string) => ((stageWall.get(name) ?? 0) / totalStageWall) * pipelineCpuSec * 1000;
  return {
    articles: articles.length,
    words,
    stages: pipeline.stages.map((s) => s.name),
    // Per core: words over the CPU time the thread actually had. The wall-clock figures beside
    // them are lower whenever other programs share the cores.
    wordsPerSecPerCore: Math.round(words / pipelineCpuSec),
    articlesPerSecPerCore: round(articles.length / pipelineCpuSec),
    ...(later.length
      ? {
          steadyState: {
            articles: later.length,
            warmUpArticles: Math.min(200, articles.length) + articles.length,
            wordsPerSecPerCore: Math.round(laterWords / laterCpuSec),
          },
        }
      : {}),
    wall: {
      wordsPerSec: Math.round(words / pipelineWallSec),
      articlesPerSec: round(articles.length / pipelineWallSec),
    },
    prepare: {
      cpuMsPerArticle: round((prepareCpuSec * 1000) / articles.length, 2),
      articlesPerSecPerCore: round(articles.length / prepareCpuSec),
      wallArticlesPerSec: round(articles.length / prepareWallSec),
    },
    perStage: pipeline.stages.map(({ name }) => {
      const cpu = stageCpu(name);
      return {
        stage: name,
        cpuMsPerArticle: round(cpu / articles.length, 3),
        wallMsPerArticle: round((stageWall.get(name) ?? 0) / articles.length, 3),
        share: round((stageWall.get(name) ?? 0) / totalStageWall, 3),
        wordsPerSecPerCore: Math.round(words / (cpu / 1000)),
      };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Ingest: 1 and 2 worker threads, the same articles into fresh stores

interface IngestRun {
  workers: number;
  articles: number;
  seconds: number;
  articlesPerSec: number;
  cpuMsPerArticle: number;
}

async function benchIngest(
  articles: Article[],
  codebook: Codebook,
  workerCounts: number[],
  repeats: number,
  db: string | undefined,
) {
  const runs: IngestRun[] = [];
  // Every run warms up on other articles of the same corpus, through the same path (prepare and
  // store) into a scratch store: the JIT's first passes and each worker's start-up (modules,
  // codebook indexes) are paid once per process, not per article.
  const warm = [...generateCorpus(loadWorld(), 99, WARM_UP_ARTICLES)];
  // The worker counts take turns, round after round, so that a machine whose speed drifts (a
  // shared host) weighs on each of them alike; each figure is the median of its rounds.
  const schedule = Array.from({ length: repeats }, () => workerCounts).flat();
  for (const workers of schedule) {
    const fresh = async (name: string) => openStore(await freshLocation(db, name));
    // 0 workers: one thread does all. N: the pool prepares and stores (each worker writes its batches).
    const pool = workers > 0 ? new PreparePool(codebook, { workers }) : undefined;
    const scratch = await fresh(`ingest-w${workers}-warm`);
    await ingestParallel(asItems(warm), scratch, codebook, { pool, workers });
    await scratch.close();
    const store = await fresh(`ingest-w${workers}`);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    // Batches of the CLI's default size (50).
    const summary = await ingestParallel(asItems(articles), store, codebook, { pool, workers });
    const sec = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    await pool?.close();
    await store.close();
    runs.push({
      workers,
      articles: summary.stored,
      seconds: round(sec, 2),
      articlesPerSec: round(summary.stored / sec),
      // CPU time of the whole process (all threads, V8's compiler and GC threads too) per article.
      cpuMsPerArticle: round((cpu.user + cpu.system) / 1000 / Math.max(1, summary.stored), 2),
    });
  }
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : undefined;
  };
  const of = (n: number) => runs.filter((r) => r.workers === n);
  const medians = workerCounts.map((workers) => ({
    workers,
    rounds: of(workers).length,
    articlesPerSec: median(of(workers).map((r) => r.articlesPerSec)) ?? 0,
    cpuMsPerArticle: median(of(workers).map((r) => r.cpuMsPerArticle)) ?? 0,
    allArticlesPerSec: of(workers).map((r) => r.articlesPerSec),
  }));
  const rate = (n: number) => medians.find((m) => m.workers === n)?.articlesPerSec;
  const ratio = (a?: number, b?: number) => (a && b ? round(a / b, 2) : undefined);
  // Within each round too: the two runs of a round ran minutes apart at most.
  const perRound = (a: number, b: number) =>
    of(a).map((r, i) => ratio(r.articlesPerSec, of(b)[i]?.articlesPerSec));
  return {
    runs,
    medians,
    speedup2v1: ratio(rate(2), rate(1)),
    speedup2v0: ratio(rate(2), rate(0)),
    speedup2v1ByRound: perRound(2, 1),
  };
}

/** More runnable threads than cores: wall-clock figures are then the machine's, not Parley's. */
const busy = (): boolean => loadavg()[0] > availableParallelism();

// ---------------------------------------------------------------------------------------------
// The big store: built once (streaming, in a fresh process), cached under bench/out/, reused

async function ensureStore(
  docs: number,
  seed: number,
  rebuild: boolean,
  facts: FactsMode,
  db: string | undefined,
) {
  const name = `store-s${seed}-${docs}${facts === 'gold' ? '-gold' : ''}`;
  const path = benchLocation(db, name);
  const metaPath = join(OUT, `${db ? 'postgres-' : ''}${name}.db.json`);
  const stages = facts === 'gold' ? ['gold'] : defaultStages().map((s) => s.name);
  if (!rebuild && (await storeExists(path)) && existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as StoreMeta;
    if (JSON.stringify(meta.stages) === JSON.stringify(stages)) return { path, meta, cached: true };
    process.stderr.write(
      `  store: the cached store was built with stages [${meta.stages.join(', ')}]; the pipeline now has [${stages.join(', ')}]: rebuilding\n`,
    );
  }
  rmSync(metaPath, { force: true });
  await freshLocation(db, name);
  process.stderr.write(`  store: building ${docs} articles into ${path} (cached for later runs)\n`);
  execFileSync(
    process.execPath,
    [
      ...process.execArgv,
      join(here, 'build-store.ts'),
      '--docs',
      String(docs),
      '--seed',
      String(seed),
      '--out',
      path,
      '--meta',
      metaPath,
      '--facts',
      facts,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as StoreMeta;
  return { path, meta, cached: false };
}

async function storeSize(path: string, store: Store) {
  const bytes = await storeBytes(path);
  const n = await store.countDocuments();
  return { documents: n, bytes, mib: mib(bytes), bytesPerArticle: Math.round(bytes / Math.max(1, n)) };
}

// ---------------------------------------------------------------------------------------------
// Queries

type QueryModule = {
  positionsMatrix?: (store: Store, filter?: { asOf?: string }) => Promise<unknown>;
  changesSince?: (store: Store, since: string) => Promise<unknown>;
};

async function benchQueries(store: Store, seed: number, repeats: number) {
  // The query layer (src/core/query) is optional here so the harness runs on any checkout.
  const query = (await import('../src/core/query/positions.js').catch(() => ({}))) as QueryModule;
  const rng = new Rng(hashSeed(seed, 'queries'));
  const start = Date.parse(`${CORPUS_START}T00:00:00Z`);
  const days = (Date.parse(`${CORPUS_END}T00:00:00Z`) - start) / 86_400_000;
  const randomDate = () => new Date(start + rng.int(0, days) * 86_400_000).toISOString().slice(0, 10);
  const words = [
    'fishing grounds',
    'ceasefire',
    'detained fishermen',
    'Marrow',
    'sanctions Ormund',
    'Lumen talks',
    'red line',
  ];

  const time = async (name: string, fn: () => Promise<unknown>) => {
    await fn(); // warm-up: statement cache, page cache
    const ms: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const t = performance.now();
      await fn();
      ms.push(performance.now() - t);
    }
    ms.sort((a, b) => a - b);
    return {
      query: name,
      runs: repeats,
      p50Ms: round(percentile(ms, 50), 2),
      p95Ms: round(percentile(ms, 95), 2),
      maxMs: round(ms.at(-1) ?? 0, 2),
    };
  };
  const results: (Awaited<ReturnType<typeof time>> & { candidatesPerLookup?: number })[] = [];
  if (query.positionsMatrix) {
    const positionsMatrix = query.positionsMatrix;
    results.push(await time('positions --as-of DATE', () => positionsMatrix(store, { asOf: randomDate() })));
  } else
    results.push(
      await time('positions (store.positions, asOf)', () =>
        store.positions({ asOf: randomDate(), limit: 1000 }),
      ),
    );
  if (query.changesSince) {
    const changesSince = query.changesSince;
    results.push(await time('changes --since DATE', () => changesSince(store, randomDate())));
  } else
    results.push(
      await time('changes (store.positions, since)', () =>
        store.positions({ since: randomDate(), limit: 1000 }),
      ),
    );
  results.push(await time('search (documents, full text)', () => store.searchDocuments(rng.pick(words), 20)));
  results.push(
    await time('quotes --text (statements, full text)', () =>
      store.statements({ text: rng.pick(words), limit: 50 }),
    ),
  );
  // The ingest writer looks up near-duplicate candidates for every new document: its cost at this
  // size of store is a cost per article of every later ingest.
  const fresh = [...generateCorpus(loadWorld(), seed + 7, repeats + 1)].map((a) => fingerprintText(a.text));
  let candidates = 0;
  let next = 0;
  const lookup = await time('near-duplicate candidates of a new article (ingest writer)', async () => {
    const { simhash, minhash } = fresh[next++ % fresh.length];
    candidates += (await store.nearDuplicateCandidates(simhash, minhash)).length;
  });
  results.push({ ...lookup, candidatesPerLookup: round(candidates / (repeats + 1)) });
  return { layer: query.positionsMatrix ? 'src/core/query' : 'store only', results };
}

// ---------------------------------------------------------------------------------------------

function table(rows: Array<[string, string, string]>): string {
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  return rows.map(([a, b, c]) => `${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`).join('\n');
}

const positiveInt = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new InvalidArgumentError(`${name} must be a positive whole number, got "${value}"`);
  return n;
};

async function main(argv: string[]) {
  const program = new Command()
    .name('bench')
    .description('Measure extraction, ingest, store and query speed on the synthetic corpus.')
    .option(
      '--docs <n>',
      'articles in the query/memory store (default 100000; try 5000 for a quick run)',
      positiveInt('--docs'),
      100_000,
    )
    .option(
      '--extract-docs <n>',
      'articles for the single-thread extraction figure',
      positiveInt('--extract-docs'),
      1000,
    )
    .option(
      '--ingest-docs <n>',
      'articles for the 1- and 2-worker ingest figures',
      positiveInt('--ingest-docs'),
      3000,
    )
    .option('--queries <n>', 'runs of each query', positiveInt('--queries'), 50)
    .option(
      '--repeat <n>',
      'rounds of the 0/1/2-worker ingest runs (medians are reported)',
      positiveInt('--repeat'),
      3,
    )
    .option('--seed <s>', 'corpus seed', positiveInt('--seed'), 1)
    .option(
      '--only <parts>',
      'comma-separated: extract, ingest, store, query, long',
      'extract,ingest,store,query,long',
    )
    .option(
      '--long-sizes <mb>',
      'sizes (MB) of the long texts ingested whole-process',
      (v: string) => v.split(',').map(positiveInt('--long-sizes')),
      [1, 5, 50],
    )
    .option(
      '--long-runs <n>',
      'runs of each long-document ingest (the median is reported)',
      positiveInt('--long-runs'),
      3,
    )
    .option('--rebuild', 'rebuild the cached store even if it matches the pipeline')
    .option(
      '--db <url>',
      'measure a PostgreSQL store (postgres://user@host/db) instead of SQLite: the benchmark makes databases of its own on that server',
    )
    .option(
      '--facts <mode>',
      'how the big store gets its facts: pipeline (extract every article: the real ingest) or gold (the generator’s ground truth, written by the same ingest writer; minutes instead of an hour on a busy machine)',
      'pipeline',
    )
    .parse(argv);
  const o = program.opts<{
    docs: number;
    extractDocs: number;
    ingestDocs: number;
    repeat: number;
    queries: number;
    seed: number;
    only: string;
    rebuild?: boolean;
    facts: FactsMode;
    longSizes: number[];
    longRuns: number;
    db?: string;
  }>();
  const parts = new Set(o.only.split(',').map((p) => p.trim()));
  if (o.facts !== 'pipeline' && o.facts !== 'gold')
    program.error(`--facts must be pipeline or gold, not "${o.facts}"`);
  for (const p of parts)
    if (!['extract', 'ingest', 'store', 'query', 'long'].includes(p))
      program.error(`--only: unknown part "${p}" (extract, ingest, store, query, long)`);

  mkdirSync(OUT, { recursive: true });
  const world = loadWorld();
  const codebook = loadCodebook([BENCH_CODEBOOK]);
  const results: Record<string, unknown> = { machine: machine(), options: o, targets: TARGETS };
  const rows: Array<[string, string, string]> = [];
  const mark = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? 'met' : 'MISSED');

  if (parts.has('extract')) {
    process.stderr.write(`extraction: ${o.extractDocs} articles, one thread\n`);
    const articles = [...generateCorpus(world, o.seed, o.extractDocs)];
    const later = [...generateCorpus(world, o.seed + 7, o.extractDocs)];
    const r = benchExtraction(articles, codebook, later);
    results.extraction = r;
    const target = TARGETS.extractionWordsPerSecPerCore;
    rows.push([
      `extraction, words/s per core after 200 articles' warm-up [${r.stages.join(', ')}]`,
      r.wordsPerSecPerCore.toLocaleString('en'),
      `target ≥ ${target.toLocaleString('en')}: ${mark(r.wordsPerSecPerCore >= target)}`,
    ]);
    if (r.steadyState)
      rows.push([
        `extraction, words/s per core in the steady state (${r.steadyState.articles} more articles after ${r.steadyState.warmUpArticles})`,
        r.steadyState.wordsPerSecPerCore.toLocaleString('en'),
        `target ≥ ${target.toLocaleString('en')}: ${mark(r.steadyState.wordsPerSecPerCore >= target)}`,
      ]);
    rows.push([
      'extraction, articles/s per core',
      String(r.articlesPerSecPerCore),
      `${Math.round(r.words / r.articles)} words per article; wall clock on this machine now: ${r.wall.articlesPerSec} articles/s, ${r.wall.wordsPerSec.toLocaleString('en')} words/s`,
    ]);
    rows.push([
      'prepareDocument (+ language, hash, fingerprint), ms CPU/article',
      String(r.prepare.cpuMsPerArticle),
      `${r.prepare.articlesPerSecPerCore} articles/s per core`,
    ]);
    for (const s of r.perStage)
      rows.push([
        `  stage ${s.stage}, ms CPU/article`,
        String(s.cpuMsPerArticle),
        `${Math.round(s.share * 100)}% of the pipeline; ${s.wordsPerSecPerCore.toLocaleString('en')} words/s per core alone`,
      ]);
  }

  if (parts.has('ingest')) {
    process.stderr.write(`ingest: ${o.ingestDocs} articles with 0 (one thread), 1 and 2 workers\n`);
    const articles = [...generateCorpus(world, o.seed + 1, o.ingestDocs)];
    const r = await benchIngest(articles, codebook, [0, 1, 2], o.repeat, o.db);
    results.ingest = r;
    for (const m of r.medians)
      rows.push([
        `ingest into ${engineName(o.db)}, ${m.workers === 0 ? 'no worker (one thread does all)' : `${m.workers} worker${m.workers > 1 ? 's' : ''}`}, articles/s`,
        String(m.articlesPerSec),
        `median of ${m.rounds} (${m.allArticlesPerSec.join(', ')}); ${articles.length} articles each; ${m.cpuMsPerArticle} ms CPU per article`,
      ]);
    const load = busy()
      ? ` (machine busy: load ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)`
      : '';
    if (r.speedup2v1 !== undefined)
      rows.push([
        'ingest speed-up, 2 workers / 1 (wall clock)',
        `${r.speedup2v1}×`,
        `ratio of the medians; by round: ${r.speedup2v1ByRound.join(', ')}; target ≥ ${TARGETS.workerSpeedup}×: ${mark(r.speedup2v1 >= TARGETS.workerSpeedup)}${load}`,
      ]);
    if (r.speedup2v0 !== undefined)
      rows.push([
        'ingest speed-up, 2 workers / one thread (wall clock)',
        `${r.speedup2v0}×`,
        `one thread that prepares and stores, against two workers that do${load}`,
      ]);
  }

  if (parts.has('store') || parts.has('query')) {
    const { path, meta, cached } = await ensureStore(o.docs, o.seed, Boolean(o.rebuild), o.facts, o.db);
    const extracted = meta.facts !== 'gold';
    const store = await openStore(path);
    try {
      const size = await storeSize(path, store);
      const growth = meta.rssAt1k ? meta.rssAtEnd / meta.rssAt1k - 1 : undefined;
      results.store = {
        path,
        cached,
        ...meta,
        size,
        rssGrowth1kToEnd: growth === undefined ? undefined : round(growth, 3),
      };
      const scaled = round((meta.seconds * 100_000) / meta.docs);
      // On an idle machine the build is bound by CPU: every thread's work shared over the cores.
      const projected = round((meta.cpuMsPerArticle * 100_000) / 1000 / meta.machine.nproc);
      rows.push([
        `store of ${meta.docs.toLocaleString('en')} articles (${extracted ? 'extracted' : 'gold facts, no extraction'}): ingest time${cached ? ' (cached build)' : ''}`,
        `${meta.seconds} s`,
        `${meta.articlesPerSec} articles/s with ${meta.workers} workers, ${meta.cpuMsPerArticle} ms CPU per article${
          extracted
            ? `; ${meta.docs === 100_000 ? '' : `≈ ${scaled} s per 100,000; `}target < ${TARGETS.storeBuildSecondsAt100k} s per 100,000: ${mark(scaled < TARGETS.storeBuildSecondsAt100k)}`
            : ''
        }`,
      ]);
      if (extracted)
        rows.push([
          '  100,000 articles, projected on the idle machine',
          `${projected} s`,
          `CPU time per article × 100,000 / ${meta.machine.nproc} cores (load during the build: ${meta.machine.loadAverageAtStart.join(' ')}); target < ${TARGETS.storeBuildSecondsAt100k} s: ${mark(projected < TARGETS.storeBuildSecondsAt100k)}`,
        ]);
      rows.push([
        'store size per article',
        `${size.bytesPerArticle.toLocaleString('en')} B`,
        `${size.mib} MiB for ${size.documents} documents`,
      ]);
      rows.push([
        'peak memory (RSS) while building',
        `${meta.rssPeak} MiB`,
        'whole process, worker threads included',
      ]);
      if (growth !== undefined)
        rows.push([
          'RSS after 1,000 articles → at the end',
          `${meta.rssAt1k} → ${meta.rssAtEnd} MiB`,
          `${growth >= 0 ? '+' : ''}${Math.round(growth * 100)}%; target within ${TARGETS.rssGrowth * 100}%: ${mark(Math.abs(growth) <= TARGETS.rssGrowth)}`,
        ]);
      if (parts.has('query')) {
        process.stderr.write(`queries: ${o.queries} runs each on ${size.documents} articles\n`);
        const q = await benchQueries(store, o.seed, o.queries);
        results.queries = q;
        for (const r of q.results) {
          const targeted = /^(positions|changes)/.test(r.query);
          rows.push([
            `query ${r.query}, p50 / p95`,
            `${r.p50Ms} / ${r.p95Ms} ms`,
            targeted
              ? `target p95 < ${TARGETS.queryP95Ms} ms: ${mark(r.p95Ms < TARGETS.queryP95Ms)}`
              : 'candidatesPerLookup' in r
                ? `${r.candidatesPerLookup} candidates read per lookup`
                : '',
          ]);
        }
      }
    } finally {
      await store.close();
    }
  }

  if (parts.has('long')) {
    const long = benchLong(longInputs(o.longSizes), o.longRuns);
    results.long = long;
    for (const r of long) {
      const target =
        r.name === 'articles run together, 5 MB'
          ? `; target < ${LONG_TARGETS.fiveMbSeconds} s: ${mark(r.seconds < LONG_TARGETS.fiveMbSeconds)}`
          : r.name === 'articles run together, 50 MB'
            ? `; target < ${LONG_TARGETS.fiftyMbSeconds} s: ${mark(r.seconds < LONG_TARGETS.fiftyMbSeconds)}`
            : '';
      rows.push([
        `long document, ${r.name}: parley ingest, whole process`,
        `${r.seconds} s`,
        `median of ${r.runs} (${r.allSeconds.join(', ')} s); peak memory ${r.peakMiB} MiB (${r.allPeakMiB.join(', ')}); ${r.outcome}${target}`,
      ]);
    }
  }

  const peak = process.resourceUsage().maxRSS * 1024;
  results.peakRssMiB = mib(peak);
  rows.push(['peak memory (RSS) of this run', `${mib(peak)} MiB`, '']);
  (results.machine as { loadAverageAtEnd?: number[] }).loadAverageAtEnd = loadavg().map((l) => round(l, 2));
  writeFileSync(join(OUT, `results${o.db ? '-postgres' : ''}.json`), `${JSON.stringify(results, null, 2)}\n`);
  const m = results.machine as ReturnType<typeof machine>;
  console.log(
    `\nParley benchmark — ${m.cpu}, ${m.nproc} cores, node ${m.node}, load ${m.loadAverageAtStart.join(' ')}\n`,
  );
  console.log(table([['measure', 'value', 'note'], ...rows]));
  console.log('\nJSON (also in bench/out/results.json):');
  console.log(JSON.stringify(results));
}

await main(process.argv);
