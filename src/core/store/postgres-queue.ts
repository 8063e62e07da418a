/**
 * The PostgreSQL store's job queue: pg-boss keeps the jobs (one a batch) in the same database, and
 * hands each to one worker at a time; a job whose worker died is failed when its time is up and
 * handed out again. What pg-boss cannot know — that a run's batches must commit in the order they
 * were sent, so that the record is the one a single machine would have made (near-duplicates are
 * linked to the earlier article, fact ids follow the order of the articles) — is kept here, in
 * the store's own tables (postgres-migrations.ts, version 2): each run's next ticket, the batches
 * prepared before their turn, and what became of each committed batch.
 *
 * A batch's commit, under the store's write lock: if it is the run's next, it is committed, and
 * so are the batches after it that other workers staged, each with its outcome, and the run's
 * next ticket moves on — all in one transaction; if its turn has not come, it is staged; if it was
 * committed already (its job handed out again after a worker died past its commit), nothing
 * happens. So no worker waits for another, a killed worker loses nothing (its transaction rolls
 * back; its job is handed out again), and nothing is committed twice.
 */
import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { PostgresStore } from './postgres.js';
import type { JobQueue, QueuedBatch, QueueOptions, StoreWriter } from './store.js';

const QUEUE = 'parley-ingest';
/** pg-boss's schema (its default, named here because commitAbandoned reads its job table). */
const SCHEMA = 'pgboss';

/** How long a batch may take before it is handed to another worker (a batch takes seconds). */
export const DEFAULT_JOB_TIMEOUT_SECONDS = 120;
/** How often a worker looks for batches whose time is up. */
const DEFAULT_CHECK_EVERY_SECONDS = 30;
/** Times a failing batch is tried before it is committed as failed. */
const RETRIES = 4;
/** How often an idle worker looks for work (ms). */
const POLL_MS = 500;
/** The longest a worker waits before trying an unreachable queue again (ms). */
const MAX_PAUSE_MS = 30_000;

interface JobData {
  run: string;
  ticket: number;
  payload: unknown;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });

export class PostgresJobQueue implements JobQueue {
  /** When an idle worker last looked for batches the queue gave up on (ms since the epoch). */
  private lastSweep = 0;

  private constructor(
    private readonly boss: PgBoss,
    private readonly store: PostgresStore,
    private readonly jobTimeoutSeconds: number,
    /** How often to look for them: as often as pg-boss looks for jobs whose time is up. */
    private readonly sweepEveryMs: number,
  ) {}

  static async start(store: PostgresStore, options: QueueOptions = {}): Promise<PostgresJobQueue> {
    const jobTimeoutSeconds = options.jobTimeoutSeconds ?? DEFAULT_JOB_TIMEOUT_SECONDS;
    const boss = new PgBoss({
      connectionString: store.url,
      application_name: 'parley-queue',
      schema: SCHEMA,
      max: 2,
      // Only workers look after the queue: they fail the jobs whose time is up (so that they
      // are handed out again), every so often.
      supervise: Boolean(options.worker),
      maintenanceIntervalSeconds: options.checkEverySeconds ?? DEFAULT_CHECK_EVERY_SECONDS,
      schedule: false,
    });
    // Connection trouble while idle is pg-boss's to retry; the calls that fail say so themselves.
    boss.on('error', () => {});
    await boss.start();
    await boss.createQueue(QUEUE, {
      name: QUEUE,
      retryLimit: RETRIES,
      expireInSeconds: jobTimeoutSeconds,
    });
    return new PostgresJobQueue(
      boss,
      store,
      jobTimeoutSeconds,
      (options.checkEverySeconds ?? DEFAULT_CHECK_EVERY_SECONDS) * 1000,
    );
  }

  async startRun(meta: unknown): Promise<string> {
    const run = randomUUID();
    await this.store.withConnection((sql) =>
      sql.query('INSERT INTO ingest_runs (run, meta, created_at) VALUES ($1, $2, $3)', [
        run,
        JSON.stringify(meta ?? null),
        new Date().toISOString(),
      ]),
    );
    return run;
  }

