/**
 * The pipeline: named stages run in order over one document, each adding its annotations.
 * Stages are registered here in the order the data needs them; each is pure and testable alone.
 */
import { createHash } from 'node:crypto';
import { type Codebook, loadCodebook } from './codebook/codebook.js';
import type { Block, DocumentMeta, ParleyDocument, PipelineContext, Span, Stage } from './model.js';

/** Same-length normalisation: every quotation mark and apostrophe shape folded to ASCII. */
export function normaliseQuotes(text: string): string {
  return text
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u301D\u301E\uFF02]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2039\u203A\u2032\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-');
}

export const contentId = (text: string): string =>
  createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Every annotation list of a document, empty. */
const noAnnotations = () => ({
  blocks: [] as Block[],
  sentences: [],
  tokens: [],
  quotes: [],
  mentions: [],
  entities: [],
  statements: [],
  positions: [],
  events: [],
  timexes: [],
  notices: [],
});

/** A new document with no annotations yet. */
export function createDocument(text: string, meta: DocumentMeta): ParleyDocument {
  return { ...meta, id: contentId(text), text, norm: normaliseQuotes(text), ...noAnnotations() };
}

export function createContext(codebook: Codebook = loadCodebook()): PipelineContext {
  return { codebook, cache: new Map() };
}

/**
 * The longest text the stages after `layout` read as one (characters). A longer document — a
 * transcript, a report of many chapters, articles run together — is read in sections of at most
 * this size, cut between paragraphs, and their annotations joined: the time and memory a document
 * takes then grow in proportion to its length whatever the text is like, and one section's memory
 * is freed before the next is read. Within a section, everything is as for a document of its own;
 * across sections, a pronoun or an unnamed source does not reach back to the section before, and
 * events told in two sections are not merged. News articles are a hundred times shorter.
 */
export const SECTION_CHARS = 1_000_000;

export class Pipeline {
  constructor(
    readonly stages: Stage[],
    readonly ctx: PipelineContext,
    /** See SECTION_CHARS (smaller in tests). */
    readonly sectionChars = SECTION_CHARS,
  ) {}

  /** Run every stage (or those up to and including `until`) over the document, in place. */
  run(doc: ParleyDocument, until?: string): ParleyDocument {
    const rest = this.begin(doc, until);
    if (!rest) return doc;
    const sections = sectionsOf(doc, this.sectionChars);
    for (const section of sections)
      joinSection(doc, this.readSection(sectionDocument(doc, section), rest), section);
    return this.endSections(doc, sections.length, rest);
  }

  /**
   * Run every stage over the document, as `run` does, with the sections of a long document read by
   * `readSection` (on a worker thread: `readSection` of a pipeline over the same codebook there),
   * up to `inFlight` at a time, and joined in order: the same annotations as `run`. `meanwhile`
   * runs on this thread once the layout is done and the first sections are being read.
   */
  async runInSections(
    doc: ParleyDocument,
    readSection: (part: ParleyDocument) => Promise<ParleyDocument>,
    inFlight: number,
    meanwhile: () => void = () => {},
  ): Promise<ParleyDocument> {
    if (!this.begin(doc)) {
      meanwhile();
      return doc;
    }
    const sections = sectionsOf(doc, this.sectionChars);
    const reading: Promise<ParleyDocument>[] = [];
    const start = (i: number) => {
      if (i >= sections.length) return;
      reading[i] = readSection(sectionDocument(doc, sections[i]));
      // Awaited in order below; should an earlier one fail, this one's failure is not left unheard.
      reading[i].catch(() => {});
    };
    for (let i = 0; i < inFlight; i++) start(i);
    meanwhile();
    for (let i = 0; i < sections.length; i++) {
      const part = await reading[i];
      delete reading[i];
      start(i + inFlight);
      joinSection(doc, part, sections[i]);
    }
    return this.endSections(doc, sections.length, this.afterLayout(true));
  }

  /** The stages after layout over one section, as a document of its own; its tokens are not kept. */
  readSection(part: ParleyDocument, stages = this.afterLayout()): ParleyDocument {
    for (const stage of stages) if (!stage.wholeDocument) stage.run(part, this.ctx);
    part.tokens = [];
    return part;
  }

  /** The stages after layout: those a section runs (`whole`: those that read the whole document). */
  private afterLayout(whole = false): Stage[] {
    return this.stages
      .slice(this.stages.findIndex((s) => s.name === 'layout') + 1)
      .filter((s) => Boolean(s.wholeDocument) === whole);
  }

  /**
   * Run the stages up to `until` over the whole document and return nothing, or, when the document
   * is read in sections, run those up to layout (one pass over the lines: the sections are cut
   * between its blocks) and return the stages still to run on each section.
   */
  private begin(doc: ParleyDocument, until?: string): Stage[] | undefined {
    const last =
      until === undefined ? this.stages.length - 1 : this.stages.findIndex((s) => s.name === until);
    const stages = last < 0 ? this.stages : this.stages.slice(0, last + 1);
    const layout = stages.findIndex((s) => s.name === 'layout');
    if (doc.text.length <= this.sectionChars || layout < 0 || layout === stages.length - 1) {
      for (const stage of stages) stage.run(doc, this.ctx);
      return undefined;
    }
    for (const stage of stages.slice(0, layout + 1)) stage.run(doc, this.ctx);
    return stages.slice(layout + 1);
  }

