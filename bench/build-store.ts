/**
 * `node --import tsx bench/build-store.ts --docs N --seed S --out PATH [--workers W]`
 *
 * Builds the benchmark's big store by streaming the synthetic corpus through the parallel ingest,
 * and writes what it measured to `PATH.json`: time, articles/s, and the resident memory of the
 * whole process (worker threads included) after 1,000 articles and at the end. `npm run bench`
 * runs it in a fresh process, so that the memory figures are the ingest's own and not those of
 * whatever the benchmark did before.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Command } from 'commander';
import type { Codebook } from '../src/core/codebook/codebook.js';
import { loadCodebook } from '../src/core/codebook/codebook.js';
import type { IngestEvent } from '../src/core/ingest/ingest.js';
import { ingestParallel } from '../src/core/ingest/parallel.js';
import { defaultStages } from '../src/core/stages.js';
import { isServerLocation, openStore, type Store } from '../src/core/store/index.js';
import { asItems, type Machine, machine, mib, round } from './common.js';
import { type Article, BENCH_CODEBOOK, generateCorpus, loadWorld } from './generator.js';
import { goldPrepared } from './gold-facts.js';

/** How the store's facts are made: by the real pipeline, or taken from the generator's gold. */
export type FactsMode = 'pipeline' | 'gold';

export interface StoreMeta {
  docs: number;
  seed: number;
  facts: FactsMode;
  /** The pipeline's stages when the store was built: a different pipeline means a rebuild. */
  stages: string[];
  builtAt: string;
  machine: Machine;
  workers: number;
  batchSize: number;
  seconds: number;
  articlesPerSec: number;
  /** CPU time of the whole process (all threads) per article. */
  cpuMsPerArticle: number;
  words: number;
  /** Resident set size in MiB (whole process, workers included) after 1,000 articles and at the end. */
  rssAt1k?: number;
  rssAtEnd: number;
  rssPeak: number;
  /** [articles, RSS MiB, CPU ms per article since the previous sample] (older builds: no CPU). */
  rssSamples: Array<[number, number, number?]>;
}

/**
 * The gold store's writer: batches of documents with their gold facts, one transaction each, through
 * `SqliteStore.putDocument` like the ingest writer — without its near-duplicate lookup. The
 * generated articles are distinct by construction, and that lookup's cost grows with the store
 * (the query part of the benchmark measures it), so leaving it out keeps this build linear.
 */
async function writeGold(
  store: Store,
  corpus: Iterable<Article>,
  codebook: Codebook,
  batchSize: number,
  onEvent: (event: { kind: 'document' }) => void,
): Promise<void> {
  let batch: Article[] = [];
  const flush = async () => {
    await store.transaction(async (tx) => {
      for (const article of batch) {
        const p = goldPrepared(article, codebook);
        const { doc } = p;
        await tx.putDocument(
          doc,
          {
            id: doc.id,
            hash: p.hash,
            date: doc.date,
            title: doc.title,
            url: doc.url,
            source: doc.source,
            lang: p.lang,
            words: p.words,
            status: p.status,
          },
          p.fingerprint,
          p.minhash,
        );
      }
    });
    for (const _ of batch) onEvent({ kind: 'document' });
    batch = [];
  };
  for (const article of corpus) {
    batch.push(article);
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length) await flush();
}

