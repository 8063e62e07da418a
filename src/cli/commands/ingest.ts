/** `parley ingest PATH…`: read files, directories, feed URLs or stdin into the store. */
import { Presets, SingleBar } from 'cli-progress';
import { type Command, InvalidArgumentError } from 'commander';
import { toIsoDate } from '../../core/ingest/dates.js';
import { anyAddress } from '../../core/ingest/fetch.js';
import type { IngestEvent, IngestSummary } from '../../core/ingest/ingest.js';
import { ingestParallel } from '../../core/ingest/parallel.js';
import { enqueueIngest, type QueuedSummary } from '../../core/ingest/queue.js';
import { countInputs, readInputs } from '../../core/ingest/sources.js';
import { DEFAULT_MAX_BYTES, problemText } from '../../core/ingest/types.js';
import type { Store } from '../../core/store/store.js';
import {
  codebookFilesFor,
  codebookForStore,
  type GlobalOptions,
  givenCodebooks,
  printJson,
  withStore,
  withUserErrors,
} from '../context.js';

export interface IngestCommandOptions extends GlobalOptions {
  date?: string;
  maxBytes?: number;
  batchSize?: number;
  progress?: boolean;
  /** Worker threads for extraction (0: none); default one per core once the input is long enough. */
  workers?: number;
  /** Fetch URLs at loopback, link-local and private addresses too (--allow-private-urls). */
  allowPrivateUrls?: boolean;
  /** Put the documents on the store's job queue for `parley worker`s instead of extracting here. */
  queue?: boolean;
  /** With --queue: wait for the workers, and count what became of each document. */
  wait?: boolean;
  /** With --queue: how long a batch may take before another worker takes it (s). */
  jobTimeout?: number;
}

/** Plain progress lines (not a terminal) every this many documents. */
const PLAIN_PROGRESS_EVERY = 100;

/** Ingest `inputs` into `store`, showing progress on stderr; the CLI's and `demo`'s shared body. */
export async function runIngest(
  inputs: string[],
  store: Store,
  opts: IngestCommandOptions,
): Promise<IngestSummary | QueuedSummary> {
  // The first ingest into a store decides its codebook: the one given, else the codebook.yaml the
  // articles lie beside, else the one the store records (nothing is coded with it yet).
  const empty = (await store.countDocuments()) === 0;
  const files = empty ? codebookFilesFor(inputs, opts) : givenCodebooks(opts);
  const { codebook, sources } = await codebookForStore(
    store,
    { ...opts, codebook: files },
    empty && files ? undefined : await store.recordedCodebook(),
  );
  // This codebook is now the one the store is built with: later commands use it.
  if (empty) await store.recordCodebook(sources);
  const showProgress = opts.progress !== false && !opts.json;
  const interactive = process.stderr.isTTY && showProgress;
  const total = interactive ? await countInputs(inputs) : 0;
  const bar = interactive
    ? new SingleBar(
        {
          format:
            'ingest {bar} {value}/{total} inputs | {stored} stored, {unchanged} unchanged, {failed} failed',
          hideCursor: true,
        },
        Presets.shades_classic,
      )
    : undefined;
  const counts = { stored: 0, unchanged: 0, failed: 0, documents: 0 };
  bar?.start(total, 0, counts);
  const onEvent = (event: IngestEvent) => {
    if (event.kind === 'problem') {
      counts.failed++;
      const line = `parley: ${problemText(event.problem)}`;
      if (bar) bar.update(counts);
      if (!opts.json) {
        // Problems go to stderr as they happen, above the bar.
        if (bar) process.stderr.write('\r\x1b[K');
        process.stderr.write(`${line}\n`);
      }
    } else if (event.kind === 'document') {
      counts.documents++;
      if (event.outcome === 'unchanged') counts.unchanged++;
      else counts.stored++;
      if (bar) bar.update(counts);
      else if (showProgress && counts.documents % PLAIN_PROGRESS_EVERY === 0) {
        process.stderr.write(
          `ingest: ${counts.documents} documents (${counts.stored} stored, ${counts.unchanged} unchanged)\n`,
        );
      }
    } else if (bar) bar.increment(1, counts);
  };
  const items = readInputs(inputs, {
    defaultDate: opts.date,
    maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
    addressAllowed: opts.allowPrivateUrls ? anyAddress : undefined,
  });
  try {
    if (opts.queue) {
      const queue = await store.jobQueue({ jobTimeoutSeconds: opts.jobTimeout });
      if (!queue)
        throw new Error(
          '--queue puts work on a queue that several machines share: it needs a PostgreSQL store (--db postgres://user@host/db)',
        );
      return await enqueueIngest(items, store, queue, {
        codebook: sources,
        batchSize: opts.batchSize,
        onEvent,
        wait: opts.wait,
        onWaiting: ({ committed, batches, idleMs }) =>
          process.stderr.write(
            `parley ingest: ${committed} of ${batches} batches stored; none for ${Math.round(idleMs / 1000)} s — is a \`parley worker --db …\` running on this store?\n`,
          ),
      });
    }
    return await ingestParallel(items, store, codebook, {
      workers: opts.workers,
      batchSize: opts.batchSize,
      onEvent,
    });
  } finally {
    bar?.stop();
  }
}

