/**
 * The store interface: the rest of the core reaches storage only through it, and never knows which
 * engine is behind it (SQLite on the analyst's machine, PostgreSQL for a team). Every method is
 * asynchronous; writes that belong together run in `transaction`, whose work gets a handle of its
 * own (`tx`) and no SQL. Writes of one document and its facts are atomic.
 */
import type { NegotiationEntry } from '../codebook/codebook.js';
import type { CodebookSource } from '../codebook/codebook-sources.js';
import type { BlockKind, NegotiationEvent, ParleyDocument, Position, Stance, Statement } from '../model.js';
import type { PositionRecord, RecordBound } from '../records.js';
import type {
  AnyFact,
  AuditEntry,
  Correction,
  CorrectionOutcome,
  FactKind,
  FactLists,
} from './corrections.js';
import type { WatchState } from './watch-state.js';

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
  /** Only documents assigned to this negotiation (id). */
  negotiation?: string;
  since?: string;
  until?: string;
  limit?: number;
  offset?: number;
}

export interface FactFilter {
  /** Only facts assigned to this negotiation (id). */
  negotiation?: string;
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

/** One negotiation as the store holds it: its documents and facts, original documents only. */
export interface NegotiationCount {
  id: string;
  documents: number;
  /** Documents mostly about it (the others give it a paragraph or a few facts). */
  mainDocuments: number;
  statements: number;
  positions: number;
  events: number;
  /** The dates of its first and last documents. */
  first: string;
  last: string;
}

export interface NearDuplicateCandidate {
  id: string;
  fingerprint: bigint;
  minhash?: Uint32Array;
}

export interface SearchHit {
  id: string;
  title?: string;
  date: string;
  /** The passage around the first match, the matched words in [brackets]. */
  snippet: string;
}

/** One actor × issue's records, newest first (see `StoreReader.latestPositions`). */
export interface CellRecords {
  records: PositionRecord[];
  /** The current stance's run goes on beyond the records listed (its documents are then counted). */
  truncated: boolean;
}

/**
 * A stored document with everything that makes it up, as one store gives it to another
 * (`parley copy`): the row, the text, the annotations, the fingerprints and each fact with its id,
 * so that the copy answers every question as the original does (fact ids break ties).
 */
export interface DocumentDump {
  info: StoredDocument;
  text: string;
  /** The annotated document without its text and facts (as `getDocument` rebuilds it). */
  annotations: Omit<ParleyDocument, 'text' | 'norm' | 'tokens' | 'statements' | 'positions' | 'events'>;
  fingerprint: bigint;
  minhash?: Uint32Array;
  statements: StoredFact<Statement>[];
  positions: StoredFact<Position>[];
  events: StoredFact<NegotiationEvent>[];
}

/** What can be read from a store, inside a transaction or not. */
export interface StoreReader {
  /** The codebook files the store was built with (`[]`: the default codebook alone); undefined if unknown. */
  recordedCodebook(): Promise<CodebookSource[] | undefined>;
  hasHash(hash: string): Promise<boolean>;
  /**
   * Candidates for near-duplicate detection: original (non-duplicate) documents whose SimHash
   * shares an LSH band with `fingerprint`, or whose MinHash shares a band key with `minhash`.
   * The caller decides (Hamming distance, estimated Jaccard similarity).
   */
  nearDuplicateCandidates(fingerprint: bigint, minhash?: Uint32Array): Promise<NearDuplicateCandidate[]>;
  getDocument(id: string): Promise<(StoredDocument & { text: string; doc?: ParleyDocument }) | undefined>;
  /** Ids of documents whose id starts with `prefix` (for `parley show ab12`). */
  findDocumentIds(prefix: string, limit?: number): Promise<string[]>;
  listDocuments(filter?: DocumentFilter): Promise<StoredDocument[]>;
  countDocuments(): Promise<number>;
  stats(): Promise<StoreStats>;
  /** Facts, non-duplicate documents only, oldest document first (then by document and place). */
  statements(filter?: FactFilter): Promise<StoredFact<Statement>[]>;
  positions(filter?: FactFilter): Promise<StoredFact<Position>[]>;
  events(filter?: FactFilter): Promise<StoredFact<NegotiationEvent>[]>;
  /** Each negotiation that has documents, and how many original extracted documents have none. */
  negotiationCounts(): Promise<{ negotiations: NegotiationCount[]; unassigned: number }>;
  /** The negotiations the user created or changed in this store (merged over the codebook's). */
  storedNegotiations(): Promise<NegotiationEntry[]>;
  /** Documents holding every word of `query` (title or text), best match first. */
  searchDocuments(query: string, limit?: number): Promise<SearchHit[]>;
  /**
   * Position records (see ../records.ts) of original documents. For each actor × issue, its
   * records newest first: every record of the current stance's run and the one before it, or,
   * when the run is too long to list (`truncated`), its newest records, its first record, its
   * first red line and the record before it — and at least the first record of the current side's
   * run (pro or contra). Only the records a cell shows (`shownRecords`) need be complete; the
   * others may carry only what deciding the run takes (id, document, dates, stance, red line,
   * about, strength, confidence).
   */
  latestPositions(bound: RecordBound): Promise<Map<string, CellRecords>>;
  /** Documents with this stance on the cell within the bound, newest first, counted up to `cap`. */
  countPositionRun(
    actor: string,
    issue: string,
    stance: Stance,
    bound: RecordBound,
    cap: number,
  ): Promise<number>;
  /** Every position record within the bound, in publication order (document date, then fact id). */
  positionRecords(bound: RecordBound): Promise<PositionRecord[]>;
  /** One fact by its kind and id (of any document), as the record holds it now. */
  fact(kind: FactKind, id: number): Promise<StoredFact<AnyFact> | undefined>;
  /** The corrections (of one document, or all), in the order they were first made. */
  corrections(filter?: { docId?: string }): Promise<Correction[]>;
  /** The audit log, oldest first (`newest`: the latest `limit` entries, newest first). */
  auditLog(filter?: { limit?: number; newest?: boolean; docId?: string }): Promise<AuditEntry[]>;
  /** The facts the extraction gave a corrected document (kept beside its record); undefined if none kept. */
  machineFacts(docId: string): Promise<FactLists | undefined>;
}

/** What a transaction may do: read, and write. */
export interface StoreWriter extends StoreReader {
  /** Record the codebook the store's facts are now coded with (after an ingest into it empty, a reprocess). */
  recordCodebook(sources: CodebookSource[]): Promise<void>;
  /**
   * Store one document with its annotations and facts, with its SimHash fingerprint and
   * (optionally) the MinHash signature that confirms near-duplicates.
   */
  putDocument(
    doc: ParleyDocument,
    info: Omit<StoredDocument, 'ingestedAt'>,
    fingerprint: bigint,
    minhash?: Uint32Array,
  ): Promise<void>;
  /** Keep a negotiation the user created or changed (replacing the one with its id). */
  saveNegotiation(entry: NegotiationEntry): Promise<void>;
  /**
   * Replace the facts of an already stored document (re-processing after a rule/codebook change).
   * `doc`'s facts are the extraction's: the document's corrections are applied over them (see
   * corrections.ts), and what became of each correction is the answer.
   */
  replaceFacts(doc: ParleyDocument): Promise<CorrectionOutcome[]>;
  /** Write a correction (a new one when `id` is absent; else that one, as given); its id. */
  saveCorrection(correction: Omit<Correction, 'id'> & { id?: number }): Promise<number>;
  deleteCorrection(id: number): Promise<void>;
  /** Record what applying corrections to the latest extraction found. */
  setCorrectionOutcomes(outcomes: CorrectionOutcome[]): Promise<void>;
  /** Keep (or, undefined, drop) the extraction's facts of a corrected document. */
  setMachineFacts(docId: string, facts: FactLists | undefined): Promise<void>;
  /** Append a line to the audit log; its id. */
  appendAudit(entry: Omit<AuditEntry, 'id'>): Promise<number>;
  /** Store a document as another store dumped it, its facts with their ids (`parley copy`). */
  restoreDocument(dump: DocumentDump): Promise<void>;
}

/** The version of a store's schema, and the newest this parley knows. */
export interface SchemaInfo {
  /** What the store is, for people: "SQLite store ./parley.db", "PostgreSQL store postgres://…". */
  description: string;
  version: number;
  latest: number;
}

export interface QueueOptions {
  /** This process works batches (and looks after the queue: batches of dead workers go out again). */
  worker?: boolean;
  /** How long a batch sent from here may take before another worker takes it (default 120 s). */
  jobTimeoutSeconds?: number;
  /** How often a worker looks for batches whose time is up (default 30 s). */
  checkEverySeconds?: number;
}

/** One batch as a worker takes it from the queue. */
export interface QueuedBatch {
  run: string;
  ticket: number;
  /** What the run was started with (`startRun`). */
  meta: unknown;
  /** What was sent (`send`). */
  payload: unknown;
}

/**
 * A shared job queue kept in the store (only a store that several machines reach has one): the
 * batches of a run, each with its place (`ticket`), taken by any number of workers on any number
 * of machines and committed in ticket order, whichever worker prepared them. Payloads, metas and
 * outcomes are JSON, which the queue keeps as it was given.
 */
export interface JobQueue {
  /** Start a run; its id. `meta` is what its batches are prepared with. */
  startRun(meta: unknown): Promise<string>;
  /** Put one batch of a run on the queue. */
  send(run: string, ticket: number, payload: unknown): Promise<void>;
  /** Say how many batches the run has, once all are sent. */
  finish(run: string, batches: number): Promise<void>;
  /**
   * Take batches until `signal` aborts. `prepare` works on a batch without the store; its result
   * (`serialise`d to JSON) is committed by `commit` in the run's ticket order, in a transaction:
   * by this worker when the batches before it are in, otherwise, later, by the worker that
   * commits the batch before it. A batch whose worker dies is taken again once its time is up;
   * one committed already is not committed again. A batch that keeps failing is committed as
   * `{ failed: message, payload }`, so that the run goes on.
   */
  work<P>(options: {
    prepare: (batch: QueuedBatch) => Promise<P>;
    serialise: (prepared: P) => unknown;
    commit: (tx: StoreWriter, staged: unknown) => Promise<unknown>;
    signal: AbortSignal;
    /** Told of each batch this worker took, once it is committed or staged. */
    onBatch?: (batch: QueuedBatch, what: 'committed' | 'staged' | 'committed before') => void;
    onError?: (error: Error) => void;
  }): Promise<void>;
  /** Where a run stands: its batches (once known), how many are committed, and their outcomes in order. */
  progress(run: string): Promise<{ batches?: number; committed: number; outcomes: unknown[] }>;
  close(): Promise<void>;
}

export interface Store extends StoreWriter {
  /**
   * Where another thread or process reaches the same store (a file path, a URL), for workers that
   * write batches themselves; undefined when it cannot (a store in memory).
   */
  readonly location: string | undefined;
  /**
   * Run `work` as one transaction: every write inside it lands, or none does. Writers of one store
   * take turns; a transaction waits for the one before it.
   */
  transaction<T>(work: (tx: StoreWriter) => Promise<T>): Promise<T>;
  /** Every stored document with its facts, in the order they were stored (`parley copy`). */
  dumpDocuments(): AsyncIterable<DocumentDump>;
  schema(): Promise<SchemaInfo>;
  /** Bring the schema up to date; the versions before and after. */
  migrate(): Promise<{ from: number; to: number }>;
  /**
   * The store's shared job queue, if it has one (see JobQueue); undefined for a store on one
   * machine. `jobTimeoutSeconds`: how long a batch sent from here may take before another worker
   * takes it again; `checkEverySeconds`: how often a worker looks for batches whose worker died.
   */
  jobQueue(options?: QueueOptions): Promise<JobQueue | undefined>;
  /** What `parley watch` keeps in the store: its feeds' state, alerts and their deliveries. */
  watchState(): WatchState;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Bring an older schema up to date on opening (default); false: open as it is (`parley migrate`). */
  migrate?: boolean;
  /**
   * This connection writes batches of a long ingest, in turn with other connections: the engine may
   * tune itself for that (SQLite checkpoints its log every few batches instead of after each).
   */
  bulkWriter?: boolean;
}
