/**
 * The server as an attacker would try it: writes from other sites' pages (a sandboxed frame sends
 * `Origin: null`), reads and writes by another name than the server's own (DNS rebinding) or
 * without the token beyond loopback.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/core/code/codebook.js';
import { openSqliteStore, type SqliteStore } from '../../src/core/store/sqlite.js';
import { buildServer } from '../../src/server/server.js';

const ARTICLE = `date 2026-07-01
Veska's Foreign Minister Ilse Marrow said on Wednesday that Veska "will never accept" Ormund's claim to the Skerry Islands.`;

let dir: string;
let store: SqliteStore;
const codebook = loadCodebook();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parley-security-'));
  store = openSqliteStore(join(dir, 'parley.db'));
});

afterAll(async () => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function withServer(
  options: Partial<Parameters<typeof buildServer>[0]>,
  body: (app: FastifyInstance) => Promise<void>,
): Promise<void> {
  const app = await buildServer({ store, codebook, webRoot: false, log: false, ...options });
  try {
    await body(app);
  } finally {
    await app.close();
  }
}

/** A multipart upload of one text file, as a browser form or `curl -F file=@x.txt` sends it. */
async function uploadRequest(headers: Record<string, string>) {
  const form = new FormData();
  form.set('file', new Blob([ARTICLE]), 'x.txt');
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return {
    method: 'POST' as const,
    url: '/api/ingest/upload',
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { 'content-type': request.headers.get('content-type')!, ...headers },
  };
}

describe('writes from other sites', () => {
  it('refuses an upload from a page without an origin (Origin: null, a sandboxed frame)', async () => {
    await withServer({}, async (app) => {
      const before = store.countDocuments();
      const upload = await app.inject(await uploadRequest({ origin: 'null', host: '127.0.0.1:4777' }));
      expect(upload.statusCode).toBe(403);
      expect(upload.json().message).toMatch(/only from this server's own pages.*without an origin/);
      const extract = await app.inject({
        method: 'POST',
        url: '/api/extract',
        payload: { text: ARTICLE, store: true },
        headers: { origin: 'null' },
      });
      expect(extract.statusCode).toBe(403);
      expect(store.countDocuments()).toBe(before);
    });
  });

  it("refuses a write a browser marks as cross-site, and takes one from the server's own page", async () => {
    await withServer({}, async (app) => {
      const crossSite = await app.inject({
        method: 'POST',
        url: '/api/extract',
        payload: { text: ARTICLE },
        headers: { 'sec-fetch-site': 'cross-site' },
      });
      expect(crossSite.statusCode).toBe(403);
      const otherPort = await app.inject(
        await uploadRequest({ origin: 'http://127.0.0.1:8080', host: '127.0.0.1:4777' }),
      );
      expect(otherPort.statusCode).toBe(403);
      const own = await app.inject(
        await uploadRequest({
          origin: 'http://127.0.0.1:4777',
          host: '127.0.0.1:4777',
          'sec-fetch-site': 'same-origin',
        }),
      );
      expect(own.statusCode).toBe(200);
      expect(own.json().summary.stored + own.json().summary.unchanged).toBe(1);
    });
  });
});

describe('beyond loopback', () => {
  const token = 's3cret-token-for-tests';
  const auth = { authorization: `Bearer ${token}` };

  it('answers only at the bound address and the names it was given, reads included', async () => {
    await withServer({ host: '10.1.2.3', token, allowedHosts: ['parley.newsroom.example'] }, async (app) => {
      const read = (host: string, headers: Record<string, string> = auth) =>
        app.inject({ method: 'GET', url: '/api/documents', headers: { host, ...headers } });
      expect((await read('10.1.2.3:4600')).statusCode).toBe(200);
      expect((await read('parley.newsroom.example:4600')).statusCode).toBe(200);
      expect((await read('127.0.0.1:4600')).statusCode).toBe(200);
      // A page whose own name was made to resolve to this machine: refused, token or not.
      const rebound = await read('rebind.attacker.example:4600');
      expect(rebound.statusCode).toBe(403);
      expect(rebound.json().message).toMatch(/--allow-host rebind\.attacker\.example/);
      expect((await read('10.1.2.4:4600')).statusCode).toBe(403);
      // The right name without the token: no reading the store either.
      expect((await read('10.1.2.3:4600', {})).statusCode).toBe(401);
    });
  });

  it('bound to every interface, answers at the machine’s own addresses and refuses other names', async () => {
    await withServer({ host: '0.0.0.0', token }, async (app) => {
      const read = (host: string) =>
        app.inject({ method: 'GET', url: '/api/health', headers: { host, ...auth } });
      expect((await read('localhost:4600')).statusCode).toBe(200);
      expect((await read('evil.example:4600')).statusCode).toBe(403);
    });
  });
});
