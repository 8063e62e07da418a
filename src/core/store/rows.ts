/**
 * What every store engine writes the same way: the evidence sentence of a fact, the annotated
 * document as kept, the non-story blocks, the words full-text search matches, search snippets and
 * the MinHash signature as bytes. Defined once, so that the engines' answers cannot drift apart.
 */
import type { BlockKind, NegotiationEvent, ParleyDocument, Position, Span, Statement } from '../model.js';
import { normaliseQuotes } from '../pipeline.js';
import { recordFields } from '../records.js';
import { firstAtLeast } from '../sorted.js';
import type { DocumentDump, SearchHit, StoredDocument, StoredFact } from './store.js';

/** The sentence(s) a span lies in; the paragraph when sentences are not split yet; else the span. */
export function evidenceText(doc: ParleyDocument, span: Span): string {
  // Sentences and blocks are in text order, apart from each other: the one that holds an offset
  // is the last that starts before it (a binary search, not a pass over every sentence per fact).
  const covering = (list: Span[]): Span | undefined => {
    const first = list[firstAtLeast(list, span.start + 1, (s) => s.start) - 1];
    if (!first || !(span.start < first.end)) return undefined;
    const holder = list[firstAtLeast(list, span.end, (s) => s.start) - 1];
    const last = holder && span.end <= holder.end ? holder : first;
    return { start: first.start, end: Math.max(first.end, last.end) };
  };
  const range = covering(doc.sentences) ?? covering(doc.blocks) ?? span;
  return doc.text.slice(range.start, range.end);
}

export function layoutCounts(doc: Pick<ParleyDocument, 'blocks'>): Partial<Record<BlockKind, number>> {
  const counts: Partial<Record<BlockKind, number>> = {};
  for (const block of doc.blocks) counts[block.kind] = (counts[block.kind] ?? 0) + 1;
  return counts;
}

/** The annotated document as stored: without `text` (its own column), `norm`, `tokens` and the facts. */
export function annotationsOf(doc: ParleyDocument): DocumentDump['annotations'] {
  // The facts are stored once, in their own tables, and put back by getDocument.
  const {
    text: _text,
    norm: _norm,
    tokens: _tokens,
    statements: _statements,
    positions: _positions,
    events: _events,
    ...rest
  } = doc;
  return rest;
}

export const documentJson = (doc: ParleyDocument): string => JSON.stringify(annotationsOf(doc));

const NON_STORY_LIMIT = 50;
const NON_STORY_TEXT = 200;

/** The blocks of a text that are not story paragraphs, with their (clipped) text. */
export function nonStoryBlocks<K extends string>(
  text: string,
  blocks: { kind: K; start: number; end: number }[],
): { kind: K; text: string }[] {
  return blocks
    .filter((b) => b.kind !== 'paragraph')
    .slice(0, NON_STORY_LIMIT)
    .map((b) => ({ kind: b.kind, text: text.slice(b.start, Math.min(b.end, b.start + NON_STORY_TEXT)) }));
}

export const actorsOf = (actor: string | string[] | null | undefined): string[] =>
  actor == null ? [] : Array.isArray(actor) ? actor : [actor];

/** Every actor an event involves: its parties, and who acted on whom. */
export const eventActors = (event: { actors: string[]; source?: string[]; target?: string[] }): string[] => [
  ...event.actors,
  ...(event.source ?? []),
  ...(event.target ?? []),
];

/** The rows of `document_negotiations` for a document (from its `negotiations` stage's annotation). */
export function documentNegotiationRows(
  doc: Pick<ParleyDocument, 'assignment'>,
  docId: string,
  docDate: string,
) {
  return (doc.assignment ?? []).map((a) => ({
    negotiation: a.negotiation,
    doc_id: docId,
    doc_date: docDate,
    main: a.main ? 1 : 0,
    reason: a.reason,
    blocks: JSON.stringify(a.blocks),
    by_user: a.byUser ? 1 : 0,
  }));
}

/** The columns of `document_negotiations`, in the order `documentNegotiationRows` gives them. */
export const DOCUMENT_NEGOTIATION_COLUMNS = [
  'negotiation',
  'doc_id',
  'doc_date',
  'main',
  'reason',
  'blocks',
  'by_user',
];

/** What a position's record adds to it, from its own document (its statement is in the same one). */
export function positionRecordFields(
  doc: Pick<ParleyDocument, 'statements'>,
  position: Position,
  docDate: string,
) {
  const statement: Statement | undefined =
    position.statement === undefined ? undefined : doc.statements[position.statement];
  return recordFields(position, docDate, statement);
}

/** A MinHash signature as stored: little-endian uint32s. */
export const signatureToBlob = (signature: Uint32Array): Buffer => {
  const blob = Buffer.alloc(signature.length * 4);
  for (let i = 0; i < signature.length; i++) blob.writeUInt32LE(signature[i], i * 4);
  return blob;
};

export const signatureFromBlob = (blob: Buffer): Uint32Array => {
  const signature = new Uint32Array(blob.length / 4);
  for (let i = 0; i < signature.length; i++) signature[i] = blob.readUInt32LE(i * 4);
  return signature;
};

export const toHex64 = (value: bigint): string => value.toString(16).padStart(16, '0');

