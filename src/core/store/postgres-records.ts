/**
 * The position-record questions (see position-records.ts) in PostgreSQL's SQL, over
 * `position_records` (its primary key: actor, issue, doc_date, id) and its by-stance index.
 * Records of near-duplicate documents are left out in SQL where a question reads on until it finds
 * an original; the windows read them (the shared reading leaves them out), as SQLite's do.
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';
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

const names = new Map<string, string>();
/** A prepared statement's name: a short hash of its text (the same text, the same statement). */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `parley_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    names.set(text, name);
  }
  return name;
}

/** A record's document is an original. */
const ORIGINAL =
  'NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = r.doc_id AND d.duplicate_of IS NOT NULL)';

/** SQL conditions with numbered parameters, built up clause by clause. */
class Where {
  readonly clauses: string[] = [];
  readonly params: unknown[] = [];
  add(clause: (p: string) => string, value: unknown): this {
    this.params.push(value);
    this.clauses.push(clause(`$${this.params.length}`));
    return this;
  }
  /** The next parameter's placeholder, for a value added after the conditions. */
  next(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
  get sql(): string {
    return this.clauses.length ? this.clauses.join(' AND ') : 'TRUE';
  }
}

function bounded(bound: RecordBound): Where {
  const where = new Where();
  if (bound.actor) where.add((p) => `r.actor = ${p}`, bound.actor);
  if (bound.issue) where.add((p) => `r.issue = ${p}`, bound.issue);
  if (bound.negotiation)
    where.add(
      (p) =>
        `EXISTS (SELECT 1 FROM fact_negotiations n WHERE n.kind = 'position' AND n.fact_id = r.id AND n.negotiation = ${p})`,
      bound.negotiation,
    );
  if (bound.asOf) where.add((p) => `r.doc_date <= ${p}`, bound.asOf);
  if (bound.before) where.add((p) => `r.doc_date < ${p}`, bound.before);
  // A row comparison, which an index on (…, doc_date, id) answers as a range.
  if (bound.after) {
    const date = where.next(bound.after.docDate);
    where.add((p) => `(r.doc_date, r.id) > (${date}, ${p})`, bound.after.id);
  }
  return where;
}

export class PostgresRecordQueries implements RecordQueries {
  constructor(private readonly db: Pick<pg.Pool, 'query'>) {}

  /**
   * Run a query as a prepared statement (named after its text): these few shapes run hundreds of
   * times a matrix, and planning each anew cost as much as running it.
   */
  private async rows<T>(text: string, values: unknown[], rowMode?: 'array'): Promise<T[]> {
    const name = statementName(text);
    const result = rowMode
      ? await this.db.query({ name, text, values, rowMode })
      : await this.db.query({ name, text, values });
    return result.rows as T[];
  }

  async duplicates(): Promise<Set<string>> {
    const rows = await this.rows<{ id: string }>(
      'SELECT id FROM documents WHERE duplicate_of IS NOT NULL',
      [],
    );
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Distinct (actor, issue) pairs by a loose index scan of the primary key (a recursive query
   * that seeks the next pair after each): one seek per pair, not a scan of every record.
   */
  async pairs(bound: RecordBound): Promise<{ actor: string; issue: string }[]> {
    if (bound.pairs) return bound.pairs;
    if (bound.negotiation) {
      // A negotiation's records are few beside the store's: found through its positions.
      const where = bounded({ actor: bound.actor, issue: bound.issue });
      const negotiation = where.next(bound.negotiation);
      return this.rows<{ actor: string; issue: string }>(
        `SELECT DISTINCT r.actor, r.issue FROM position_records r
         WHERE r.id IN (SELECT fact_id FROM fact_negotiations WHERE negotiation = ${negotiation} AND kind = 'position')
           AND ${where.sql}
         ORDER BY r.actor, r.issue`,
        where.params,
      );
    }
    if (bound.actor && bound.issue) {
      const found = await this.rows(
        'SELECT 1 FROM position_records WHERE actor = $1 AND issue = $2 LIMIT 1',
        [bound.actor, bound.issue],
      );
      return found.length ? [{ actor: bound.actor, issue: bound.issue }] : [];
    }
    const byActor = bound.actor ? 'AND actor = $1' : '';
    const byIssue = bound.issue ? `AND issue = $${bound.actor ? 2 : 1}` : '';
    return this.rows<{ actor: string; issue: string }>(
      `WITH RECURSIVE pair AS (
         (SELECT actor, issue FROM position_records WHERE TRUE ${byActor} ${byIssue} ORDER BY actor, issue LIMIT 1)
         UNION ALL
         SELECT n.actor, n.issue FROM pair, LATERAL (
           SELECT actor, issue FROM position_records
           WHERE (actor, issue) > (pair.actor, pair.issue) ${byActor} ${byIssue}
           ORDER BY actor, issue LIMIT 1
         ) n
       )
       SELECT actor, issue FROM pair`,
      [bound.actor, bound.issue].filter((v): v is string => Boolean(v)),
    );
  }

  /** Every pair's window in one query: a seek a pair, one round trip for all. */
  async windows(
    pairs: { actor: string; issue: string }[],
    bound: RecordBound,
    size: number,
  ): Promise<RunRow[][]> {
    if (!pairs.length) return [];
    const where = bounded({ asOf: bound.asOf, before: bound.before, negotiation: bound.negotiation });
    const actors = where.next(pairs.map((p) => p.actor));
    const issues = where.next(pairs.map((p) => p.issue));
    const limit = where.next(size);
    const rows = await this.rows<[number, ...RunRow]>(
      `SELECT p.n, w.* FROM unnest(${actors}::text[], ${issues}::text[]) WITH ORDINALITY AS p(actor, issue, n)
             CROSS JOIN LATERAL (
               SELECT ${RUN_COLUMNS} FROM position_records r
               WHERE r.actor = p.actor AND r.issue = p.issue AND ${where.sql}
               ORDER BY r.doc_date DESC, r.id DESC LIMIT ${limit}
             ) w
             ORDER BY p.n, w.doc_date DESC, w.id DESC`,
      where.params,
      'array',
    );
    const out: RunRow[][] = pairs.map(() => []);
    for (const [n, ...row] of rows) out[Number(n) - 1].push(row as RunRow);
    return out;
  }

  async records(keys: (RecordMark & { actor: string; issue: string })[]): Promise<PositionRecord[]> {
    if (!keys.length) return [];
    const rows = await this.rows<RecordRow>(
      `SELECT ${RECORD_COLUMNS.split(', ')
        .map((c) => `r.${c}`)
        .join(', ')} FROM position_records r
       JOIN unnest($1::text[], $2::text[], $3::text[], $4::bigint[]) AS k(actor, issue, doc_date, id)
         ON r.actor = k.actor AND r.issue = k.issue AND r.doc_date = k.doc_date AND r.id = k.id`,
      [keys.map((k) => k.actor), keys.map((k) => k.issue), keys.map((k) => k.docDate), keys.map((k) => k.id)],
    );
    const found = new Map(rows.map((r) => [`${r.actor}\u0000${r.issue}\u0000${Number(r.id)}`, fromRow(r)]));
    return keys.map((k) => found.get(`${k.actor}\u0000${k.issue}\u0000${k.id}`) as PositionRecord);
  }

  async newestWith(
    actor: string,
    issue: string,
    bound: RecordBound,
    kinds: { stance: Stance; redLine: boolean }[],
  ): Promise<(RecordMark | undefined)[]> {
    const where = bounded({ ...bound, actor, issue });
    const stances = where.next(kinds.map((k) => k.stance));
    const redLines = where.next(kinds.map((k) => (k.redLine ? 1 : 0)));
    const rows = await this.rows<{ n: number; doc_date: string; id: number }>(
      `SELECT k.n, x.doc_date, x.id FROM unnest(${stances}::text[], ${redLines}::smallint[]) WITH ORDINALITY AS k(stance, red_line, n)
       CROSS JOIN LATERAL (
         SELECT r.doc_date, r.id FROM position_records r
         WHERE ${where.sql} AND r.stance = k.stance AND r.red_line = k.red_line AND ${ORIGINAL}
         ORDER BY r.doc_date DESC, r.id DESC LIMIT 1
       ) x`,
      where.params,
    );
    const out: (RecordMark | undefined)[] = kinds.map(() => undefined);
    for (const row of rows) out[Number(row.n) - 1] = { docDate: row.doc_date, id: row.id };
    return out;
  }

  async oldestAfter(
    actor: string,
    issue: string,
    bound: RecordBound,
    mark: RecordMark,
    redLineOf: Stance | undefined,
  ): Promise<PositionRecord | undefined> {
    const where = bounded({ ...bound, actor, issue, after: mark });
    if (redLineOf) where.add((p) => `r.stance = ${p} AND r.red_line = 1`, redLineOf);
    const [row] = await this.rows<RecordRow>(
      `SELECT ${RECORD_COLUMNS} FROM position_records r WHERE ${where.sql} AND ${ORIGINAL}
       ORDER BY r.doc_date, r.id LIMIT 1`,
      where.params,
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
    const where = bounded({ ...bound, actor, issue }).add((p) => `r.stance = ${p}`, stance);
    const limit = where.next(cap);
    const [row] = await this.rows<{ n: number }>(
      `SELECT count(*) AS n FROM (
         SELECT DISTINCT r.doc_id FROM position_records r WHERE ${where.sql} AND ${ORIGINAL} LIMIT ${limit}
       ) run`,
      where.params,
    );
    return row.n;
  }

  async all(bound: RecordBound): Promise<PositionRecord[]> {
    const where = bounded(bound);
    const rows = await this.rows<RecordRow>(
      `SELECT ${RECORD_COLUMNS} FROM position_records r WHERE ${where.sql} ORDER BY r.doc_date, r.id`,
      where.params,
    );
    return rows.map(fromRow);
  }
}
