import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('reads a long document in sections on all workers, stored in input order with the facts of a serial ingest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-sections-'));
    const serial = new SqliteStore(join(dir, 'serial.db'));
    const writing = new SqliteStore(join(dir, 'writing.db'));
    // Articles, then one long document (twenty of them run together), then more articles; with
    // sections of 6,000 characters the long one is read in several.
    const SECTION = 6_000;
    const long = articles
      .slice(0, 20)
      .map((a) => a.text)
      .join('\n\n');
    async function* stream(): AsyncGenerator<ReadItem> {
      const raw = (text: string, date: string, origin: string) => ({ text, meta: { date }, origin });
      for (const a of articles.slice(20, 30)) yield { kind: 'document', raw: raw(a.text, a.date, a.id) };
      yield { kind: 'document', raw: raw(long, articles[0].date, 'long.txt') };
      for (const a of articles.slice(30)) yield { kind: 'document', raw: raw(a.text, a.date, a.id) };
    }
    const inOrder = async (store: Store) => (await store.listDocuments()).map((d) => d.id);
    try {
      expect(long.length).toBeGreaterThan(3 * SECTION);
      const options = { batchSize: 4, sectionChars: SECTION };
      const one = await ingestParallel(stream(), serial, codebook, { ...options, workers: 0 });
      const two = await ingestParallel(stream(), writing, codebook, { ...options, workers: 2 });
      expect(two).toEqual(one);
      expect(await inOrder(writing)).toEqual(await inOrder(serial));
      expect(await contents(writing)).toEqual(await contents(serial));
      const stored = (await serial.listDocuments()).find((d) => d.source === undefined && d.words > 2_000);
      expect(stored).toBeDefined();
      expect((await serial.getDocument(stored!.id))?.doc?.notices.join(' ')).toMatch(
        /^read in \d+ sections of at most 6,000/,
      );
    } finally {
      await serial.close();
      await writing.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

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
