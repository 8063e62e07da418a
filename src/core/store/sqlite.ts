/**
 * The SQLite store (better-sqlite3, WAL): documents with their annotated JSON, the facts the
 * pipeline found in them (statements, positions, events) in columns queries filter on, and FTS5
 * indexes over document text and statement content. Each write of a document and its facts is
 * one transaction, so a crash or kill leaves either the whole document or nothing.
 *
 * better-sqlite3 answers synchronously; the Store interface is asynchronous for the engines that
 * are not. Each method does its SQL at once and returns a settled promise, so the embedded store
 * pays no more than a microtask a call.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { CANDIDATE_DISTANCE, hammingDistance } from '../analyse/fingerprints.js';
import { type NegotiationEntry, NegotiationSchema } from '../codebook/codebook.js';
import type { CodebookSource } from '../codebook/codebook-sources.js';
import type { NegotiationEvent, ParleyDocument, Position, Provenance, Span, Statement } from '../model.js';
import {
  type AnyFact,
  AUDIT_COLUMNS,
  type AuditEntry,
  type AuditRow,
  auditValues,
  CORRECTION_COLUMNS,
  type Correction,
  type CorrectionOutcome,
  type CorrectionRow,
  correctionValues,
  type FactLists,
  keptIds,
  TABLE_OF,
  toAuditEntry,
  toCorrection,
  withCorrections,
} from './corrections.js';
import { CANDIDATES_PER_KEY, fingerprintBands, nearDuplicateKeys } from './lsh.js';
import { EngineReads, type FactKind, NEGOTIATION_COUNTS, UNASSIGNED_DOCUMENTS } from './operations.js';
import { PositionRecordReader } from './position-records.js';
import {
  actorsOf,
  DOCUMENT_COLUMNS,
  DOCUMENT_NEGOTIATION_COLUMNS,
  type DocumentRow,
  documentDump,
  documentJson,
  documentNegotiationRows,
  eventActors,
  evidenceText,
  type FactRow,
  layoutCounts,
  nonStoryBlocks,
  positionRecordFields,
  searchHit,
  signatureFromBlob,
  signatureToBlob,
  storedDocument,
  toHex64,
  toStoredDocument,
  toStoredFact,
} from './rows.js';
import { latestVersion, migrations, writeNearDuplicateKeys } from './sqlite-migrations.js';
import { SqliteRecordQueries } from './sqlite-records.js';
import { SqliteWatchState } from './sqlite-watch.js';
import type {
  DocumentDump,
  DocumentFilter,
  FactFilter,
  JobQueue,
  NearDuplicateCandidate,
  NegotiationCount,
  OpenOptions,
  SchemaInfo,
  SearchHit,
  Store,
  StoredDocument,
  StoredFact,
  StoreStats,
  StoreWriter,
} from './store.js';

/*
 * Near-duplicate candidates: the originals that share a key (a SimHash band or a MinHash band key)
 * with the new document, read from one covering table (migration 8) with their fingerprints, so
 * that no document row is read to rule a candidate out.
 */
export const NEAR_DUPLICATE_CANDIDATES =
  'SELECT doc_id, fingerprint FROM near_duplicate_keys WHERE key = ? ORDER BY seq DESC LIMIT ?';
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

/** WAL pages (4 KiB) after which a bulk writer's commit checkpoints: about 40 MB, a few batches. */
const BULK_CHECKPOINT_PAGES = 10_000;

/** SQLITE_BUSY and its extended codes (…_SNAPSHOT, …_RECOVERY, …_TIMEOUT): another connection's lock. */
export const isBusy = (error: unknown): boolean =>
  /^SQLITE_BUSY/.test((error as { code?: unknown })?.code as string);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Free text to an FTS5 query that matches all its words (no FTS syntax errors from user input). */
export function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(' ');
}

/**
 * Reads and writes on one connection, as they run inside a transaction or on their own. The
 * store (below) wraps each write that is not in a transaction in one.
 */
