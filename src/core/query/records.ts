/**
 * Position records: a stored position flattened with what the analyst's questions need — its
 * effective date, the strength of its source, the speaker behind it — read either through the
 * Store interface (any engine) or, when the store is SQLite, with indexed SQL that only reads the
 * latest evidence of each actor × issue (the matrix must stay fast at 100,000 articles).
 */
import type Database from 'better-sqlite3';
import { type Position, polarityOf, type Stance, type Statement } from '../model.js';
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
  /** Only these actor × issue pairs. */
  pairs?: { actor: string; issue: string }[];
}

/**
 * Where position records come from. `latest` returns, for each actor × issue, its records newest
 * first — at least every record of the current stance's run and the one before it — and whether
 * the list was cut short (then `countRun` counts the documents backing the stance, up to a cap).
 */
export interface PositionSource {
  latest(bound: RecordBound): Map<string, { records: PositionRecord[]; truncated: boolean }>;
  /** Documents with this stance on the cell, newest first, counted up to `cap`. */
  countRun(actor: string, issue: string, stance: Stance, bound: RecordBound, cap: number): number;
  /** Every record within the bound, oldest first (for histories). */
  all(bound: RecordBound): PositionRecord[];
}

export const cellKey = (actor: string, issue: string): string => `${actor}\u0000${issue}`;

/** Works on any Store: reads every position within the bound and the statements behind them. */
export class StorePositionSource implements PositionSource {
  constructor(private readonly store: Store) {}

