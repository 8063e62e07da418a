import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingest, preparingWith } from '../../src/core/ingest/ingest.js';
import { prepareDocument } from '../../src/core/ingest/prepare.js';
import { readInputs } from '../../src/core/ingest/sources.js';
import { DEFAULT_MAX_BYTES } from '../../src/core/ingest/types.js';
import { defaultPipeline } from '../../src/core/stages.js';
import { openSqliteStore, type SqliteStore } from '../../src/core/store/sqlite.js';
import { formatsDir, tempDir } from './helpers.js';

const pipeline = defaultPipeline();
const run = (store: SqliteStore, inputs: string[]) =>
  ingest(readInputs(inputs, { maxBytes: DEFAULT_MAX_BYTES }), store, {
    handleBatch: preparingWith((raw) => prepareDocument(raw, pipeline)),
    batchSize: 3,
  });

describe('idempotence', () => {
  let store: SqliteStore | undefined;
  afterEach(async () => store?.close());

  it('ingesting the same documents again changes nothing', async () => {
    store = openSqliteStore(join(tempDir(), 'store.db'));
    const first = await run(store, [formatsDir]);
    expect(first.failed).toBe(0);
    expect(first.stored).toBe(first.read);
    const before = { stats: await store.stats(), docs: await store.listDocuments() };

    // Listings show which lines are not story: the seed-form sample's heading and Read More line.
    const seedForm = before.docs.find((d) => d.date === '2026-06-10');
    expect(seedForm?.nonStory).toEqual([
      { kind: 'heading', text: 'TALKS IN LUMEN TO RESUME NEXT WEEK' },
      { kind: 'link', text: 'Read More: Skerry Islanders demand a seat at the table' },
    ]);

    const second = await run(store, [formatsDir]);
    expect(second.stored).toBe(0);
    expect(second.unchanged).toBe(first.read);
    expect(await store.stats()).toEqual(before.stats);
    expect(await store.listDocuments()).toEqual(before.docs);
  });

  it('stores a text repeated within one run once', async () => {
    store = openSqliteStore(join(tempDir(), 'store.db'));
    const file = join(formatsDir, 'seed-form.txt');
    const summary = await run(store, [file, file]);
    expect([summary.stored, summary.unchanged]).toEqual([1, 1]);
    expect(await store.countDocuments()).toBe(1);
  });
});

describe('a document the pipeline cannot analyse', () => {
  it('is named as a problem, and the rest of the batch is stored', async () => {
    const store = openSqliteStore(join(tempDir(), 'store.db'));
    try {
      const summary = await ingest(readInputs([formatsDir], { maxBytes: DEFAULT_MAX_BYTES }), store, {
        handleBatch: preparingWith((raw) => {
          if (raw.origin.endsWith('front-matter.txt')) throw new Error('stage exploded');
          return prepareDocument(raw, pipeline);
        }),
      });
      expect(summary.failed).toBe(1);
      expect(summary.problems[0]).toMatchObject({
        origin: expect.stringContaining('front-matter.txt'),
        reason: expect.stringContaining('could not be analysed (stage exploded)'),
      });
      expect(summary.stored).toBe(summary.read - 1);
    } finally {
      await store.close();
    }
  });
});
