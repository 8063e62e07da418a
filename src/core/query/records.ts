/**
 * Position records: a stored position flattened with what the analyst's questions need — its
 * effective date, the strength of its source, the speaker behind it — read either through the
 * Store interface (any engine) or, when the store is SQLite, with indexed SQL that only reads the
 * latest evidence of each actor × issue (the matrix must stay fast at 100,000 articles).
 */
import type Database from 'better-sqlite3';
import type { Position, Stance, Statement } from '../model.js';
import type { Store, StoredFact } from '../store/store.js';

/**
 * How strong a stance's source is: the party's own official on the record ("official"), a
 * report by someone else or the reporter's own voice ("reported"), an unnamed source ("anonymous").
 */
export type SourceStrength = 'official' | 'reported' | 'anonymous';
export const STRENGTH_RANK: Record<SourceStrength, number> = { official: 3, reported: 2, anonymous: 1 };

export interface PositionRecord {
  /** The store's fact id. */
  id: number;
  docId: string;
  docDate: string;
  /** When the stance was taken: the position's own date when the text gives one, else the document's. */
  date: string;
  actor: string;
  issue: string;
  about?: string;
  stance: Stance;
  redLine: boolean;
  conditional: boolean;
  /** The sentence the stance was found in. */
  evidence: string;
  strength: SourceStrength;
  /** The speaker's name when the stance was expressed through an attributed statement. */
  speaker?: string;
  /** Who reported the stance, when a third party did. */
  reportedBy?: string | null;
  rule: string;
  confidence: number;
}

/** The speaker of the statement behind a position, as far as strength needs it. */
export interface SpeakerInfo {
  speaker: string;
  actor: string | string[] | null;
  anonymous?: boolean;
}

const actorList = (actor: string | string[] | null | undefined): string[] =>
  actor == null ? [] : Array.isArray(actor) ? actor : [actor];

export function sourceStrength(position: Position, speaker?: SpeakerInfo): SourceStrength {
  if (speaker?.anonymous) return 'anonymous';
  if (position.source != null && position.source !== position.actor) return 'reported';
  if (speaker && actorList(speaker.actor).includes(position.actor)) return 'official';
  return 'reported';
}

/** A position's own date, kept only when it is not after its document (news reports the past). */
function effectiveDate(position: Position, docDate: string): string {
  return position.date && position.date <= docDate ? position.date : docDate;
}

export function toRecord(fact: StoredFact<Position>, speaker?: SpeakerInfo): PositionRecord {
  const p = fact.fact;
  return {
    id: fact.id,
    docId: fact.docId,
    docDate: fact.docDate,
    date: effectiveDate(p, fact.docDate),
    actor: p.actor,
    issue: p.issue,
    about: p.about ?? undefined,
    stance: p.stance,
    redLine: Boolean(p.redLine),
    conditional: Boolean(p.condition),
    evidence: fact.evidenceText,
    strength: sourceStrength(p, speaker),
    speaker: speaker?.speaker,
    reportedBy: p.source,
    rule: p.provenance.rule,
    confidence: p.provenance.confidence,
  };
}

/** Newest first; same date: stronger source first, then the more confident rule, then the later fact. */
export function compareLatestFirst(a: PositionRecord, b: PositionRecord): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  const strength = STRENGTH_RANK[b.strength] - STRENGTH_RANK[a.strength];
  if (strength !== 0) return strength;
  if (a.confidence !== b.confidence) return b.confidence - a.confidence;
  return b.id - a.id;
}

export interface RecordBound {
  /** Only documents dated on or before this date. */
  asOf?: string;
  /** Only documents dated strictly before this date. */
  before?: string;
  actor?: string;
  issue?: string;
}

/**
 * Where position records come from. `latest` returns, for each actor × issue, its records newest
 * first — at least every record of the current stance's run and the one before it — and whether
 * the list was cut short (then `countRun` gives the exact number of documents backing the stance).
 */
export interface PositionSource {
  latest(bound: RecordBound): Map<string, { records: PositionRecord[]; truncated: boolean }>;
  countRun(
    actor: string,
    issue: string,
    stance: Stance,
    after: string | undefined,
    bound: RecordBound,
  ): number;
  /** Every record within the bound, oldest first (for histories). */
  all(bound: RecordBound): PositionRecord[];
}

export const cellKey = (actor: string, issue: string): string => `${actor}\u0000${issue}`;

/** Works on any Store: reads every position within the bound and the statements behind them. */
export class StorePositionSource implements PositionSource {
  constructor(private readonly store: Store) {}

  all(bound: RecordBound): PositionRecord[] {
    const facts = this.store
      .positions({ asOf: bound.asOf, actor: bound.actor, issue: bound.issue })
      .filter((f) => !bound.before || f.docDate < bound.before);
    const speakersByDoc = new Map<string, StoredFact<Statement>[]>();
    const speakerOf = (fact: StoredFact<Position>): SpeakerInfo | undefined => {
      const index = fact.fact.statement;
      if (index === undefined) return undefined;
      let statements = speakersByDoc.get(fact.docId);
      if (!statements) {
        statements = this.store.statements({ docId: fact.docId });
        speakersByDoc.set(fact.docId, statements);
      }
      // The store lists a document's statements in text order, as the pipeline made them.
      const statement = [...statements].sort((a, b) => a.fact.start - b.fact.start)[index]?.fact;
      return statement
        ? { speaker: statement.speaker, actor: statement.actor, anonymous: statement.anonymous }
        : undefined;
    };
    return facts.map((f) => toRecord(f, speakerOf(f)));
  }

