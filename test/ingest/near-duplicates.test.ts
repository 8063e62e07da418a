import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  fingerprintText,
  hammingDistance,
  jaccardEstimate,
  NEAR_DUPLICATE_DISTANCE,
  simhash,
} from '../../src/core/analyse/fingerprints.js';
import { ingest, preparingWith } from '../../src/core/ingest/ingest.js';
import { prepareDocument } from '../../src/core/ingest/prepare.js';
import type { ReadItem } from '../../src/core/ingest/types.js';
import { defaultPipeline } from '../../src/core/stages.js';
import { fingerprintBands } from '../../src/core/store/lsh.js';
import { openSqliteStore, type SqliteStore } from '../../src/core/store/sqlite.js';
import { formatsDir, tempDir } from './helpers.js';

const pipeline = defaultPipeline();

/** A long article of our own: the bodies of the format samples, one after the other. */
const wire = readFileSync(join(formatsDir, 'wire.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { text: string });
const longArticle = [
  readFileSync(join(formatsDir, 'seed-form.txt'), 'utf8').replace(/^\s*date \S+ /, ''),
  readFileSync(join(formatsDir, 'front-matter.txt'), 'utf8').split('---\n')[2],
  wire[0].text,
].join('\n\n');

async function* documents(...texts: Array<[string, string]>): AsyncGenerator<ReadItem> {
  for (const [origin, text] of texts)
    yield { kind: 'document', raw: { text, meta: { date: '2026-09-02' }, origin } };
}

describe('SimHash fingerprints', () => {
  it('fingerprints within Hamming distance 3 always share one of the four 16-bit bands', async () => {
    const base = fingerprintText(longArticle).simhash;
    const bits = [0, 5, 15, 16, 31, 32, 47, 48, 63];
    for (const a of bits)
      for (const b of bits)
        for (const c of bits) {
          const flipped = base ^ (1n << BigInt(a)) ^ (1n << BigInt(b)) ^ (1n << BigInt(c));
          expect(hammingDistance(base, flipped)).toBeLessThanOrEqual(NEAR_DUPLICATE_DISTANCE);
          const shared = fingerprintBands(base).filter((band, i) => fingerprintBands(flipped)[i] === band);
          expect(shared.length).toBeGreaterThan(0);
        }
  });

  it('puts a lightly edited copy close and an unrelated story far', async () => {
    const original = fingerprintText(longArticle);
    const edited = fingerprintText(longArticle.replace('on Wednesday', 'late on Wednesday'));
    const other = fingerprintText(wire[2].text);
    expect(hammingDistance(original.simhash, edited.simhash)).toBeLessThanOrEqual(NEAR_DUPLICATE_DISTANCE);
    expect(jaccardEstimate(original.minhash, edited.minhash)).toBeGreaterThan(0.9);
    expect(hammingDistance(original.simhash, other.simhash)).toBeGreaterThan(10);
    expect(jaccardEstimate(original.minhash, other.minhash)).toBeLessThan(0.2);
    expect(simhash(['a', 'b', 'c'])).toBe(simhash(['a', 'b', 'c']));
  });
});

describe('near-duplicate documents in the store', () => {
  let store: SqliteStore | undefined;
  afterEach(async () => store?.close());
  const run = (items: AsyncIterable<ReadItem>) =>
    ingest(items, store!, {
      handleBatch: preparingWith((raw) => prepareDocument(raw, pipeline)),
      batchSize: 2,
    });

  it('links a syndicated copy (other byline, Read More line) and a lightly edited update to the original', async () => {
    store = openSqliteStore(join(tempDir(), 'store.db'));
    const syndicated = `By Coastline Daily staff\n\n${longArticle}\n\nRead More: What the framework means for the banks`;
    const update =
      `${longArticle}\n\nThe framework still needs the approval of both parliaments, officials said.`.replace(
        'on Wednesday',
        'on Wednesday evening',
      );
    const unrelated = wire[0].text.replace(/Veska/g, 'Ormund').split('\n\n').reverse().join('\n\n');
    const summary = await run(
      documents(
        ['original', longArticle],
        ['syndicated', syndicated],
        ['update', update],
        ['other', unrelated],
      ),
    );
    expect(summary.stored).toBe(4);
    expect(summary.nearDuplicates).toBe(2);
    const byTitleless = await store.listDocuments();
    const originalId = byTitleless[0].id;
    expect(byTitleless.map((d) => d.duplicateOf)).toEqual([undefined, originalId, originalId, undefined]);
  });

  it('links the syndicated copy among the JSONL samples', async () => {
    store = openSqliteStore(join(tempDir(), 'store.db'));
    const { readInputs } = await import('../../src/core/ingest/sources.js');
    await run(readInputs([join(formatsDir, 'wire.jsonl')], { maxBytes: 1e6 }));
    const docs = await store.listDocuments();
    const copy = docs.find((d) => d.source === 'Coastline Daily');
    const original = docs.find((d) => d.source === 'Tidewire');
    expect(copy?.duplicateOf).toBe(original?.id);
    expect(original?.duplicateOf).toBeUndefined();
  });
});
