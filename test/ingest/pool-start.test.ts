/**
 * When the worker pool of an ingest starts: before the first input is read when the user gives a
 * number of workers, and with the first full batch in "auto" mode, rather than after the main
 * thread has prepared that batch alone, cold, while the other cores wait (issue 15: workers that
 * pay off from the start).
 */
import { describe, expect, it, vi } from 'vitest';
import { generateCorpus, loadWorld, withBenchCodebook } from '../../bench/generator.js';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { ingestParallel } from '../../src/core/ingest/parallel.js';
import type { ReadItem } from '../../src/core/ingest/types.js';
import { SqliteStore } from '../../src/core/store/sqlite.js';

/** What happened, in order, and how many documents this (the main) thread prepared itself. */
const seen = vi.hoisted(() => ({ order: [] as string[], preparedHere: 0 }));

vi.mock('piscina', async (original) => {
  const piscina = await original<typeof import('piscina')>();
  class WatchedPiscina extends piscina.Piscina {
    constructor(...args: ConstructorParameters<typeof piscina.Piscina>) {
      super(...args);
      seen.order.push('pool started');
    }
  }
  return { ...piscina, Piscina: WatchedPiscina, default: WatchedPiscina };
});

// Only this thread's imports are mocked: the workers prepare with the real module.
vi.mock('../../src/core/ingest/prepare.js', async (original) => {
  const prepare = await original<typeof import('../../src/core/ingest/prepare.js')>();
  return {
    ...prepare,
    prepareDocument: (...args: Parameters<typeof prepare.prepareDocument>) => {
      seen.preparedHere++;
      return prepare.prepareDocument(...args);
    },
  };
});

const world = loadWorld();
const codebook = withBenchCodebook(loadCodebook(), world);
const articles = [...generateCorpus(world, 9, 60, { words: 200 })];

async function* items(): AsyncGenerator<ReadItem> {
  seen.order.push('first input read');
  for (const a of articles)
    yield { kind: 'document', raw: { text: a.text, meta: { date: a.date }, origin: `${a.id}.txt` } };
}

/** Ingest the 60 articles (batches of 50, the default) and say what happened. */
async function ingestWatched(workers: number | undefined): Promise<typeof seen> {
  seen.order.length = 0;
  seen.preparedHere = 0;
  const store = new SqliteStore(':memory:');
  try {
    const summary = await ingestParallel(items(), store, codebook, { workers });
    expect(summary.stored).toBe(articles.length);
    return { order: [...seen.order], preparedHere: seen.preparedHere };
  } finally {
    await store.close();
  }
}

describe('the worker pool of an ingest', () => {
  it('starts before the first input is read when the number of workers is given', async () => {
    expect(await ingestWatched(2)).toEqual({ order: ['pool started', 'first input read'], preparedHere: 0 });
  }, 120_000);

  it('takes a full first batch in auto mode: the main thread prepares none of it alone', async () => {
    expect(await ingestWatched(undefined)).toEqual({
      order: ['first input read', 'pool started'],
      preparedHere: 0,
    });
  }, 120_000);

  it('is not started with --workers 0: the main thread prepares everything', async () => {
    expect(await ingestWatched(0)).toEqual({ order: ['first input read'], preparedHere: articles.length });
  }, 120_000);
});
