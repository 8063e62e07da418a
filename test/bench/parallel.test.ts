import { describe, expect, it } from 'vitest';
import { generateCorpus, loadWorld, withBenchCodebook } from '../../bench/generator.js';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { AUTO_POOL_AFTER, ingestParallel } from '../../src/core/ingest/parallel.js';
import type { ReadItem } from '../../src/core/ingest/types.js';
import { openStore, type Store } from '../../src/core/store/index.js';
import { SqliteStore } from '../../src/core/store/sqlite.js';
import { engines } from '../store/engines.js';

const world = loadWorld();
const codebook = withBenchCodebook(loadCodebook(), world);
// More articles than the "auto" mode prepares on the main thread, so that its pool starts too.
const articles = [...generateCorpus(world, 5, AUTO_POOL_AFTER + 12, { words: 300 })];

async function* asItems(): AsyncGenerator<ReadItem> {
  for (const a of articles) {
    yield {
      kind: 'document',
      raw: { text: a.text, meta: { date: a.date, title: a.title, source: a.source }, origin: `${a.id}.txt` },
    };
  }
  yield { kind: 'input-done', origin: 'bench' };
}

/** What a user sees in the store: documents and every fact, in a comparable order. */
async function contents(store: Store) {
  const docs = (await store.listDocuments())
    .map((d) => ({
      id: d.id,
      date: d.date,
      title: d.title,
      words: d.words,
      status: d.status,
      duplicateOf: d.duplicateOf,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const facts = <T>(list: Array<{ docId: string; evidenceText: string; fact: T }>) =>
    list.map((f) => JSON.stringify([f.docId, f.evidenceText, f.fact])).sort();
  return {
    docs,
    statements: facts(await store.statements({})),
    positions: facts(await store.positions({})),
    events: facts(await store.events({})),
  };
}

describe('parallel ingest', () => {
  it('stores the same documents and facts with a worker pool as on the main thread', async () => {
    const serial = new SqliteStore(':memory:');
    const parallel = new SqliteStore(':memory:');
    const auto = new SqliteStore(':memory:');
    try {
      const one = await ingestParallel(asItems(), serial, codebook, { workers: 0, batchSize: 5 });
      const two = await ingestParallel(asItems(), parallel, codebook, { workers: 2, batchSize: 5 });
      const byCores = await ingestParallel(asItems(), auto, codebook, { batchSize: 5 });
      expect(one.stored).toBe(articles.length);
      expect(two).toEqual(one);
      expect(byCores).toEqual(one);
      const expected = await contents(serial);
      expect(expected.docs).toHaveLength(articles.length);
      expect(expected.statements.length).toBeGreaterThan(0);
      expect(await contents(parallel)).toEqual(expected);
      expect(await contents(auto)).toEqual(expected);
    } finally {
      serial.close();
      parallel.close();
      auto.close();
    }
  }, 120_000);

  it.each(engines)(
    'stores the same documents, facts and order when the workers write a $name store themselves',
    async (engine) => {
      const serial = await openStore(await engine.location());
      const writing = await openStore(await engine.location());
      // The corpus twice over, the second copy lightly edited: near-duplicates whose original is
      // in another batch, which only an in-order commit links the way a serial ingest does.
      const edited = articles.map((a) => ({ ...a, text: a.text.replace(/\.\s*$/, '. Talks go on.') }));
      async function* twice(): AsyncGenerator<ReadItem> {
        for (const a of [...articles, ...edited]) {
          yield {
            kind: 'document',
            raw: { text: a.text, meta: { date: a.date, title: a.title }, origin: a.id },
          };
        }
      }
      // In the order stored, each with the original it is linked to.
      const inOrder = async (store: Store) =>
        (await store.listDocuments()).map((d) => [d.id, d.duplicateOf ?? null]);
      try {
        const one = await ingestParallel(twice(), serial, codebook, { workers: 0, batchSize: 4 });
        const two = await ingestParallel(twice(), writing, codebook, { workers: 2, batchSize: 4 });
        expect(one.nearDuplicates).toBeGreaterThan(0);
        expect(one.failed).toBe(0);
        expect(two).toEqual(one);
        expect(await inOrder(writing)).toEqual(await inOrder(serial));
        expect(await contents(writing)).toEqual(await contents(serial));
      } finally {
        await serial.close();
        await writing.close();
      }
    },
    120_000,
  );

  it('adds nothing when the same corpus is ingested again through the pool', async () => {
    const store = new SqliteStore(':memory:');
    try {
      await ingestParallel(asItems(), store, codebook, { workers: 2 });
      const again = await ingestParallel(asItems(), store, codebook, { workers: 2 });
      expect(again.stored).toBe(0);
      expect(again.unchanged).toBe(articles.length);
      expect(await store.countDocuments()).toBe(articles.length);
    } finally {
      await store.close();
    }
  }, 120_000);
});