  async send(run: string, ticket: number, payload: unknown): Promise<void> {
    const data: JobData = { run, ticket, payload };
    // Earlier batches first: a worker takes the oldest job of the highest priority.
    await this.boss.send(QUEUE, data, { expireInSeconds: this.jobTimeoutSeconds, retryLimit: RETRIES });
  }

  async finish(run: string, batches: number): Promise<void> {
    await this.store.withConnection((sql) =>
      sql.query('UPDATE ingest_runs SET batches = $2 WHERE run = $1', [run, batches]),
    );
  }

  async progress(run: string): Promise<{ batches?: number; committed: number; outcomes: unknown[] }> {
    return this.store.withConnection(async (sql) => {
      const [row] = (await sql.query('SELECT batches, next_ticket FROM ingest_runs WHERE run = $1', [run]))
        .rows as { batches: number | null; next_ticket: number }[];
      if (!row) throw new Error(`no ingest run ${run} in this store`);
      const outcomes = (
        await sql.query('SELECT outcome FROM ingest_outcomes WHERE run = $1 ORDER BY ticket', [run])
      ).rows as { outcome: string }[];
      return {
        batches: row.batches ?? undefined,
        committed: row.next_ticket,
        outcomes: outcomes.map((o) => JSON.parse(o.outcome)),
      };
    });
  }

  async work<P>(options: Parameters<JobQueue['work']>[0] & { prepare: (batch: QueuedBatch) => Promise<P> }) {
    const metas = new Map<string, unknown>();
    const { signal } = options;
    let pause = POLL_MS;
    while (!signal.aborted) {
      let job: PgBoss.JobWithMetadata<JobData> | undefined;
      try {
        [job] = await this.boss.fetch<JobData>(QUEUE, { includeMetadata: true });
        if (!job && Date.now() - this.lastSweep >= this.sweepEveryMs) {
          this.lastSweep = Date.now();
          await this.commitAbandoned(options.commit, options.onError);
        }
      } catch (error) {
        // The database out of reach for a while (restarted, network): a worker that ended here
        // would leave the run waiting for ever; it says so and tries again, less often each time.
        options.onError?.(new Error(`could not reach the job queue: ${(error as Error).message}`));
        await sleep(pause, signal);
        pause = Math.min(pause * 2, MAX_PAUSE_MS);
        continue;
      }
      pause = POLL_MS;
      if (!job) {
        await sleep(POLL_MS, signal);
        continue;
      }
      const { run, ticket, payload } = job.data;
      try {
        let meta = metas.get(run);
        if (meta === undefined) {
          meta = await this.meta(run);
          metas.set(run, meta);
        }
        const batch: QueuedBatch = { run, ticket, meta, payload };
        // Handed out again after its worker committed it and died: nothing to prepare.
        const what = (await this.committedBefore(run, ticket))
          ? 'committed before'
          : await this.commitInTurn(
              run,
              ticket,
              options.serialise(await options.prepare(batch)),
              options.commit,
            );
        await this.boss.complete(QUEUE, job.id).catch(() => {});
        options.onBatch?.(batch, what);
      } catch (error) {
        const last = job.retryCount >= job.retryLimit;
        options.onError?.(
          new Error(
            `run ${run.slice(0, 8)} batch ${ticket} failed (${last ? 'for the last time: committed as failed' : 'it will be tried again'}): ${(error as Error).message}`,
          ),
        );
        // Tried often enough: the run goes on without it, its outcome saying why.
        if (last) {
          const failed = { failed: (error as Error).message, payload };
          await this.commitInTurn(run, ticket, failed, options.commit).catch((e) => options.onError?.(e));
          await this.boss.complete(QUEUE, job.id).catch(() => {});
        } else await this.boss.fail(QUEUE, job.id, { message: (error as Error).message }).catch(() => {});
      }
    }
  }

