/**
 * `parley ingest --queue --wait` with no worker taking its batches would wait for ever in silence;
 * it says, now and then, how far the run is and that a worker is needed.
 */
import { describe, expect, it } from 'vitest';
import { enqueueIngest } from '../../src/core/ingest/queue.js';
import type { ReadItem } from '../../src/core/ingest/types.js';
import { openMemoryStore } from '../../src/core/store/index.js';
import type { JobQueue } from '../../src/core/store/store.js';

/** A queue whose batches are stored only when the test says a worker has come. */
function queueWithoutWorker() {
  let committed = 0;
  let sent = 0;
  const queue: JobQueue = {
    startRun: async () => 'run-1',
    send: async () => {
      sent++;
    },
    finish: async () => {},
    work: async () => {},
    progress: async () => ({ batches: sent, committed, outcomes: [] }),
    close: async () => {},
  };
  return { queue, workerCame: () => (committed = sent) };
}

async function* oneArticle(): AsyncIterable<ReadItem> {
  yield {
    kind: 'document',
    raw: {
      text: 'Envoys of Veska and Ormund met in Tarn on Monday.',
      meta: { title: 'Tarn', date: '2026-03-02' },
      origin: 'a.txt',
    },
  };
}

describe('waiting for the workers of a queued ingest', () => {
  it('says how many batches are stored and asks for a worker while none comes', async () => {
    const store = await openMemoryStore();
    const { queue, workerCame } = queueWithoutWorker();
    const notices: { committed: number; batches: number }[] = [];
    const summary = await enqueueIngest(oneArticle(), store, queue, {
      codebook: [],
      wait: true,
      pollMs: 5,
      noticeMs: 20,
      onWaiting: ({ committed, batches }) => {
        notices.push({ committed, batches });
        if (notices.length === 2) workerCame();
      },
    });
    expect(notices).toEqual([
      { committed: 0, batches: 1 },
      { committed: 0, batches: 1 },
    ]);
    expect(summary).toMatchObject({ read: 1, batches: 1, complete: true });
    await store.close();
  });
});
