/**
 * vitest's global setup: the codebook cache (src/core/codebook/codebook-cache.ts) of the whole run
 * goes to a temporary folder, deleted afterwards, never into the user's home. The workers and the
 * CLI processes the tests start inherit the variable.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'parley-test-cache-'));
  process.env.PARLEY_CACHE_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
