/**
 * A document longer than a section is read in sections cut between paragraphs, each as a document
 * of its own, and their annotations joined with offsets into the whole text and indexes into its
 * lists. (The sections here are a few thousand characters; the real size is a million.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import type { ParleyDocument } from '../../src/core/model.js';
import { createContext, createDocument, Pipeline, sectionsOf } from '../../src/core/pipeline.js';
import { defaultStages } from '../../src/core/stages.js';

const corpus = join(import.meta.dirname, '..', '..', 'examples', 'corpus');
const ctx = createContext(loadCodebook([join(corpus, '..', 'codebook.yaml')]));
const SECTION = 4_000;

/** The sample articles run together, their date lines dropped: about 34,000 characters. */
const text = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) =>
    readFileSync(join(corpus, f), 'utf8')
      .replace(/^date \S+\n/, '')
      .trim(),
  )
  .join('\n\n');

const read = (body: string, sectionChars = SECTION) =>
  new Pipeline(defaultStages(), ctx, sectionChars).run(createDocument(body, { date: '2026-07-01' }));

/** What a reader checks of the facts: their words in the text, and who. */
const facts = (doc: ParleyDocument) => ({
  statements: doc.statements.map((s) => [
    doc.text.slice(s.content.start, s.content.end),
    s.speaker,
    s.actor,
    s.entity === undefined ? undefined : doc.entities[s.entity].name,
  ]),
  positions: doc.positions.map((p) => [
    p.actor,
    p.issue,
    p.stance,
    doc.text.slice(p.evidence.start, p.evidence.end),
    p.statement === undefined
      ? undefined
      : doc.text.slice(doc.statements[p.statement].start, doc.statements[p.statement].end),
  ]),
  events: doc.events.map((e) => [e.type, e.actors, doc.text.slice(e.evidence.start, e.evidence.end)]),
  mentions: doc.mentions.map((m) => [
    doc.text.slice(m.start, m.end),
    m.entity === undefined ? undefined : doc.entities[m.entity].name,
  ]),
  timexes: doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.value]),
});

describe('a document read in sections', () => {
  const whole = read(text);
  const sections = sectionsOf(read(text, Number.POSITIVE_INFINITY), SECTION);

  it('cuts between paragraphs into sections no longer than the limit', () => {
    expect(sections.length).toBeGreaterThan(5);
    for (const s of sections) {
      expect(s.end - s.start).toBeLessThanOrEqual(SECTION);
      expect(text[s.start - 1] ?? '\n').toBe('\n');
    }
    expect(whole.notices).toContain(
      `read in ${sections.length} sections of at most 4,000 characters: pronouns, unnamed sources and repeated events are resolved within a section`,
    );
  });

  it('has, section by section, the facts each section has as a document of its own', () => {
    // Each section with the blocks the layout of the whole found (a section's first paragraph
    // is no dateline of its own), read by the stages after layout.
    const parts = sections.map((s) => {
      const doc = createDocument(text.slice(s.start, s.end), { date: '2026-07-01' });
      doc.blocks = s.blocks.map(({ block }) => ({
        ...block,
        start: block.start - s.start,
        end: block.end - s.start,
      }));
      for (const stage of defaultStages().filter((x) => x.name !== 'layout')) stage.run(doc, ctx);
      return facts(doc);
    });
    const joined = facts(whole);
    for (const key of Object.keys(joined) as Array<keyof typeof joined>)
      expect(joined[key]).toEqual(parts.flatMap((p) => p[key]));
    expect(whole.statements.length).toBeGreaterThan(20);
    expect(whole.positions.length).toBeGreaterThan(5);
  });

  it('keeps the links between lists: mentions and entities, sentences and blocks', () => {
    whole.entities.forEach((e, i) => {
      for (const m of e.mentions) expect(whole.mentions[m].entity).toBe(i);
    });
    for (const s of whole.sentences) {
      const block = whole.blocks[s.block];
      expect(s.start >= block.start && s.end <= block.end).toBe(true);
    }
    expect(whole.tokens).toEqual([]);
  });

  it('cuts a paragraph longer than a section after a sentence', () => {
    const paragraph = text.replace(/\s*\n\s*/g, ' ');
    const doc = read(paragraph);
    const cuts = sectionsOf(doc, SECTION);
    const blockEnds = new Set(doc.blocks.map((b) => b.end));
    const inside = cuts.filter((s) => !blockEnds.has(s.end));
    expect(inside.length).toBeGreaterThan(5);
    for (const s of inside) expect(paragraph.slice(s.end - 2, s.end)).toBe('. ');
    // Its sentences, read in several sections, all belong to that one paragraph.
    const paragraphBlock = doc.blocks.findIndex((b) => b.kind === 'paragraph');
    expect(new Set(doc.sentences.map((s) => s.block))).toEqual(new Set([paragraphBlock]));
  });

  it('reads a document no longer than a section as one', () => {
    const short = text.slice(0, text.indexOf('\n\n', 3_000));
    expect(facts(read(short))).toEqual(facts(read(short, Number.POSITIVE_INFINITY)));
    expect(read(short).notices).toEqual([]);
  });
});