class SqliteOperations extends EngineReads implements StoreWriter {
  readonly db: Database.Database;
  private readonly prepared: (text: string) => Database.Statement;

  constructor(
    db: Database.Database,
    cache: Map<string, Database.Statement> = new Map(),
    records?: PositionRecordReader,
  ) {
    // The statement cache is shared with the reader's questions before `this` exists.
    const sql = (text: string) => {
      let statement = cache.get(text);
      if (!statement) {
        statement = db.prepare(text);
        cache.set(text, statement);
      }
      return statement;
    };
    super(records ?? new PositionRecordReader(new SqliteRecordQueries(sql)));
    this.db = db;
    this.prepared = sql;
  }

  /** A prepared statement for `text`, prepared once per connection. */
  protected sql(text: string): Database.Statement {
    return this.prepared(text);
  }

  async recordedCodebook(): Promise<CodebookSource[] | undefined> {
    const row = this.sql('SELECT sources FROM store_codebook WHERE id = 1').get() as
      | { sources: string }
      | undefined;
    return row ? (JSON.parse(row.sources) as CodebookSource[]) : undefined;
  }

  async recordCodebook(sources: CodebookSource[]): Promise<void> {
    this.sql(
      'INSERT INTO store_codebook (id, sources, recorded_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET sources = excluded.sources, recorded_at = excluded.recorded_at',
    ).run(JSON.stringify(sources), new Date().toISOString());
  }

  async hasHash(hash: string): Promise<boolean> {
    return this.sql('SELECT 1 FROM documents WHERE hash = ?').get(hash) !== undefined;
  }

