/**
 * A folder of symbolic links to the texts is read like the texts: the links are followed, a
 * folder reached twice is read once, and a broken link is named (not skipped in silence).
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkFiles } from '../../src/core/ingest/sources.js';

const collect = async (dir: string) => {
  const out: string[] = [];
  for await (const path of walkFiles(dir)) out.push(path);
  return out;
};

describe('walking a folder of links', () => {
  it('follows links to files and folders, reads a looped folder once, and yields a broken link', async () => {
    const root = mkdtempSync(join(tmpdir(), 'parley-links-'));
    const texts = join(root, 'texts');
    mkdirSync(texts);
    writeFileSync(join(texts, 'veska.txt'), 'Veska and Ormund met in Lumen on Monday.');
    const links = join(root, 'links');
    mkdirSync(links);
    symlinkSync(join(texts, 'veska.txt'), join(links, 'a.txt'));
    symlinkSync(texts, join(links, 'more'));
    symlinkSync(links, join(links, 'loop'));
    symlinkSync(join(root, 'missing.txt'), join(links, 'b.txt'));
    const got = await collect(links);
    expect(got).toEqual([join(links, 'a.txt'), join(links, 'b.txt'), join(links, 'more', 'veska.txt')]);
  });
});
