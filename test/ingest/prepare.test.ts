import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords, detectLanguage, prepareDocument } from '../../src/core/ingest/prepare.js';
import type { RawDocument } from '../../src/core/ingest/types.js';
import { defaultPipeline } from '../../src/core/stages.js';
import { formatsDir } from './helpers.js';

const pipeline = defaultPipeline();
const wire = readFileSync(join(formatsDir, 'wire.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { text: string; date: string; title: string });
const raw = (i: number): RawDocument => ({
  text: wire[i].text,
  meta: { date: wire[i].date, title: wire[i].title },
  origin: `wire.jsonl:${i + 1}`,
});

describe('prepareDocument', () => {
  it('annotates an English document with the whole pipeline', () => {
    const prepared = prepareDocument(raw(0), pipeline);
    expect(prepared.lang).toBe('eng');
    expect(prepared.status).toBe('extracted');
    expect(prepared.doc).toMatchObject({
      date: '2026-09-02',
      title: wire[0].title,
      lang: 'eng',
      text: wire[0].text,
    });
    expect(prepared.doc.blocks.map((b) => b.kind)).toEqual([
      'dateline',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(prepared.doc.sentences.length).toBeGreaterThan(4);
    expect(prepared.hash).toBe(createHash('sha256').update(wire[0].text).digest('hex'));
    expect(prepared.doc.id).toBe(prepared.hash.slice(0, 16));
    expect(prepared.words).toBe(countWords(wire[0].text));
  });

  it('keeps a non-English document, with its layout, out of the English pipeline, with a notice', () => {
    const prepared = prepareDocument(raw(2), pipeline);
    expect(prepared.lang).toBe('fra');
    expect(prepared.status).toBe('skipped');
    expect(prepared.doc.blocks.length).toBeGreaterThan(0);
    expect(prepared.doc.sentences).toEqual([]);
    expect(prepared.doc.statements).toEqual([]);
    expect(prepared.doc.notices).toEqual([expect.stringContaining('skipped by the English pipeline')]);
  });

  it('is pure: the same input gives the same output, which survives structured cloning (worker pools)', () => {
    const a = prepareDocument(raw(1), pipeline);
    const b = prepareDocument(raw(1), pipeline);
    expect(b).toEqual(a);
    expect(structuredClone(a)).toEqual(a);
  });

  it('detects languages, and leaves short texts undetermined', () => {
    expect(detectLanguage(wire[0].text)).toBe('eng');
    expect(detectLanguage(wire[2].text)).toBe('fra');
    expect(detectLanguage('Veska said no.')).toBe('und');
    expect(
      detectLanguage(
        'Die Regierung in Kessel hat am Montag erklärt, dass die Gespräche über die Fischereirechte in der nächsten Woche in Lumen fortgesetzt werden sollen.',
      ),
    ).toBe('deu');
  });
});
