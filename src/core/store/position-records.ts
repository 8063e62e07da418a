/**
 * Reading a cell's latest position records fast, whatever the engine. Each engine keeps a
 * `position_records` table: each position with its evidence, source strength and speaker,
 * written with the position and ordered by actor × issue × document date, so that a cell's newest
 * records are a few adjacent pages and need no join. The engines answer a handful of small
 * questions (`RecordQueries`: the cells, a cell's newest records, where a run begins); the reading
 * itself is here, once, so that both engines give the same answers.
 *
 * For each actor × issue: its newest records in a small window; when its runs go on beyond it,
 * where they start from a few seeks of a by-stance index. Near-duplicate documents are left out
 * with one lookup of their ids per query. So the cost follows the number of cells, not the number
 * of articles.
 */
import { type FactStatus, polarityOf, STANCES, type Stance } from '../model.js';
import {
  cellKey,
  compareLatestFirst,
  isAfter,
  type PositionRecord,
  type RecordBound,
  type RecordMark,
  runOf,
  type SourceStrength,
  shownRecords,
} from '../records.js';
import type { CellRecords } from './store.js';

/** What deciding a cell's run needs of a record (read as rows of arrays: thousands a query). */
export type RunRow = [
  id: number,
  docId: string,
  docDate: string,
  date: string,
  stance: Stance,
  redLine: number,
  about: string | null,
  strength: SourceStrength,
  confidence: number,
];

export const RUN_COLUMNS = 'id, doc_id, doc_date, date, stance, red_line, about, strength, confidence';

/** A row of `position_records`: a position as the query layer reads it. */
export interface RecordRow {
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
  status: FactStatus;
}

export const RECORD_COLUMNS =
  'id, doc_id, doc_date, date, actor, issue, about, stance, red_line, conditional, evidence, strength, speaker, reported_by, rule, confidence, status';

export function fromRow(row: RecordRow): PositionRecord {
  return {
    id: Number(row.id),
    docId: row.doc_id,
    docDate: row.doc_date,
    date: row.date,
    actor: row.actor,
    issue: row.issue,
    about: row.about ?? undefined,
    stance: row.stance,
    redLine: Number(row.red_line) === 1,
    conditional: Number(row.conditional) === 1,
    evidence: row.evidence,
    strength: row.strength,
    speaker: row.speaker ?? undefined,
    // The column holds NULL for both "not reported" and "reported by someone unnamed" (no stage
    // writes the latter yet); strength, the one use of it, treats them alike.
    reportedBy: row.reported_by ?? undefined,
    rule: row.rule,
    confidence: row.confidence,
    status: row.status,
  };
}

/** The rule of a record read with only what deciding the run needs (not yet read whole). */
const LIGHT = '\u0000light';

/** A record with only what deciding the run needs; `latest` completes the ones a cell shows. */
function fromRunRow(row: RunRow, actor: string, issue: string): PositionRecord {
  const [id, docId, docDate, date, stance, redLine, about, strength, confidence] = row;
  return {
    id: Number(id),
    docId,
    docDate,
    date,
    actor,
    issue,
    about: about ?? undefined,
    stance,
    redLine: Number(redLine) === 1,
    conditional: false,
    evidence: '',
    strength,
    rule: LIGHT,
    confidence,
  };
}

/** The small questions an engine answers about its `position_records` (rows of every document). */
export interface RecordQueries {
  /** Ids of near-duplicate documents: their records are left out. */
  duplicates(): Promise<Set<string>>;
  /** The actor × issue pairs that have records (only `bound.actor`'s, `bound.issue`'s, or `bound.pairs`). */
  pairs(bound: RecordBound): Promise<{ actor: string; issue: string }[]>;
  /**
   * Each pair's newest `size` records within the dates, newest published first (doc_date, id):
   * one list per pair, in the pairs' order (an engine across a network reads them in one go).
   */
  windows(pairs: { actor: string; issue: string }[], bound: RecordBound, size: number): Promise<RunRow[][]>;
  /** Records, whole, in the order asked for. */
  records(keys: (RecordMark & { actor: string; issue: string })[]): Promise<PositionRecord[]>;
  /**
   * For each stance and red line asked for, the newest record of an original document with it
   * within the bound (undefined: none), in the order asked for.
   */
  newestWith(
    actor: string,
    issue: string,
    bound: RecordBound,
    kinds: { stance: Stance; redLine: boolean }[],
    duplicates: Set<string>,
  ): Promise<(RecordMark | undefined)[]>;
  /**
   * The oldest record of an original document published after `mark` within the bound, whole;
   * with `redLineOf`, the oldest with that stance drawn as a red line.
   */
  oldestAfter(
    actor: string,
    issue: string,
    bound: RecordBound,
    mark: RecordMark,
    redLineOf: Stance | undefined,
    duplicates: Set<string>,
  ): Promise<PositionRecord | undefined>;
  /** Original documents with this stance on the cell within the bound, newest first, up to `cap`. */
  countRun(actor: string, issue: string, stance: Stance, bound: RecordBound, cap: number): Promise<number>;
  /** Every record within the bound (`after` included), in publication order. */
  all(bound: RecordBound): Promise<PositionRecord[]>;
}