  /** `rest`: the stages still to run; those that read the whole document run once it is joined. */
  private endSections(doc: ParleyDocument, count: number, rest: Stage[]): ParleyDocument {
    // The tokens of each section were dropped with it (a store keeps none; they are recomputable).
    doc.tokens = [];
    doc.notices.push(
      `read in ${count} sections of at most ${this.sectionChars.toLocaleString('en')} characters: pronouns, unnamed sources and repeated events are resolved within a section`,
    );
    for (const stage of rest) if (stage.wholeDocument) stage.run(doc, this.ctx);
    return doc;
  }
}

/** A part of a document read on its own: its span, and for each of its blocks the block of the whole. */
export interface Section extends Span {
  blocks: Array<{ block: Block; whole: number }>;
}

/**
 * Where a block longer than a section may be cut: after a sentence's end, else at a space, else
 * anywhere; as late as `end` allows.
 */
function cutPoint(text: string, start: number, end: number): number {
  const window = text.slice(start, end);
  const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
  if (stop > window.length / 2) return start + stop + 2;
  const space = window.lastIndexOf(' ');
  return space > window.length / 2 ? start + space + 1 : end;
}

/** Cut a laid-out document into sections of at most `size` characters, between blocks. */
export function sectionsOf(doc: Pick<ParleyDocument, 'text' | 'blocks'>, size: number): Section[] {
  // Blocks longer than a section are cut into pieces first.
  const pieces: Array<{ block: Block; whole: number }> = [];
  doc.blocks.forEach((block, whole) => {
    let start = block.start;
    while (block.end - start > size) {
      const cut = cutPoint(doc.text, start, start + size);
      pieces.push({ block: { ...block, start, end: cut }, whole });
      start = cut;
      while (start < block.end && /\s/.test(doc.text[start])) start++;
    }
    if (start < block.end) pieces.push({ block: { ...block, start }, whole });
  });
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const piece of pieces) {
    if (!current || piece.block.end - current.start > size) {
      current = { start: piece.block.start, end: piece.block.end, blocks: [] };
      sections.push(current);
    }
    current.blocks.push(piece);
    current.end = piece.block.end;
  }
  return sections;
}

/** A section as a document of its own: its text, and its blocks with offsets into it. */
export function sectionDocument(doc: ParleyDocument, section: Section): ParleyDocument {
  const shift = (span: Block): Block => ({
    ...span,
    start: span.start - section.start,
    end: span.end - section.start,
  });
  const { title, url, source, byline, date, lang, id } = doc;
  return {
    ...{ title, url, source, byline, date, lang, id },
    text: doc.text.slice(section.start, section.end),
    norm: doc.norm.slice(section.start, section.end),
    ...noAnnotations(),
    blocks: section.blocks.map((b) => shift(b.block)),
  };
}

/**
 * Move every span of an annotation (an object with numeric `start` and `end`, at any depth) by
 * `offset`; each object once, as annotations may share one (a span of evidence).
 */
function shiftSpans(value: unknown, offset: number, seen: Set<object>): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) shiftSpans(item, offset, seen);
    return;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.start === 'number' && typeof record.end === 'number') {
    record.start += offset;
    record.end += offset;
  }
  for (const key of Object.keys(record)) shiftSpans(record[key], offset, seen);
}

/** Append a section's annotations to the whole document: offsets into its text, indexes into its lists. */
function joinSection(doc: ParleyDocument, part: ParleyDocument, section: Section): void {
  const seen = new Set<object>();
  const lists = [
    part.sentences,
    part.quotes,
    part.mentions,
    part.statements,
    part.positions,
    part.events,
    part.timexes,
  ];
  for (const list of lists) shiftSpans(list, section.start, seen);
  const base = {
    mention: doc.mentions.length,
    entity: doc.entities.length,
    statement: doc.statements.length,
  };
  const entity = (i: number | undefined) => (i === undefined ? undefined : i + base.entity);
  for (const s of part.sentences) doc.sentences.push({ ...s, block: section.blocks[s.block].whole });
  doc.quotes.push(...part.quotes);
  for (const m of part.mentions)
    doc.mentions.push(m.entity === undefined ? m : { ...m, entity: entity(m.entity) });
  for (const e of part.entities)
    doc.entities.push({ ...e, mentions: e.mentions.map((m) => m + base.mention) });
  for (const s of part.statements)
    doc.statements.push(s.entity === undefined ? s : { ...s, entity: entity(s.entity) });
  for (const p of part.positions)
    doc.positions.push({
      ...p,
      ...(p.entity === undefined ? {} : { entity: entity(p.entity) }),
      ...(p.statement === undefined ? {} : { statement: p.statement + base.statement }),
    });
  doc.events.push(...part.events);
  doc.timexes.push(...part.timexes);
  for (const notice of part.notices) if (!doc.notices.includes(notice)) doc.notices.push(notice);
}
