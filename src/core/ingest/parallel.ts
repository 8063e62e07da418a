/**
 * Parallel ingest: a worker pool (piscina) as large as the machine has cores. The main thread reads
 * the inputs as a stream, passes over texts already stored, and hands out batches; at most a few
 * are in flight, so memory stays flat however long the corpus is.
 *
 * When the store can be reached from another thread (a file, a database server: it has a
 * `location`), each worker prepares its batch (`prepareDocument`: the whole pipeline, language
 * detection, fingerprints) and then stores it itself, on its own connection.
 * Batches commit in input order, one after another: a shared turn counter says whose turn it is,
 * and a worker whose batch is ready before its turn waits for it. So the store ends up exactly as
 * a serial ingest leaves it (a near-duplicate is linked to the earlier article, never the later),
 * while nothing about a document crosses between threads but its raw text and its outcome: the
 * writing, serialisation included, is spread over the workers instead of queueing on one thread,
 * which is what lets the ingest scale with the cores. A store only this thread reaches (in memory)
 * gets prepared documents back and the main thread writes them.
 *
 * This one module is both sides: imported on the main thread it gives `PreparePool` and
 * `ingestParallel`; loaded by piscina in a worker thread, its default export prepares one document
 * and `ingestBatchInWorker` prepares and stores a batch (pages and feeds are parsed by the task of
 * read-bytes.ts).
 */
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Codebook } from '../codebook/codebook.js';
import type { ParleyDocument } from '../model.js';
import { type Pipeline, SECTION_CHARS } from '../pipeline.js';
import { defaultPipeline } from '../stages.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/store.js';
import {
  analysisProblem,
  type BatchResult,
  type IngestOptions,
  type IngestSummary,
  ingest,
  prepareBatch,
  storeBatch,
  storeProblem,
} from './ingest.js';
import { type PreparedDocument, prepareDocument, prepareDocumentInSections } from './prepare.js';
import type { BytesInput, IngestProblem, RawDocument, ReadItem } from './types.js';

/** One worker per core: the main thread's share (reading, writes) is small beside extraction. */
export const defaultWorkerCount = (): number => Math.max(1, availableParallelism());

/** Each worker's young generation (V8's default is a few MiB per semi-space). */
const YOUNG_GENERATION_MB = 64;

/**
 * Each worker's old generation. A worker keeps little between batches (the pipeline's codebook
 * indexes, the batches in flight), but without a bound V8 lets its heap grow for the first few
 * thousand articles, and the process's memory rose by 20 to 40 % before it levelled off. With
 * this bound it stays level from the start (15,000 articles: 481 → 485 MiB, peak 558, against
 * 545 → 598, peak 772). A tighter one (512 MiB) made V8 collect so often, on background threads
 * that a second worker competes with, that 2 workers ran 1.44 times one; with 1,024, 1.82.
 * A document too large for it fails its batch with V8's out-of-memory message, and the worker
 * is replaced; the rest of the ingest goes on.
 */
const OLD_GENERATION_MB = 1024;

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
  // recomputable); not cloning them back to the main thread saves a good part of the transfer,
  // and a batch kept until its turn to be stored holds less of the heap.
  if (setup.dropTokens) prepared.doc.tokens = [];
  return prepared;
}

/** The task that reads one section of a long document (see Pipeline.runInSections). */
export function readSectionInWorker(part: ParleyDocument): ParleyDocument {
  const setup = Piscina.workerData as WorkerSetup;
  workerPipeline ??= defaultPipeline(setup.codebook);
  return workerPipeline.readSection(part);
}

/** A batch for a worker that stores what it prepares. */
export interface WriteTask {
  raws: RawDocument[];
  /** Where the worker opens its own connection to the store (`Store.location`). */
  location: string;
  /** The run's shared turn counter (see `waitForTurn`). */
  turns: SharedArrayBuffer;
  /** This batch's place in the order of commits. */
  ticket: number;
}

/** Slots of a run's shared Int32Array: the ticket that may commit now, and "the run is over". */
const TURN = 0;
const ABORTED = 1;
/** How often a waiting worker looks whether the run was given up (ms). */
const ABORT_CHECK_MS = 250;

/**
 * Resolve once it is `ticket`'s turn to commit; false if the run was given up. The wait does not
 * block the thread: the pool may have queued an earlier batch behind this one on the same thread
 * (the order it deals batches out in is its own), and that batch must be able to run, or neither
 * would ever commit.
 */
async function turnReached(turns: Int32Array, ticket: number): Promise<boolean> {
  for (;;) {
    const current = Atomics.load(turns, TURN);
    if (current === ticket) return true;
    if (Atomics.load(turns, ABORTED)) return false;
    const waiting = Atomics.waitAsync(turns, TURN, current, ABORT_CHECK_MS);
    if (waiting.async) await waiting.value;
  }
}

