/**
 * The server as an attacker would try it: writes from other sites' pages (a sandboxed frame sends
 * `Origin: null`), reads and writes by another name than the server's own (DNS rebinding) or
 * without the token beyond loopback, and URLs that point back into this machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { fetchUrl, isPublicAddress, RefusedAddressError } from '../../src/core/ingest/fetch.js';
import { readInputs } from '../../src/core/ingest/sources.js';
import { DEFAULT_MAX_BYTES, type ReadItem } from '../../src/core/ingest/types.js';
import { openSqliteStore, type SqliteStore } from '../../src/core/store/sqlite.js';
import { buildServer } from '../../src/server/server.js';

const ARTICLE = `date 2026-07-01
Veska's Foreign Minister Ilse Marrow said on Wednesday that Veska "will never accept" Ormund's claim to the Skerry Islands.`;

let dir: string;
let store: SqliteStore;
const codebook = loadCodebook();

/** A page on this machine that counts the requests it gets. */
let local: Server;
let localPort: number;
let localRequests = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parley-security-'));
  store = openSqliteStore(join(dir, 'parley.db'));
  local = createServer((request, response) => {
    localRequests++;
    if (request.url === '/redirect-inward')
      response.writeHead(302, { location: `http://127.0.0.2:${localPort}/secret` }).end();
    else response.writeHead(200, { 'content-type': 'text/plain' }).end(ARTICLE);
  });
  await new Promise<void>((done) => local.listen(0, '127.0.0.1', done));
  localPort = (local.address() as AddressInfo).port;
});

afterAll(async () => {
  await store.close();
  local.close();
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
      const before = await store.countDocuments();
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
      expect(await store.countDocuments()).toBe(before);
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

describe('URL ingest', () => {
  it('classifies addresses: only public unicast ones are fetched by default', async () => {
    for (const address of [
      '127.0.0.1',
      '127.8.9.10',
      '::1',
      '0.0.0.0',
      '10.0.0.5',
      '172.16.4.4',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '224.0.0.1',
      'not an address',
    ])
      expect(isPublicAddress(address), address).toBe(false);
    for (const address of ['93.184.216.34', '2a00:1450:4001:82a::200e', '::ffff:93.184.216.34'])
      expect(isPublicAddress(address), address).toBe(true);
  });

  it('refuses a URL at this machine, by address or by name, without sending it a request', async () => {
    await withServer({}, async (app) => {
      const before = localRequests;
      for (const [url, address] of [
        [`http://127.0.0.1:${localPort}/api/health`, /127\.0\.0\.1/],
        [`http://localhost:${localPort}/`, /127\.0\.0\.1|::1/],
        [`http://[::ffff:127.0.0.1]:${localPort}/`, /::ffff:7f00:1|::ffff:127\.0\.0\.1/],
        [`http://0x7f.1:${localPort}/`, /127\.0\.0\.1/],
      ] as const) {
        const r = await app.inject({ method: 'POST', url: '/api/ingest', payload: { url } });
        expect(r.statusCode, url).toBe(422);
        expect(r.json().message, url).toMatch(/local or private address/);
        expect(r.json().message, url).toMatch(address);
        expect(r.json().message, url).toMatch(/--allow-private-urls/);
      }
      expect(localRequests).toBe(before);
    });
    // Told to, the server fetches it.
    await withServer({ allowPrivateUrls: true }, async (app) => {
      const r = await app.inject({
        method: 'POST',
        url: '/api/ingest',
        payload: { url: `http://127.0.0.1:${localPort}/article.txt` },
      });
      expect(r.statusCode).toBe(200);
    });
  });

  it('checks where a redirect leads, as it checks the first address', async () => {
    // A policy that lets this one local address through stands for "public": the redirect from it
    // to another local address is refused before any connection is made.
    const onlyThis = (address: string) => address === '127.0.0.1';
    const before = localRequests;
    await expect(
      fetchUrl(`http://127.0.0.1:${localPort}/redirect-inward`, { addressAllowed: onlyThis }),
    ).rejects.toThrow(RefusedAddressError);
    expect(localRequests).toBe(before + 1);
    const items: ReadItem[] = [];
    for await (const item of readInputs([`http://127.0.0.1:${localPort}/redirect-inward`], {
      maxBytes: DEFAULT_MAX_BYTES,
      addressAllowed: onlyThis,
    }))
      items.push(item);
    const problem = items.find((i) => i.kind === 'problem');
    expect(problem?.kind === 'problem' && problem.problem.reason).toMatch(
      /was redirected to http:\/\/127\.0\.0\.2:\d+\/secret, which is at a local or private address \(127\.0\.0\.2\)/,
    );
  });
});
