/**
 * The server's defences in a real headless Chromium: a page on another site whose sandboxed frame
 * (which sends `Origin: null`) posts an article to the store, by a form and by fetch, stores
 * nothing; and a dashboard opened at the address `parley serve` prints for a server that needs its
 * token reads the store with it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { openSqliteStore, type SqliteStore } from '../../src/core/store/sqlite.js';
import { buildServer, DEFAULT_WEB_ROOT } from '../../src/server/server.js';
import { repoRoot } from '../server/corpus.js';
import { hasChromium, launchChromium } from './browser.js';

const ARTICLE = 'date 2026-07-01\nVeska said on Tuesday that it would never accept the claim.';

/** Listen on a free loopback port; the base address. */
async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

describe.skipIf(!hasChromium)('the server against other sites, in headless Chromium', () => {
  let dir: string;
  let store: SqliteStore;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(join(DEFAULT_WEB_ROOT, 'index.html')))
      execFileSync('npm', ['run', 'build:web'], { cwd: repoRoot, stdio: 'ignore' });
    dir = mkdtempSync(join(tmpdir(), 'parley-e2e-cross-site-'));
    store = openSqliteStore(join(dir, 'parley.db'));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('stores nothing a sandboxed frame on another site posts, by form or by fetch', async () => {
    const app = await buildServer({ store, codebook: loadCodebook(), log: false });
    const uploads: number[] = [];
    app.addHook('onResponse', async (request, reply) => {
      if (request.url === '/api/ingest/upload') uploads.push(reply.statusCode);
    });
    const parley = await listen(app);
    // The attacker's page: another origin (another port), a sandboxed frame that posts at once.
    const frame = `<form id="f" method="post" enctype="multipart/form-data" action="${parley}/api/ingest/upload">
        <input type="hidden" name="date" value="2026-07-01"></form>
      <script>
        const data = new FormData();
        data.set('file', new Blob([${JSON.stringify(ARTICLE)}]), 'x.txt');
        fetch('${parley}/api/ingest/upload', { method: 'POST', body: data }).catch(() => {});
        const form = document.getElementById('f');
        const input = document.createElement('input');
        input.type = 'file';
        input.name = 'file';
        const files = new DataTransfer();
        files.items.add(new File([${JSON.stringify(ARTICLE)}], 'y.txt'));
        input.files = files.files;
        form.appendChild(input);
        form.submit();
      </script>`;
    const attacker: Server = createServer((_request, response) =>
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          `<!doctype html><iframe sandbox="allow-scripts allow-forms" srcdoc="${frame.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></iframe>`,
        ),
    );
    await new Promise<void>((done) => attacker.listen(0, '127.0.0.1', done));
    const page = await browser.newPage();
    try {
      await page.goto(`http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`);
      // Both posts reached the server (so the test is not passing for want of a request)…
      for (let waited = 0; uploads.length < 2 && waited < 100; waited++)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(uploads).toEqual([403, 403]);
      // …and the store holds nothing.
      expect(await store.countDocuments()).toBe(0);
    } finally {
      await page.close();
      attacker.close();
      await app.close();
    }
  });

  it('opens the dashboard of a server that needs its token at the address parley serve prints', async () => {
    const token = 'e2e-token-0123456789abcdef';
    const app = await buildServer({ store, codebook: loadCodebook(), host: '0.0.0.0', token, log: false });
    const base = await listen(app);
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${base}/#token=${token}`);
      await page.getByText('The store is empty').waitFor();
      // The token is kept for the session, not left in the address bar.
      expect(new URL(page.url()).hash).toBe('');
      await page.reload();
      await page.getByText('The store is empty').waitFor();
      // Without it, another tab of another session reads nothing and is told why.
      const stranger = await (await browser.newContext()).newPage();
      const health = await stranger.goto(`${base}/api/health`);
      expect(health?.status()).toBe(401);
      expect(await stranger.textContent('body')).toMatch(/needs its token/);
    } finally {
      await context.close();
      await app.close();
    }
  });
});