/** Settles when this thread has prepared the batches it took before the latest one. */
let preparing: Promise<void> = Promise.resolve();

/** Let the thread's other tasks run (a batch whose turn has come commits without waiting for this one). */
const yieldThread = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Let the next batch commit: only `ticket`'s holder can (compare-and-swap), and only once. */
function passTurn(turns: Int32Array, ticket: number): void {
  Atomics.compareExchange(turns, TURN, ticket, ticket + 1);
  Atomics.notify(turns, TURN);
}

/** The task of a worker that writes: prepare a batch, wait for its turn, store it in one transaction. */
export async function ingestBatchInWorker(task: WriteTask): Promise<BatchResult> {
  const prepared: PreparedDocument[] = [];
  const problems: IngestProblem[] = [];
  // This thread's batches are prepared one at a time, oldest first; between two documents, a
  // batch whose turn has come gets to commit.
  const previous = preparing;
  let done = () => {};
  preparing = new Promise<void>((resolve) => {
    done = resolve;
  });
  await previous;
  try {
    for (const raw of task.raws) {
      // Without its tokens (see prepareInWorker), a batch waiting for its turn holds less heap.
      const outcome = prepareBatch([raw], prepareInWorker);
      prepared.push(...outcome.prepared);
      problems.push(...outcome.problems);
      await yieldThread();
    }
  } finally {
    done();
  }
  const turns = new Int32Array(task.turns);
  if (!(await turnReached(turns, task.ticket))) return { prepared: [], stored: [], problems };
  try {
    // A connection per batch: opening one costs little beside a batch, its cache would be stale
    // anyway after the other workers' commits, and none is left open on a store that a later run
    // may have replaced.
    const store = await openStore(task.location, { bulkWriter: true });
    try {
      const written = await storeBatch(store, prepared);
      return { prepared: [], stored: written.stored, problems: [...problems, ...written.problems] };
    } finally {
      await store.close();
    }
  } catch (error) {
    // The store could not even be opened.
    return {
      prepared: [],
      stored: [],
      problems: [...problems, ...prepared.map((p) => storeProblem(p.origin, error))],
    };
  } finally {
    passTurn(turns, task.ticket);
  }
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
  const execArgv = loaderArgs(process.execArgv);
  if (!fileURLToPath(filename).endsWith('.ts')) return { filename, execArgv };
  const hasTsx = execArgv.some((arg) => arg.includes('tsx'));
  return { filename, execArgv: hasTsx ? execArgv : [...execArgv, '--import', import.meta.resolve('tsx')] };
}

/** Node options that say how modules load; a worker refuses V8's flags, which apply to it anyway. */
const LOADER_OPTIONS = [
  '--import',
  '--require',
  '-r',
  '--loader',
  '--experimental-loader',
  '--conditions',
  '-C',
];

/** The module-loading options among a process's `execArgv`, with their values. */
export function loaderArgs(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const [name] = args[i].split('=', 1);
    if (!LOADER_OPTIONS.includes(name)) continue;
    if (args[i].includes('=')) out.push(args[i]);
    else out.push(args[i], args[++i]);
  }
  return out;
}

/**
 * The module of the task that parses an input held as bytes, with this module's own extension
 * (.ts under tsx and vitest). Its own module, loaded by the first such task: the readers (HTML,
 * feeds, JSONL: linkedom, Readability, an XML parser; 450 of the 650 modules a worker loaded) are
 * not loaded by a worker that only prepares documents.
 */
const READ_BYTES_MODULE = new URL(`./read-bytes${extname(fileURLToPath(import.meta.url))}`, import.meta.url)
  .href;

/** Piscina's choice of worker for each task: the next one in turn that has room for it. */
type LoadBalancer = NonNullable<ConstructorParameters<typeof Piscina>[0]>['loadBalancer'] & {};
function roundRobin(): LoadBalancer {
  let dealt = 0;
  return (_task, workers) => {
    for (let tried = 0; tried < workers.length; tried++) {
      const worker = workers[dealt++ % workers.length];
      if (!worker.terminating && !worker.destroyed && worker.currentUsage < TASKS_PER_WORKER) return worker;
    }
    return null;
  };
}

export interface PoolOptions {
  /** Worker threads (default: one per core). */
  workers?: number;
  /** Keep `doc.tokens` on the prepared documents (default: dropped, see `prepareInWorker`). */
  keepTokens?: boolean;
  /** Longer documents are read in sections (default SECTION_CHARS; smaller in tests). */
  sectionChars?: number;
}

/** A pool of workers that prepare documents with the default pipeline over `codebook`. */
export class PreparePool {
  readonly workers: number;
  private readonly pool: Piscina;
  /** Lays out and joins the documents read in sections (on this thread). */
  private mainPipeline?: Pipeline;
  readonly sectionChars: number;

