/**
 * The codebook beside the articles: `parley extract examples/corpus/…` and the first `parley ingest`
 * into a store find examples/codebook.yaml without being told, say so on stderr, and code the
 * invented parties; `--codebook` is repeatable and no longer swallows the file after it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spellOutListOptions } from '../../src/cli/list-options.js';
import { nearestCodebook } from '../../src/cli/nearest-codebook.js';
import { openSqliteStore } from '../../src/core/store/sqlite.js';
import { codebookFile, corpusDir } from '../server/corpus.js';
import { parley, type Run } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-codebook-beside-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The sample corpus ingested as a newcomer would: no --codebook.
const db = join(dir, 'corpus.db');
let corpusIngest: Run;
beforeAll(async () => {
  corpusIngest = await parley('ingest', corpusDir, '--db', db, '--json');
}, 120_000);

const article = join(corpusDir, '2026-03-10-clash-at-sea.txt');
const ARTICLE_TEXT = 'date 2026-05-01\nVeska said on Friday that the talks would go on.\n';

/** The parties of the statements `parley extract … --format json` finds. */
async function partiesOf(...args: string[]): Promise<{ parties: string[]; err: string; code: number }> {
  const run = await parley('extract', ...args, '--format', 'json');
  const doc = run.code === 0 ? JSON.parse(run.out) : { statements: [] };
  const parties = doc.statements.flatMap((s: { actor: string | string[] | null }) => s.actor ?? []).flat();
  return { parties: [...new Set<string>(parties)].sort(), err: run.err, code: run.code };
}

describe('the nearest codebook.yaml', () => {
  it('is the one in the article’s folder or the nearest folder above it, not above a repository’s top', () => {
    const outer = join(dir, 'outer');
    const repo = join(outer, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'talks', 'corpus', '2026'), { recursive: true });
    writeFileSync(join(outer, 'codebook.yaml'), 'actors: []\n');
    const deep = join(repo, 'talks', 'corpus', '2026', 'a.txt');
    writeFileSync(deep, ARTICLE_TEXT);
    // Above the repository's top: not the project's, not used.
    expect(nearestCodebook(deep)).toBeUndefined();
    writeFileSync(join(repo, 'codebook.yaml'), 'actors: []\n');
    expect(nearestCodebook(deep)).toBe(join(repo, 'codebook.yaml'));
    writeFileSync(join(repo, 'talks', 'codebook.yml'), 'actors: []\n');
    expect(nearestCodebook(deep)).toBe(join(repo, 'talks', 'codebook.yml'));
    // A folder given as input starts the search at itself.
    expect(nearestCodebook(join(repo, 'talks'))).toBe(join(repo, 'talks', 'codebook.yml'));
    expect(nearestCodebook('-')).toBeUndefined();
    expect(nearestCodebook('https://example.org/feed.xml')).toBeUndefined();
  });

  it('gives `parley extract` on a sample article its parties, and says which file it used', async () => {
    const found = await partiesOf(article);
    expect(found.code).toBe(0);
    expect(found.parties).toEqual(expect.arrayContaining(['VSK', 'ORM', 'SKA']));
    expect(found.err).toMatch(/parley: using codebook examples\/codebook\.yaml, the nearest to the input/);
    // --no-codebook: the default codebook alone, which does not know the invented parties.
    const bare = await partiesOf('--no-codebook', article);
    expect(bare.parties).not.toContain('VSK');
    expect(bare.err).toBe('');
  });

  it('is what the first ingest into a store uses and records; inputs beside two codebooks are refused', async () => {
    const run = corpusIngest;
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/using codebook examples\/codebook\.yaml/);
    expect(JSON.parse(run.out).stored).toBe(32);
    const store = openSqliteStore(db);
    try {
      expect((await store.recordedCodebook())?.map((s) => s.path)).toEqual([codebookFile]);
      expect((await store.stats()).positions).toBeGreaterThan(50);
    } finally {
      await store.close();
    }

    for (const talks of ['north', 'south']) {
      mkdirSync(join(dir, talks));
      writeFileSync(join(dir, talks, 'codebook.yaml'), 'actors: []\n');
      writeFileSync(join(dir, talks, 'a.txt'), ARTICLE_TEXT);
    }
    const both = await parley('ingest', join(dir, 'north'), join(dir, 'south'), '--db', join(dir, 'both.db'));
    expect(both.code).toBe(2);
    expect(both.err).toMatch(
      /the inputs lie beside different codebooks \(.*north.*codebook\.yaml;.*south.*\): name the one to use with --codebook FILE/,
    );
  });
});

describe('--codebook', () => {
  it('before the file no longer swallows it, and takes several files by repeating it', async () => {
    const given = await partiesOf('--codebook', codebookFile, article);
    expect(given.code).toBe(0);
    expect(given.parties).toEqual(expect.arrayContaining(['VSK', 'ORM']));
    expect(given.err).toBe('');
    const empty = join(dir, 'empty.yaml');
    writeFileSync(empty, 'actors: []\n');
    const repeated = await partiesOf('--codebook', codebookFile, '--codebook', empty, article);
    expect(repeated.parties).toEqual(given.parties);
    // The older form, several files after one --codebook, still works.
    const listed = await partiesOf('--codebook', codebookFile, empty, article);
    expect(listed.parties).toEqual(given.parties);
  });

  it('and --type take the older list form as repeated options, where the words can only be values', () => {
    const argv = ['node', 'parley'];
    expect(spellOutListOptions([...argv, 'extract', '--codebook', 'a.yaml', 'b.yml', 'x.txt'])).toEqual([
      ...argv,
      'extract',
      '--codebook',
      'a.yaml',
      '--codebook',
      'b.yml',
      'x.txt',
    ]);
    expect(spellOutListOptions([...argv, 'ingest', '--codebook=a.yaml', 'b.yaml', 'dir'])).toEqual([
      ...argv,
      'ingest',
      '--codebook=a.yaml',
      '--codebook',
      'b.yaml',
      'dir',
    ]);
    // A folder after the value is an input, as is anything after `--`.
    expect(spellOutListOptions([...argv, 'ingest', '--codebook', 'books', 'corpus'])).toEqual([
      ...argv,
      'ingest',
      '--codebook',
      'books',
      'corpus',
    ]);
    expect(spellOutListOptions([...argv, 'ingest', '--codebook', 'a.yaml', '--', 'b.yaml'])).toEqual([
      ...argv,
      'ingest',
      '--codebook',
      'a.yaml',
      '--',
      'b.yaml',
    ]);
    expect(spellOutListOptions([...argv, 'timeline', '--type', 'accuse', 'consult,agree'])).toEqual([
      ...argv,
      'timeline',
      '--type',
      'accuse',
      '--type',
      'consult,agree',
    ]);
  });

  it('timeline --type: repeated, comma-separated or listed, the same events', async () => {
    const types = async (...args: string[]) => {
      const run = await parley('timeline', '--db', db, '--json', ...args);
      expect(run.code).toBe(0);
      return [...new Set(JSON.parse(run.out).map((e: { type: string }) => e.type))].sort();
    };
    const repeated = await types('--type', 'accuse', '--type', 'consult');
    expect(repeated).toEqual(['ACCUSE', 'CONSULT']);
    expect(await types('--type', 'accuse,consult')).toEqual(repeated);
    expect(await types('--type', 'accuse', 'consult')).toEqual(repeated);
  });
});
