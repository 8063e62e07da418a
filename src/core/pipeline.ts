/**
 * The pipeline: named stages run in order over one document, each adding its annotations.
 * Stages are registered here in the order the data needs them; each is pure and testable alone.
 */
import { createHash } from 'node:crypto';
import { type Codebook, loadCodebook } from './codebook/codebook.js';
import type { DocumentMeta, ParleyDocument, PipelineContext, Stage } from './model.js';

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

/** A new document with no annotations yet. */
export function createDocument(text: string, meta: DocumentMeta): ParleyDocument {
  return {
    ...meta,
    id: contentId(text),
    text,
    norm: normaliseQuotes(text),
    blocks: [],
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
  };
}

export function createContext(codebook: Codebook = loadCodebook()): PipelineContext {
  return { codebook, cache: new Map() };
}

export class Pipeline {
  constructor(
    readonly stages: Stage[],
    readonly ctx: PipelineContext,
  ) {}

  /** Run every stage (or those up to and including `until`) over the document, in place. */
  run(doc: ParleyDocument, until?: string): ParleyDocument {
    for (const stage of this.stages) {
      stage.run(doc, this.ctx);
      if (stage.name === until) break;
    }
    return doc;
  }
}
