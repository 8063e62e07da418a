/**
 * A mistyped --db: the commands that read a store (and reprocess, which only rewrites what a store
 * holds) say there is no store there and how to make one, and leave no folder or empty store
 * behind; the commands that write one still create it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { formatsDir, repoRoot } from '../ingest/helpers.js';
import { parley } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-store-exists-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

const READERS: string[][] = [
  ['docs'],
  ['show', 'abc123'],
  ['positions'],
  ['positions', '--actor', 'VSK', '--issue', 'ceasefire', '--history'],
  ['changes', '--since', '2026-06-01'],
  ['conflicts'],
  ['meetings'],
  ['timeline'],
  ['quotes'],
  ['brief'],
  ['reprocess'],
];

describe('a store that does not exist', () => {
  it.each(READERS.map((args) => [args.join(' '), args]))(
    '`parley %s` says so, names the path and how to create one, and creates nothing',
    async (_name, args) => {
      const db = join(dir, 'no', 'such', 'x.db');
      const run = await parley(...args, '--db', db);
      expect(run.code).not.toBe(0);
      expect(run.err).toContain(`no store at ${db}: check the path, or create the store with`);
      expect(run.err).toContain(`\`parley ingest ARTICLES… --db ${db}\``);
      expect(run.out).toBe('');
      expect(existsSync(join(dir, 'no'))).toBe(false);
    },
  );

  it('named by $PARLEY_DB or the default is said to come from there', async () => {
    vi.stubEnv('PARLEY_DB', join(dir, 'env.db'));
    expect((await parley('docs')).err).toMatch(/no store at .*env\.db \(\$PARLEY_DB\)/);
    expect(existsSync(join(dir, 'env.db'))).toBe(false);
  });

  it('is created, with its folders, by ingest', async () => {
    const db = join(dir, 'new', 'folder', 'talks.db');
    const run = await parley('ingest', join(formatsDir, 'seed-form.txt'), '--db', db, '--json');
    expect(run.code).toBe(0);
    expect(existsSync(db)).toBe(true);
    const docs = await parley('docs', '--db', db, '--json');
    expect(docs.code).toBe(0);
    expect(JSON.parse(docs.out)).toHaveLength(1);
  });

  it('is created by serve, which takes articles too, and says it serves a new, empty one', async () => {
    const db = join(dir, 'served.db');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/parley-dev.ts', 'serve', '--port', '0', '--json', '--db', db],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let err = '';
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    // Listening once it has printed its address.
    await new Promise<void>((resolve, reject) => {
      child.stdout.once('data', () => resolve());
      child.once('exit', (code) => reject(new Error(`parley serve exited with ${code}: ${err}`)));
    });
    const stopped = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await stopped;
    expect(err).toContain(`parley: no store at ${db} yet: serving a new, empty one`);
    expect(existsSync(db)).toBe(true);
  });
});
