import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutBlocks } from '../../src/core/analyse/layout.js';
import { formatsDir, readAll } from './helpers.js';

const kinds = (text: string) => layoutBlocks(text).map((b) => [b.kind, text.slice(b.start, b.end)]);

describe('layout of ingested documents', () => {
  it('marks lines that only give the publication time as timestamps, not story', () => {
    for (const line of [
      '21 May 2026',
      'Updated: March 3, 2026 10:45 AM EST',
      '2026-05-21',
      'Published 10:45 GMT',
      'Thu, 21 May 2026',
    ]) {
      expect(kinds(`${line}\n\nVeska said it would return.`)).toEqual([
        ['timestamp', line],
        ['paragraph', 'Veska said it would return.'],
      ]);
    }
    expect(kinds('May 21 was the day Veska walked out.')).toEqual([
      ['paragraph', 'May 21 was the day Veska walked out.'],
    ]);
  });

  it('gives the HTML sample a byline, a timestamp and a dateline in front of the story', async () => {
    const { docs } = await readAll([join(formatsDir, 'article.html')]);
    const blocks = kinds(docs[0].text);
    expect(blocks.slice(0, 4)).toEqual([
      ['byline', 'By Teodor Rask'],
      ['timestamp', '21 May 2026'],
      ['dateline', 'LUMEN — '],
      ['paragraph', expect.stringMatching(/^The Veskan delegation walked out/)],
    ]);
  });

  it('recognises the heading and the Read More line of the seed-form sample', async () => {
    const { docs } = await readAll([join(formatsDir, 'seed-form.txt')]);
    const blocks = kinds(docs[0].text).filter(([kind]) => kind !== 'paragraph');
    expect(blocks).toEqual([
      ['heading', 'TALKS IN LUMEN TO RESUME NEXT WEEK'],
      ['link', 'Read More: Skerry Islanders demand a seat at the table'],
    ]);
  });
});