  /**
   * A batch whose workers all stopped before committing it (killed, or past the job timeout) as
   * many times as it may be tried is given up by pg-boss, and nothing would ever commit its turn:
   * every later batch of its run would wait, and so would `ingest --wait`. A run blocked on such a
   * batch gets it committed as failed (its documents counted as failed, so a later ingest of the
   * same inputs stores them), and goes on.
   */
  private async commitAbandoned(
    commit: (tx: StoreWriter, staged: unknown) => Promise<unknown>,
    onError?: (error: Error) => void,
  ): Promise<void> {
    const abandoned = await this.store.withConnection(
      async (sql) =>
        (
          await sql.query(
            `SELECT j.data, j.retry_count FROM ${SCHEMA}.job j
             JOIN ingest_runs r ON r.run = j.data->>'run' AND r.next_ticket = (j.data->>'ticket')::int
             WHERE j.name = $1 AND j.state = 'failed'`,
            [QUEUE],
          )
        ).rows as { data: JobData; retry_count: number }[],
    );
    for (const { data, retry_count } of abandoned) {
      const failed = `its workers stopped before committing it ${retry_count + 1} times (killed, or slower than the job timeout); ingest the same inputs again to store them`;
      await this.commitInTurn(data.run, data.ticket, { failed, payload: data.payload }, commit);
      onError?.(new Error(`run ${data.run.slice(0, 8)} batch ${data.ticket}: given up: ${failed}`));
    }
  }

  private async meta(run: string): Promise<unknown> {
    return this.store.withConnection(async (sql) => {
      const [row] = (await sql.query('SELECT meta FROM ingest_runs WHERE run = $1', [run])).rows as {
        meta: string;
      }[];
      if (!row) throw new Error(`no ingest run ${run} in this store`);
      return JSON.parse(row.meta);
    });
  }

  private async committedBefore(run: string, ticket: number): Promise<boolean> {
    return this.store.withConnection(async (sql) => {
      const [row] = (await sql.query('SELECT next_ticket FROM ingest_runs WHERE run = $1', [run])).rows as {
        next_ticket: number;
      }[];
      return Boolean(row && ticket < row.next_ticket);
    });
  }

  /** Commit a batch if its turn has come (and the staged ones after it), else stage it. */
  private async commitInTurn(
    run: string,
    ticket: number,
    staged: unknown,
    commit: (tx: StoreWriter, staged: unknown) => Promise<unknown>,
  ): Promise<'committed' | 'staged' | 'committed before'> {
    return this.store.transactionWithSql(async (tx, sql) => {
      const [row] = (await sql.query('SELECT next_ticket FROM ingest_runs WHERE run = $1 FOR UPDATE', [run]))
        .rows as { next_ticket: number }[];
      if (!row) throw new Error(`no ingest run ${run} in this store`);
      if (ticket < row.next_ticket) return 'committed before';
      if (ticket > row.next_ticket) {
        await sql.query(
          `INSERT INTO ingest_staged (run, ticket, payload) VALUES ($1, $2, $3)
           ON CONFLICT (run, ticket) DO UPDATE SET payload = excluded.payload`,
          [run, ticket, JSON.stringify(staged)],
        );
        return 'staged';
      }
      let next = ticket;
      let current: unknown = staged;
      for (;;) {
        const outcome = await commit(tx, current);
        await sql.query('INSERT INTO ingest_outcomes (run, ticket, outcome) VALUES ($1, $2, $3)', [
          run,
          next,
          JSON.stringify(outcome ?? null),
        ]);
        await sql.query('DELETE FROM ingest_staged WHERE run = $1 AND ticket = $2', [run, next]);
        next++;
        const [waiting] = (
          await sql.query('SELECT payload FROM ingest_staged WHERE run = $1 AND ticket = $2', [run, next])
        ).rows as { payload: string }[];
        if (!waiting) break;
        current = JSON.parse(waiting.payload);
      }
      await sql.query('UPDATE ingest_runs SET next_ticket = $2 WHERE run = $1', [run, next]);
      return 'committed';
    });
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: false, wait: true, close: true });
  }
}
