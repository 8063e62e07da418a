import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, sharedSeeds, tempDir } from './helpers.js';

const parley = (db: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/parley-dev.ts', ...args, '--db', db], {
    cwd: repoRoot,
    encoding: 'utf8',
  });

describe.skipIf(!existsSync(sharedSeeds))('parley ingest ../shared/seeds/, then parley docs --json', () => {
  it('lists the seed dated 2025-02-18 with its heading and Read More line; a second ingest adds nothing', () => {
    const db = join(tempDir(), 'parley.db');
    const first = parley(db, 'ingest', sharedSeeds, '--json');
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ stored: 1, failed: 0 });

    const docs = JSON.parse(parley(db, 'docs', '--json').stdout);
    expect(docs).toHaveLength(1);
    expect(docs[0].date).toBe('2025-02-18');
    const kinds = docs[0].nonStory.map((b: { kind: string }) => b.kind);
    expect(kinds).toEqual(['heading', 'link']);
    expect(docs[0].nonStory[1].text).toMatch(/^Read More:/);

    const shown = JSON.parse(parley(db, 'show', docs[0].id.slice(0, 6), '--json').stdout);
    expect(
      shown.blocks
        .filter((b: { kind: string }) => b.kind !== 'paragraph')
        .map((b: { kind: string }) => b.kind),
    ).toEqual(['heading', 'link']);
    // The document is the body after the `date` prefix, as the file has it.
    const [seedFile] = readdirSync(sharedSeeds).filter((f) => f.endsWith('.txt'));
    const body = readFileSync(join(sharedSeeds, seedFile), 'utf8')
      .replace(/^\s*date \S+\s*/, '')
      .trim();
    expect(shown.text).toBe(body);

    const second = parley(db, 'ingest', sharedSeeds, '--json');
    expect(second.status).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ stored: 0, unchanged: 1 });
    expect(JSON.parse(parley(db, 'docs', '--json').stdout)).toEqual(docs);
  });
});
