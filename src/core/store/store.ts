/**
 * The store interface: the rest of the core reaches storage only through it, so that another
 * engine can be added beside SQLite. Writes of one document and its facts are atomic.
 */
import type { CodebookSource } from '../code/codebook-sources.js';
import type { BlockKind, NegotiationEvent, ParleyDocument, Position, Statement } from '../model.js';

export interface StoredDocument {
  id: string;
  /** SHA-256 (hex) of the body text: ingesting the same text twice changes nothing. */
  hash: string;
  date: string;
  title?: string;
  url?: string;
  source?: string;
  byline?: string;
  lang: string;
  words: number;
  /** The id of the document this one is a near-duplicate of (syndicated copy, light update). */
  duplicateOf?: string;
  /** 'extracted': the pipeline's facts are stored; 'skipped': not English (kept, not extracted). */
  status: 'stored' | 'extracted' | 'skipped';
  /** How many layout blocks of each kind the body has ({paragraph: 24, heading: 1, link: 1}). */
  layout?: Partial<Record<BlockKind, number>>;
  /** The blocks that are not story (headings, "Read More" lines, bylines, datelines), with their text. */
  nonStory?: { kind: BlockKind; text: string }[];
  ingestedAt: string;
}

/** A fact as stored: the annotation plus the document it came from and its evidence text. */
export interface StoredFact<T> {
  id: number;
  docId: string;
  docDate: string;
  /** The sentence (or span) of the document that is the fact's evidence. */
  evidenceText: string;
  fact: T;
}

export interface DocumentFilter {
  since?: string;
  until?: string;
  limit?: number;
  offset?: number;
}

export interface FactFilter {
  /** Only facts from documents dated on or before this ISO date. */
  asOf?: string;
  since?: string;
  actor?: string;
  issue?: string;
  /** Full-text words (statements: content and speaker). */
  text?: string;
  docId?: string;
  limit?: number;
  /** Latest documents first (with a limit: the newest facts), instead of oldest first. */
  newest?: boolean;
}

/** What the store holds, in numbers (for reports such as `parley demo`). */
export interface StoreStats {
  documents: number;
  /** Documents linked to an original as near-duplicates. */
  nearDuplicates: number;
  /** Documents kept but not extracted (not English). */
  skipped: number;
  statements: number;
  positions: number;
  events: number;
}

export interface Store {
  /** The codebook files the store was built with (`[]`: the default codebook alone); undefined if unknown. */
  recordedCodebook(): CodebookSource[] | undefined;
  /** Record the codebook the store's facts are now coded with (after an ingest into it empty, a reprocess). */
  recordCodebook(sources: CodebookSource[]): void;
  /** Documents */
  hasHash(hash: string): boolean;
  /**
   * Candidates for near-duplicate detection: original (non-duplicate) documents whose SimHash
   * shares an LSH band with `fingerprint`, or whose MinHash shares a band key with `minhash`.
   * The caller decides (Hamming distance, estimated Jaccard similarity).
   */
  nearDuplicateCandidates(
    fingerprint: bigint,
    minhash?: Uint32Array,
  ): Iterable<{ id: string; fingerprint: bigint; minhash?: Uint32Array }>;
  /**
   * Store one document with its annotations and facts, atomically (all or nothing), with its
   * SimHash fingerprint and (optionally) the MinHash signature that confirms near-duplicates.
   */
  putDocument(
    doc: ParleyDocument,
    info: Omit<StoredDocument, 'ingestedAt'>,
    fingerprint: bigint,
    minhash?: Uint32Array,
  ): void;
  /** Run `work` as one transaction: every write inside it lands, or none does. Nests. */
  transaction<T>(work: () => T): T;
  getDocument(id: string): (StoredDocument & { text: string; doc?: ParleyDocument }) | undefined;
  /** Ids of documents whose id starts with `prefix` (for `parley show ab12`). */
  findDocumentIds(prefix: string, limit?: number): string[];
  listDocuments(filter?: DocumentFilter): StoredDocument[];
  countDocuments(): number;
  stats(): StoreStats;
  /** Replace the facts of an already stored document (re-processing after a rule/codebook change). */
  replaceFacts(doc: ParleyDocument): void;
  /** Facts, non-duplicate documents only */
  statements(filter?: FactFilter): StoredFact<Statement>[];
  positions(filter?: FactFilter): StoredFact<Position>[];
  events(filter?: FactFilter): StoredFact<NegotiationEvent>[];
  searchDocuments(
    query: string,
    limit?: number,
  ): { id: string; title?: string; date: string; snippet: string }[];
  close(): void;
}
