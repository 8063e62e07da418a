/**
 * The SQLite store (better-sqlite3, WAL): documents with their annotated JSON, the facts the
 * pipeline found in them (statements, positions, events) in columns queries filter on, and FTS5
 * indexes over document text and statement content. Each write of a document and its facts is
 * one transaction, so a crash or kill leaves either the whole document or nothing.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { CodebookSource } from '../code/codebook-sources.js';
import { CANDIDATE_DISTANCE, hammingDistance } from '../ingest/simhash.js';
import type {
  BlockKind,
  NegotiationEvent,
  ParleyDocument,
  Position,
  Provenance,
  Span,
  Statement,
} from '../model.js';
import { normaliseQuotes } from '../pipeline.js';
import { recordFields } from '../query/records.js';
import { fingerprintBands, nearDuplicateKeys } from './lsh.js';
import {
  latestVersion,
  migrations,
  nonStoryBlocks,
  signatureFromBlob,
  signatureToBlob,
  writeNearDuplicateKeys,
} from './migrations.js';
import type { DocumentFilter, FactFilter, Store, StoredDocument, StoredFact, StoreStats } from './store.js';

type FactKind = 'statement' | 'position' | 'event';

interface DocumentRow {
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

interface FactRow {
  id: number;
  doc_id: string;
  doc_date: string;
  evidence_text: string;
  fact: string;
}

const DOCUMENT_COLUMNS =
  'id, hash, date, title, url, source, byline, lang, words, duplicate_of, status, layout, non_story, ingested_at';

export { fingerprintBands } from './lsh.js';

/*
 * Near-duplicate candidates: the originals that share a key (a SimHash band or a MinHash band key)
 * with the new document, read from one covering table (migration 8) with their fingerprints, so
 * that no document row is read to rule a candidate out.
 */
export const NEAR_DUPLICATE_CANDIDATES =
  'SELECT doc_id, fingerprint FROM near_duplicate_keys WHERE key = ? ORDER BY seq DESC LIMIT ?';
/**
 * Originals read per key, newest first. A copy or an update comes soon after its original, and a
 * true near-duplicate shares several keys; a key shared by thousands of articles on one story (a
 * SimHash band of a common vocabulary) would otherwise make every lookup read them all.
 */
export const CANDIDATES_PER_KEY = 32;
const SIGNATURE_OF = 'SELECT minhash FROM near_duplicate_signatures WHERE doc_id = ?';

/**
 * How long a connection waits for another connection's write to finish before SQLite answers
 * SQLITE_BUSY (ms). Writers of one store (ingests, a reprocess, the server) take turns; a batch
 * commit holds the lock for well under a second, a reprocess of a large store for longer.
 */
export const BUSY_TIMEOUT_MS = 30_000;
/** Tries of a transaction that still found the store busy; between them, a pause that doubles. */
const BUSY_ATTEMPTS = 4;
const BUSY_BACKOFF_MS = 50;

/** SQLITE_BUSY and its extended codes (…_SNAPSHOT, …_RECOVERY, …_TIMEOUT): another connection's lock. */
export const isBusy = (error: unknown): boolean =>
  /^SQLITE_BUSY/.test((error as { code?: unknown })?.code as string);

/** Sleep the thread (a transaction is synchronous: there is nothing else for it to do meanwhile). */
const pause = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

const toHex64 = (value: bigint): string => value.toString(16).padStart(16, '0');

/** Free text to an FTS5 query that matches all its words (no FTS syntax errors from user input). */
export function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(' ');
}

/** The sentence(s) a span lies in; the paragraph when sentences are not split yet; else the span. */
export function evidenceText(doc: ParleyDocument, span: Span): string {
  const covering = (list: Span[]): Span | undefined => {
    const first = list.find((s) => s.start <= span.start && span.start < s.end);
    if (!first) return undefined;
    const last = list.find((s) => s.start < span.end && span.end <= s.end) ?? first;
    return { start: first.start, end: Math.max(first.end, last.end) };
  };
  const range = covering(doc.sentences) ?? covering(doc.blocks) ?? span;
  return doc.text.slice(range.start, range.end);
}

function layoutCounts(doc: ParleyDocument): Partial<Record<BlockKind, number>> {
  const counts: Partial<Record<BlockKind, number>> = {};
  for (const block of doc.blocks) counts[block.kind] = (counts[block.kind] ?? 0) + 1;
  return counts;
}

/** The annotated document as stored: without `text` (its own column), `norm` and `tokens`. */
function documentJson(doc: ParleyDocument): string {
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
  return JSON.stringify(rest);
}

