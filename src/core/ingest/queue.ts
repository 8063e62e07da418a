/**
 * Ingest over several machines, through a store's shared job queue (a PostgreSQL store has one):
 * `enqueueIngest` reads the inputs as the local ingest does — passing over texts already stored,
 * reporting bad inputs — and sends the new documents in batches; `workQueue` (run by any number of
 * `parley worker`s, on any number of machines) prepares each batch with the run's codebook and
 * stores it. Batches commit in the order they were sent (see JobQueue), and each is stored as the
 * local ingest stores one (`storePrepared`: the same near-duplicate lookup, the same facts), so
 * the record is the one a single machine would have made.
 */
import type { CodebookSource } from '../codebook/codebook-sources.js';
import { codebookOf } from '../codebook/codebook-sources.js';
import type { Pipeline } from '../pipeline.js';
import { defaultPipeline } from '../stages.js';
import type { JobQueue, QueuedBatch, Store } from '../store/store.js';
import {
  analysisProblem,
  type IngestEvent,
  type IngestOptions,
  type IngestSummary,
  ingest,
  prepareBatch,
  storePrepared,
} from './ingest.js';
import { type PreparedDocument, prepareDocument } from './prepare.js';
import type { IngestProblem, RawDocument, ReadItem } from './types.js';

/** What a run's batches are prepared with. */
export interface RunMeta {
  codebook: CodebookSource[];
}

/** A batch as sent: its raw documents. */
interface Payload {
  raws: RawDocument[];
}

/** A prepared document as JSON (the 64-bit fingerprint as text, the signature as numbers). */
interface PreparedJson extends Omit<PreparedDocument, 'fingerprint' | 'minhash'> {
  fingerprint: string;
  minhash: number[];
}

/** A prepared batch as staged, or a batch that kept failing (committed as problems). */
type Staged = { prepared: PreparedJson[]; problems: IngestProblem[] } | { failed: string; payload: Payload };

/** What became of a committed batch: its documents' events and its problems. */
export interface BatchOutcome {
  events: IngestEvent[];
  problems: IngestProblem[];
}

const toJson = (p: PreparedDocument): PreparedJson => ({
  ...p,
  fingerprint: p.fingerprint.toString(),
  minhash: [...p.minhash],
});

const fromJson = (p: PreparedJson): PreparedDocument => ({
  ...p,
  fingerprint: BigInt(p.fingerprint),
  minhash: Uint32Array.from(p.minhash),
});

/** Store a staged batch within the commit's transaction; what became of it. */
async function commitStaged(tx: Parameters<Parameters<JobQueue['work']>[0]['commit']>[0], staged: unknown) {
  const batch = staged as Staged;
  if ('failed' in batch)
    return {
      events: [],
      problems: batch.payload.raws.map((raw) => analysisProblem(raw.origin, new Error(batch.failed))),
    } satisfies BatchOutcome;
  const events = await storePrepared(tx, batch.prepared.map(fromJson));
  return { events, problems: batch.problems } satisfies BatchOutcome;
}

export interface WorkOptions {
  signal: AbortSignal;
  /** Told of each batch this worker took: committed (with what became of it), or staged for later. */
  onBatch?: (batch: QueuedBatch, what: 'committed' | 'staged' | 'committed before') => void;
  onError?: (error: Error) => void;
}

/** Take batches from the store's queue until `signal` aborts: prepare each, commit it in its turn. */
export async function workQueue(queue: JobQueue, options: WorkOptions): Promise<void> {
  // One pipeline per codebook: a worker may serve runs with different codebooks.
  const pipelines = new Map<string, Pipeline>();
  const pipelineFor = (meta: RunMeta) => {
    const key = JSON.stringify(meta.codebook.map((s) => s.sha256));
    let pipeline = pipelines.get(key);
    if (!pipeline) {
      pipeline = defaultPipeline(codebookOf(meta.codebook));
      pipelines.set(key, pipeline);
    }
    return pipeline;
  };
  await queue.work({
    prepare: async (batch) => {
      const pipeline = pipelineFor(batch.meta as RunMeta);
      return prepareBatch((batch.payload as Payload).raws, (raw) => {
        const prepared = prepareDocument(raw, pipeline);
        // The store keeps no tokens: they need not travel.
        prepared.doc.tokens = [];
        return prepared;
      });
    },
    serialise: ({ prepared, problems }) => ({ prepared: prepared.map(toJson), problems }) satisfies Staged,
    commit: commitStaged,
    signal: options.signal,
    onBatch: options.onBatch,
    onError: options.onError,
  });
}

export interface EnqueueOptions extends Pick<IngestOptions, 'batchSize' | 'onEvent'> {
  /** The codebook the batches are prepared with (the one a local ingest would use). */
  codebook: CodebookSource[];
  /** Wait until the workers have committed every batch, and count what became of them. */
  wait?: boolean;
  /** How often waiting looks (ms). */
  pollMs?: number;
  /** Told, while waiting, every `noticeMs` in which no batch was committed (default 30 s). */
  onWaiting?: (waiting: { committed: number; batches: number; idleMs: number }) => void;
  noticeMs?: number;
}

export interface QueuedSummary extends IngestSummary {
  run: string;
  /** Batches sent. */
  batches: number;
  /** False when the summary was made before the workers were done (stored counts are then 0). */
  complete: boolean;
}

/**
 * Read `items` and put the new documents on the store's queue, in batches; with `wait`, wait for
 * the workers and count what became of each document as a local ingest counts it.
 */
export async function enqueueIngest(
  items: AsyncIterable<ReadItem>,
  store: Store,
  queue: JobQueue,
  options: EnqueueOptions,
): Promise<QueuedSummary> {
  const run = await queue.startRun({ codebook: options.codebook } satisfies RunMeta);
  let batches = 0;
  const summary = await ingest(items, store, {
    batchSize: options.batchSize,
    onEvent: options.onEvent,
    handleBatch: async (raws) => {
      await queue.send(run, batches++, { raws } satisfies Payload);
      return { prepared: [], stored: [], problems: [] };
    },
  });
  await queue.finish(run, batches);
  if (!options.wait) return { ...summary, run, batches, complete: batches === 0 };
  let progress = await queue.progress(run);
  // A wait with no worker running lasts for ever: say so now and then, so the user can start one.
  let lastMove = Date.now();
  let lastNotice = lastMove;
  while (progress.committed < batches) {
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 500));
    const before = progress.committed;
    progress = await queue.progress(run);
    const now = Date.now();
    if (progress.committed !== before) lastMove = lastNotice = now;
    else if (now - lastNotice >= (options.noticeMs ?? 30_000)) {
      lastNotice = now;
      options.onWaiting?.({ committed: progress.committed, batches, idleMs: now - lastMove });
    }
  }
  // Counted as the local ingest counts a batch once its transaction has committed.
  for (const outcome of progress.outcomes as BatchOutcome[]) {
    for (const problem of outcome.problems) {
      summary.failed++;
      summary.problems.push(problem);
      options.onEvent?.({ kind: 'problem', problem });
    }
    for (const event of outcome.events) {
      if (event.kind !== 'document') continue;
      if (event.outcome === 'unchanged') summary.unchanged++;
      else {
        summary.stored++;
        if (event.outcome === 'near-duplicate') summary.nearDuplicates++;
        if (event.skipped) summary.notEnglish++;
      }
      options.onEvent?.(event);
    }
  }
  return { ...summary, run, batches, complete: true };
}
