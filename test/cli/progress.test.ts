/** `parley ingest --no-progress` is quiet on stderr when it is not a terminal, where it used to print a line every 100 documents. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, writeInventedArticles } from '../ingest/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-progress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The dev CLI as a child process, its stderr a pipe (not a terminal). */
const ingest = (db: string, ...args: string[]) =>
  spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/parley-dev.ts',
      'ingest',
      join(dir, 'articles'),
      '--db',
      db,
      '--workers',
      '0',
      // Not about codebooks: no codebook.yaml found above the temporary folder may speak.
      '--no-codebook',
      ...args,
    ],
    { cwd: repoRoot, encoding: 'utf8' },
  );

describe('progress of an ingest off a terminal', () => {
  it('is a line every 100 documents, and none with --no-progress', () => {
    mkdirSync(join(dir, 'articles'));
    writeInventedArticles(join(dir, 'articles'), 100);
    const shown = ingest(join(dir, 'shown.db'));
    expect(shown.status).toBe(0);
    expect(shown.stderr).toContain('ingest: 100 documents (100 stored, 0 unchanged)');
    const quiet = ingest(join(dir, 'quiet.db'), '--no-progress');
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).toMatch(/100 stored/);
    expect(quiet.stderr).toBe('');
  });
});
