/**
 * Position records: a stored position flattened with what the analyst's questions need — its
 * effective date, the strength of its source, the speaker behind it — read either through the
 * Store interface (any engine) or, when the store is SQLite, with indexed SQL that only reads the
 * latest evidence of each actor × issue (the matrix must stay fast at 100,000 articles).
 */
import type Database from 'better-sqlite3';
import { type Position, polarityOf, STANCES, type Stance, type Statement } from '../model.js';
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
export function effectiveDate(positionDate: string | null | undefined, docDate: string): string {
  return positionDate && positionDate <= docDate ? positionDate : docDate;
}

/**
 * What a position's record adds to the stored position, worked out from its own document alone
 * (its statement is in the same document), so the SQLite writer stores it with the position.
 */
export function recordFields(
  position: Position,
  docDate: string,
  speaker?: SpeakerInfo,
): { date: string; strength: SourceStrength; speaker: string | null; conditional: boolean } {
  return {
    date: effectiveDate(position.date, docDate),
    strength: sourceStrength(position, speaker),
    speaker: speaker?.speaker ?? null,
    conditional: Boolean(position.condition),
  };
}

export function toRecord(fact: StoredFact<Position>, speaker?: SpeakerInfo): PositionRecord {
  const p = fact.fact;
  const fields = recordFields(p, fact.docDate, speaker);
  return {
    id: fact.id,
    docId: fact.docId,
    docDate: fact.docDate,
    date: fields.date,
    actor: p.actor,
    issue: p.issue,
    about: p.about ?? undefined,
    stance: p.stance,
    redLine: Boolean(p.redLine),
    conditional: fields.conditional,
    evidence: fact.evidenceText,
    strength: fields.strength,
    speaker: fields.speaker ?? undefined,
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

/**
 * The shape of a cell's newest records (newest first): the current stance's run is
 * `records[0..end)`, the record before it `records[end]`, the current side's run (pro or contra)
 * `records[0..sideEnd)`, and the first red line of the run `records[firstRedLine]`.
 */
export function runOf(records: PositionRecord[]): { end: number; sideEnd: number; firstRedLine: number } {
  const [latest] = records;
  let end = 1;
  while (end < records.length && records[end].stance === latest.stance) end++;
  let sideEnd = end;
  while (sideEnd < records.length && polarityOf(records[sideEnd].stance) === polarityOf(latest.stance))
    sideEnd++;
  let firstRedLine = -1;
  for (let i = 0; i < end; i++) if (records[i].redLine) firstRedLine = i;
  return { end, sideEnd, firstRedLine };
}

/** The records a cell shows in full (with their evidence): see `runOf`. */
export function shownRecords(records: PositionRecord[]): PositionRecord[] {
  if (!records.length) return [];
  const { end, sideEnd, firstRedLine } = runOf(records);
  return [...new Set([0, end - 1, end, sideEnd - 1, firstRedLine])].flatMap((i) =>
    i >= 0 && records[i] ? [records[i]] : [],
  );
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
  /** Only records published after this one (a later document, or the same with a later fact id). */
  after?: RecordMark;
}

/** A record's place in publication order: its document's date, then its fact id. */
export interface RecordMark {
  docDate: string;
  id: number;
}

const isAfter = (record: RecordMark, mark: RecordMark | undefined): boolean =>
  !mark || record.docDate > mark.docDate || (record.docDate === mark.docDate && record.id > mark.id);

/**
 * Where position records come from. `latest` returns, for each actor × issue, its records newest
 * first — every record of the current stance's run and the one before it, or, when the run is
 * too long to list (`truncated`), its newest records, its first record, its first red line and
 * the record before it; then `countRun` counts the documents backing the run, up to a cap — and
 * at least the first record of the current side's run (pro or contra).
 * Only the records a cell shows (`shownRecords`) need be complete; the others may carry only what
 * deciding the run takes (id, document, dates, stance, red line, about, strength, confidence).
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
      .filter((f) => isAfter(f, bound.after))
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

/** A row of `position_records` (store migration 6): a position as the query layer reads it. */
interface RecordRow {
  id: number;
  doc_id: string;
  doc_date: string;
  date: string;
  actor: string;
  issue: string;
  about: string | null;
  stance: Stance;
  red_line: number;
  conditional: number;
  evidence: string;
  strength: SourceStrength;
  speaker: string | null;
  reported_by: string | null;
  rule: string;
  confidence: number;
}

const RECORD_COLUMNS =
  'id, doc_id, doc_date, date, actor, issue, about, stance, red_line, conditional, evidence, strength, speaker, reported_by, rule, confidence';

function fromRow(row: RecordRow): PositionRecord {
  return {
    id: row.id,
    docId: row.doc_id,
    docDate: row.doc_date,
    date: row.date,
    actor: row.actor,
    issue: row.issue,
    about: row.about ?? undefined,
    stance: row.stance,
    redLine: row.red_line === 1,
    conditional: row.conditional === 1,
    evidence: row.evidence,
    strength: row.strength,
    speaker: row.speaker ?? undefined,
    // The column holds NULL for both "not reported" and "reported by someone unnamed" (no stage
    // writes the latter yet); strength, the one use of it, treats them alike.
    reportedBy: row.reported_by ?? undefined,
    rule: row.rule,
    confidence: row.confidence,
  };
}

/** What deciding a cell's run needs, in this order (read as arrays: thousands of rows a query). */
const RUN_COLUMNS = 'id, doc_id, doc_date, date, stance, red_line, about, strength, confidence';
type RunRow = [number, string, string, string, Stance, number, string | null, SourceStrength, number];

/** The rule of a record read with only what deciding the run needs (not yet read whole). */
const LIGHT = '\u0000light';

/** A record with only what deciding the run needs; `latest` completes the ones a cell shows. */
function fromRunRow(row: RunRow, actor: string, issue: string): PositionRecord {
  const [id, docId, docDate, date, stance, redLine, about, strength, confidence] = row;
  return {
    id,
    docId,
    docDate,
    date,
    actor,
    issue,
    about: about ?? undefined,
    stance,
    redLine: redLine === 1,
    conditional: false,
    evidence: '',
    strength,
    rule: LIGHT,
    confidence,
  };
}

/**
 * How many of an actor × issue's newest records are read at once. When the runs go on beyond
 * them, where they start is looked up in an index instead (cheaper than reading further: on the
 * 100,000-article store most cells have held their stance for thousands of records).
 */
const WINDOW = 16;

/**
 * The SQLite fast path. It reads `position_records` (store migration 6): each position with its
 * evidence, source strength and speaker, written with the position and clustered by actor ×
 * issue × document date, so that a cell's newest records are a few adjacent pages and need no
 * join. The actor × issue pairs come from a skip-scan of that key (one seek per pair, not a scan
 * of every position); each pair's newest records in a small window, and when its runs go on
 * beyond it, where they start from a few seeks of the by-stance index (migration 7). Near-duplicate
 * documents are left out with one lookup of their ids per query. So the cost follows the number of
 * cells, not the number of articles.
 */
export class SqlitePositionSource implements PositionSource {
  private readonly prepared = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  private sql(text: string): Database.Statement {
    let statement = this.prepared.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.prepared.set(text, statement);
    }
    return statement;
  }

  private where(bound: RecordBound): { sql: string; params: unknown[] } {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (bound.actor) clauses.push('actor = ?') && params.push(bound.actor);
    if (bound.issue) clauses.push('issue = ?') && params.push(bound.issue);
    if (bound.asOf) clauses.push('doc_date <= ?') && params.push(bound.asOf);
    if (bound.before) clauses.push('doc_date < ?') && params.push(bound.before);
    if (bound.after) {
      clauses.push('doc_date >= ? AND NOT (doc_date = ? AND id <= ?)');
      params.push(bound.after.docDate, bound.after.docDate, bound.after.id);
    }
    return { sql: clauses.length ? clauses.join(' AND ') : '1', params };
  }

  private duplicateIds?: { version: string; ids: Set<string> };

  /**
   * Ids of near-duplicate documents: their facts are counted with their originals'. Read once
   * and kept until the database changes (a commit by this connection or another), so that the
   * queries below leave them out in JS rather than with a subquery per statement.
   */
  private duplicates(): Set<string> {
    const version = `${this.sql('PRAGMA data_version').pluck().get()}:${this.sql('SELECT total_changes()').pluck().get()}`;
    if (this.duplicateIds?.version !== version) {
      // `> ''` (not IS NOT NULL) so the duplicate_of index is read as a range, not scanned whole.
      const ids = this.sql("SELECT id FROM documents WHERE duplicate_of > ''").pluck().all() as string[];
      this.duplicateIds = { version, ids: new Set(ids) };
    }
    return this.duplicateIds.ids;
  }

  /** The first row whose document is an original (rows in the statement's order, read lazily). */
  private firstOriginal<T extends { doc_id: string }>(
    statement: Database.Statement,
    params: unknown[],
    duplicates: Set<string>,
  ): T | undefined {
    const first = statement.get(...params) as T | undefined;
    if (!first || !duplicates.has(first.doc_id)) return first;
    for (const row of statement.iterate(...params) as IterableIterator<T>)
      if (!duplicates.has(row.doc_id)) return row;
    return undefined;
  }

  /**
   * Distinct (actor, issue) pairs by skip-scan of the table's key: one seek per actor and one per
   * pair (SQLite has no loose index scan of its own; DISTINCT would read every entry).
   */
  private pairs(bound: RecordBound): { actor: string; issue: string }[] {
    if (bound.pairs) return bound.pairs;
    const nextActor = this.sql('SELECT actor FROM position_records WHERE actor > ? ORDER BY actor LIMIT 1');
    const nextIssue = this.sql(
      'SELECT issue FROM position_records WHERE actor = ? AND issue > ? ORDER BY issue LIMIT 1',
    );
    const hasPair = this.sql('SELECT 1 FROM position_records WHERE actor = ? AND issue = ? LIMIT 1');
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
    const wanted = bound.pairs && new Set(bound.pairs.map((p) => cellKey(p.actor, p.issue)));
    const rows = this.sql(
      `SELECT ${RECORD_COLUMNS} FROM position_records WHERE ${sql} ORDER BY doc_date, id`,
    ).all(...params) as RecordRow[];
    return rows
      .filter((r) => !duplicates.has(r.doc_id) && (!wanted || wanted.has(cellKey(r.actor, r.issue))))
      .map(fromRow);
  }

  /**
   * Each pair's newest records, in a window read with only what deciding the run needs; when the
   * stance's run and its side's are closed inside it, that is the cell, else `beyondWindow` adds
   * where they start. The records a cell shows are then read whole.
   */
  latest(bound: RecordBound): Map<string, { records: PositionRecord[]; truncated: boolean }> {
    const duplicates = this.duplicates();
    const window = this.sql(
      `SELECT ${RUN_COLUMNS} FROM position_records
       WHERE actor = ? AND issue = ?${bound.asOf ? ' AND doc_date <= ?' : ''}${bound.before ? ' AND doc_date < ?' : ''}
       ORDER BY doc_date DESC, id DESC LIMIT ?`,
    ).raw();
    const dateBounds = [bound.asOf, bound.before].filter((d): d is string => Boolean(d));
    const out = new Map<string, { records: PositionRecord[]; truncated: boolean }>();
    for (const { actor, issue } of this.pairs(bound)) {
      let size = WINDOW;
      let rows = window.all(actor, issue, ...dateBounds, size) as RunRow[];
      let records = rows.filter((r) => !duplicates.has(r[1]));
      // A window of near-duplicates only (a story copied many times) is read further back.
      while (!records.length && rows.length === size) {
        size *= 4;
        rows = window.all(actor, issue, ...dateBounds, size) as RunRow[];
        records = rows.filter((r) => !duplicates.has(r[1]));
      }
      if (!records.length) continue;
      const exhausted = rows.length < size;
      // Closed when an older record takes the other side, so that the stance's run and the side's
      // run are both inside the window. The window is cut by publication date but sorted by when
      // the stance was held: a record outside it was published no later than the window's oldest
      // article, so its stance is dated no later either. Only an opposite record dated after that
      // closes the run; one looked back to ("In April, X had said…") may have unread records
      // between it and the newest.
      const listed = records.map((r) => fromRunRow(r, actor, issue)).sort(compareLatestFirst);
      const side = polarityOf(listed[0].stance);
      const oldestPublished = rows[rows.length - 1][2];
      const newestOpposite = listed.find((r) => polarityOf(r.stance) !== side);
      const closed = newestOpposite !== undefined && newestOpposite.date > oldestPublished;
      const cell =
        exhausted || closed
          ? { records: listed, truncated: false }
          : this.beyondWindow(actor, issue, bound, listed, duplicates);
      for (const record of shownRecords(cell.records))
        if (record.rule === LIGHT) Object.assign(record, this.fullRecord(actor, issue, record));
      out.set(cellKey(actor, issue), cell);
    }
    return out;
  }

  private fullRecord(actor: string, issue: string, mark: RecordMark): PositionRecord {
    const row = this.sql(
      `SELECT ${RECORD_COLUMNS} FROM position_records WHERE actor = ? AND issue = ? AND doc_date = ? AND id = ?`,
    ).get(actor, issue, mark.docDate, mark.id) as RecordRow;
    return fromRow(row);
  }

  /**
   * A cell whose runs go on beyond its window: where they start is found through the
   * (actor, issue, stance, red_line, doc_date) index (store migration 7) — the newest record of
   * each other stance marks where the stance's run, and the side's, begin — so that a stance held
   * for months says since when, not since the oldest record read. The run's first record, its
   * first red line, the record before it and the first of the side's run are added to the window.
   */
  private beyondWindow(
    actor: string,
    issue: string,
    bound: RecordBound,
    records: PositionRecord[],
    duplicates: Set<string>,
  ): { records: PositionRecord[]; truncated: boolean } {
    const { sql, params } = this.where({ ...bound, actor, issue, after: undefined });
    const newestOf = this.sql(
      `SELECT doc_date AS docDate, id, doc_id FROM position_records INDEXED BY position_records_stance
       WHERE ${sql} AND stance = ? AND red_line = ? ORDER BY doc_date DESC, id DESC`,
    );
    const oldestAfter = (mark: RecordMark | undefined, redLineOf?: Stance): PositionRecord | undefined => {
      const after = this.where({ after: mark ?? { docDate: '', id: -1 } });
      const statement = this.sql(
        `SELECT ${RECORD_COLUMNS} FROM position_records ${redLineOf ? 'INDEXED BY position_records_stance' : ''}
         WHERE ${sql} AND ${after.sql}${redLineOf ? ' AND stance = ? AND red_line = 1' : ''}
         ORDER BY doc_date, id`,
      );
      const row = this.firstOriginal<RecordRow>(
        statement,
        [...params, ...after.params, ...(redLineOf ? [redLineOf] : [])],
        duplicates,
      );
      return row && fromRow(row);
    };
    const stance = records[0].stance;
    const side = polarityOf(stance);
    let runMark: RecordMark | undefined;
    let sideMark: RecordMark | undefined;
    for (const other of STANCES) {
      if (other === stance) continue;
      for (const redLine of [0, 1]) {
        const row = this.firstOriginal<RecordMark & { doc_id: string }>(
          newestOf,
          [...params, other, redLine],
          duplicates,
        );
        const mark = row && { docDate: row.docDate, id: row.id };
        if (!mark) continue;
        if (!runMark || isAfter(mark, runMark)) runMark = mark;
        if (polarityOf(other) !== side && (!sideMark || isAfter(mark, sideMark))) sideMark = mark;
      }
    }
    const listed = new Set(records.map((r) => r.id));
    const list = [...records];
    const add = (record: PositionRecord | undefined) => {
      if (!record || listed.has(record.id)) return;
      list.push(record);
      listed.add(record.id);
    };
    const sideFirst = () => oldestAfter(sideMark);
    const { end, sideEnd } = runOf(records);
    if (end < records.length) {
      // The run is within the window; only the side's may go on beyond it.
      if (sideEnd === records.length) add(sideFirst());
      return { records: list, truncated: false };
    }
    const first = oldestAfter(runMark);
    add(oldestAfter(runMark, stance));
    add(first);
    if (runMark) {
      const previous = this.fullRecord(actor, issue, runMark);
      add(previous);
      if (polarityOf(previous.stance) === side) add(sideFirst());
    }
    return { records: list, truncated: true };
  }

  /**
   * A stance held for months is backed by thousands of documents: count the newest ones and stop
   * at `cap` (shown as "cap+"), instead of reading the whole run.
   */
  countRun(actor: string, issue: string, stance: Stance, bound: RecordBound, cap: number): number {
    const { sql, params } = this.where({ ...bound, actor, issue });
    const duplicates = this.duplicates();
    const where = `WHERE ${sql} AND stance = ? ORDER BY doc_date DESC, id DESC`;
    // Without near-duplicates SQLite counts on its own; with them, they are left out here.
    if (!duplicates.size)
      return this.sql(`SELECT COUNT(*) FROM (SELECT DISTINCT doc_id FROM position_records ${where} LIMIT ?)`)
        .pluck()
        .get(...params, stance, cap) as number;
    const documents = new Set<string>();
    const newestFirst = this.sql(`SELECT doc_id FROM position_records ${where}`).pluck();
    for (const docId of newestFirst.iterate(...params, stance) as IterableIterator<string>) {
      if (duplicates.has(docId)) continue;
      documents.add(docId);
      if (documents.size >= cap) break;
    }
    return documents.size;
  }
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