  latest(bound: RecordBound): Map<string, { records: PositionRecord[]; truncated: boolean }> {
    const groups = new Map<string, { records: PositionRecord[]; truncated: boolean }>();
    for (const record of this.all(bound)) {
      const key = cellKey(record.actor, record.issue);
      const group = groups.get(key) ?? { records: [], truncated: false };
      group.records.push(record);
      groups.set(key, group);
    }
    for (const group of groups.values()) group.records.sort(compareLatestFirst);
    return groups;
  }

  countRun(
    actor: string,
    issue: string,
    stance: Stance,
    after: string | undefined,
    bound: RecordBound,
  ): number {
    const docs = new Set(
      this.all({ ...bound, actor, issue })
        .filter((r) => r.stance === stance && (!after || r.date > after))
        .map((r) => r.docId),
    );
    return docs.size;
  }
}

interface PositionRow {
  id: number;
  doc_id: string;
  doc_date: string;
  evidence_text: string;
  fact: string;
  s_speaker: string | null;
  s_actor: string | null;
  s_anonymous: number | null;
}

/** How many of an actor × issue's newest records the SQLite path reads before counting exactly. */
const WINDOW = 48;

/**
 * The SQLite fast path: the distinct actor × issue pairs from the (actor, issue) index, then each
 * pair's newest records from an (actor, issue, doc_date) index, joined with the statement behind
 * them. Reads O(pairs × window) rows, not every position in the store.
 */
export class SqlitePositionSource implements PositionSource {
  constructor(private readonly db: Database.Database) {
    ensureQueryIndexes(db);
  }

  private where(bound: RecordBound, alias = 'p'): { sql: string; params: unknown[] } {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (bound.asOf) clauses.push(`${alias}.doc_date <= ?`) && params.push(bound.asOf);
    if (bound.before) clauses.push(`${alias}.doc_date < ?`) && params.push(bound.before);
    if (bound.actor) clauses.push(`${alias}.actor = ?`) && params.push(bound.actor);
    if (bound.issue) clauses.push(`${alias}.issue = ?`) && params.push(bound.issue);
    return { sql: clauses.length ? clauses.join(' AND ') : '1', params };
  }

  private rows(sqlWhere: string, params: unknown[], order: string, limit: number): PositionRecord[] {
    const rows = this.db
      .prepare(
        `SELECT p.id, p.doc_id, p.doc_date, p.evidence_text, p.fact,
                s.speaker AS s_speaker, s.actor AS s_actor, s.anonymous AS s_anonymous
         FROM positions p
         JOIN documents d ON d.id = p.doc_id AND d.duplicate_of IS NULL
         LEFT JOIN statements s ON s.doc_id = p.doc_id AND s.idx = p.statement_idx
         WHERE ${sqlWhere} ORDER BY ${order} LIMIT ?`,
      )
      .all(...params, limit) as PositionRow[];
    return rows.map((row) =>
      toRecord(
        {
          id: row.id,
          docId: row.doc_id,
          docDate: row.doc_date,
          evidenceText: row.evidence_text,
          fact: JSON.parse(row.fact) as Position,
        },
        row.s_speaker === null
          ? undefined
          : {
              speaker: row.s_speaker,
              actor: row.s_actor ? (JSON.parse(row.s_actor) as string | string[]) : null,
              anonymous: row.s_anonymous === 1,
            },
      ),
    );
  }

  all(bound: RecordBound): PositionRecord[] {
    const { sql, params } = this.where(bound);
    return this.rows(sql, params, 'p.doc_date, p.id', -1);
  }

  latest(bound: RecordBound): Map<string, { records: PositionRecord[]; truncated: boolean }> {
    const { sql, params } = this.where(bound);
    const pairs = this.db
      .prepare(`SELECT DISTINCT p.actor, p.issue FROM positions p WHERE ${sql}`)
      .all(...params) as { actor: string; issue: string }[];
    const out = new Map<string, { records: PositionRecord[]; truncated: boolean }>();
    for (const { actor, issue } of pairs) {
      const pair = this.where({ ...bound, actor, issue });
      const records = this.rows(pair.sql, pair.params, 'p.doc_date DESC, p.id DESC', WINDOW);
      if (!records.length) continue; // only near-duplicate documents hold this pair
      records.sort(compareLatestFirst);
      out.set(cellKey(actor, issue), { records, truncated: records.length === WINDOW });
    }
    return out;
  }

  countRun(
    actor: string,
    issue: string,
    stance: Stance,
    after: string | undefined,
    bound: RecordBound,
  ): number {
    const { sql, params } = this.where({ ...bound, actor, issue });
    const row = this.db
      .prepare(
        `SELECT COUNT(DISTINCT p.doc_id) AS n FROM positions p
         JOIN documents d ON d.id = p.doc_id AND d.duplicate_of IS NULL
         WHERE ${sql} AND p.stance = ? AND COALESCE(p.date, p.doc_date) > ?`,
      )
      .get(...params, stance, after ?? '') as { n: number };
    return row.n;
  }
}

/**
 * The index the latest-per-cell lookup reads. Created here, idempotently, so that the query layer
 * works on stores made before it existed; a store migration may create the same index by name.
 */
export function ensureQueryIndexes(db: Database.Database): void {
  try {
    db.exec('CREATE INDEX IF NOT EXISTS positions_actor_issue_date ON positions(actor, issue, doc_date)');
  } catch {
    // A read-only store: the queries still work, only slower.
  }
}

/** The SQLite database behind a store, when the store is one (duck-typed: no import of the engine). */
export function sqliteOf(store: Store): Database.Database | undefined {
  const db = (store as { db?: unknown }).db;
  return db && typeof (db as Database.Database).prepare === 'function'
    ? (db as Database.Database)
    : undefined;
}

export function positionSource(store: Store): PositionSource {
  const db = sqliteOf(store);
  return db ? new SqlitePositionSource(db) : new StorePositionSource(store);
}
