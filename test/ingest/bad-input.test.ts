import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anyAddress } from '../../src/core/ingest/fetch.js';
import { formatsDir, readAll, repoRoot, tempDir } from './helpers.js';

/** A localhost port nothing listens on: bound once by us, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A directory with one good file, then the bad file made by `write`, then another good file. */
function between(write: (dir: string) => string): { dir: string; bad: string } {
  const dir = tempDir();
  writeFileSync(join(dir, 'a-good.txt'), 'date 2026-03-01\nVeska said talks would go on.');
  const bad = write(dir);
  writeFileSync(join(dir, 'z-good.txt'), 'date 2026-03-02\nOrmund said talks would go on.');
  return { dir, bad };
}

describe('bad input: named, explained, and the batch goes on', () => {
  const latin1 = Buffer.concat([
    Buffer.from('date 2026-03-05\nFirst line.\nThe Skerry caf'),
    Buffer.from([0xe9]),
    Buffer.from(' opened.\n'),
  ]);
  const cases: Array<{
    name: string;
    file: string;
    content: string | Buffer;
    reason: RegExp;
    line?: number;
  }> = [
    { name: 'an empty file', file: 'm-empty.txt', content: '', reason: /is empty/ },
    {
      name: 'a binary file',
      file: 'm-image.txt',
      content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff]),
      reason: /binary file/,
    },
    {
      name: 'invalid UTF-8',
      file: 'm-latin1.txt',
      content: latin1,
      reason: /not valid UTF-8.*iconv/,
      line: 3,
    },
    {
      name: 'a text with no date',
      file: 'm-undated.txt',
      content: 'Tarsia called for calm.',
      reason: /has no date.*--date YYYY-MM-DD/,
    },
    {
      name: 'an impossible date',
      file: 'm-baddate.txt',
      content: 'date 2026-02-30\nTarsia called for calm.',
      reason: /not a calendar date/,
      line: 1,
    },
    {
      name: 'a file over the size limit',
      file: 'm-huge.txt',
      content: `date 2026-03-06\n${'word '.repeat(300)}`,
      reason: /over the --max-bytes limit.*raise --max-bytes/,
    },
  ];

  for (const { name, file, content, reason, line } of cases) {
    it(name, async () => {
      const { dir, bad } = between((d) => {
        writeFileSync(join(d, file), content);
        return join(d, file);
      });
      const { docs, problems } = await readAll([dir], { maxBytes: 1000 });
      expect(docs.map((d) => d.meta.date)).toEqual(['2026-03-01', '2026-03-02']);
      expect(problems).toHaveLength(1);
      expect(problems[0].origin).toBe(bad);
      expect(problems[0].reason).toMatch(reason);
      if (line) expect(problems[0].line).toBe(line);
    });
  }

  it('a malformed JSONL line, named by its number, the other lines stored', async () => {
    const dir = tempDir();
    const file = join(dir, 'wire.jsonl');
    writeFileSync(
      file,
      [
        '{"text": "Veska said it would return to Lumen.", "date": "2026-04-01"}',
        '{"text": "Ormund said so too.", "date": "2026-04-01"',
        '{"date": "2026-04-02"}',
        '{"text": "Tarsia welcomed both.", "date": "2026-04-03"}',
      ].join('\n'),
    );
    const { docs, problems } = await readAll([file]);
    expect(docs.map((d) => d.origin)).toEqual([`${file}:1`, `${file}:4`]);
    expect(problems.map((p) => [p.origin, p.line])).toEqual([
      [file, 2],
      [file, 3],
    ]);
    expect(problems[0].reason).toMatch(/not valid JSON/);
    expect(problems[1].reason).toMatch(/field text/);
  });

  it('an unreachable feed URL', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/feed.xml`;
    const { docs, problems } = await readAll([url, join(formatsDir, 'seed-form.txt')], {
      addressAllowed: anyAddress,
    });
    expect(docs).toHaveLength(1);
    expect(problems[0].origin).toBe(url);
    expect(problems[0].reason).toMatch(/could not be fetched \(ECONNREFUSED\).*check the address/);
  });

  it('a URL at this machine, unless local addresses are allowed', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/feed.xml`;
    const { docs, problems } = await readAll([url, join(formatsDir, 'seed-form.txt')]);
    expect(docs).toHaveLength(1);
    expect(problems[0].origin).toBe(url);
    expect(problems[0].reason).toMatch(
      /is at a local or private address \(127\.0\.0\.1\).*--allow-private-urls/,
    );
  });

  it('a path that does not exist', async () => {
    const missing = join(tempDir(), 'no-such-dir');
    const { docs, problems } = await readAll([missing, join(formatsDir, 'seed-form.txt')]);
    expect(docs).toHaveLength(1);
    expect(problems).toEqual([
      { origin: missing, reason: expect.stringMatching(/does not exist: check the path/) },
    ]);
  });

  it('XML that is not a feed, and a feed that is not well-formed', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.xml'), '<?xml version="1.0"?><catalog><book>Skerry tales</book></catalog>');
    writeFileSync(
      join(dir, 'b.xml'),
      '<?xml version="1.0"?>\n<rss version="2.0"><channel><item><title>Broken</item></channel></rss>',
    );
    const { problems } = await readAll([dir]);
    expect(problems.map((p) => [p.origin, p.reason.split(':')[0]])).toEqual([
      [join(dir, 'a.xml'), 'is XML but not an RSS 2.0 or Atom feed'],
      [join(dir, 'b.xml'), expect.stringContaining('is not well-formed XML')],
    ]);
    expect(problems[1].line).toBe(2);
  });
});

