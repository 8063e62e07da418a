/**
 * The PostgreSQL store (node-postgres): the same record as the SQLite store, on a server that a
 * team shares — several people reading and correcting, feeds ingested by several machines. Its
 * schema is the SQLite store's (postgres-migrations.ts), and what both write alike is written by
 * the same code (rows.ts, lsh.ts, position-records.ts), so that the two answer every question the
 * same way.
 *
 * Writers take turns, as SQLite's do: every transaction that writes holds the store's write lock
 * (an advisory lock) until it ends, so that a document's near-duplicate lookup sees every document
 * committed before it and fact ids follow the order of commits. Each document is written in two
 * statements (the document with its keys, then its facts), each fact kind one multi-row insert.
 */
import pg from 'pg';
import { CANDIDATE_DISTANCE, hammingDistance } from '../analyse/fingerprints.js';
import { type NegotiationEntry, NegotiationSchema } from '../codebook/codebook.js';
import type { CodebookSource } from '../codebook/codebook-sources.js';
import type { NegotiationEvent, ParleyDocument, Position, Statement } from '../model.js';
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
import { CANDIDATES_PER_KEY, nearDuplicateKeys } from './lsh.js';
import { EngineReads, type FactKind, NEGOTIATION_COUNTS, UNASSIGNED_DOCUMENTS } from './operations.js';
import { PositionRecordReader } from './position-records.js';
import { latestPostgresVersion, postgresMigrations } from './postgres-migrations.js';
import { PostgresRecordQueries } from './postgres-records.js';
import { PostgresWatchState } from './postgres-watch.js';
import {
  actorsOf,
  DOCUMENT_COLUMNS,
  DOCUMENT_NEGOTIATION_COLUMNS,
  type DocumentRow,
  distinctSearchWords,
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
  searchWords,
  signatureFromBlob,
  signatureToBlob,
  storedDocument,
  toStoredDocument,
  toStoredFact,
} from './rows.js';
import type {
  DocumentDump,
  DocumentFilter,
  FactFilter,
  JobQueue,
  NearDuplicateCandidate,
  NegotiationCount,
  OpenOptions,
  QueueOptions,
  SchemaInfo,
  SearchHit,
  Store,
  StoredDocument,
  StoredFact,
  StoreStats,
  StoreWriter,
} from './store.js';

/** Advisory-lock keys of the store (arbitrary constants, the same in every process). */
const WRITE_LOCK = 7_311_406_001;
const MIGRATION_LOCK = 7_311_406_002;

/**
 * Connections each store keeps (a worker's batch store, the CLI's, the server's). Reads run one
 * after another in this process; a few connections let the server answer requests side by side.
 */
const POOL_SIZE = 4;

/**
 * 64-bit integers (ids, counts) as JavaScript numbers: fact ids and counts stay far below 2^53.
 * Fingerprints, the one use of the whole 64 bits, are read as text and made BigInts.
 */
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === pg.types.builtins.INT8
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** What runs SQL: the pool (each query on any connection) or one connection (in a transaction). */
export type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

/** A tsquery that matches every search word of `text` (words only: no syntax of the user's reaches it). */
export function tsQuery(text: string): string {
  return [...new Set(searchWords(text))].map((w) => `'${w.replace(/'/g, "''")}'`).join(' & ');
}

