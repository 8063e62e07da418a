/** `parley serve` as a user runs it: prints where it listens, answers, and stops on SIGTERM. */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_WEB_ROOT } from '../../src/server/server.js';
import { repoRoot } from './corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-serve-cmd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Start the dev CLI and collect its output until it has printed a whole JSON object. */
function serve(args: string[]): Promise<{ child: ChildProcess; info: Record<string, string> }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(repoRoot, 'scripts', 'parley-dev.ts'),
      'serve',
      '--json',
      '--db',
      join(dir, 'p.db'),
      ...args,
    ],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      try {
        resolve({ child, info: JSON.parse(out) });
      } catch {
        // not the whole object yet
      }
    });
    child.stderr?.on('data', (chunk) => {
      err += chunk;
    });
    child.on('exit', (code) => reject(new Error(`parley serve exited with ${code}: ${err}`)));
  });
}

const stopped = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });

describe('parley serve', () => {
  it('listens on 127.0.0.1, answers the API and the dashboard, and stops cleanly', async () => {
    const { child, info } = await serve(['--port', '0']);
    try {
      expect(info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(info.token).toBeUndefined();
      const health = await (await fetch(`${info.url}api/health`)).json();
      expect(health).toMatchObject({ ok: true, writeNeedsToken: false });
      // The dashboard when it is built; else a page that says how to build it.
      const page = await fetch(`${info.url}matrix`);
      const built = existsSync(join(DEFAULT_WEB_ROOT, 'index.html'));
      expect(page.status).toBe(built ? 200 : 503);
      expect(await page.text()).toMatch(built ? /<div id="app">/ : /npm run build:web/);
    } finally {
      expect(await stopped(child)).toBe(0);
    }
  });

  it('on any other address makes a token and demands it for reads and writes', async () => {
    const { child, info } = await serve(['--port', '0', '--host', '0.0.0.0']);
    try {
      expect(info.token).toMatch(/^[\w-]{20,}$/);
      // The dashboard's address carries the token, in the fragment (never sent to a server).
      expect(info.dashboard).toBe(`${info.url}#token=${info.token}`);
      expect((await fetch(`${info.url}api/documents`)).status).toBe(401);
      const read = await fetch(`${info.url}api/documents`, {
        headers: { authorization: `Bearer ${info.token}` },
      });
      expect(read.status).toBe(200);
      const extract = (headers: Record<string, string>) =>
        fetch(`${info.url}api/extract`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ text: 'Veska said it was ready to talk.', date: '2026-09-01' }),
        });
      expect((await extract({})).status).toBe(401);
      expect((await extract({ authorization: `Bearer ${info.token}` })).status).toBe(200);
    } finally {
      expect(await stopped(child)).toBe(0);
    }
  });
});