  constructor(
    private readonly codebook: Codebook,
    options: PoolOptions = {},
  ) {
    this.workers = Math.max(1, options.workers ?? defaultWorkerCount());
    this.sectionChars = options.sectionChars ?? SECTION_CHARS;
    const setup: WorkerSetup = { codebook, dropTokens: !options.keepTokens };
    this.pool = new Piscina({
      ...workerLaunch(),
      minThreads: this.workers,
      maxThreads: this.workers,
      workerData: setup,
      // Each worker holds a few tasks of its own: while the main thread is busy committing a batch
      // to SQLite it cannot hand out tasks, and a worker with only one would sit idle.
      concurrentTasksPerWorker: TASKS_PER_WORKER,
      // Batches are dealt out in turn, so that with two workers one prepares while the other
      // writes; the least-busy default often gave one worker two batches in a row, and the other
      // then waited for the second's turn.
      loadBalancer: roundRobin(),
      idleTimeout: 60_000,
      // A document's annotations are garbage once it is stored; a young generation that holds a
      // batch or two of them lets the scavenger drop them instead of promoting them to the old
      // generation, whose collections cost far more (measured: about 30 % of a worker's time).
      resourceLimits: {
        maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
        maxOldGenerationSizeMb: OLD_GENERATION_MB,
      },
    });
  }

  /**
   * Prepare a document on a worker; a document longer than a section has its sections read on
   * all the workers at once, and is joined on this thread (`pipeline`, over the pool's codebook,
   * runs its layout and the rest of prepareDocument).
   */
  prepare(raw: RawDocument, pipeline?: Pipeline): Promise<PreparedDocument> {
    if (raw.text.length > this.sectionChars) {
      this.mainPipeline ??= pipeline ?? defaultPipeline(this.codebook, this.sectionChars);
      return prepareDocumentInSections(
        raw,
        this.mainPipeline,
        (part) => this.pool.run(part, { name: 'readSectionInWorker' }),
        // One being read on each worker, one waiting: the workers never idle between sections.
        2 * this.workers,
      );
    }
    return this.pool.run(raw);
  }

  /** Parse an input held as bytes on a worker (what ReadOptions.parseBytes asks for). */
  read(input: BytesInput): Promise<ReadItem[]> {
    return this.pool.run(input, { filename: READ_BYTES_MODULE });
  }

  /** Prepare a batch document by document, spread over the workers; the writer stores it. */
  async prepareBatch(raws: RawDocument[]): Promise<BatchResult> {
    const outcomes = await Promise.all(
      raws.map((raw) => this.prepare(raw).catch((error: unknown) => analysisProblem(raw.origin, error))),
    );
    return {
      prepared: outcomes.filter((o): o is PreparedDocument => 'doc' in o),
      stored: [],
      problems: outcomes.filter((o): o is IngestProblem => !('doc' in o)),
    };
  }