/** A URL fit to show: without its password. */
function shown(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

/** Reads and writes through one queryable: the pool, or a transaction's connection. */
class PostgresOperations extends EngineReads implements StoreWriter {
  constructor(
    protected readonly db: Queryable,
    records: PositionRecordReader,
  ) {
    super(records);
  }

  protected async rows<T>(text: string, values: unknown[] = []): Promise<T[]> {
    return (await this.db.query(text, values)).rows as T[];
  }

  async recordedCodebook(): Promise<CodebookSource[] | undefined> {
    const [row] = await this.rows<{ sources: string }>('SELECT sources FROM store_codebook WHERE id = 1');
    return row ? (JSON.parse(row.sources) as CodebookSource[]) : undefined;
  }

  async recordCodebook(sources: CodebookSource[]): Promise<void> {
    await this.db.query(
      `INSERT INTO store_codebook (id, sources, recorded_at) VALUES (1, $1, $2)
       ON CONFLICT (id) DO UPDATE SET sources = excluded.sources, recorded_at = excluded.recorded_at`,
      [JSON.stringify(sources), new Date().toISOString()],
    );
  }

  async hasHash(hash: string): Promise<boolean> {
    return (await this.rows('SELECT 1 FROM documents WHERE hash = $1', [hash])).length > 0;
  }

  async nearDuplicateCandidates(
    fingerprint: bigint,
    minhash?: Uint32Array,
  ): Promise<NearDuplicateCandidate[]> {
    // Each key's newest originals, the keys in their order: the order the SQLite store reads them in.
    const rows = await this.rows<{ doc_id: string; fingerprint: string }>(
      `SELECT k.doc_id, k.fingerprint::text AS fingerprint
       FROM unnest($1::bigint[]) WITH ORDINALITY AS q(key, n)
       CROSS JOIN LATERAL (
         SELECT doc_id, fingerprint, seq FROM near_duplicate_keys WHERE key = q.key ORDER BY seq DESC LIMIT $2
       ) k
       ORDER BY q.n, k.seq DESC`,
      [nearDuplicateKeys(fingerprint, minhash).map(String), CANDIDATES_PER_KEY],
    );
    const seen = new Set<string>();
    const candidates: { id: string; fingerprint: bigint }[] = [];
    for (const row of rows) {
      if (seen.has(row.doc_id)) continue;
      seen.add(row.doc_id);
      const candidate = BigInt.asUintN(64, BigInt(row.fingerprint));
      // With a signature to compare, a candidate this far off is never a near-duplicate.
      if (minhash && hammingDistance(fingerprint, candidate) > CANDIDATE_DISTANCE) continue;
      candidates.push({ id: row.doc_id, fingerprint: candidate });
    }
    if (!minhash || !candidates.length) return candidates;
    const signatures = new Map(
      (
        await this.rows<{ doc_id: string; minhash: Buffer }>(
          'SELECT doc_id, minhash FROM near_duplicate_signatures WHERE doc_id = ANY($1::text[])',
          [candidates.map((c) => c.id)],
        )
      ).map((r) => [r.doc_id, signatureFromBlob(r.minhash)]),
    );
    return candidates.map((c) => ({ ...c, minhash: signatures.get(c.id) }));
  }

  async putDocument(
    doc: ParleyDocument,
    info: Omit<StoredDocument, 'ingestedAt'>,
    fingerprint: bigint,
    minhash?: Uint32Array,
  ): Promise<void> {
    await this.insertDocument(
      doc,
      { ...info, ingestedAt: new Date().toISOString() },
      fingerprint,
      minhash,
      documentJson(doc),
    );
    await this.insertFacts(doc, info.id, info.date);
  }

  /** The document row, its search words and (an original's) near-duplicate keys: one statement. */
  private async insertDocument(
    doc: Pick<ParleyDocument, 'text' | 'blocks'>,
    info: StoredDocument,
    fingerprint: bigint,
    minhash: Uint32Array | undefined,
    json: string,
  ): Promise<void> {
    const signed = BigInt.asIntN(64, fingerprint).toString();
    // Only originals are looked up as near-duplicate candidates, so only they get keys.
    const keys = info.duplicateOf ? [] : nearDuplicateKeys(fingerprint, minhash).map(String);
    await this.db.query(
      `WITH d AS (
         INSERT INTO documents (id, hash, date, title, url, source, byline, lang, words, duplicate_of, status,
           fingerprint, minhash, layout, non_story, text, search_words, doc_json, ingested_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, array_to_tsvector($17::text[]), $18, $19)
         RETURNING seq
       ), k AS (
         INSERT INTO near_duplicate_keys (key, seq, doc_id, fingerprint)
         SELECT DISTINCT key, d.seq, $1, $12::bigint FROM d, unnest($20::bigint[]) AS key
       ), s AS (
         INSERT INTO near_duplicate_signatures (doc_id, minhash) SELECT $1, $13 WHERE $21 AND $13::bytea IS NOT NULL
       )
       SELECT seq FROM d`,
      [
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
        signed,
        minhash ? signatureToBlob(minhash) : null,
        JSON.stringify(info.layout ?? layoutCounts(doc)),
        JSON.stringify(info.nonStory ?? nonStoryBlocks(doc.text, doc.blocks)),
        doc.text,
        distinctSearchWords(info.title ?? '', doc.text),
        json,
        info.ingestedAt,
        keys,
        !info.duplicateOf,
      ],
    );
  }

  async replaceFacts(doc: ParleyDocument): Promise<CorrectionOutcome[]> {
    const [row] = await this.rows<{ date: string }>('SELECT date FROM documents WHERE id = $1', [doc.id]);
    if (!row) throw new Error(`no stored document ${doc.id} to replace the facts of; ingest it first`);
    // The record is the extraction with the document's corrections applied; a fact that stays
    // the same fact keeps its id, a new one takes the next of its sequence.
    const { doc: record, outcomes } = await withCorrections(this, doc);
    const kept = keptIds(
      {
        statements: await this.factsOf<AnyFact>('statements', doc.id),
        positions: await this.factsOf<AnyFact>('positions', doc.id),
        events: await this.factsOf<AnyFact>('events', doc.id),
      },
      record,
    );
    await this.db.query(
      `WITH a AS (
         DELETE FROM fact_actors WHERE (kind = 'statement' AND fact_id IN (SELECT id FROM statements WHERE doc_id = $1))
           OR (kind = 'position' AND fact_id IN (SELECT id FROM positions WHERE doc_id = $1))
           OR (kind = 'event' AND fact_id IN (SELECT id FROM events WHERE doc_id = $1))
       ), n AS (
         DELETE FROM fact_negotiations WHERE (kind = 'statement' AND fact_id IN (SELECT id FROM statements WHERE doc_id = $1))
           OR (kind = 'position' AND fact_id IN (SELECT id FROM positions WHERE doc_id = $1))
           OR (kind = 'event' AND fact_id IN (SELECT id FROM events WHERE doc_id = $1))
       ), dn AS (DELETE FROM document_negotiations WHERE doc_id = $1),
       r AS (DELETE FROM position_records WHERE doc_id = $1),
       s AS (DELETE FROM statements WHERE doc_id = $1),
       p AS (DELETE FROM positions WHERE doc_id = $1),
       e AS (DELETE FROM events WHERE doc_id = $1)
       SELECT 1`,
      [doc.id],
    );
    await this.insertFacts(record, doc.id, row.date, kept);
    await this.db.query('UPDATE documents SET doc_json = $1, layout = $2, non_story = $3 WHERE id = $4', [
      documentJson(doc),
      JSON.stringify(layoutCounts(doc)),
      JSON.stringify(nonStoryBlocks(doc.text, doc.blocks)),
      doc.id,
    ]);
    return outcomes;
  }

  /** Fresh ids for a document's facts, ascending: each table numbers its facts in the order written. */
  private async newIds(counts: { statements: number; positions: number; events: number }) {
    const [row] = await this.rows<{ s: number[] | null; p: number[] | null; e: number[] | null }>(
      `SELECT (SELECT array_agg(nextval('statements_id_seq')) FROM generate_series(1, $1)) AS s,
              (SELECT array_agg(nextval('positions_id_seq')) FROM generate_series(1, $2)) AS p,
              (SELECT array_agg(nextval('events_id_seq')) FROM generate_series(1, $3)) AS e`,
      [counts.statements, counts.positions, counts.events],
    );
    const sorted = (ids: (number | string)[] | null) => (ids ?? []).map(Number).sort((a, b) => a - b);
    return { statements: sorted(row.s), positions: sorted(row.p), events: sorted(row.e) };
  }

  /**
   * Write a document's facts in one statement: each kind one multi-row insert from JSON, with
   * their actors and the position records. `ids`, when given, are the fact ids to keep (a copy
   * from another store), and `evidence` the evidence sentences it had.
   */
  private async insertFacts(
    doc: Pick<
      ParleyDocument,
      'text' | 'sentences' | 'blocks' | 'statements' | 'positions' | 'events' | 'assignment'
    >,
    docId: string,
    docDate: string,
    given?: {
      statements: (number | undefined)[];
      positions: (number | undefined)[];
      events: (number | undefined)[];
    },
    evidence?: { statements: string[]; positions: string[]; events: string[] },
  ): Promise<void> {
    const assigned = documentNegotiationRows(doc, docId, docDate);
    if (assigned.length)
      await this.db.query(
        `INSERT INTO document_negotiations (${DOCUMENT_NEGOTIATION_COLUMNS.join(', ')})
         SELECT ${DOCUMENT_NEGOTIATION_COLUMNS.join(', ')} FROM jsonb_to_recordset($1::jsonb)
           AS r(negotiation text, doc_id text, doc_date text, main smallint, reason text, blocks text, by_user smallint)`,
        [JSON.stringify(assigned)],
      );
    const lists = ['statements', 'positions', 'events'] as const;
    // Fresh ids for the facts that have none given (all of them, unless some are kept).
    const missing = Object.fromEntries(
      lists.map((list) => [list, doc[list].filter((_, i) => given?.[list][i] === undefined).length]),
    ) as Record<(typeof lists)[number], number>;
    if (!doc.statements.length && !doc.positions.length && !doc.events.length) return;
    const fresh = await this.newIds(missing);
    const ids = Object.fromEntries(
      lists.map((list) => {
        let next = 0;
        return [list, doc[list].map((_, i) => given?.[list][i] ?? fresh[list][next++])];
      }),
    ) as Record<(typeof lists)[number], number[]>;
    const evidenceOf = (
      kind: 'statements' | 'positions' | 'events',
      idx: number,
      span: { start: number; end: number },
    ) => evidence?.[kind][idx] ?? evidenceText(doc as ParleyDocument, span);
    const actors: { kind: FactKind; fact_id: number; actor: string }[] = [];
    const negotiations: { kind: FactKind; fact_id: number; negotiation: string }[] = [];
    const link = (kind: FactKind, factId: number, list: string[], inNegotiations: string[] = []) => {
      for (const actor of new Set(list)) actors.push({ kind, fact_id: factId, actor });
      for (const negotiation of new Set(inNegotiations))
        negotiations.push({ kind, fact_id: factId, negotiation });
    };
    const common = (
      idx: number,
      fact: { start: number; end: number; provenance: { rule: string; cue?: string; confidence: number } },
      text: string,
    ) => ({
      idx,
      span_start: fact.start,
      span_end: fact.end,
      rule: fact.provenance.rule,
      cue: fact.provenance.cue ?? null,
      confidence: fact.provenance.confidence,
      evidence_text: text,
    });
    const statements = doc.statements.map((s, idx) => {
      const content = doc.text.slice(s.content.start, s.content.end);
      link('statement', ids.statements[idx], actorsOf(s.actor), s.negotiations);
      return {
        id: ids.statements[idx],
        ...common(idx, s, evidenceOf('statements', idx, s)),
        speaker: s.speaker,
        actor: s.actor == null ? null : JSON.stringify(s.actor),
        role: s.role ?? null,
        direct: s.direct ? 1 : 0,
        anonymous: s.anonymous ? 1 : 0,
        content_text: content,
        words: distinctSearchWords(content, s.speaker),
        fact: JSON.stringify(s),
      };
    });
    const records: Record<string, unknown>[] = [];
    const positions = doc.positions.map((p, idx) => {
      const sentence = evidenceOf('positions', idx, p);
      const record = positionRecordFields(doc, p, docDate);
      link('position', ids.positions[idx], [p.actor], p.negotiations);
      records.push({
        actor: p.actor,
        issue: p.issue,
        id: ids.positions[idx],
        date: record.date,
        stance: p.stance,
        red_line: p.redLine ? 1 : 0,
        conditional: record.conditional ? 1 : 0,
        about: p.about ?? null,
        strength: record.strength,
        speaker: record.speaker,
        reported_by: p.source ?? null,
        rule: p.provenance.rule,
        confidence: p.provenance.confidence,
        evidence: sentence,
        status: p.review?.status ?? 'machine',
      });
      return {
        id: ids.positions[idx],
        ...common(idx, p, sentence),
        actor: p.actor,
        issue: p.issue,
        about: p.about ?? null,
        stance: p.stance,
        red_line: p.redLine ? 1 : 0,
        statement_idx: p.statement ?? null,
        reported_by: p.source ?? null,
        date: p.date ?? null,
        fact: JSON.stringify(p),
      };
    });
    const events = doc.events.map((e, idx) => {
      link('event', ids.events[idx], eventActors(e), e.negotiations);
      return {
        id: ids.events[idx],
        ...common(idx, e, evidenceOf('events', idx, e)),
        type: e.type,
        actors: JSON.stringify(e.actors),
        status: e.status ?? null,
        date: e.date ?? null,
        location: e.location?.name ?? null,
        fact: JSON.stringify(e),
      };
    });
    const commonTypes =
      'idx integer, span_start integer, span_end integer, rule text, cue text, confidence double precision, evidence_text text';
    const commonColumns = 'idx, span_start, span_end, rule, cue, confidence, evidence_text';
    await this.db.query(
      `WITH s AS (
         INSERT INTO statements (id, doc_id, doc_date, ${commonColumns}, speaker, actor, role, direct, anonymous,
           content_text, search_words, fact)
         SELECT id, $1, $2, ${commonColumns}, speaker, actor, role, direct, anonymous, content_text,
           array_to_tsvector(words), fact
         FROM jsonb_to_recordset($3::jsonb) AS r(id bigint, ${commonTypes}, speaker text, actor text, role text,
           direct smallint, anonymous smallint, content_text text, words text[], fact text)
       ), p AS (
         INSERT INTO positions (id, doc_id, doc_date, ${commonColumns}, actor, issue, about, stance, red_line,
           statement_idx, reported_by, date, fact)
         SELECT id, $1, $2, ${commonColumns}, actor, issue, about, stance, red_line, statement_idx, reported_by, date, fact
         FROM jsonb_to_recordset($4::jsonb) AS r(id bigint, ${commonTypes}, actor text, issue text, about text,
           stance text, red_line smallint, statement_idx integer, reported_by text, date text, fact text)
       ), pr AS (
         INSERT INTO position_records (actor, issue, doc_date, id, doc_id, date, stance, red_line, conditional, about,
           strength, speaker, reported_by, rule, confidence, evidence, status)
         SELECT actor, issue, $2, id, $1, date, stance, red_line, conditional, about, strength, speaker, reported_by,
           rule, confidence, evidence, status
         FROM jsonb_to_recordset($5::jsonb) AS r(actor text, issue text, id bigint, date text, stance text,
           red_line smallint, conditional smallint, about text, strength text, speaker text, reported_by text,
           rule text, confidence double precision, evidence text, status text)
       ), e AS (
         INSERT INTO events (id, doc_id, doc_date, ${commonColumns}, type, actors, status, date, location, fact)
         SELECT id, $1, $2, ${commonColumns}, type, actors, status, date, location, fact
         FROM jsonb_to_recordset($6::jsonb) AS r(id bigint, ${commonTypes}, type text, actors text, status text,
           date text, location text, fact text)
       ), a AS (
         INSERT INTO fact_actors (kind, fact_id, actor)
         SELECT DISTINCT kind, fact_id, actor FROM jsonb_to_recordset($7::jsonb) AS r(kind text, fact_id bigint, actor text)
       ), n AS (
         INSERT INTO fact_negotiations (kind, fact_id, negotiation)
         SELECT DISTINCT kind, fact_id, negotiation FROM jsonb_to_recordset($8::jsonb)
           AS r(kind text, fact_id bigint, negotiation text)
       )
       SELECT 1`,
      [
        docId,
        docDate,
        JSON.stringify(statements),
        JSON.stringify(positions),
        JSON.stringify(records),
        JSON.stringify(events),
        JSON.stringify(actors),
        JSON.stringify(negotiations),
      ],
    );
  }

  async restoreDocument(dump: DocumentDump): Promise<void> {
    const { info, text, annotations } = dump;
    const doc = {
      ...annotations,
      text,
      statements: dump.statements.map((f) => f.fact),
      positions: dump.positions.map((f) => f.fact),
      events: dump.events.map((f) => f.fact),
    };
    await this.insertDocument(doc, info, dump.fingerprint, dump.minhash, JSON.stringify(annotations));
    await this.insertFacts(
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
    // Ids given: the sequences go on after them.
    await this.db.query(
      `SELECT setval('statements_id_seq', GREATEST((SELECT max(id) FROM statements), 1)),
              setval('positions_id_seq', GREATEST((SELECT max(id) FROM positions), 1)),
              setval('events_id_seq', GREATEST((SELECT max(id) FROM events), 1))`,
    );
  }

  async getDocument(
    id: string,
  ): Promise<(StoredDocument & { text: string; doc?: ParleyDocument }) | undefined> {
    const [row] = await this.rows<DocumentRow & { text: string; doc_json: string }>(
      `SELECT ${DOCUMENT_COLUMNS}, text, doc_json FROM documents WHERE id = $1`,
      [id],
    );
    if (!row) return undefined;
    const facts = async <T>(table: string) => (await this.factsOf<T>(table, id)).map((f) => f.fact);
    return storedDocument(row, {
      statements: await facts<Statement>('statements'),
      positions: await facts<Position>('positions'),
      events: await facts<NegotiationEvent>('events'),
    });
  }

  /** A document's facts of one table, in the document's own order. */
  protected async factsOf<T>(table: string, docId: string): Promise<StoredFact<T>[]> {
    const rows = await this.rows<FactRow>(
      `SELECT id, doc_id, doc_date, evidence_text, fact FROM ${table} WHERE doc_id = $1 ORDER BY idx`,
      [docId],
    );
    return rows.map((r) => toStoredFact<T>(r));
  }

  async findDocumentIds(prefix: string, limit = 10): Promise<string[]> {
    if (!/^[0-9a-f]+$/i.test(prefix)) return [];
    const lower = prefix.toLowerCase();
    const rows = await this.rows<{ id: string }>(
      'SELECT id FROM documents WHERE id >= $1 AND id < $2 ORDER BY id LIMIT $3',
      [lower, `${lower}g`, limit],
    );
    return rows.map((r) => r.id);
  }

  async listDocuments(filter: DocumentFilter = {}): Promise<StoredDocument[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.since) params.push(filter.since) && where.push(`date >= $${params.length}`);
    if (filter.until) params.push(filter.until) && where.push(`date <= $${params.length}`);
    if (filter.negotiation)
      params.push(filter.negotiation) &&
        where.push(`id IN (SELECT doc_id FROM document_negotiations WHERE negotiation = $${params.length})`);
    params.push(filter.limit ?? null, filter.offset ?? 0);
    const rows = await this.rows<DocumentRow>(
      `SELECT ${DOCUMENT_COLUMNS} FROM documents ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY date, seq LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return rows.map(toStoredDocument);
  }

  async countDocuments(): Promise<number> {
    const [row] = await this.rows<{ n: number }>('SELECT count(*) AS n FROM documents');
    return row.n;
  }

  async stats(): Promise<StoreStats> {
    const [row] = await this.rows<StoreStats>(
      `SELECT (SELECT count(*) FROM documents) AS documents,
              (SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL) AS "nearDuplicates",
              (SELECT count(*) FROM documents WHERE status = 'skipped') AS skipped,
              (SELECT count(*) FROM statements) AS statements,
              (SELECT count(*) FROM positions) AS positions,
              (SELECT count(*) FROM events) AS events`,
    );
    return row;
  }

  /** Facts of one kind from original (non-duplicate) documents, in document-date order. */
  protected async facts<T>(kind: FactKind, table: string, filter: FactFilter): Promise<StoredFact<T>[]> {
    const where = ['d.duplicate_of IS NULL'];
    const params: unknown[] = [];
    const add = (clause: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(clause(`$${params.length}`));
    };
    if (filter.asOf) add((p) => `f.doc_date <= ${p}`, filter.asOf);
    if (filter.since) add((p) => `f.doc_date >= ${p}`, filter.since);
    if (filter.docId) add((p) => `f.doc_id = ${p}`, filter.docId);
    if (filter.negotiation)
      add(
        (p) =>
          `f.id IN (SELECT fact_id FROM fact_negotiations WHERE negotiation = ${p} AND kind = '${kind}')`,
        filter.negotiation,
      );
    if (filter.actor) {
      add(
        (p) => `f.id IN (SELECT fact_id FROM fact_actors WHERE actor = ${p} AND kind = '${kind}')`,
        filter.actor,
      );
    }
    if (filter.issue) {
      // Positions carry their issue; a statement is about the issues of the positions it expresses.
      if (kind === 'position') add((p) => `f.issue = ${p}`, filter.issue);
      if (kind === 'statement')
        add(
          (p) =>
            `EXISTS (SELECT 1 FROM positions p WHERE p.doc_id = f.doc_id AND p.statement_idx = f.idx AND p.issue = ${p})`,
          filter.issue,
        );
    }
    if (filter.text) {
      const query = tsQuery(filter.text);
      if (!query) return [];
      if (kind === 'statement') add((p) => `f.search_words @@ ${p}::tsquery`, query);
      // As SQLite's LIKE: a substring, case folded; no escape character.
      else add((p) => `f.evidence_text ILIKE '%' || ${p} || '%' ESCAPE ''`, filter.text);
    }
    params.push(filter.limit ?? null);
    const rows = await this.rows<FactRow>(
      `SELECT f.id, f.doc_id, f.doc_date, f.evidence_text, f.fact FROM ${table} f
       JOIN documents d ON d.id = f.doc_id
       WHERE ${where.join(' AND ')}
       ORDER BY f.doc_date${filter.newest ? ' DESC' : ''}, f.doc_id, f.span_start, f.id LIMIT $${params.length}`,
      params,
    );
    return rows.map((row) => toStoredFact<T>(row));
  }

  async fact(kind: FactKind, id: number): Promise<StoredFact<AnyFact> | undefined> {
    const [row] = await this.rows<FactRow>(
      `SELECT id, doc_id, doc_date, evidence_text, fact FROM ${TABLE_OF[kind]} WHERE id = $1`,
      [id],
    );
    return row && toStoredFact<AnyFact>(row);
  }

  async corrections(filter: { docId?: string } = {}): Promise<Correction[]> {
    const rows = filter.docId
      ? await this.rows<CorrectionRow>(
          `SELECT ${CORRECTION_COLUMNS} FROM corrections WHERE doc_id = $1 ORDER BY id`,
          [filter.docId],
        )
      : await this.rows<CorrectionRow>(`SELECT ${CORRECTION_COLUMNS} FROM corrections ORDER BY id`);
    return rows.map(toCorrection);
  }

  async auditLog(filter: { limit?: number; newest?: boolean; docId?: string } = {}): Promise<AuditEntry[]> {
    const rows = await this.rows<AuditRow>(
      `SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE ($1::text IS NULL OR doc_id = $1)
       ORDER BY id${filter.newest ? ' DESC' : ''} LIMIT $2`,
      [filter.docId ?? null, filter.limit ?? null],
    );
    return rows.map(toAuditEntry);
  }

  async machineFacts(docId: string): Promise<FactLists | undefined> {
    const [row] = await this.rows<{ facts: string }>(
      'SELECT facts FROM review_machine_facts WHERE doc_id = $1',
      [docId],
    );
    return row ? (JSON.parse(row.facts) as FactLists) : undefined;
  }

  async saveCorrection(correction: Omit<Correction, 'id'> & { id?: number }): Promise<number> {
    // A new correction takes the next id; one given its id (an undone change put back) keeps it.
    const values = [correction.id ?? null, ...correctionValues(correction)];
    const [row] = await this.rows<{ id: number }>(
      `INSERT INTO corrections (${CORRECTION_COLUMNS})
       VALUES (coalesce($1::bigint, nextval('corrections_id_seq')), ${values
         .slice(1)
         .map((_, i) => `$${i + 2}`)
         .join(', ')})
       ON CONFLICT (id) DO UPDATE SET doc_id = excluded.doc_id, kind = excluded.kind, action = excluded.action,
         span_start = excluded.span_start, span_end = excluded.span_end, target = excluded.target,
         fields = excluded.fields, user_name = excluded.user_name, at = excluded.at, state = excluded.state,
         note = excluded.note
       RETURNING id`,
      values,
    );
    return Number(row.id);
  }

  async deleteCorrection(id: number): Promise<void> {
    await this.db.query('DELETE FROM corrections WHERE id = $1', [id]);
  }

  async setCorrectionOutcomes(outcomes: CorrectionOutcome[]): Promise<void> {
    if (!outcomes.length) return;
    await this.db.query(
      `UPDATE corrections c SET state = o.state, note = o.note
       FROM jsonb_to_recordset($1::jsonb) AS o(id bigint, state text, note text) WHERE c.id = o.id`,
      [JSON.stringify(outcomes.map((o) => ({ id: o.id, state: o.state, note: o.note ?? null })))],
    );
  }

  async setMachineFacts(docId: string, facts: FactLists | undefined): Promise<void> {
    if (!facts) await this.db.query('DELETE FROM review_machine_facts WHERE doc_id = $1', [docId]);
    else
      await this.db.query(
        `INSERT INTO review_machine_facts (doc_id, facts) VALUES ($1, $2)
         ON CONFLICT (doc_id) DO UPDATE SET facts = excluded.facts`,
        [docId, JSON.stringify(facts)],
      );
  }

  async appendAudit(entry: Omit<AuditEntry, 'id'>): Promise<number> {
    const values = auditValues(entry);
    const [row] = await this.rows<{ id: number }>(
      `INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES (nextval('audit_log_id_seq'), ${values.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
      values,
    );
    return Number(row.id);
  }

  async negotiationCounts(): Promise<{ negotiations: NegotiationCount[]; unassigned: number }> {
    const rows = await this.rows<NegotiationCount>(NEGOTIATION_COUNTS);
    const [{ n }] = await this.rows<{ n: string }>(UNASSIGNED_DOCUMENTS);
    // count() and sum() are bigint in PostgreSQL, which pg gives as strings.
    const number = (v: unknown) => Number(v);
    return {
      negotiations: rows.map((r) => ({
        ...r,
        documents: number(r.documents),
        mainDocuments: number(r.mainDocuments),
        statements: number(r.statements),
        positions: number(r.positions),
        events: number(r.events),
      })),
      unassigned: number(n),
    };
  }

  async storedNegotiations(): Promise<NegotiationEntry[]> {
    const rows = await this.rows<{ definition: string }>(
      'SELECT definition FROM store_negotiations ORDER BY id',
    );
    return rows.map((row) => NegotiationSchema.parse(JSON.parse(row.definition)));
  }

  async saveNegotiation(entry: NegotiationEntry): Promise<void> {
    await this.db.query(
      `INSERT INTO store_negotiations (id, definition, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET definition = excluded.definition, updated_at = excluded.updated_at`,
      [entry.id, JSON.stringify(entry), new Date().toISOString()],
    );
  }

  async searchDocuments(query: string, limit = 20): Promise<SearchHit[]> {
    const match = tsQuery(query);
    if (!match) return [];
    const rows = await this.rows<{ id: string; title: string | null; date: string; text: string }>(
      `SELECT id, title, date, text FROM documents WHERE search_words @@ $1::tsquery
       ORDER BY date DESC, id LIMIT $2`,
      [match, limit],
    );
    return rows.map((r) => searchHit(r, query));
  }
}

export class PostgresStore extends PostgresOperations implements Store {
  private readonly pool: pg.Pool;
  private queue?: JobQueue;
  private watch?: PostgresWatchState;

  private constructor(
    readonly url: string,
    pool: pg.Pool,
  ) {
    super(pool, new PositionRecordReader(new PostgresRecordQueries(pool)));
    this.pool = pool;
  }

  /** Connect to the store at `url` (and migrate it unless told otherwise). */
  static async open(url: string, options: OpenOptions = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, types, application_name: 'parley' });
    // A connection that breaks while idle (the server restarted) is dropped, not thrown at no one.
    pool.on('error', () => {});
    const store = new PostgresStore(url, pool);
    try {
      await pool.query('SELECT 1');
      if (options.migrate !== false) await store.migrate();
      else await store.schema();
    } catch (error) {
      await pool.end();
      throw new Error(
        `cannot open the store ${shown(url)}: ${(error as Error).message}; check the URL (postgres://user@host:port/database) and that the server is up`,
      );
    }
    return store;
  }

  get location(): string {
    return this.url;
  }

  private async version(client: Queryable = this.pool): Promise<number> {
    const [exists] = (await client.query("SELECT to_regclass('schema_version') AS t")).rows as {
      t: string | null;
    }[];
    if (!exists.t) return 0;
    const [row] = (await client.query('SELECT coalesce(max(version), 0) AS v FROM schema_version')).rows as {
      v: number;
    }[];
    return row.v;
  }

  async schema(): Promise<SchemaInfo> {
    const version = await this.version();
    if (version > latestPostgresVersion)
      throw new Error(
        `the store ${shown(this.url)} has schema version ${version}, newer than this parley knows (${latestPostgresVersion}); upgrade parley`,
      );
    return { description: `PostgreSQL store ${shown(this.url)}`, version, latest: latestPostgresVersion };
  }

  async migrate(): Promise<{ from: number; to: number }> {
    const { version: from } = await this.schema();
    if (from === latestPostgresVersion) return { from, to: from };
    const client = await this.pool.connect();
    try {
      for (const migration of postgresMigrations) {
        await client.query('BEGIN');
        try {
          // Another process may be migrating the same store: one at a time, each checking again.
          await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
          if ((await this.version(client)) < migration.version) {
            await client.query(
              'CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, description text NOT NULL, applied_at text NOT NULL)',
            );
            await client.query(migration.sql);
            await client.query(
              'INSERT INTO schema_version (version, description, applied_at) VALUES ($1, $2, $3)',
              [migration.version, migration.description, new Date().toISOString()],
            );
          }
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      }
    } finally {
      client.release();
    }
    return { from, to: await this.version() };
  }

  /**
   * Run `work` as one transaction on a connection of its own, holding the store's write lock from
   * the start: writers of one store (in this process or any other) take turns.
   */
  transaction<T>(work: (tx: StoreWriter) => Promise<T>): Promise<T> {
    return this.transactionWithSql((tx) => work(tx));
  }

  /**
   * A transaction as `transaction` runs it, whose work also gets its connection: for the job
   * queue (postgres-queue.ts), whose own tables change in the same transaction as the store.
   */
  async transactionWithSql<T>(work: (tx: StoreWriter, sql: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      try {
        await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
        const result = await work(new PostgresOperations(client, this.records), client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      }
    } finally {
      client.release();
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

  async *dumpDocuments(): AsyncIterable<DocumentDump> {
    let after = 0;
    for (;;) {
      const rows = await this.rows<
        DocumentRow & { text: string; doc_json: string; fingerprint: string; minhash: Buffer | null }
      >(
        `SELECT ${DOCUMENT_COLUMNS}, text, doc_json, fingerprint::text AS fingerprint, minhash FROM documents
         WHERE seq > $1 ORDER BY seq LIMIT 100`,
        [after],
      );
      if (!rows.length) return;
      for (const row of rows)
        yield documentDump(row, BigInt(row.fingerprint), {
          statements: await this.factsOf<Statement>('statements', row.id),
          positions: await this.factsOf<Position>('positions', row.id),
          events: await this.factsOf<NegotiationEvent>('events', row.id),
        });
      after = rows[rows.length - 1].seq;
    }
  }

  /** Run `work` with the store's connections, outside any transaction (the job queue's bookkeeping). */
  withConnection<T>(work: (sql: Queryable) => Promise<T>): Promise<T> {
    return work(this.pool);
  }

  watchState(): PostgresWatchState {
    this.watch ??= new PostgresWatchState(this.pool);
    return this.watch;
  }

  async jobQueue(options: QueueOptions = {}): Promise<JobQueue> {
    if (!this.queue) {
      const { PostgresJobQueue } = await import('./postgres-queue.js');
      this.queue = await PostgresJobQueue.start(this, options);
    }
    return this.queue;
  }

  async close(): Promise<void> {
    await this.queue?.close();
    await this.pool.end();
  }
}

export const openPostgresStore = (url: string, options: OpenOptions = {}): Promise<PostgresStore> =>
  PostgresStore.open(url, options);