/** Build the store at `location` (a SQLite file, made anew; or an empty PostgreSQL database). */
export async function buildStore(
  location: string,
  docs: number,
  seed: number,
  workers: number,
  facts: FactsMode = 'pipeline',
): Promise<StoreMeta> {
  if (!isServerLocation(location))
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${location}${suffix}`, { force: true });
  const store = await openStore(location);
  const world = loadWorld();
  const codebook = loadCodebook([BENCH_CODEBOOK]);
  // The CLI's default batch size, so that the build is what `parley ingest` does.
  const batchSize = 50;
  let done = 0;
  let words = 0;
  let rssPeak = 0;
  let rssAt1k: number | undefined;
  let rssAtEnd = 0;
  /** [articles, RSS MiB, CPU ms per article since the previous sample (all threads)]. */
  const samples: Array<[number, number, number]> = [];
  let lastSample = { done: 0, cpu: 0 };
  const every = Math.max(100, Math.floor(docs / 100));
  const startedOn = machine();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  // Articles are generated as the ingest pulls them: nothing of the corpus is held in memory.
  const corpus = (function* () {
    for (const a of generateCorpus(world, seed, docs)) {
      words += a.words;
      yield a;
    }
  })();
  const onEvent = (event: Pick<IngestEvent, 'kind'>) => {
    if (event.kind !== 'document') return;
    done++;
    if (done !== 1000 && done !== docs && done % every !== 0) return;
    const rss = process.memoryUsage.rss();
    rssPeak = Math.max(rssPeak, rss);
    if (done === 1000) rssAt1k = rss;
    // The last document stored, while the pool is still up (after it, the workers are gone).
    if (done === docs) rssAtEnd = rss;
    const cpuNow = process.cpuUsage(cpu0);
    const cpuMs = (cpuNow.user + cpuNow.system) / 1000;
    samples.push([done, mib(rss), round((cpuMs - lastSample.cpu) / Math.max(1, done - lastSample.done), 2)]);
    lastSample = { done, cpu: cpuMs };
    if (done % (every * 10) === 0 || done === 1000) {
      const sec = (performance.now() - t0) / 1000;
      process.stderr.write(
        `  store: ${done}/${docs} articles, ${round(done / sec)}/s, RSS ${mib(rss)} MiB, ${samples[samples.length - 1][2]} ms CPU per article lately\n`,
      );
    }
  };
  const timer = setInterval(() => {
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
  }, 250);
  try {
    if (facts === 'gold') await writeGold(store, corpus, codebook, batchSize, onEvent);
    else await ingestParallel(asItems(corpus), store, codebook, { workers, batchSize, onEvent });
  } finally {
    clearInterval(timer);
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  await store.close();
  return {
    docs,
    seed,
    facts,
    stages: facts === 'gold' ? ['gold'] : defaultStages().map((s) => s.name),
    builtAt: new Date().toISOString(),
    machine: { ...startedOn, loadAverageAtEnd: machine().loadAverageAtStart },
    workers: facts === 'gold' ? 0 : workers,
    batchSize,
    seconds: round(seconds),
    articlesPerSec: round(done / seconds),
    cpuMsPerArticle: round((cpu.user + cpu.system) / 1000 / Math.max(1, done), 2),
    words,
    rssAt1k: rssAt1k === undefined ? undefined : mib(rssAt1k),
    rssAtEnd: mib(rssAtEnd),
    rssPeak: mib(rssPeak),
    rssSamples: samples,
  };
}

async function main(argv: string[]) {
  const o = new Command()
    .requiredOption('--docs <n>', 'articles', Number)
    .requiredOption('--seed <s>', 'corpus seed', Number)
    .requiredOption(
      '--out <location>',
      'the store: a SQLite file, or an empty PostgreSQL database (postgres://…)',
    )
    .option('--meta <path>', 'where the measurements go (default: OUT.json beside a SQLite file)')
    .option('--workers <w>', 'worker threads (default: one per core)', Number, availableParallelism())
    .option(
      '--facts <mode>',
      'pipeline (extract every article) or gold (the generator’s ground truth)',
      'pipeline',
    )
    .parse(argv)
    .opts<{ docs: number; seed: number; out: string; meta?: string; workers: number; facts: string }>();
  if (o.facts !== 'pipeline' && o.facts !== 'gold')
    throw new Error(`--facts must be pipeline or gold, not "${o.facts}"`);
  const meta = await buildStore(o.out, o.docs, o.seed, o.workers, o.facts);
  writeFileSync(o.meta ?? `${o.out}.json`, `${JSON.stringify(meta, null, 2)}\n`);
}

if (process.argv[1]?.endsWith('build-store.ts') || process.argv[1]?.endsWith('build-store.js'))
  await main(process.argv);
