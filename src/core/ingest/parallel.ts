/**
 * Parallel ingest: a worker pool (piscina) runs `prepareDocument` — the whole pipeline, language
 * detection and fingerprinting, all pure — on as many threads as the machine has cores, while the
 * main thread stays the single SQLite writer and stores the prepared documents in batches
 * (`ingest()` does the writing). Inputs are read as a stream and at most a few batches are in
 * flight, so memory stays flat however long the corpus is.
 *
 * This one module is both sides: imported on the main thread it gives `PreparePool` and
 * `ingestParallel`; loaded by piscina in a worker thread, its default export prepares one document.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Codebook } from '../code/codebook.js';
import type { Pipeline } from '../pipeline.js';
import { defaultPipeline } from '../stages.js';
import type { Store } from '../store/store.js';
import { type IngestOptions, type IngestSummary, ingest } from './ingest.js';
import { type PreparedDocument, prepareDocument } from './prepare.js';
import type { RawDocument, ReadItem } from './types.js';

/** One worker per core: the main thread's share (reading, SQLite writes) is small beside extraction. */
export const defaultWorkerCount = (): number => Math.max(1, availableParallelism());

/** Tasks sent to a worker ahead of the one it is running (it runs them one after another). */
const TASKS_PER_WORKER = 8;

/** What every worker is started with. */
interface WorkerSetup {
  codebook: Codebook;
  /** Drop `doc.tokens` before sending the document back: the store recomputes rather than keeps them. */
  dropTokens: boolean;
}

// ---------------------------------------------------------------------------------------------
// Worker side

let workerPipeline: Pipeline | undefined;

/** The task each worker runs (piscina calls the default export): one raw document in, prepared out. */
export default function prepareInWorker(raw: RawDocument): PreparedDocument {
  const setup = Piscina.workerData as WorkerSetup;
  // Built once per worker: stages keep their codebook indexes in the pipeline's context.
  workerPipeline ??= defaultPipeline(setup.codebook);
  const prepared = prepareDocument(raw, workerPipeline);
  // Tokens are the bulk of a document's annotations and the store does not keep them (they are
  // recomputable); not cloning them back to the main thread saves a good part of the transfer.
  if (setup.dropTokens) prepared.doc.tokens = [];
  return prepared;
}

// ---------------------------------------------------------------------------------------------
// Main-thread side

/**
 * How a worker loads this module. From compiled `dist/` it is plain JavaScript. Under tsx (the dev
 * runner, `npm run bench`) or vitest the module is TypeScript, which a bare worker cannot load:
 * the worker is started with tsx's loader (`--import <tsx>`), resolved from this package, so it
 * works whatever the current directory is.
 */
function workerLaunch(): { filename: string; execArgv: string[] } {
  const filename = import.meta.url;
  if (!fileURLToPath(filename).endsWith('.ts')) return { filename, execArgv: [...process.execArgv] };
  const hasTsx = process.execArgv.some((arg) => arg.includes('tsx'));
  return {
    filename,
    execArgv: hasTsx ? [...process.execArgv] : [...process.execArgv, '--import', import.meta.resolve('tsx')],
  };
}

export interface PoolOptions {
  /** Worker threads (default: one per core). */
  workers?: number;
  /** Keep `doc.tokens` on the prepared documents (default: dropped, see `prepareInWorker`). */
  keepTokens?: boolean;
}

/** A pool of workers that prepare documents with the default pipeline over `codebook`. */
export class PreparePool {
  readonly workers: number;
  private readonly pool: Piscina;

  constructor(codebook: Codebook, options: PoolOptions = {}) {
    this.workers = Math.max(1, options.workers ?? defaultWorkerCount());
    const setup: WorkerSetup = { codebook, dropTokens: !options.keepTokens };
    this.pool = new Piscina({
      ...workerLaunch(),
      minThreads: this.workers,
      maxThreads: this.workers,
      workerData: setup,
      // Each worker holds a few tasks of its own: while the main thread is busy committing a batch
      // to SQLite it cannot hand out tasks, and a worker with only one would sit idle.
      concurrentTasksPerWorker: TASKS_PER_WORKER,
      idleTimeout: 60_000,
    });
  }

  prepare(raw: RawDocument): Promise<PreparedDocument> {
    return this.pool.run(raw);
  }

  /**
   * Start every worker and run `samples` through the pool, so that later timings leave out the
   * start-up (loading modules, building codebook indexes) and the JIT's first, slow passes.
   */
  async warmUp(samples: RawDocument[]): Promise<void> {
    await Promise.all(samples.map((raw) => this.prepare(raw)));
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}

export interface ParallelIngestOptions extends Omit<IngestOptions, 'prepare' | 'concurrency'> {
  /**
   * Worker threads. 0: every document is prepared on the main thread (a plain serial ingest).
   * N ≥ 1: a pool of N from the first document. Default ("auto"): one per core, started once the
   * input has proved longer than `AUTO_POOL_AFTER` documents, so that a small ingest does not pay
   * for starting threads.
   */
  workers?: number;
  keepTokens?: boolean;
  /** A pool already started (a server's, a benchmark's): used as it is, and left open. */
  pool?: PreparePool;
}

/** Documents in flight per worker: enough to keep each worker busy while the writer commits a batch. */
const IN_FLIGHT_PER_WORKER = 16;

/** In "auto" mode, documents prepared on the main thread before the pool is worth starting. */
export const AUTO_POOL_AFTER = 32;

/**
 * Ingest with extraction spread over a worker pool and one writer; the same documents and facts
 * land in the store as with a serial ingest (the writer stores them in input order).
 */
export async function ingestParallel(
  items: AsyncIterable<ReadItem>,
  store: Store,
  codebook: Codebook,
  options: ParallelIngestOptions = {},
): Promise<IngestSummary> {
  const auto = options.workers === undefined && !options.pool;
  const workers = options.pool?.workers ?? options.workers ?? defaultWorkerCount();
  let mainPipeline: Pipeline | undefined;
  const onMainThread = (raw: RawDocument) => {
    mainPipeline ??= defaultPipeline(codebook);
    return prepareDocument(raw, mainPipeline);
  };
  if (workers <= 0) return ingest(items, store, { ...options, prepare: onMainThread });

  let pool = options.pool;
  let seen = 0;
  const prepare = (raw: RawDocument): PreparedDocument | Promise<PreparedDocument> => {
    seen++;
    if (auto && seen <= AUTO_POOL_AFTER) return onMainThread(raw);
    pool ??= new PreparePool(codebook, { workers, keepTokens: options.keepTokens });
    return pool.prepare(raw);
  };
  try {
    return await ingest(items, store, {
      ...options,
      prepare,
      // The window must outlast a batch being written, or the workers starve at every commit.
      concurrency: (options.batchSize ?? 50) + workers * IN_FLIGHT_PER_WORKER,
    });
  } finally {
    if (pool !== options.pool) await pool?.close();
  }
}