/**
 * How many of an actor × issue's newest records are read at once. When the runs go on beyond
 * them, where they start is looked up in an index instead (cheaper than reading further: on the
 * 100,000-article store most cells have held their stance for thousands of records).
 */
const WINDOW = 16;

/** The position-record questions of the Store interface, answered from an engine's RecordQueries. */
export class PositionRecordReader {
  constructor(private readonly q: RecordQueries) {}

  async all(bound: RecordBound): Promise<PositionRecord[]> {
    const duplicates = await this.q.duplicates();
    const wanted = bound.pairs && new Set(bound.pairs.map((p) => cellKey(p.actor, p.issue)));
    return (await this.q.all(bound)).filter(
      (r) => !duplicates.has(r.docId) && (!wanted || wanted.has(cellKey(r.actor, r.issue))),
    );
  }

  /**
   * Each pair's newest records, in a window read with only what deciding the run needs; when the
   * stance's run and its side's are closed inside it, that is the cell, else `beyondWindow` adds
   * where they start. The records a cell shows are then read whole.
   */
  async latest(bound: RecordBound): Promise<Map<string, CellRecords>> {
    const duplicates = await this.q.duplicates();
    const out = new Map<string, CellRecords>();
    const pairs = await this.q.pairs(bound);
    const windows = await this.q.windows(pairs, bound, WINDOW);
    for (const [i, { actor, issue }] of pairs.entries()) {
      let size = WINDOW;
      let rows = windows[i];
      let records = rows.filter((r) => !duplicates.has(r[1]));
      // A window of near-duplicates only (a story copied many times) is read further back.
      while (!records.length && rows.length === size) {
        size *= 4;
        [rows] = await this.q.windows([{ actor, issue }], bound, size);
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
          : await this.beyondWindow(actor, issue, bound, listed, duplicates);
      out.set(cellKey(actor, issue), cell);
    }
    // The records the cells show are read whole, all at once.
    const light = [...out.values()].flatMap((cell) =>
      shownRecords(cell.records).filter((r) => r.rule === LIGHT),
    );
    const whole = await this.q.records(light);
    for (const [i, record] of light.entries()) Object.assign(record, whole[i]);
    return out;
  }

  /**
   * A cell whose runs go on beyond its window: where they start is found through the by-stance
   * index — the newest record of each other stance marks where the stance's run, and the side's,
   * begin — so that a stance held for months says since when, not since the oldest record read.
   * The run's first record, its first red line, the record before it and the first of the side's
   * run are added to the window.
   */
  private async beyondWindow(
    actor: string,
    issue: string,
    bound: RecordBound,
    records: PositionRecord[],
    duplicates: Set<string>,
  ): Promise<CellRecords> {
    const within = { ...bound, after: undefined };
    const start = { docDate: '', id: -1 };
    const oldestAfter = (mark: RecordMark | undefined, redLineOf?: Stance) =>
      this.q.oldestAfter(actor, issue, within, mark ?? start, redLineOf, duplicates);
    const stance = records[0].stance;
    const side = polarityOf(stance);
    let runMark: RecordMark | undefined;
    let sideMark: RecordMark | undefined;
    const kinds = STANCES.filter((other) => other !== stance).flatMap((other) =>
      [false, true].map((redLine) => ({ stance: other, redLine })),
    );
    const newest = await this.q.newestWith(actor, issue, within, kinds, duplicates);
    for (const [i, { stance: other }] of kinds.entries()) {
      const mark = newest[i];
      if (!mark) continue;
      if (!runMark || isAfter(mark, runMark)) runMark = mark;
      if (polarityOf(other) !== side && (!sideMark || isAfter(mark, sideMark))) sideMark = mark;
    }
    const listed = new Set(records.map((r) => r.id));
    const list = [...records];
    const add = (record: PositionRecord | undefined) => {
      if (!record || listed.has(record.id)) return;
      list.push(record);
      listed.add(record.id);
    };
    const { end, sideEnd } = runOf(records);
    if (end < records.length) {
      // The run is within the window; only the side's may go on beyond it.
      if (sideEnd === records.length) add(await oldestAfter(sideMark));
      return { records: list, truncated: false };
    }
    const first = await oldestAfter(runMark);
    add(await oldestAfter(runMark, stance));
    add(first);
    if (runMark) {
      const [previous] = await this.q.records([{ actor, issue, ...runMark }]);
      add(previous);
      if (polarityOf(previous.stance) === side) add(await oldestAfter(sideMark));
    }
    return { records: list, truncated: true };
  }

  /**
   * A stance held for months is backed by thousands of documents: count the newest ones and stop
   * at `cap` (shown as "cap+"), instead of reading the whole run.
   */
  async countRun(
    actor: string,
    issue: string,
    stance: Stance,
    bound: RecordBound,
    cap: number,
  ): Promise<number> {
    return this.q.countRun(actor, issue, stance, { ...bound, actor, issue }, cap);
  }
}