describe('parley ingest on a directory mixing every format with one broken file of each kind', () => {
  it('stores the good files, names each bad one with its reason, and exits non-zero', async () => {
    const dir = tempDir();
    for (const name of [
      'seed-form.txt',
      'front-matter.txt',
      'article.html',
      'feed-rss.xml',
      'feed-atom.xml',
      'wire.jsonl',
    ]) {
      copyFileSync(join(formatsDir, name), join(dir, name));
    }
    mkdirSync(join(dir, 'broken'));
    const broken = (name: string) => join(dir, 'broken', name);
    writeFileSync(broken('empty.txt'), '');
    writeFileSync(broken('binary.bin'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0]));
    writeFileSync(broken('latin1.txt'), Buffer.from([0x64, 0x61, 0x74, 0x65, 0x20, 0xe9, 0x0a]));
    writeFileSync(broken('undated.txt'), 'Veska and Ormund met again.');
    writeFileSync(broken('bad.jsonl'), '{"text": "fine", "date": "2026-05-05"}\nnot json\n');
    writeFileSync(broken('huge.txt'), `date 2026-05-06\n${'x'.repeat(5000)}`);
    const unreachable = `http://127.0.0.1:${await closedPort()}/feed.xml`;
    const missing = join(dir, 'missing.txt');
    const db = join(tempDir(), 'store.db');

    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/parley-dev.ts',
        'ingest',
        dir,
        unreachable,
        missing,
        '--db',
        db,
        '--max-bytes',
        '4096',
        '--allow-private-urls',
        '--json',
      ],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    const summary = JSON.parse(run.stdout);
    // 1 seed-form + 1 front matter + 1 html + 2 rss + 2 atom + 3 jsonl + 1 good line of bad.jsonl
    expect(summary.stored).toBe(11);
    expect(summary.nearDuplicates).toBe(1);
    expect(summary.notEnglish).toBe(1);
    const named = summary.problems.map((p: { origin: string; line?: number; reason: string }) => [
      p.origin.replace(dir, 'DIR'),
      p.line,
      p.reason.split(/[:(]/)[0].trim(),
    ]);
    expect(named).toEqual([
      ['DIR/broken/bad.jsonl', 2, 'is not valid JSON'],
      ['DIR/broken/binary.bin', undefined, 'looks like a binary file'],
      ['DIR/broken/empty.txt', undefined, 'is empty'],
      ['DIR/broken/huge.txt', undefined, 'is 4.9 KB, over the --max-bytes limit of 4.0 KB'],
      ['DIR/broken/latin1.txt', 1, 'is not valid UTF-8'],
      ['DIR/broken/undated.txt', undefined, 'has no date'],
      [unreachable, undefined, 'could not be fetched'],
      ['DIR/missing.txt', undefined, 'does not exist'],
    ]);
    expect(summary.failed).toBe(8);

    const docs = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/parley-dev.ts', 'docs', '--db', db, '--json'],
      {
        cwd: repoRoot,
        encoding: 'utf8',
      },
    );
    expect(docs.status).toBe(0);
    expect(JSON.parse(docs.stdout)).toHaveLength(11);
  });
});
