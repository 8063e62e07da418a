/**
 * A batch whose workers all died before committing it, as many times as it may be tried, is given
 * up by the queue (pg-boss marks its job failed). Nothing would then commit its turn, and the run —
 * with `ingest --wait` — would wait for ever. A worker commits such a batch as failed, its
 * documents counted as failed with a message that says what to do, and the run goes on.
 * Needs PostgreSQL (test/setup/postgres.ts).
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { enqueueIngest, workQueue } from '../../src/core/ingest/queue.js';
import type { ReadItem } from '../../src/core/ingest/types.js';
import { openStore } from '../../src/core/store/index.js';
import { createDatabase, postgresEngine } from '../store/engines.js';

async function* twoArticles(): AsyncIterable<ReadItem> {
  for (const [origin, text] of [
    ['a.txt', 'Envoys of Veska and Ormund met in Tarn on Monday to discuss the river border.'],
    ['b.txt', 'Veska said on Tuesday that it would not accept any change to the river border.'],
  ])
    yield { kind: 'document', raw: { text, meta: { title: origin, date: '2026-03-02' }, origin } };
}

describe.skipIf(!postgresEngine)('a queued batch that the queue gave up on', () => {
  it('is committed as failed, so that the run finishes and says which documents to ingest again', async () => {
    const url = await createDatabase();
    const store = await openStore(url);
    const queue = await store.jobQueue({ worker: true, checkEverySeconds: 1 });
    if (!queue) throw new Error('a PostgreSQL store has a job queue');
    const controller = new AbortController();
    try {
      const sent = await enqueueIngest(twoArticles(), store, queue, { codebook: [], batchSize: 1 });
      expect(sent.batches).toBe(2);
      // What pg-boss does to a job whose last worker ran out of time: batch 0 is never committed.
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(
        `UPDATE pgboss.job SET state = 'failed' WHERE name = 'parley-ingest' AND (data->>'ticket')::int = 0`,
      );
      await admin.end();

      const messages: string[] = [];
      const working = workQueue(queue, {
        signal: controller.signal,
        onError: (error) => messages.push(error.message),
      });
      await expect.poll(async () => (await queue.progress(sent.run)).committed, { timeout: 30_000 }).toBe(2);
      controller.abort();
      await working;

      const { outcomes } = (await queue.progress(sent.run)) as {
        outcomes: { problems: { origin: string; reason: string }[]; events: { kind: string }[] }[];
      };
      // The given-up batch: its document is a problem that says to ingest it again …
      expect(outcomes[0].problems.map((p) => p.origin)).toEqual(['a.txt']);
      expect(outcomes[0].problems[0].reason).toMatch(/ingest the same inputs again/);
      expect(messages.join('\n')).toMatch(/batch 0: given up/);
      // … and the batch after it was stored, not left waiting for its turn.
      expect(outcomes[1].problems).toEqual([]);
      expect(outcomes[1].events.some((e) => e.kind === 'document')).toBe(true);
      expect((await store.listDocuments()).map((d) => d.title)).toEqual(['b.txt']);
    } finally {
      controller.abort();
      await queue.close();
      await store.close();
    }
  }, 60_000);
});