const actorsOf = (actor: string | string[] | null | undefined): string[] =>
  actor == null ? [] : Array.isArray(actor) ? actor : [actor];

export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly statementsCache = new Map<string, Database.Statement>();

  constructor(readonly path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    try {
      // The busy timeout is set before anything else: even switching a new file to WAL needs a
      // lock that another process opening the same store at the same moment may hold.
      this.db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
      this.db.pragma('journal_mode = WAL');
    } catch (error) {
      throw new Error(
        `cannot open the store ${path}: ${(error as Error).message}; pass --db with a SQLite file parley may create or use`,
      );
    }
    // NORMAL is durable across process kills in WAL mode (only an OS crash can lose the last commit).
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
  }

  private migrate(): void {
    const current = this.schemaVersion;
    if (current > latestVersion) {
      throw new Error(
        `the store ${this.path} has schema version ${current}, newer than this parley knows (${latestVersion}); upgrade parley`,
      );
    }
    // Up to date (every connection of a worker's batch comes here): no write, so no lock taken.
    if (current === latestVersion) return;
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      this.transaction(() => {
        // Another process may have opened the store at the same time and migrated it first.
        if (this.schemaVersion >= migration.version) return;
        this.db.exec(
          'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)',
        );
        this.db.exec(migration.sql);
        migration.after?.(this.db);
        this.db
          .prepare('INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)')
          .run(migration.version, migration.description, new Date().toISOString());
        this.db.pragma(`user_version = ${migration.version}`);
      });
    }
  }

  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  private sql(text: string): Database.Statement {
    let statement = this.statementsCache.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statementsCache.set(text, statement);
    }
    return statement;
  }

  /**
   * Run `work` as one transaction. The outermost one begins IMMEDIATE: it takes the store's write
   * lock before reading anything, waiting (up to the busy timeout) while another connection or
   * process writes. A deferred transaction that read first could not wait: SQLite refuses its
   * first write at once ("database is locked") when another writer came in between. If the store
   * is still busy after that wait, the whole transaction (rolled back) is tried again after a pause.
   * Nested calls are savepoints of the outer transaction.
   */
  transaction<T>(work: () => T): T {
    const run = this.db.transaction(work);
    if (this.db.inTransaction) return run();
    const start = Date.now();
    for (let attempt = 1; ; attempt++) {
      try {
        return run.immediate();
      } catch (error) {
        if (!isBusy(error)) throw error;
        if (attempt >= BUSY_ATTEMPTS)
          throw Object.assign(
            new Error(
              `the store ${this.path} stayed locked by another writer (another parley ingest, reprocess or server) for ${Math.round((Date.now() - start) / 1000)} s`,
              { cause: error },
            ),
            { code: (error as { code: string }).code },
          );
        pause(BUSY_BACKOFF_MS * 2 ** (attempt - 1) * (1 + Math.random()));
      }
    }
  }

  recordedCodebook(): CodebookSource[] | undefined {
    const row = this.sql('SELECT sources FROM store_codebook WHERE id = 1').get() as
      | { sources: string }
      | undefined;
    return row ? (JSON.parse(row.sources) as CodebookSource[]) : undefined;
  }

  recordCodebook(sources: CodebookSource[]): void {
    this.transaction(() =>
      this.sql(
        'INSERT INTO store_codebook (id, sources, recorded_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET sources = excluded.sources, recorded_at = excluded.recorded_at',
      ).run(JSON.stringify(sources), new Date().toISOString()),
    );
  }

  hasHash(hash: string): boolean {
    return this.sql('SELECT 1 FROM documents WHERE hash = ?').get(hash) !== undefined;
  }

  *nearDuplicateCandidates(
    fingerprint: bigint,
    minhash?: Uint32Array,
  ): Iterable<{ id: string; fingerprint: bigint; minhash?: Uint32Array }> {
    const byKey = this.sql(NEAR_DUPLICATE_CANDIDATES).safeIntegers(true);
    const rows = nearDuplicateKeys(fingerprint, minhash).flatMap(
      (key) => byKey.all(key, CANDIDATES_PER_KEY) as { doc_id: string; fingerprint: bigint }[],
    );
    const seen = new Set<string>();
    for (const row of rows) {
      if (seen.has(row.doc_id)) continue;
      seen.add(row.doc_id);
      const candidate = BigInt.asUintN(64, row.fingerprint);
      // With a signature to compare, a candidate this far off is never a near-duplicate
      // (isNearDuplicate rejects it before reading its signature), so it is not read at all.
      if (minhash && hammingDistance(fingerprint, candidate) > CANDIDATE_DISTANCE) continue;
      const blob = minhash
        ? (this.sql(SIGNATURE_OF).get(row.doc_id) as { minhash: Buffer } | undefined)?.minhash
        : undefined;
      yield { id: row.doc_id, fingerprint: candidate, minhash: blob ? signatureFromBlob(blob) : undefined };
    }
  }

  putDocument(
    doc: ParleyDocument,
    info: Omit<StoredDocument, 'ingestedAt'>,
    fingerprint: bigint,
    minhash?: Uint32Array,
  ): void {
    this.transaction(() => {
      const bands = fingerprintBands(fingerprint);
      const { lastInsertRowid } = this.sql(
        `INSERT INTO documents (id, hash, date, title, url, source, byline, lang, words, duplicate_of, status,
           fingerprint, band0, band1, band2, band3, minhash, layout, non_story, text, doc_json, ingested_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        info.id,
        info.hash,
        info.date,
        info.title ?? null,
        info.url ?? null,
        info.source ?? null,
        info.byline ?? null,
        info.lang,
        info.words,
        info.duplicateOf ?? null,
        info.status,
        toHex64(fingerprint),
        ...bands,
        minhash ? signatureToBlob(minhash) : null,
        JSON.stringify(info.layout ?? layoutCounts(doc)),
        JSON.stringify(nonStoryBlocks(doc.text, doc.blocks)),
        doc.text,
        documentJson(doc),
        new Date().toISOString(),
      );
      this.sql('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)').run(
        lastInsertRowid,
        info.title ?? '',
        doc.text,
      );
      // Only originals are looked up as near-duplicate candidates, so only they get keys.
      if (!info.duplicateOf) {
        const doc = { seq: lastInsertRowid, id: info.id };
        writeNearDuplicateKeys((text) => this.sql(text), doc, fingerprint, minhash);
      }
      this.insertFacts(doc, info.id, info.date);
    });
  }

  replaceFacts(doc: ParleyDocument): void {
    this.transaction(() => {
      const row = this.sql('SELECT date FROM documents WHERE id = ?').get(doc.id) as
        | { date: string }
        | undefined;
      if (!row) throw new Error(`no stored document ${doc.id} to replace the facts of; ingest it first`);
      this.deleteFacts(doc.id);
      this.insertFacts(doc, doc.id, row.date);
      this.sql('UPDATE documents SET doc_json = ?, layout = ?, non_story = ? WHERE id = ?').run(
        documentJson(doc),
        JSON.stringify(layoutCounts(doc)),
        JSON.stringify(nonStoryBlocks(doc.text, doc.blocks)),
        doc.id,
      );
    });
  }

  private deleteFacts(docId: string): void {
    for (const [kind, table] of [
      ['statement', 'statements'],
      ['position', 'positions'],
      ['event', 'events'],
    ] as const) {
      this.sql(
        `DELETE FROM fact_actors WHERE kind = ? AND fact_id IN (SELECT id FROM ${table} WHERE doc_id = ?)`,
      ).run(kind, docId);
    }
    this.sql('DELETE FROM statements_fts WHERE rowid IN (SELECT id FROM statements WHERE doc_id = ?)').run(
      docId,
    );
    for (const table of ['statements', 'positions', 'events']) {
      this.sql(`DELETE FROM ${table} WHERE doc_id = ?`).run(docId);
    }
  }

  private insertFacts(doc: ParleyDocument, docId: string, docDate: string): void {
    const common = (idx: number, span: Span, provenance: Provenance) => [
      docId,
      docDate,
      idx,
      span.start,
      span.end,
      provenance.rule,
      provenance.cue ?? null,
      provenance.confidence,
      evidenceText(doc, span),
    ];
    const commonColumns = 'doc_id, doc_date, idx, span_start, span_end, rule, cue, confidence, evidence_text';
    const linkActors = (kind: FactKind, factId: number | bigint, actors: string[]) => {
      for (const actor of new Set(actors)) {
        this.sql('INSERT OR IGNORE INTO fact_actors (kind, fact_id, actor) VALUES (?, ?, ?)').run(
          kind,
          factId,
          actor,
        );
      }
    };

    doc.statements.forEach((statement, idx) => {
      const contentText = doc.text.slice(statement.content.start, statement.content.end);
      const { lastInsertRowid } = this.sql(
        `INSERT INTO statements (${commonColumns}, speaker, actor, role, direct, anonymous, content_text, fact)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        ...common(idx, statement, statement.provenance),
        statement.speaker,
        statement.actor == null ? null : JSON.stringify(statement.actor),
        statement.role ?? null,
        statement.direct ? 1 : 0,
        statement.anonymous ? 1 : 0,
        contentText,
        JSON.stringify(statement),
      );
      this.sql('INSERT INTO statements_fts (rowid, content_text, speaker) VALUES (?, ?, ?)').run(
        lastInsertRowid,
        contentText,
        statement.speaker,
      );
      linkActors('statement', lastInsertRowid, actorsOf(statement.actor));
    });

    doc.positions.forEach((position, idx) => {
      const columns = common(idx, position, position.provenance);
      const { lastInsertRowid } = this.sql(
        `INSERT INTO positions (${commonColumns}, actor, issue, about, stance, red_line, statement_idx, reported_by, date, fact)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        ...columns,
        position.actor,
        position.issue,
        position.about ?? null,
        position.stance,
        position.redLine ? 1 : 0,
        position.statement ?? null,
        position.source ?? null,
        position.date ?? null,
        JSON.stringify(position),
      );
      // The query layer's copy (migration 6), with what it needs from the position's statement.
      const statement = position.statement === undefined ? undefined : doc.statements[position.statement];
      const record = recordFields(position, docDate, statement);
      this.sql(
        `INSERT INTO position_records (actor, issue, doc_date, id, doc_id, date, stance, red_line, conditional,
           about, strength, speaker, reported_by, rule, confidence, evidence)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        position.actor,
        position.issue,
        docDate,
        lastInsertRowid,
        docId,
        record.date,
        position.stance,
        position.redLine ? 1 : 0,
        record.conditional ? 1 : 0,
        position.about ?? null,
        record.strength,
        record.speaker,
        position.source ?? null,
        position.provenance.rule,
        position.provenance.confidence,
        columns[columns.length - 1], // the evidence sentence, computed once for both tables
      );
      linkActors('position', lastInsertRowid, [position.actor]);
    });

    doc.events.forEach((event, idx) => {
      const { lastInsertRowid } = this.sql(
        `INSERT INTO events (${commonColumns}, type, actors, status, date, location, fact)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        ...common(idx, event, event.provenance),
        event.type,
        JSON.stringify(event.actors),
        event.status ?? null,
        event.date ?? null,
        event.location?.name ?? null,
        JSON.stringify(event),
      );
      linkActors('event', lastInsertRowid, [
        ...event.actors,
        ...(event.source ?? []),
        ...(event.target ?? []),
      ]);
    });
  }

  getDocument(id: string): (StoredDocument & { text: string; doc?: ParleyDocument }) | undefined {
    const row = this.sql(`SELECT ${DOCUMENT_COLUMNS}, text, doc_json FROM documents WHERE id = ?`).get(id) as
      | (DocumentRow & { text: string; doc_json: string })
      | undefined;
    if (!row) return undefined;
    const stored = JSON.parse(row.doc_json) as Omit<ParleyDocument, 'text' | 'norm' | 'tokens'>;
    // The fact tables are where the facts live (a store written before them kept copies in
    // doc_json, which reprocessing may have outdated): in the document's own order.
    const facts = <T>(table: string): T[] =>
      (this.sql(`SELECT fact FROM ${table} WHERE doc_id = ? ORDER BY idx`).all(id) as { fact: string }[]).map(
        (r) => JSON.parse(r.fact) as T,
      );
    const doc: ParleyDocument = {
      ...stored,
      statements: facts<Statement>('statements'),
      positions: facts<Position>('positions'),
      events: facts<NegotiationEvent>('events'),
      text: row.text,
      norm: normaliseQuotes(row.text),
      tokens: [],
    };
    return { ...toStoredDocument(row), text: row.text, doc };
  }

  findDocumentIds(prefix: string, limit = 10): string[] {
    // Ids are lower-case hex: anything else cannot match (and must not act as a LIKE wildcard).
    if (!/^[0-9a-f]+$/i.test(prefix)) return [];
    const rows = this.sql('SELECT id FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT ?').all(
      prefix.toLowerCase(),
      `${prefix.toLowerCase()}g`,
      limit,
    ) as { id: string }[];
    return rows.map((r) => r.id);
  }

  listDocuments(filter: DocumentFilter = {}): StoredDocument[] {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.since) where.push('date >= ?') && params.push(filter.since);
    if (filter.until) where.push('date <= ?') && params.push(filter.until);
    const rows = this.db
      .prepare(
        `SELECT ${DOCUMENT_COLUMNS} FROM documents ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY date, seq LIMIT ? OFFSET ?`,
      )
      .all(...params, filter.limit ?? -1, filter.offset ?? 0) as DocumentRow[];
    return rows.map(toStoredDocument);
  }

  countDocuments(): number {
    return (this.sql('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  }

  stats(): StoreStats {
    const count = (sql: string) => (this.sql(sql).get() as { n: number }).n;
    return {
      documents: this.countDocuments(),
      nearDuplicates: count('SELECT count(*) AS n FROM documents WHERE duplicate_of IS NOT NULL'),
      skipped: count("SELECT count(*) AS n FROM documents WHERE status = 'skipped'"),
      statements: count('SELECT count(*) AS n FROM statements'),
      positions: count('SELECT count(*) AS n FROM positions'),
      events: count('SELECT count(*) AS n FROM events'),
    };
  }

  statements(filter: FactFilter = {}): StoredFact<Statement>[] {
    return this.facts<Statement>('statement', 'statements', filter);
  }

  positions(filter: FactFilter = {}): StoredFact<Position>[] {
    return this.facts<Position>('position', 'positions', filter);
  }

  events(filter: FactFilter = {}): StoredFact<NegotiationEvent>[] {
    return this.facts<NegotiationEvent>('event', 'events', filter);
  }

  /** Facts of one kind from original (non-duplicate) documents, in document-date order. */
  private facts<T>(kind: FactKind, table: string, filter: FactFilter): StoredFact<T>[] {
    // `+` keeps the planner off the duplicate_of index: nearly every document is an original.
    const where = ['+d.duplicate_of IS NULL'];
    const params: unknown[] = [];
    const add = (clause: string, ...values: unknown[]) => {
      where.push(clause);
      params.push(...values);
    };
    if (filter.asOf) add('f.doc_date <= ?', filter.asOf);
    if (filter.since) add('f.doc_date >= ?', filter.since);
    if (filter.docId) add('f.doc_id = ?', filter.docId);
    if (filter.actor) {
      add('f.id IN (SELECT fact_id FROM fact_actors WHERE actor = ? AND kind = ?)', filter.actor, kind);
    }
    if (filter.issue) {
      // Positions carry their issue; a statement is about the issues of the positions it expresses.
      // Events have no issue of their own, so the filter does not narrow them.
      if (kind === 'position') add('f.issue = ?', filter.issue);
      if (kind === 'statement') {
        add(
          'EXISTS (SELECT 1 FROM positions p WHERE p.doc_id = f.doc_id AND p.statement_idx = f.idx AND p.issue = ?)',
          filter.issue,
        );
      }
    }
    if (filter.text) {
      const query = ftsQuery(filter.text);
      if (!query) return [];
      if (kind === 'statement') {
        add('f.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)', query);
      } else {
        add("f.evidence_text LIKE '%' || ? || '%'", filter.text);
      }
    }
    const rows = this.db
      .prepare(
        `SELECT f.id, f.doc_id, f.doc_date, f.evidence_text, f.fact FROM ${table} f
         JOIN documents d ON d.id = f.doc_id
         WHERE ${where.join(' AND ')}
         ORDER BY f.doc_date${filter.newest ? ' DESC' : ''}, f.doc_id, f.span_start LIMIT ?`,
      )
      .all(...params, filter.limit ?? -1) as FactRow[];
    return rows.map((row) => ({
      id: row.id,
      docId: row.doc_id,
      docDate: row.doc_date,
      evidenceText: row.evidence_text,
      fact: JSON.parse(row.fact) as T,
    }));
  }

  searchDocuments(
    query: string,
    limit = 20,
  ): { id: string; title?: string; date: string; snippet: string }[] {
    const match = ftsQuery(query);
    if (!match) return [];
    const rows = this.sql(
      `SELECT d.id, d.title, d.date, snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet
       FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
       WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`,
    ).all(match, limit) as { id: string; title: string | null; date: string; snippet: string }[];
    return rows.map((r) => ({ id: r.id, title: r.title ?? undefined, date: r.date, snippet: r.snippet }));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function toStoredDocument(row: DocumentRow): StoredDocument {
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

/** Open (creating and migrating as needed) the SQLite store at `path`. */
export const openSqliteStore = (path: string): SqliteStore => new SqliteStore(path);
