/**
 * A store remembers the codebook it was built with, and the commands over it use that one: the
 * README's `parley reprocess` after `npm start` re-extracts the demo with its own codebook rather
 * than empty it, and a different `--codebook` is said out loud.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codebookOf, readCodebookSources } from '../../src/core/codebook/codebook-sources.js';
import { openSqliteStore } from '../../src/core/store/sqlite.js';
import { buildServer } from '../../src/server/server.js';
// The CLI run in this process: its exit status, stdout and stderr.
import { parley as run } from '../cli/run.js';
import { codebookFile, corpusDir } from '../server/corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-store-codebook-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const reprocessJson = async (...args: string[]) => {
  const result = await run('reprocess', '--json', ...args);
  return { ...result, summary: JSON.parse(result.out) };
};

describe('the codebook a store was built with', () => {
  it("is what `parley reprocess` uses after the demo: the demo's facts stay", async () => {
    const db = join(dir, 'demo.db');
    const demo = JSON.parse((await run('demo', '--no-serve', '--json', '--db', db)).out);
    expect(demo.store.positions).toBeGreaterThan(0);
    expect(demo.store.events).toBeGreaterThan(0);
    const { summary, err } = await reprocessJson('--db', db);
    expect(err).toBe('');
    expect(summary.before).toEqual(demo.store);
    expect(summary.after).toEqual(demo.store);
  });

  it('is said to be set aside when --codebook names another, which then becomes the store’s', async () => {
    const db = join(dir, 'other.db');
    await run('ingest', corpusDir, '--codebook', codebookFile, '--db', db, '--json');
    const store = openSqliteStore(db);
    expect((await store.recordedCodebook())?.map((s) => s.path)).toEqual([codebookFile]);
    await store.close();
    // The default codebook does not know the invented parties' issues: fewer positions, said aloud.
    const other = join(dir, 'empty-codebook.yaml');
    writeFileSync(other, 'actors: []\n');
    const first = await reprocessJson('--db', db, '--codebook', other);
    expect(first.err).toMatch(
      new RegExp(`note: the store was built with ${codebookFile}; this command uses ${other} instead`),
    );
    expect(first.summary.after.positions).toBeLessThan(first.summary.before.positions);
    // Reprocessed as a whole with it, the store is now built with it: no notice, nothing changes.
    const again = await reprocessJson('--db', db);
    expect(again.err).toBe('');
    expect(again.summary.after).toEqual(first.summary.after);
  });

  it("is read from the store's copy when its file has gone, and says so; an edited file is used as it is now", async () => {
    const db = join(dir, 'moved.db');
    const copy = join(dir, 'talks-codebook.yaml');
    copyFileSync(codebookFile, copy);
    const ingest = JSON.parse((await run('ingest', corpusDir, '--codebook', copy, '--db', db, '--json')).out);
    expect(ingest.stored).toBeGreaterThan(0);
    rmSync(copy);
    const gone = await reprocessJson('--db', db);
    expect(gone.err).toMatch(
      /talks-codebook\.yaml, a codebook the store was built with, is gone; using the copy/,
    );
    expect(gone.summary.after).toEqual(gone.summary.before);
    writeFileSync(copy, 'actors: []\n');
    const edited = await reprocessJson('--db', db);
    expect(edited.err).toMatch(/talks-codebook\.yaml has changed since the store was built with it/);
    expect(edited.summary.after.positions).toBeLessThan(edited.summary.before.positions);
  });

  it('is recorded when the first articles of an empty store come through the API', async () => {
    const store = openSqliteStore(join(dir, 'api.db'));
    const sources = readCodebookSources([codebookFile]);
    const app = await buildServer({
      store,
      codebook: codebookOf(sources),
      codebookSources: sources,
      webRoot: false,
      log: false,
    });
    try {
      const r = await app.inject({
        method: 'POST',
        url: '/api/ingest',
        payload: { text: 'Veska said on Tuesday it was ready to talk to Ormund.', date: '2026-07-01' },
      });
      expect(r.statusCode).toBe(200);
      expect((await store.recordedCodebook())?.map((s) => s.path)).toEqual([codebookFile]);
    } finally {
      await app.close();
      await store.close();
    }
  });

  it('is unknown in a store built before stores recorded it, and reprocess says what it does then', async () => {
    const db = join(dir, 'old.db');
    await run('ingest', corpusDir, '--codebook', codebookFile, '--db', db, '--json');
    const store = openSqliteStore(db);
    store.db.exec('DELETE FROM store_codebook');
    await store.close();
    const { err } = await reprocessJson('--db', db, '--since', '2026-09-01');
    expect(err).toMatch(/does not say which codebook it was built with.*pass --codebook FILE/);
  });
});
