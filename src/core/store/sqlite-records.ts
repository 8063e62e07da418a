/**
 * The position-record questions (see position-records.ts) in SQLite's SQL, over `position_records`
 * (migration 6, clustered by actor × issue × document date) and its by-stance index (migration 7).
 */
import type Database from 'better-sqlite3';
import type { Stance } from '../model.js';
import type { PositionRecord, RecordBound, RecordMark } from '../records.js';
import {
  fromRow,
  RECORD_COLUMNS,
  type RecordQueries,
  type RecordRow,
  RUN_COLUMNS,
  type RunRow,
} from './position-records.js';

/** A record's position is assigned to the negotiation given (one lookup of the key per record). */
const IN_NEGOTIATION =
  "EXISTS (SELECT 1 FROM fact_negotiations n WHERE n.kind = 'position' AND n.fact_id = position_records.id AND n.negotiation = ?)";

export class SqliteRecordQueries implements RecordQueries {
  constructor(private readonly sql: (text: string) => Database.Statement) {}

  private where(bound: RecordBound): { sql: string; params: unknown[] } {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (bound.actor) clauses.push('actor = ?') && params.push(bound.actor);
    if (bound.issue) clauses.push('issue = ?') && params.push(bound.issue);
    if (bound.negotiation) clauses.push(IN_NEGOTIATION) && params.push(bound.negotiation);
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
   * Read once and kept until the database changes (a commit by this connection or another), so
   * that the queries leave them out in JS rather than with a subquery per statement.
   */
  async duplicates(): Promise<Set<string>> {
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
  async pairs(bound: RecordBound): Promise<{ actor: string; issue: string }[]> {
    if (bound.pairs) return bound.pairs;
    if (bound.negotiation) {
      // A negotiation's records are few beside the store's: found through its positions.
      const { sql, params } = this.where({ actor: bound.actor, issue: bound.issue });
      return this.sql(
        `SELECT DISTINCT actor, issue FROM position_records
         WHERE id IN (SELECT fact_id FROM fact_negotiations WHERE negotiation = ? AND kind = 'position') AND ${sql}
         ORDER BY actor, issue`,
      ).all(bound.negotiation, ...params) as { actor: string; issue: string }[];
    }
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

  /** One seek a pair: SQLite is in this process, so there is nothing to gain by reading them together. */
  async windows(
    pairs: { actor: string; issue: string }[],
    bound: RecordBound,
    size: number,
  ): Promise<RunRow[][]> {
    const { sql, params } = this.where({
      asOf: bound.asOf,
      before: bound.before,
      negotiation: bound.negotiation,
    });
    const window = this.sql(
      `SELECT ${RUN_COLUMNS} FROM position_records
       WHERE actor = ? AND issue = ? AND ${sql}
       ORDER BY doc_date DESC, id DESC LIMIT ?`,
    ).raw();
    return pairs.map(({ actor, issue }) => window.all(actor, issue, ...params, size) as RunRow[]);
  }

  async records(keys: (RecordMark & { actor: string; issue: string })[]): Promise<PositionRecord[]> {
    const record = this.sql(
      `SELECT ${RECORD_COLUMNS} FROM position_records WHERE actor = ? AND issue = ? AND doc_date = ? AND id = ?`,
    );
    return keys.map((k) => fromRow(record.get(k.actor, k.issue, k.docDate, k.id) as RecordRow));
  }

  async newestWith(
    actor: string,
    issue: string,
    bound: RecordBound,
    kinds: { stance: Stance; redLine: boolean }[],
    duplicates: Set<string>,
  ): Promise<(RecordMark | undefined)[]> {
    const { sql, params } = this.where({ ...bound, actor, issue });
    const newestOf = this.sql(
      `SELECT doc_date AS docDate, id, doc_id FROM position_records INDEXED BY position_records_stance
       WHERE ${sql} AND stance = ? AND red_line = ? ORDER BY doc_date DESC, id DESC`,
    );
    return kinds.map(({ stance, redLine }) => {
      const row = this.firstOriginal<RecordMark & { doc_id: string }>(
        newestOf,
        [...params, stance, redLine ? 1 : 0],
        duplicates,
      );
      return row && { docDate: row.docDate, id: row.id };
    });
  }

  async oldestAfter(
    actor: string,
    issue: string,
    bound: RecordBound,
    mark: RecordMark,
    redLineOf: Stance | undefined,
    duplicates: Set<string>,
  ): Promise<PositionRecord | undefined> {
    const { sql, params } = this.where({ ...bound, actor, issue, after: undefined });
    const after = this.where({ after: mark });
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
  }

  async countRun(
    actor: string,
    issue: string,
    stance: Stance,
    bound: RecordBound,
    cap: number,
  ): Promise<number> {
    const duplicates = await this.duplicates();
    const { sql, params } = this.where({ ...bound, actor, issue });
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

  async all(bound: RecordBound): Promise<PositionRecord[]> {
    const { sql, params } = this.where(bound);
    const rows = this.sql(
      `SELECT ${RECORD_COLUMNS} FROM position_records WHERE ${sql} ORDER BY doc_date, id`,
    ).all(...params) as RecordRow[];
    return rows.map(fromRow);
  }
}
