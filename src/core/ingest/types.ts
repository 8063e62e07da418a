/**
 * What readers produce: raw documents (text and whatever metadata the source gave) and problems
 * (bad input, named by file and line, with what to do), in one stream so that a bad file never
 * stops the batch.
 */
import type { DocumentMeta, Span } from '../model.js';

/** A document as read, before any analysis. `meta.date` is always set (readers check it). */
export interface RawDocument {
  text: string;
  meta: DocumentMeta;
  /** Where it came from: a path, URL or "stdin", with ":LINE" or " item N" inside a file. */
  origin: string;
  /** Spans of `text` the source's markup declared headings (HTML `<h2>`…). */
  headings?: Span[];
}

export interface IngestProblem {
  /** The file, URL or "stdin". */
  origin: string;
  /** 1-based line (JSONL line, line of invalid UTF-8) or feed item number, when known. */
  line?: number;
  item?: number;
  /** What is wrong and what to do about it. */
  reason: string;
}

export type ReadItem =
  | { kind: 'document'; raw: RawDocument }
  | { kind: 'problem'; problem: IngestProblem }
  /** One input (file, URL, stdin) has been read through. */
  | { kind: 'input-done'; origin: string }
  /** A file met in a directory walk that is not an article (a gold file, a codebook), left alone. */
  | { kind: 'passed-over'; origin: string };

export interface ReadOptions {
  /** Date for documents that carry none (ISO YYYY-MM-DD). */
  defaultDate?: string;
  /** Largest input file (or JSONL line) read, in bytes. */
  maxBytes: number;
  /** Where `-` reads from (tests pass their own stream). */
  stdin?: NodeJS.ReadableStream;
  /** Milliseconds before a feed URL counts as unreachable. */
  fetchTimeoutMs?: number;
  /**
   * Which addresses a URL may be fetched from. Default: public ones only (`isPublicAddress`):
   * loopback, link-local and private addresses are refused, redirects and DNS answers included.
   */
  addressAllowed?: (address: string) => boolean;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export const problemText = (p: IngestProblem): string =>
  `${p.origin}${p.line ? `:${p.line}` : ''}${p.item ? ` (item ${p.item})` : ''}: ${p.reason}`;
