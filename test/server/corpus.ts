/** A temporary store holding the sample corpus, ingested by the core, for the API and e2e tests. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { type Codebook, loadCodebook } from '../../src/core/codebook/codebook.js';
import { type IngestSummary, ingest, preparingWith } from '../../src/core/ingest/ingest.js';
import { prepareDocument } from '../../src/core/ingest/prepare.js';
import { readInputs } from '../../src/core/ingest/sources.js';
import { DEFAULT_MAX_BYTES } from '../../src/core/ingest/types.js';
import { defaultPipeline } from '../../src/core/stages.js';
import { openStore, type Store } from '../../src/core/store/index.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const corpusDir = join(repoRoot, 'examples', 'corpus');
export const codebookFile = join(repoRoot, 'examples', 'codebook.yaml');
export const corpusFiles = (): string[] => readdirSync(corpusDir).filter((f) => !f.startsWith('.'));

export interface CorpusStore {
  store: Store;
  codebook: Codebook;
  dir: string;
  cleanup(): Promise<void>;
}

/** The sample corpus ingested into the store at `location` (default: a SQLite file of its own). */
export async function corpusStore(location?: string): Promise<CorpusStore> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-server-test-'));
  const store = await openStore(location ?? join(dir, 'parley.db'));
  const codebook = loadCodebook([codebookFile]);
  const pipeline = defaultPipeline(codebook);
  await ingest(readInputs([corpusDir], { maxBytes: DEFAULT_MAX_BYTES }), store, {
    handleBatch: preparingWith((raw) => prepareDocument(raw, pipeline)),
  });
  return {
    store,
    codebook,
    dir,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Upload a file to the API as a browser form does (multipart, field "file", other fields beside). */
export async function uploadFile(
  app: FastifyInstance,
  name: string,
  content: string | Uint8Array,
  fields: Record<string, string> = {},
): Promise<{ status: number; body: { message?: string; summary: IngestSummary } }> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set('file', new Blob([content]), name);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  const response = await app.inject({
    method: 'POST',
    url: '/api/ingest/upload',
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { 'content-type': request.headers.get('content-type')! },
  });
  return { status: response.statusCode, body: response.json() };
}
