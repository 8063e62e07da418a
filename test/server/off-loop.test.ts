/**
 * Reading and extracting what is written through the API run on the server's worker threads: the
 * server answers other requests meanwhile (a large upload held up /api/health for 17 s). The pool
 * is the server's own kind, watched: the health check is sent once the extraction has begun.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { PreparePool } from '../../src/core/ingest/parallel.js';
import type { RawDocument } from '../../src/core/ingest/types.js';
import { SqliteStore } from '../../src/core/store/sqlite.js';
import { buildServer } from '../../src/server/server.js';
import { uploadFile } from './corpus.js';

const examples = join(import.meta.dirname, '..', '..', 'examples');
/** The sample articles run together, about 34,000 characters. */
const articles = readdirSync(join(examples, 'corpus'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) =>
    readFileSync(join(examples, 'corpus', f), 'utf8')
      .replace(/^date \S+\n/, '')
      .trim(),
  )
  .join('\n\n');

let app: FastifyInstance;
let store: SqliteStore;
let pool: WatchedPool;

/** When the first batch's extraction began and whether it has ended. */
const extraction = { ended: false, began: Promise.resolve(), begin: () => {} };
extraction.began = new Promise<void>((resolve) => {
  extraction.begin = resolve;
});

/** The server's pool, telling when the first extraction begins and ends. */
class WatchedPool extends PreparePool {
  override async prepareBatch(raws: RawDocument[]) {
    extraction.begin();
    try {
      return await super.prepareBatch(raws);
    } finally {
      extraction.ended = true;
    }
  }
}

beforeAll(async () => {
  store = new SqliteStore(':memory:');
  const codebook = loadCodebook([join(examples, 'codebook.yaml')]);
  pool = new WatchedPool(codebook, { workers: 1 });
  app = await buildServer({
    store,
    codebook,
    webRoot: false,
    bodyLimit: 4 * 1024 * 1024,
    log: false,
    workers: pool,
  });
});

afterAll(async () => {
  await app?.close();
  await pool?.close();
  await store?.close();
});

const upload = (name: string, content: string) => uploadFile(app, name, content, { date: '2026-07-01' });

describe('long writes off the event loop', () => {
  it('answers /api/health while a large upload is being extracted', async () => {
    // 800,000 characters: seconds of extraction. The pool tells when it begins and ends.
    const large = Array.from({ length: 24 }, () => articles).join('\n\n');
    const pending = upload('long-report.txt', large);
    await extraction.began;
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
    expect(extraction.ended).toBe(false);
    const result = await pending;
    expect(result.status).toBe(200);
    expect(result.body.summary.stored).toBe(1);
    expect((await store.statements({})).length).toBeGreaterThan(100);
  }, 120_000);

  it('reads an upload of 10,000 nested divs, and refuses one nested too deep with a message', async () => {
    const page = (depth: number) =>
      `<!doctype html><html><head><title>Talks resume</title></head><body>${'<div>'.repeat(depth)}` +
      '<p>Veska and Ormund agreed on Monday to resume talks in Lumen next week, the mediator said.</p>' +
      `${'</div>'.repeat(depth)}</body></html>`;
    const nested = await upload('nested.html', page(10_000));
    expect(nested.status).toBe(200);
    expect(nested.body.summary.stored).toBe(1);
    const deeper = await upload('deeper.html', page(20_000));
    expect(deeper.status).toBe(422);
    expect(deeper.body.message).toMatch(/deeper\.html: nests its elements more than 15,000 deep/);
  }, 120_000);
});
