/** Re-processing the sample corpus after a codebook change replaces facts, never duplicates them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { positionsMatrix, reprocess } from '../../src/core/query/index.js';
import { defaultPipeline } from '../../src/core/stages.js';
import { type CorpusStore, corpusStore } from '../server/corpus.js';

let corpus: CorpusStore;
beforeAll(async () => {
  corpus = await corpusStore();
}, 120_000);
afterAll(() => corpus?.cleanup());

describe('re-processing a corpus', () => {
  it('with the same codebook leaves every count as it was', async () => {
    const before = await corpus.store.stats();
    expect(before.statements).toBeGreaterThan(0);
    const summary = await reprocess(corpus.store, defaultPipeline(corpus.codebook));
    expect(summary.documents).toBe(before.documents - before.skipped);
    expect(await corpus.store.stats()).toEqual(before);
  });

  it('after a codebook change updates the facts, and changing it back restores them', async () => {
    const before = await corpus.store.stats();
    const issues = async () => (await positionsMatrix(corpus.store)).issues;
    expect(await issues()).toContain('fishing_rights');
    const withoutFishing = {
      ...corpus.codebook,
      issues: corpus.codebook.issues.filter((i) => i.code !== 'fishing_rights'),
    };
    await reprocess(corpus.store, defaultPipeline(withoutFishing));
    expect(await issues()).not.toContain('fishing_rights');
    expect((await corpus.store.stats()).positions).toBeLessThan(before.positions);
    expect((await corpus.store.stats()).documents).toBe(before.documents);

    await reprocess(corpus.store, defaultPipeline(corpus.codebook));
    expect(await issues()).toContain('fishing_rights');
    expect(await corpus.store.stats()).toEqual(before);
  });
});