  all(bound: RecordBound): PositionRecord[] {
    const wanted = bound.pairs && new Set(bound.pairs.map((p) => cellKey(p.actor, p.issue)));
    const facts = this.store
      .positions({ asOf: bound.asOf, actor: bound.actor, issue: bound.issue })
      .filter((f) => !bound.before || f.docDate < bound.before)
      .filter((f) => !wanted || wanted.has(cellKey(f.fact.actor, f.fact.issue)));
    const speakersByDoc = new Map<string, StoredFact<Statement>[]>();
    const speakerOf = (fact: StoredFact<Position>): SpeakerInfo | undefined => {
      const index = fact.fact.statement;
      if (index === undefined) return undefined;
      let statements = speakersByDoc.get(fact.docId);
      if (!statements) {
        statements = this.store.statements({ docId: fact.docId }).sort((a, b) => a.fact.start - b.fact.start);
        speakersByDoc.set(fact.docId, statements);
      }
      // The interface does not say which stored statement is the document's statements[index]:
      // the one statement whose span holds the stance's evidence, else the index in text order.
      const { start, end } = fact.fact.evidence;
      const holding = statements.filter((s) => s.fact.start <= start && end <= s.fact.end);
      const statement = (holding.length === 1 ? holding[0] : statements[index])?.fact;
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

  countRun(actor: string, issue: string, stance: Stance, bound: RecordBound, cap: number): number {
    const docs = new Set(
      this.all({ ...bound, actor, issue })
        .filter((r) => r.stance === stance)
        .map((r) => r.docId),
    );
    return Math.min(docs.size, cap);
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

interface LightRow {
  id: number;
  doc_id: string;
  doc_date: string;
  date: string | null;
  stance: Stance;
  red_line: number;
  about: string | null;
}

/** The rule of a record read from the index only (its evidence not read yet). */
const LIGHT = '\u0000light';

function lightRecord(row: LightRow, actor: string, issue: string): PositionRecord {
  return {
    id: row.id,
    docId: row.doc_id,
    docDate: row.doc_date,
    date: row.date && row.date <= row.doc_date ? row.date : row.doc_date,
    actor,
    issue,
    about: row.about ?? undefined,
    stance: row.stance,
    redLine: row.red_line === 1,
    conditional: false,
    evidence: '',
    strength: 'reported',
    rule: LIGHT,
    confidence: 0,
  };
}

/** The first window of an actor × issue's newest records; it grows ×4 while the run is not closed. */
const FIRST_WINDOW = 8;
const MAX_WINDOW = 128;

/**
 * The SQLite fast path. The actor × issue pairs come from a skip-scan of the (actor, issue) index
 * (one seek per pair, not a scan of every position); each pair's newest records from the covering
 * `positions_cell` index, in a small window that grows only until an older record on the other
 * side closes the current run; only the records a cell shows are then read in full. Near-duplicate
 * documents are left out with one lookup of their ids per query. So the cost follows the number
 * of cells, not the number of articles.
 */
export class SqlitePositionSource implements PositionSource {
  private readonly prepared = new Map<string, Database.Statement>();

  private readonly cellIndex: string;

  constructor(private readonly db: Database.Database) {
    this.cellIndex = hasCellIndex(db) ? 'INDEXED BY positions_cell' : '';
  }

  private sql(text: string): Database.Statement {
    let statement = this.prepared.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.prepared.set(text, statement);
    }
    return statement;
  }

  private where(bound: RecordBound, alias = 'p'): { sql: string; params: unknown[] } {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (bound.actor) clauses.push(`${alias}.actor = ?`) && params.push(bound.actor);
    if (bound.issue) clauses.push(`${alias}.issue = ?`) && params.push(bound.issue);
    if (bound.asOf) clauses.push(`${alias}.doc_date <= ?`) && params.push(bound.asOf);
    if (bound.before) clauses.push(`${alias}.doc_date < ?`) && params.push(bound.before);
    return { sql: clauses.length ? clauses.join(' AND ') : '1', params };
  }

  private rows(sqlWhere: string, params: unknown[], order: string, limit: number): PositionRecord[] {
    const rows = this.sql(
      `SELECT p.id, p.doc_id, p.doc_date, p.evidence_text, p.fact,
              s.speaker AS s_speaker, s.actor AS s_actor, s.anonymous AS s_anonymous
       FROM positions p
       LEFT JOIN statements s ON s.doc_id = p.doc_id AND s.idx = p.statement_idx
       WHERE ${sqlWhere} ORDER BY ${order} LIMIT ?`,
    ).all(...params, limit) as PositionRow[];
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

  /** Ids of near-duplicate documents: their facts are counted with their originals'. */
  private duplicates(): Set<string> {
    // `> ''` (not IS NOT NULL) so the duplicate_of index is read as a range, not scanned whole.
    const rows = this.sql("SELECT id FROM documents WHERE duplicate_of > ''").all() as { id: string }[];
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Distinct (actor, issue) pairs by skip-scan of the (actor, issue) index: one seek per actor and
   * one per pair (SQLite has no loose index scan of its own; DISTINCT would read every entry).
   */
  private pairs(bound: RecordBound): { actor: string; issue: string }[] {
    if (bound.pairs) return bound.pairs;
    const nextActor = this.sql('SELECT actor FROM positions WHERE actor > ? ORDER BY actor LIMIT 1');
    const nextIssue = this.sql(
      'SELECT issue FROM positions WHERE actor = ? AND issue > ? ORDER BY issue LIMIT 1',
    );
    const hasPair = this.sql('SELECT 1 FROM positions WHERE actor = ? AND issue = ? LIMIT 1');
    const actors: string[] = [];
    if (bound.actor) actors.push(bound.actor);
    else
      for (
        let row = nextActor.get('') as { actor: string } | undefined;
        row;
        row = nextActor.get(row.actor) as typeof row
      )
        actors.push(row.actor);
    const out: { actor: string; issue: string }[] = [];
    for (const actor of actors) {
      if (bound.issue) {
        if (hasPair.get(actor, bound.issue)) out.push({ actor, issue: bound.issue });
        continue;
      }
      for (
        let row = nextIssue.get(actor, '') as { issue: string } | undefined;
        row;
        row = nextIssue.get(actor, row.issue) as typeof row
      )
        out.push({ actor, issue: row.issue });
    }
    return out;
  }

  all(bound: RecordBound): PositionRecord[] {
    const { sql, params } = this.where(bound);
    const duplicates = this.duplicates();
    return this.rows(sql, params, 'p.doc_date, p.id', -1).filter((r) => !duplicates.has(r.docId));
  }

  /** Positions in full (evidence, source strength) by id, in one query. */
  private hydrate(ids: number[]): Map<number, PositionRecord> {
    const out = new Map<number, PositionRecord>();
    if (!ids.length) return out;
    const where = 'p.id IN (SELECT value FROM json_each(?))';
    for (const record of this.rows(where, [JSON.stringify([...new Set(ids)])], 'p.id', -1))
      out.set(record.id, record);
    return out;
  }

  /**
   * Each pair's newest records from the covering index (light: no evidence yet), in a window that
   * grows until the current stance's run (and its side's) is closed. Then, in two batched reads, the records a cell
   * shows are read in full: first the newest date's records (their source strength decides the
   * stance), then the start of the run, the stance before it and the first red line.
   */
  latest(bound: RecordBound): Map<string, { records: PositionRecord[]; truncated: boolean }> {
    const duplicates = this.duplicates();
    const window = this.sql(
      `SELECT id, doc_id, doc_date, date, stance, red_line, about FROM positions ${this.cellIndex}
       WHERE actor = ? AND issue = ?${bound.asOf ? ' AND doc_date <= ?' : ''}${bound.before ? ' AND doc_date < ?' : ''}
       ORDER BY doc_date DESC, id DESC LIMIT ?`,
    );
    const dateBounds = [bound.asOf, bound.before].filter((d): d is string => Boolean(d));
    const cells: { key: string; records: PositionRecord[]; truncated: boolean }[] = [];
    for (const { actor, issue } of this.pairs(bound)) {
      for (let size = FIRST_WINDOW; ; size *= 4) {
        const rows = window.all(actor, issue, ...dateBounds, size) as LightRow[];
        const records = rows
          .filter((r) => !duplicates.has(r.doc_id))
          .map((r) => lightRecord(r, actor, issue))
          .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : b.id - a.id));
        const exhausted = rows.length < size;
        // Closed when an older record takes the other side, so that the stance's run and the
        // side's run are both inside the window. The window is cut by publication date but sorted
        // by when the stance was held: a record outside it was published no later than the
        // window's oldest article, so its stance is dated no later either. Only an opposite
        // record dated after that closes the run; one looked back to ("In April, X had said…")
        // may have unread records between it and the newest.
        const side = records[0] && polarityOf(records[0].stance);
        const oldestPublished = rows.length ? rows[rows.length - 1].doc_date : '';
        const newestOpposite = records.find((r) => polarityOf(r.stance) !== side);
        const closed = newestOpposite !== undefined && newestOpposite.date > oldestPublished;
        if (exhausted || closed || size >= MAX_WINDOW) {
          if (records.length)
            cells.push({ key: cellKey(actor, issue), records, truncated: !exhausted && !closed });
          break;
        }
      }
    }
    const topOf = (records: PositionRecord[]) => records.filter((r) => r.date === records[0].date);
    const tops = this.hydrate(cells.flatMap((c) => topOf(c.records).map((r) => r.id)));
    const needed: number[] = [];
    for (const cell of cells) {
      const top = topOf(cell.records).map((r) => tops.get(r.id) ?? r);
      top.sort(compareLatestFirst);
      cell.records.splice(0, top.length, ...top);
      const records = cell.records;
      let end = 1;
      while (end < records.length && records[end].stance === records[0].stance) end++;
      let sideEnd = end;
      while (
        sideEnd < records.length &&
        polarityOf(records[sideEnd].stance) === polarityOf(records[0].stance)
      )
        sideEnd++;
      for (const i of [end - 1, end, sideEnd - 1]) if (records[i]?.rule === LIGHT) needed.push(records[i].id);
      const firstRedLine = records
        .slice(0, end)
        .reverse()
        .find((r) => r.redLine);
      if (firstRedLine?.rule === LIGHT) needed.push(firstRedLine.id);
    }
    const rest = this.hydrate(needed);
    const out = new Map<string, { records: PositionRecord[]; truncated: boolean }>();
    for (const cell of cells) {
      out.set(cell.key, { records: cell.records.map((r) => rest.get(r.id) ?? r), truncated: cell.truncated });
    }
    return out;
  }

  /**
   * A stance held for months is backed by thousands of documents: count the newest ones from the
   * covering index and stop at `cap` (shown as "cap+"), instead of reading the whole run.
   */
  countRun(actor: string, issue: string, stance: Stance, bound: RecordBound, cap: number): number {
    const { sql, params } = this.where({ ...bound, actor, issue }, 'p');
    const row = this.sql(
      `SELECT COUNT(*) AS n FROM (
         SELECT DISTINCT p.doc_id FROM positions p ${this.cellIndex}
         WHERE ${sql} AND p.stance = ?
           AND p.doc_id NOT IN (SELECT id FROM documents WHERE duplicate_of > '')
         ORDER BY p.doc_date DESC LIMIT ?)`,
    ).get(...params, stance, cap) as { n: number };
    return row.n;
  }
}

/**
 * Whether the store has the covering index the latest-per-cell lookup reads (store migration 5
 * creates it; every SqliteStore migrates when it opens, so only a foreign database lacks it).
 */
export function hasCellIndex(db: Database.Database): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'positions_cell'").get() !==
    undefined
  );
}

/** The SQLite database behind a store, when the store is one (duck-typed: no import of the engine). */
export function sqliteOf(store: Store): Database.Database | undefined {
  const db = (store as { db?: unknown }).db;
  return db && typeof (db as Database.Database).prepare === 'function'
    ? (db as Database.Database)
    : undefined;
}

/** One SQLite source per open database: its prepared statements are reused from query to query. */
const sqliteSources = new WeakMap<Database.Database, SqlitePositionSource>();

export function positionSource(store: Store): PositionSource {
  const db = sqliteOf(store);
  if (!db) return new StorePositionSource(store);
  let source = sqliteSources.get(db);
  if (!source) {
    source = new SqlitePositionSource(db);
    sqliteSources.set(db, source);
  }
  return source;
}
