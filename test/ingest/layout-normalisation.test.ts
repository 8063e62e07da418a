import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutBlocks, layoutStage } from '../../src/core/analyse/layout.js';
import { prepareDocument } from '../../src/core/ingest/prepare.js';
import { createContext, Pipeline } from '../../src/core/pipeline.js';
import { formatsDir, readAll, tempDir } from './helpers.js';

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
      ['paragraph', expect.stringMatching(/^The Tarsian mediator was still looking/)],
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

  it('keeps HTML subheadings as headings, whatever their case, with offsets into the text', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'subheads.html'),
      `<html><head><title>Talks resume</title><meta name="date" content="2026-08-12"></head><body><article>
        <p>Veska and Ormund resumed talks in Lumen on Wednesday after a two-week pause, the mediator said.</p>
        <h2>What the <em>fishermen</em> want</h2>
        <p>The detained fishermen's families asked both delegations to settle their release first.</p>
        <h3>Next steps</h3>
        <p>Tarsian envoy Mira Solenne said the next round would open in September.</p>
      </article></body></html>`,
    );
    const { docs } = await readAll([join(dir, 'subheads.html')]);
    const [raw] = docs;
    expect(raw.headings?.map((h) => raw.text.slice(h.start, h.end))).toEqual([
      'What the fishermen want',
      'Next steps',
    ]);
    const prepared = prepareDocument(raw, new Pipeline([layoutStage], createContext()));
    expect(prepared.doc.blocks.map((b) => [b.kind, raw.text.slice(b.start, b.end).slice(0, 20)])).toEqual([
      ['paragraph', 'Veska and Ormund res'],
      ['heading', 'What the fishermen w'],
      ['paragraph', 'The detained fisherm'],
      ['heading', 'Next steps'],
      ['paragraph', 'Tarsian envoy Mira S'],
    ]);
  });
});