  async nearDuplicateCandidates(
    fingerprint: bigint,
    minhash?: Uint32Array,
  ): Promise<NearDuplicateCandidate[]> {
    const byKey = this.sql(NEAR_DUPLICATE_CANDIDATES).safeIntegers(true);
    const rows = nearDuplicateKeys(fingerprint, minhash).flatMap(
      (key) => byKey.all(key, CANDIDATES_PER_KEY) as { doc_id: string; fingerprint: bigint }[],
    );
    const seen = new Set<string>();
    const out: NearDuplicateCandidate[] = [];
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
      out.push({
        id: row.doc_id,
        fingerprint: candidate,
        minhash: blob ? signatureFromBlob(blob) : undefined,
      });
    }
    return out;
  }

  async putDocument(
    doc: ParleyDocument,
    info: Omit<StoredDocument, 'ingestedAt'>,
    fingerprint: bigint,
    minhash?: Uint32Array,
  ): Promise<void> {
    const stored = { ...info, ingestedAt: new Date().toISOString() };
    this.insertDocument(doc, stored, fingerprint, minhash, documentJson(doc));
    this.insertFacts(doc, info.id, info.date);
  }

  private insertDocument(
    doc: Pick<ParleyDocument, 'text' | 'blocks'>,
    info: StoredDocument,
    fingerprint: bigint,
    minhash: Uint32Array | undefined,
    json: string,
  ): void {
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
      ...fingerprintBands(fingerprint),
      minhash ? signatureToBlob(minhash) : null,
      JSON.stringify(info.layout ?? layoutCounts(doc)),
      JSON.stringify(info.nonStory ?? nonStoryBlocks(doc.text, doc.blocks)),
      doc.text,
      json,
      info.ingestedAt,
    );
    this.sql('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)').run(
      lastInsertRowid,
      info.title ?? '',
      doc.text,
    );
    // Only originals are looked up as near-duplicate candidates, so only they get keys.
    if (!info.duplicateOf)
      writeNearDuplicateKeys(
        (text) => this.sql(text),
        { seq: lastInsertRowid, id: info.id },
        fingerprint,
        minhash,
      );
  }

  async replaceFacts(doc: ParleyDocument): Promise<CorrectionOutcome[]> {
    const row = this.sql('SELECT date FROM documents WHERE id = ?').get(doc.id) as
      | { date: string }
      | undefined;
    if (!row) throw new Error(`no stored document ${doc.id} to replace the facts of; ingest it first`);
    // The record is the extraction with the document's corrections applied; a fact that stays
    // the same fact keeps its id, a new one is numbered after every id the table has had.
    const { doc: record, outcomes } = await withCorrections(this, doc);
    const previous = {
      statements: this.factsOf<AnyFact>('statements', doc.id),
      positions: this.factsOf<AnyFact>('positions', doc.id),
      events: this.factsOf<AnyFact>('events', doc.id),
    };
    const kept = keptIds(previous, record);
    const ids = Object.fromEntries(
      (['statements', 'positions', 'events'] as const).map((table) => {
        let next = ((this.sql(`SELECT max(id) AS n FROM ${table}`).get() as { n: number | null }).n ?? 0) + 1;
        return [table, kept[table].map((id) => id ?? next++)];
      }),
    ) as Record<keyof FactLists, number[]>;
    this.deleteFacts(doc.id);
    this.insertFacts(record, doc.id, row.date, ids);
    this.sql('UPDATE documents SET doc_json = ?, layout = ?, non_story = ? WHERE id = ?').run(
      documentJson(doc),
      JSON.stringify(layoutCounts(doc)),
      JSON.stringify(nonStoryBlocks(doc.text, doc.blocks)),
      doc.id,
    );
    return outcomes;
  }

  private deleteFacts(docId: string): void {
    for (const [kind, table] of [
      ['statement', 'statements'],
      ['position', 'positions'],
      ['event', 'events'],
    ] as const) {
      for (const links of ['fact_actors', 'fact_negotiations'])
        this.sql(
          `DELETE FROM ${links} WHERE kind = ? AND fact_id IN (SELECT id FROM ${table} WHERE doc_id = ?)`,
        ).run(kind, docId);
    }
    this.sql('DELETE FROM document_negotiations WHERE doc_id = ?').run(docId);
    this.sql('DELETE FROM statements_fts WHERE rowid IN (SELECT id FROM statements WHERE doc_id = ?)').run(
      docId,
    );
    for (const table of ['statements', 'positions', 'events']) {
      this.sql(`DELETE FROM ${table} WHERE doc_id = ?`).run(docId);
    }
  }

  /**
   * Write a document's facts. `ids`, when given, are the fact ids to keep (a copy from another
   * store); otherwise each table numbers its facts.
   */
  private insertFacts(
    doc: Pick<
      ParleyDocument,
      'text' | 'sentences' | 'blocks' | 'statements' | 'positions' | 'events' | 'assignment'
    >,
    docId: string,
    docDate: string,
    ids?: { statements: number[]; positions: number[]; events: number[] },
    evidence?: { statements: string[]; positions: string[]; events: string[] },
  ): void {
    for (const row of documentNegotiationRows(doc, docId, docDate))
      this.sql(
        `INSERT INTO document_negotiations (${DOCUMENT_NEGOTIATION_COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(...Object.values(row));
    const linkNegotiations = (kind: FactKind, factId: number | bigint, negotiations: string[] = []) => {
      for (const negotiation of new Set(negotiations))
        this.sql('INSERT INTO fact_negotiations (kind, fact_id, negotiation) VALUES (?, ?, ?)').run(
          kind,
          factId,
          negotiation,
        );
    };
    const common = (idx: number, span: Span, provenance: Provenance, text: string) => [
      docId,
      docDate,
      idx,
      span.start,
      span.end,
      provenance.rule,
      provenance.cue ?? null,
      provenance.confidence,
      text,
    ];
    const commonColumns =
      'id, doc_id, doc_date, idx, span_start, span_end, rule, cue, confidence, evidence_text';
    const linkActors = (kind: FactKind, factId: number | bigint, actors: string[]) => {
      for (const actor of new Set(actors)) {
        this.sql('INSERT OR IGNORE INTO fact_actors (kind, fact_id, actor) VALUES (?, ?, ?)').run(
          kind,
          factId,
          actor,
        );
      }
    };
    const evidenceOf = (kind: 'statements' | 'positions' | 'events', idx: number, span: Span) =>
      evidence?.[kind][idx] ?? evidenceText(doc as ParleyDocument, span);

    doc.statements.forEach((statement, idx) => {
      const contentText = doc.text.slice(statement.content.start, statement.content.end);
      const { lastInsertRowid } = this.sql(
        `INSERT INTO statements (${commonColumns}, speaker, actor, role, direct, anonymous, content_text, fact)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        ids?.statements[idx] ?? null,
        ...common(idx, statement, statement.provenance, evidenceOf('statements', idx, statement)),
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
      linkNegotiations('statement', lastInsertRowid, statement.negotiations);
    });

    doc.positions.forEach((position, idx) => {
      const evidenceSentence = evidenceOf('positions', idx, position);
      const { lastInsertRowid } = this.sql(
        `INSERT INTO positions (${commonColumns}, actor, issue, about, stance, red_line, statement_idx, reported_by, date, fact)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        ids?.positions[idx] ?? null,
        ...common(idx, position, position.provenance, evidenceSentence),
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
      // The position as the questions read it (migration 6), with what it needs from its statement.
      const record = positionRecordFields(doc, position, docDate);
      this.sql(
        `INSERT INTO position_records (actor, issue, doc_date, id, doc_id, date, stance, red_line, conditional,
           about, strength, speaker, reported_by, rule, confidence, evidence, status)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
        evidenceSentence,
        position.review?.status ?? 'machine',
      );
      linkActors('position', lastInsertRowid, [position.actor]);
      linkNegotiations('position', lastInsertRowid, position.negotiations);
    });

    doc.events.forEach((event, idx) => {
      const { lastInsertRowid } = this.sql(
        `INSERT INTO events (${commonColumns}, type, actors, status, date, location, fact)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        ids?.events[idx] ?? null,
        ...common(idx, event, event.provenance, evidenceOf('events', idx, event)),
        event.type,
        JSON.stringify(event.actors),
        event.status ?? null,
        event.date ?? null,
        event.location?.name ?? null,
        JSON.stringify(event),
      );
      linkActors('event', lastInsertRowid, eventActors(event));
      linkNegotiations('event', lastInsertRowid, event.negotiations);
    });
  }

  async restoreDocument(dump: DocumentDump): Promise<void> {
    const { info, text, annotations } = dump;
    const byIdx = <T>(facts: StoredFact<T>[]) => facts.map((f) => f.fact);
    const doc = {
      ...annotations,
      text,
      statements: byIdx(dump.statements),
      positions: byIdx(dump.positions),
      events: byIdx(dump.events),
    };
    this.insertDocument(doc, info, dump.fingerprint, dump.minhash, JSON.stringify(annotations));
    this.insertFacts(
      doc,
      info.id,
      info.date,
      {
        statements: dump.statements.map((f) => f.id),
        positions: dump.positions.map((f) => f.id),
        events: dump.events.map((f) => f.id),
      },
      {
        statements: dump.statements.map((f) => f.evidenceText),
        positions: dump.positions.map((f) => f.evidenceText),
        events: dump.events.map((f) => f.evidenceText),
      },
    );
  }

  async getDocument(
    id: string,
  ): Promise<(StoredDocument & { text: string; doc?: ParleyDocument }) | undefined> {
    const row = this.sql(`SELECT ${DOCUMENT_COLUMNS}, text, doc_json FROM documents WHERE id = ?`).get(id) as
      | (DocumentRow & { text: string; doc_json: string })
      | undefined;
    if (!row) return undefined;
    const facts = <T>(table: string) => this.factsOf<T>(table, id).map((f) => f.fact);
    return storedDocument(row, {
      statements: facts<Statement>('statements'),
      positions: facts<Position>('positions'),
      events: facts<NegotiationEvent>('events'),
    });
  }

  /** A document's facts of one table, in the document's own order. */
  private factsOf<T>(table: string, docId: string): StoredFact<T>[] {
    const rows = this.sql(
      `SELECT id, doc_id, doc_date, evidence_text, fact FROM ${table} WHERE doc_id = ? ORDER BY idx`,
    ).all(docId) as FactRow[];
    return rows.map((r) => toStoredFact<T>(r));
  }

  async findDocumentIds(prefix: string, limit = 10): Promise<string[]> {
    // Ids are lower-case hex: anything else cannot match (and must not act as a LIKE wildcard).
    if (!/^[0-9a-f]+$/i.test(prefix)) return [];
    const rows = this.sql('SELECT id FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT ?').all(
      prefix.toLowerCase(),
      `${prefix.toLowerCase()}g`,
      limit,
    ) as { id: string }[];
    return rows.map((r) => r.id);
  }

  async listDocuments(filter: DocumentFilter = {}): Promise<StoredDocument[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.since) where.push('date >= ?') && params.push(filter.since);
    if (filter.until) where.push('date <= ?') && params.push(filter.until);
    if (filter.negotiation)
      where.push('id IN (SELECT doc_id FROM document_negotiations WHERE negotiation = ?)') &&
        params.push(filter.negotiation);
    const rows = this.db
      .prepare(
        `SELECT ${DOCUMENT_COLUMNS} FROM documents ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY date, seq LIMIT ? OFFSET ?`,
      )
      .all(...params, filter.limit ?? -1, filter.offset ?? 0) as DocumentRow[];
    return rows.map(toStoredDocument);
  }

  async countDocuments(): Promise<number> {
    return (this.sql('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  }

  async stats(): Promise<StoreStats> {
    const count = (sql: string) => (this.sql(sql).get() as { n: number }).n;
    return {
      documents: count('SELECT count(*) AS n FROM documents'),
      nearDuplicates: count('SELECT count(*) AS n FROM documents WHERE duplicate_of IS NOT NULL'),
      skipped: count("SELECT count(*) AS n FROM documents WHERE status = 'skipped'"),
      statements: count('SELECT count(*) AS n FROM statements'),
      positions: count('SELECT count(*) AS n FROM positions'),
      events: count('SELECT count(*) AS n FROM events'),
    };
  }

  /** Facts of one kind from original (non-duplicate) documents, in document-date order. */
  protected facts<T>(kind: FactKind, table: string, filter: FactFilter): StoredFact<T>[] {
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
    if (filter.negotiation)
      add(
        'f.id IN (SELECT fact_id FROM fact_negotiations WHERE negotiation = ? AND kind = ?)',
        filter.negotiation,
        kind,
      );
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
         ORDER BY f.doc_date${filter.newest ? ' DESC' : ''}, f.doc_id, f.span_start, f.id LIMIT ?`,
      )
      .all(...params, filter.limit ?? -1) as FactRow[];
    return rows.map((row) => toStoredFact<T>(row));
  }

  async fact(kind: FactKind, id: number): Promise<StoredFact<AnyFact> | undefined> {
    const row = this.sql(
      `SELECT id, doc_id, doc_date, evidence_text, fact FROM ${TABLE_OF[kind]} WHERE id = ?`,
    ).get(id) as FactRow | undefined;
    return row && toStoredFact<AnyFact>(row);
  }

  async corrections(filter: { docId?: string } = {}): Promise<Correction[]> {
    const rows = (
      filter.docId
        ? this.sql(`SELECT ${CORRECTION_COLUMNS} FROM corrections WHERE doc_id = ? ORDER BY id`).all(
            filter.docId,
          )
        : this.sql(`SELECT ${CORRECTION_COLUMNS} FROM corrections ORDER BY id`).all()
    ) as CorrectionRow[];
    return rows.map(toCorrection);
  }

  async auditLog(filter: { limit?: number; newest?: boolean; docId?: string } = {}): Promise<AuditEntry[]> {
    const rows = this.sql(
      `SELECT ${AUDIT_COLUMNS} FROM audit_log ${filter.docId ? 'WHERE doc_id = ?' : ''}
       ORDER BY id${filter.newest ? ' DESC' : ''} LIMIT ?`,
    ).all(...(filter.docId ? [filter.docId] : []), filter.limit ?? -1) as AuditRow[];
    return rows.map(toAuditEntry);
  }

  async machineFacts(docId: string): Promise<FactLists | undefined> {
    const row = this.sql('SELECT facts FROM review_machine_facts WHERE doc_id = ?').get(docId) as
      | { facts: string }
      | undefined;
    return row ? (JSON.parse(row.facts) as FactLists) : undefined;
  }

  async saveCorrection(correction: Omit<Correction, 'id'> & { id?: number }): Promise<number> {
    const { lastInsertRowid } = this.sql(
      `INSERT INTO corrections (${CORRECTION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET doc_id = excluded.doc_id, kind = excluded.kind, action = excluded.action,
         span_start = excluded.span_start, span_end = excluded.span_end, target = excluded.target,
         fields = excluded.fields, user_name = excluded.user_name, at = excluded.at, state = excluded.state,
         note = excluded.note`,
    ).run(correction.id ?? null, ...correctionValues(correction));
    return correction.id ?? Number(lastInsertRowid);
  }

  async deleteCorrection(id: number): Promise<void> {
    this.sql('DELETE FROM corrections WHERE id = ?').run(id);
  }

  async setCorrectionOutcomes(outcomes: CorrectionOutcome[]): Promise<void> {
    const update = this.sql('UPDATE corrections SET state = ?, note = ? WHERE id = ?');
    for (const o of outcomes) update.run(o.state, o.note ?? null, o.id);
  }

  async setMachineFacts(docId: string, facts: FactLists | undefined): Promise<void> {
    if (!facts) this.sql('DELETE FROM review_machine_facts WHERE doc_id = ?').run(docId);
    else
      this.sql(
        'INSERT INTO review_machine_facts (doc_id, facts) VALUES (?, ?) ON CONFLICT (doc_id) DO UPDATE SET facts = excluded.facts',
      ).run(docId, JSON.stringify(facts));
  }

  async appendAudit(entry: Omit<AuditEntry, 'id'>): Promise<number> {
    const { lastInsertRowid } = this.sql(
      `INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(...auditValues(entry));
    return Number(lastInsertRowid);
  }

  async negotiationCounts(): Promise<{ negotiations: NegotiationCount[]; unassigned: number }> {
    const negotiations = this.sql(NEGOTIATION_COUNTS).all() as NegotiationCount[];
    const { n } = this.sql(UNASSIGNED_DOCUMENTS).get() as { n: number };
    return { negotiations: negotiations.map((c) => ({ ...c })), unassigned: n };
  }

  async storedNegotiations(): Promise<NegotiationEntry[]> {
    const rows = this.sql('SELECT definition FROM store_negotiations ORDER BY id').pluck().all() as string[];
    return rows.map((row) => NegotiationSchema.parse(JSON.parse(row)));
  }

  async saveNegotiation(entry: NegotiationEntry): Promise<void> {
    this.sql(
      'INSERT INTO store_negotiations (id, definition, updated_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET definition = excluded.definition, updated_at = excluded.updated_at',
    ).run(entry.id, JSON.stringify(entry), new Date().toISOString());
  }

  async searchDocuments(query: string, limit = 20): Promise<SearchHit[]> {
    const match = ftsQuery(query);
    if (!match) return [];
    // Newest first, as news is listed; the snippet is made alike for every engine (rows.ts). The
    // date index is walked newest first, each document looked up among the matches (read once
    // into a list), so that a common word stops after the first few dozen documents instead of
    // sorting every match.
    const rows = this.sql(
      `SELECT d.id, d.title, d.date, d.text FROM documents d INDEXED BY documents_date
       WHERE d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)
       ORDER BY d.date DESC, d.id LIMIT ?`,
    ).all(match, limit) as { id: string; title: string | null; date: string; text: string }[];
    return rows.map((r) => searchHit(r, query));
  }

  /** Every document with its facts, in the order stored (read a page at a time). */
  async *dumpDocuments(): AsyncIterable<DocumentDump> {
    let after = 0;
    for (;;) {
      const rows = this.sql(
        `SELECT ${DOCUMENT_COLUMNS}, text, doc_json, fingerprint, minhash FROM documents WHERE seq > ? ORDER BY seq LIMIT 100`,
      ).all(after) as (DocumentRow & {
        text: string;
        doc_json: string;
        fingerprint: string;
        minhash: Buffer | null;
      })[];
      if (!rows.length) return;
      for (const row of rows)
        yield documentDump(row, BigInt(`0x${row.fingerprint}`), {
          statements: this.factsOf<Statement>('statements', row.id),
          positions: this.factsOf<Position>('positions', row.id),
          events: this.factsOf<NegotiationEvent>('events', row.id),
        });
      after = rows[rows.length - 1].seq;
    }
  }
}

export class SqliteStore extends SqliteOperations implements Store {
  /** The handle a transaction's work gets: the same connection, writing without a transaction of its own. */
  private readonly inTransaction: SqliteOperations;
  /** Settles when the transaction before is over: this connection's writers take turns. */
  private turn: Promise<void> = Promise.resolve();
  /** Set within a transaction's work: a write there through the store, not `tx`, would wait for itself. */
  private readonly working = new AsyncLocalStorage<true>();
  private watch?: SqliteWatchState;

  constructor(
    readonly path: string,
    options: OpenOptions = {},
  ) {
    if (path !== ':memory:' && path !== '') mkdirSync(dirname(path), { recursive: true });
    let db: Database.Database;
    try {
      // The busy timeout is set before anything else: even switching a new file to WAL needs a
      // lock that another process opening the same store at the same moment may hold.
      db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
      db.pragma('journal_mode = WAL');
    } catch (error) {
      throw new Error(
        `cannot open the store ${path}: ${(error as Error).message}; pass --db with a SQLite file parley may create or use, or a postgres:// URL`,
      );
    }
    const cache = new Map<string, Database.Statement>();
    super(db, cache);
    this.inTransaction = new SqliteOperations(db, cache, this.records);
    // NORMAL is durable across process kills in WAL mode (only an OS crash can lose the last commit).
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // Checkpoints (copying the WAL into the database, with a sync of each file) are run by the
    // committing connection, holding up the next batch: every few batches rather than after each.
    // A bulk writer commits in turn with the others, so they run while no other batch writes: one
    // run beside continuing writes never catches up with them, and the WAL then grows without end.
    if (options.bulkWriter) db.pragma(`wal_autocheckpoint = ${BULK_CHECKPOINT_PAGES}`);
    if (options.migrate !== false) this.migrateNow();
  }

  get location(): string | undefined {
    return this.path === ':memory:' || this.path === '' ? undefined : this.path;
  }

  private migrateNow(): { from: number; to: number } {
    const from = this.schemaVersion;
    if (from > latestVersion) {
      throw new Error(
        `the store ${this.path} has schema version ${from}, newer than this parley knows (${latestVersion}); upgrade parley`,
      );
    }
    // Up to date (every connection of a worker's batch comes here): no write, so no lock taken.
    if (from === latestVersion) return { from, to: from };
    for (const migration of migrations) {
      if (migration.version <= from) continue;
      this.begin();
      try {
        // Another process may have opened the store at the same time and migrated it first.
        if (this.schemaVersion < migration.version) {
          this.db.exec(
            'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)',
          );
          this.db.exec(migration.sql);
          migration.after?.(this.db);
          this.db
            .prepare('INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)')
            .run(migration.version, migration.description, new Date().toISOString());
          this.db.pragma(`user_version = ${migration.version}`);
        }
        this.db.exec('COMMIT');
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    }
    return { from, to: this.schemaVersion };
  }

  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  async schema(): Promise<SchemaInfo> {
    return { description: `SQLite store ${this.path}`, version: this.schemaVersion, latest: latestVersion };
  }

  async migrate(): Promise<{ from: number; to: number }> {
    return this.migrateNow();
  }

  /**
   * Begin a transaction that holds the store's write lock from the start (IMMEDIATE), waiting up
   * to the busy timeout while another connection or process writes. A deferred transaction that
   * read first could not wait: SQLite refuses its first write at once ("database is locked") when
   * another writer came in between.
   */
  private begin(): void {
    this.db.exec('BEGIN IMMEDIATE');
  }

  /**
   * Run `work` as one transaction. If the store is still busy after the busy timeout, beginning
   * is tried again after a pause. Transactions of this connection take turns: one begun while
   * another awaits something waits for it to end.
   */
  async transaction<T>(work: (tx: StoreWriter) => Promise<T>): Promise<T> {
    if (this.working.getStore())
      throw new Error(
        'a transaction of this store is open here: write through its handle (tx), not the store',
      );
    const previous = this.turn;
    let release = () => {};
    this.turn = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    try {
      const start = Date.now();
      for (let attempt = 1; ; attempt++) {
        try {
          this.begin();
          break;
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
          await sleep(BUSY_BACKOFF_MS * 2 ** (attempt - 1) * (1 + Math.random()));
        }
      }
      try {
        const result = await this.working.run(true, () => work(this.inTransaction));
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    } finally {
      release();
    }
  }

  override recordCodebook(sources: CodebookSource[]): Promise<void> {
    return this.transaction((tx) => tx.recordCodebook(sources));
  }

  override putDocument(
    doc: ParleyDocument,
    info: Omit<StoredDocument, 'ingestedAt'>,
    fingerprint: bigint,
    minhash?: Uint32Array,
  ): Promise<void> {
    return this.transaction((tx) => tx.putDocument(doc, info, fingerprint, minhash));
  }

  override saveNegotiation(entry: NegotiationEntry): Promise<void> {
    return this.transaction((tx) => tx.saveNegotiation(entry));
  }

  override replaceFacts(doc: ParleyDocument): Promise<CorrectionOutcome[]> {
    return this.transaction((tx) => tx.replaceFacts(doc));
  }

  override saveCorrection(correction: Omit<Correction, 'id'> & { id?: number }): Promise<number> {
    return this.transaction((tx) => tx.saveCorrection(correction));
  }

  override deleteCorrection(id: number): Promise<void> {
    return this.transaction((tx) => tx.deleteCorrection(id));
  }

  override setCorrectionOutcomes(outcomes: CorrectionOutcome[]): Promise<void> {
    return this.transaction((tx) => tx.setCorrectionOutcomes(outcomes));
  }

  override setMachineFacts(docId: string, facts: FactLists | undefined): Promise<void> {
    return this.transaction((tx) => tx.setMachineFacts(docId, facts));
  }

  override appendAudit(entry: Omit<AuditEntry, 'id'>): Promise<number> {
    return this.transaction((tx) => tx.appendAudit(entry));
  }

  override restoreDocument(dump: DocumentDump): Promise<void> {
    return this.transaction((tx) => tx.restoreDocument(dump));
  }

  watchState(): SqliteWatchState {
    this.watch ??= new SqliteWatchState(this.db, (work) => this.transaction(async () => work()));
    return this.watch;
  }

  /** A store on one machine has no shared job queue. */
  async jobQueue(): Promise<JobQueue | undefined> {
    return undefined;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** Open (creating and migrating as needed) the SQLite store at `path`. */
export const openSqliteStore = (path: string, options?: OpenOptions): SqliteStore =>
  new SqliteStore(path, options);
