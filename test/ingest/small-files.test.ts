/**
 * Files of article size are read in one synchronous call on the thread that hands out the work
 * (no trips to libuv's pool: issue 15, the main thread of a worker ingest is no bottleneck);
 * larger files and anything that is not a regular file (a named pipe, `<(…)` in a shell) are
 * still streamed. Both give the same documents.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSmallFile, SMALL_FILE } from '../../src/core/ingest/sources.js';
import { readAll, tempDir } from './helpers.js';

const article = (n: number) =>
  `date 2026-05-0${n}\n\nVeska said the talks with Ormund would resume in Tarsia on Monday.\n`;

describe('reading small files', () => {
  it('reads a small file whole, and says when it is over the limit', () => {
    const file = join(tempDir(), 'a.txt');
    writeFileSync(file, article(1));
    expect(readSmallFile(file, 1000)?.toString('utf8')).toBe(article(1));
    expect(readSmallFile(file, 10)).toBe('too-large');
  });

  it('gives the same documents for a file over SMALL_FILE (streamed) as for a small one', async () => {
    const dir = tempDir();
    const paragraph = 'Ormund said the ceasefire with Veska would hold through the winter.\n\n';
    const long = `date 2026-05-02\n\n${paragraph.repeat(Math.ceil((SMALL_FILE * 1.2) / paragraph.length))}`;
    writeFileSync(join(dir, 'a.txt'), article(1));
    writeFileSync(join(dir, 'b.txt'), long);
    const { docs, problems } = await readAll([dir]);
    expect(problems).toEqual([]);
    expect(docs.map((d) => d.meta.date)).toEqual(['2026-05-01', '2026-05-02']);
    expect(docs[0].text).toContain('would resume in Tarsia');
    expect(docs[1].text.length).toBeGreaterThan(SMALL_FILE);
  });

  it.skipIf(process.platform === 'win32')('reads a named pipe to its end, not as an empty file', async () => {
    const fifo = join(tempDir(), 'wire.txt');
    execFileSync('mkfifo', [fifo]);
    const writer = createWriteStream(fifo);
    writer.end(article(3));
    const { docs, problems } = await readAll([fifo]);
    expect(problems).toEqual([]);
    expect(docs).toHaveLength(1);
    expect(docs[0].meta.date).toBe('2026-05-03');
  });
});