/**
 * The words full-text search matches: runs of letters and digits, lower-cased, without
 * diacritics ("Ormund's" → ormund, s; "Dvořák" → dvorak), as SQLite's unicode61 tokenizer makes
 * them. PostgreSQL indexes these very words, so both engines find the same documents.
 */
export function searchWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) =>
    w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(),
  );
}

/** The distinct search words of a text, for an index of words. */
export const distinctSearchWords = (...texts: string[]): string[] => [...new Set(texts.flatMap(searchWords))];

const SNIPPET_WORDS = 16;

/**
 * The passage of `text` around its first word of `query`, with the query's words in [brackets]
 * and "…" where it is cut: about 16 words, the first match a few words in.
 */
export function snippet(text: string, query: string): string {
  const wanted = new Set(searchWords(query));
  // Plain ASCII words need no folding beyond lower case (the common case, and the cheap one).
  const isMatch = (word: string) =>
    wanted.has(/^[\x20-\x7e]*$/.test(word) ? word.toLowerCase() : (searchWords(word)[0] ?? ''));
  const pattern = /[\p{L}\p{N}]+/gu;
  const words: RegExpExecArray[] = [];
  let first = -1;
  let more = false;
  // Words are read up to the first match and the snippet's length after it, not to the end.
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (first >= 0 && words.length >= first + SNIPPET_WORDS) {
      more = true;
      break;
    }
    words.push(m);
    if (first < 0 && isMatch(m[0])) first = words.length - 1;
  }
  const from = Math.max(0, Math.min(Math.max(first, 0) - 3, words.length - SNIPPET_WORDS));
  const to = Math.min(words.length, from + SNIPPET_WORDS);
  if (to <= from) return text.slice(0, 200);
  let out = '';
  let at = words[from].index;
  for (let i = from; i < to; i++) {
    const m = words[i];
    out += text.slice(at, m.index);
    out += isMatch(m[0]) ? `[${m[0]}]` : m[0];
    at = m.index + m[0].length;
  }
  return `${from > 0 ? '…' : ''}${out}${to < words.length || more ? '…' : ''}`.replace(/\s+/g, ' ');
}

/** A document search hit from a row and the query (the snippet made here for every engine alike). */
export const searchHit = (
  row: { id: string; title: string | null; date: string; text: string },
  query: string,
): SearchHit => ({
  id: row.id,
  title: row.title ?? undefined,
  date: row.date,
  snippet: snippet(row.text, query),
});

/** A row of `documents` as both engines read it (without its text and annotations). */
export interface DocumentRow {
  seq: number;
  id: string;
  hash: string;
  date: string;
  title: string | null;
  url: string | null;
  source: string | null;
  byline: string | null;
  lang: string;
  words: number;
  duplicate_of: string | null;
  status: StoredDocument['status'];
  layout: string | null;
  non_story: string | null;
  ingested_at: string;
}

export const DOCUMENT_COLUMNS =
  'seq, id, hash, date, title, url, source, byline, lang, words, duplicate_of, status, layout, non_story, ingested_at';

/** A row of a fact table as the fact queries read it. */
export interface FactRow {
  id: number;
  doc_id: string;
  doc_date: string;
  evidence_text: string;
  fact: string;
}

export function toStoredDocument(row: DocumentRow): StoredDocument {
  return {
    id: row.id,
    hash: row.hash,
    date: row.date,
    title: row.title ?? undefined,
    url: row.url ?? undefined,
    source: row.source ?? undefined,
    byline: row.byline ?? undefined,
    lang: row.lang,
    words: row.words,
    duplicateOf: row.duplicate_of ?? undefined,
    status: row.status,
    layout: row.layout ? JSON.parse(row.layout) : undefined,
    nonStory: row.non_story ? JSON.parse(row.non_story) : undefined,
    ingestedAt: row.ingested_at,
  };
}

export const toStoredFact = <T>(row: FactRow): StoredFact<T> => ({
  id: Number(row.id),
  docId: row.doc_id,
  docDate: row.doc_date,
  evidenceText: row.evidence_text,
  fact: JSON.parse(row.fact) as T,
});

/** A stored document put back together: the row, its text, its annotations and its facts in order. */
export function storedDocument(
  row: DocumentRow & { text: string; doc_json: string },
  facts: { statements: Statement[]; positions: Position[]; events: NegotiationEvent[] },
): StoredDocument & { text: string; doc: ParleyDocument } {
  const stored = JSON.parse(row.doc_json) as Omit<ParleyDocument, 'text' | 'norm' | 'tokens'>;
  // The fact tables are where the facts live (a store written before them kept copies in
  // doc_json, which reprocessing may have outdated).
  const doc: ParleyDocument = {
    ...stored,
    ...facts,
    text: row.text,
    norm: normaliseQuotes(row.text),
    tokens: [],
  };
  return { ...toStoredDocument(row), text: row.text, doc };
}

/** A dumped document from its row (with its fingerprint as text or hex) and its facts. */
export function documentDump(
  row: DocumentRow & { text: string; doc_json: string; minhash: Buffer | null },
  fingerprint: bigint,
  facts: Pick<DocumentDump, 'statements' | 'positions' | 'events'>,
): DocumentDump {
  return {
    info: toStoredDocument(row),
    text: row.text,
    annotations: JSON.parse(row.doc_json),
    fingerprint: BigInt.asUintN(64, fingerprint),
    minhash: row.minhash ? signatureFromBlob(row.minhash) : undefined,
    ...facts,
  };
}