export function summaryText(summary: IngestSummary | QueuedSummary): string {
  if ('run' in summary && !summary.complete)
    return `${summary.read} document${summary.read === 1 ? '' : 's'} read, ${summary.unchanged} already stored, ${summary.failed} failed; ${summary.batches} batch${summary.batches === 1 ? '' : 'es'} queued as run ${summary.run} for \`parley worker\` (--wait waits for them)`;
  const parts = [
    `${summary.read} document${summary.read === 1 ? '' : 's'} read from ${summary.inputs} input${summary.inputs === 1 ? '' : 's'}`,
    `${summary.stored} stored${summary.nearDuplicates ? ` (${summary.nearDuplicates} near-duplicate${summary.nearDuplicates === 1 ? '' : 's'} linked to an original)` : ''}`,
    `${summary.unchanged} already stored`,
  ];
  if (summary.notEnglish) parts.push(`${summary.notEnglish} not English (kept, not extracted)`);
  if (summary.passedOver)
    parts.push(
      `${summary.passedOver} non-article file${summary.passedOver === 1 ? '' : 's'} (.json, .yaml, …) passed over`,
    );
  parts.push(`${summary.failed} failed`);
  return parts.join(', ');
}

const positiveInt = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`${name} must be a positive whole number, not "${value}"`);
  return n;
};

const nonNegativeInt = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError(`${name} must be a whole number (0 or more), not "${value}"`);
  return n;
};

export function register(program: Command): void {
  program
    .command('ingest')
    .description(
      'read news into the store: files, directories, RSS/Atom feeds (file or URL), JSONL, - for stdin',
    )
    .argument('<paths...>', 'files, directories (read recursively), feed URLs, or - for standard input')
    .option('--date <YYYY-MM-DD>', 'date for documents that carry none')
    .option(
      '--max-bytes <n>',
      `largest file (or JSONL line) to read, in bytes (default ${DEFAULT_MAX_BYTES})`,
      positiveInt('--max-bytes'),
    )
    .option('--batch-size <n>', 'documents written per transaction (default 50)', positiveInt('--batch-size'))
    .option(
      '--workers <n>',
      'worker threads for extraction, 0 for none (default: one per core, once the input is longer than a few dozen documents)',
      nonNegativeInt('--workers'),
    )
    .option(
      '--allow-private-urls',
      'fetch URLs at loopback, link-local and private addresses too (this machine, the local network)',
    )
    .option(
      '--queue',
      'put the documents on the store’s job queue for `parley worker`s (on any machine) to extract and store; needs a PostgreSQL store',
    )
    .option(
      '--wait',
      'with --queue: wait until the workers have stored every batch, and say what became of them',
    )
    .option(
      '--job-timeout <seconds>',
      'with --queue: how long a batch may take before it is handed to another worker (default 120)',
      positiveInt('--job-timeout'),
    )
    .option('--no-progress', 'no progress bar (on a terminal) nor progress lines (otherwise) on stderr')
    .action((paths: string[], _options: unknown, cmd: Command) =>
      withUserErrors(cmd, async () => {
        const opts = cmd.optsWithGlobals<IngestCommandOptions>();
        if (opts.date && toIsoDate(opts.date) !== opts.date) {
          throw new Error(`--date "${opts.date}" is not a calendar date: write it as YYYY-MM-DD`);
        }
        await withStore(
          opts,
          async (store) => {
            const summary = await runIngest(paths, store, opts);
            if (opts.json) printJson(summary);
            else {
              // Each problem was printed as it happened; the summary closes the run.
              process.stdout.write(`${summaryText(summary)}\n`);
            }
            if (summary.failed) process.exitCode = 1;
          },
          { create: true },
        );
      }),
    );
}