  /** Have one worker prepare and store a batch (see `ingestBatchInWorker`). */
  ingestBatch(task: WriteTask): Promise<BatchResult> {
    return this.pool.run(task, { name: 'ingestBatchInWorker' });
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

export interface ParallelIngestOptions extends Omit<IngestOptions, 'handleBatch' | 'concurrency'> {
  /**
   * Worker threads. 0: every document is prepared on the main thread (a plain serial ingest).
   * N ≥ 1: a pool of N, started before the first input is read. Default ("auto"): one per core,
   * started once the input has proved longer than `AUTO_POOL_AFTER` documents, so that a small
   * ingest does not pay for starting threads.
   */
  workers?: number;
  keepTokens?: boolean;
  /** Longer documents are read in sections (default SECTION_CHARS; smaller in tests). */
  sectionChars?: number;
  /** A pool already started (a server's, a benchmark's): used as it is, and left open. */
  pool?: PreparePool;
}

/**
 * Batches in flight per worker: with one being prepared and one waiting for its turn, a worker
 * still idled now and then (its neighbour's batch ran long); four keep both cores busy
 * (2 workers went from about 1.65 to 1.84 times one).
 */
const BATCHES_PER_WORKER = 4;

/**
 * In "auto" mode, the pool starts with the first batch that brings the documents read to this
 * many; the batches before it (an input shorter than that) are prepared on the main thread.
 */
export const AUTO_POOL_AFTER = 32;

/**
 * Ingest with the work spread over a worker pool; the same documents and facts land in the store,
 * in the same order, as with a serial ingest.
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
  const sectionChars = options.pool?.sectionChars ?? options.sectionChars ?? SECTION_CHARS;
  const prepareOnMain = (raws: RawDocument[]) => {
    mainPipeline ??= defaultPipeline(codebook, sectionChars);
    const pipeline = mainPipeline;
    return prepareBatch(raws, (raw) => prepareDocument(raw, pipeline));
  };
  if (workers <= 0) {
    return ingest(items, store, {
      ...options,
      handleBatch: (raws) => ({ ...prepareOnMain(raws), stored: [] }),
    });
  }

  const location = store.location;
  const turns = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  let nextTicket = 0;
  /** Settles once the previous worker batch has (committed or failed, its turn passed). */
  let previous: Promise<unknown> = Promise.resolve();
  const startPool = () =>
    new PreparePool(codebook, { workers, keepTokens: options.keepTokens, sectionChars });
  // Given a number of workers, the pool starts now: the threads load their modules and build
  // their pipeline while this one reads the first batch, instead of after it.
  let pool = options.pool ?? (auto ? undefined : startPool());
  let seen = 0;
  /** Settles once the batches stored on this thread (the first few, in "auto" mode) are in. */
  let storedOnMain: Promise<unknown> = Promise.resolve();

  /**
   * Chain a batch whose outcome settles later into the order of commits: once every earlier batch
   * is done, a batch that never passed its turn (its worker died) has it passed here, so the later
   * ones do not wait for ever.
   */
  const inTurn = (ticket: number, task: Promise<BatchResult>): Promise<BatchResult> => {
    const settled = Promise.allSettled([previous, task]).then(([, outcome]) => {
      if (outcome.status === 'fulfilled') return outcome.value;
      passTurn(turns, ticket);
      throw outcome.reason;
    });
    previous = settled.catch(() => undefined);
    return settled;
  };
  /**
   * A batch with a document longer than a section, once the pool is at work: its sections are
   * read on all the workers at once (on one worker, one after another, its memory would grow
   * past the worker's bound), and this thread joins them and stores the batch in its turn.
   */
  const sectionedBatch = (raws: RawDocument[]): Promise<BatchResult> => {
    const workersPool = (pool ??= startPool());
    mainPipeline ??= defaultPipeline(codebook, sectionChars);
    const pipeline = mainPipeline;
    const prepareAll = async () => {
      const prepared: PreparedDocument[] = [];
      const problems: IngestProblem[] = [];
      for (const raw of raws) {
        try {
          prepared.push(await workersPool.prepare(raw, pipeline));
        } catch (error) {
          problems.push(analysisProblem(raw.origin, error));
        }
      }
      return { prepared, problems };
    };
    if (!location) return prepareAll().then((outcome) => ({ ...outcome, stored: [] }));
    const ticket = nextTicket++;
    return inTurn(
      ticket,
      (async (): Promise<BatchResult> => {
        await storedOnMain;
        const { prepared, problems } = await prepareAll();
        if (!(await turnReached(turns, ticket))) return { prepared: [], stored: [], problems };
        try {
          const written = await storeBatch(store, prepared);
          return { prepared: [], stored: written.stored, problems: [...problems, ...written.problems] };
        } finally {
          passTurn(turns, ticket);
        }
      })(),
    );
  };

  const handleBatch = async (raws: RawDocument[]): Promise<BatchResult> => {
    // Before the pool is worth starting, a long document is read here, section after section, as
    // everything else: on a lone long document, workers made no gain (5 MB: 5.7 s on this thread,
    // 6.3 s on two workers; 50 MB: 45 and 44 s, the layout, fingerprints and storing being this
    // thread's anyway) and took more memory (50 MB: 2.6 GB, 3.2 GB at the peak).
    // (A full first batch of the default 50 goes to the pool: with the threads started then, not
    // after the main thread had prepared it alone, cold, while the other cores waited.)
    const onMain = auto && !pool && seen + raws.length < AUTO_POOL_AFTER;
    if (!onMain && raws.some((raw) => raw.text.length > sectionChars)) return sectionedBatch(raws);
    seen += raws.length;
    if (onMain) {
      const { prepared, problems } = prepareOnMain(raws);
      if (!location) return { prepared, stored: [], problems };
      // With writing workers these batches come before any of theirs: stored now (and the workers'
      // first batch sent once they are in), they keep the order.
      const storing = storeBatch(store, prepared);
      storedOnMain = storing;
      const written = await storing;
      return { prepared: [], stored: written.stored, problems: [...problems, ...written.problems] };
    }
    pool ??= startPool();
    if (!location) return pool.prepareBatch(raws);
    await storedOnMain;
    const ticket = nextTicket++;
    return inTurn(
      ticket,
      pool.ingestBatch({ raws, location, turns: turns.buffer as SharedArrayBuffer, ticket }),
    );
  };
  try {
    return await ingest(items, store, {
      ...options,
      handleBatch,
      concurrency: workers * BATCHES_PER_WORKER + 1,
    });
  } finally {
    // Workers still waiting for a turn (the reading failed half-way) stop waiting.
    Atomics.store(turns, ABORTED, 1);
    Atomics.notify(turns, TURN);
    if (pool !== options.pool) await pool?.close();
  }
}
