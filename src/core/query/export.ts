/**
 * The analyst's exports: the positions matrix, the changes, the timeline and the statements as
 * flat tables (one row a fact, one column a field), written as CSV for a spreadsheet. Article text
 * that starts like a formula (`=`, `+`, `-`, `@`) is escaped, so opening the file runs nothing.
 */
import { stringify } from 'csv-stringify/sync';
import type { Statement } from '../model.js';
import type { StoredFact } from '../store/store.js';
import type { TimelineEntry } from './events.js';
import type { CellChange } from './lately.js';
import type { Cell, ChangesReport, Evidence } from './positions.js';

export type CsvValue = string | number | boolean | undefined;

export interface Table {
  columns: string[];
  rows: CsvValue[][];
}

/** Several codes in one cell, e.g. the parties at a meeting: `ORM;VSK`. */
const list = (codes: string | string[] | null | undefined): string =>
  codes == null ? '' : Array.isArray(codes) ? codes.join(';') : codes;

export function matrixTable(cells: (Cell & { change?: CellChange })[]): Table {
  return {
    columns: [
      'actor',
      'issue',
      'about',
      'stance',
      'red_line',
      'conditional',
      'date',
      'since',
      'sources',
      'strength',
      'changed',
      'changed_on',
      'evidence_doc',
      'evidence_speaker',
      'evidence_text',
    ],
    rows: cells.map((c) => [
      c.actor,
      c.issue,
      c.about,
      c.stance,
      c.redLine,
      c.conditional,
      c.date,
      c.since,
      c.sourcesCapped ? `${c.sources}+` : c.sources,
      c.strength,
      c.change?.kind,
      c.change?.date,
      c.evidence.docId,
      c.evidence.speaker,
      c.evidence.text,
    ]),
  };
}

const side = (e: Evidence | undefined): CsvValue[] => [e?.stance, e?.redLine, e?.date, e?.docId, e?.text];

export function changesTable(report: ChangesReport): Table {
  const sideColumns = (prefix: string) =>
    ['stance', 'red_line', 'date', 'doc', 'text'].map((c) => `${prefix}_${c}`);
  return {
    columns: [
      'date',
      'actor',
      'issue',
      'kind',
      'red_line',
      ...sideColumns('before'),
      ...sideColumns('after'),
      'summary',
    ],
    rows: report.changes.map((c) => [
      c.date,
      c.actor,
      c.issue,
      c.kind,
      c.redLine,
      ...side(c.before),
      ...side(c.after),
      c.summary,
    ]),
  };
}

export function timelineTable(entries: TimelineEntry[]): Table {
  return {
    columns: [
      'date',
      'date_from_document',
      'type',
      'status',
      'actors',
      'source',
      'target',
      'excluded',
      'location',
      'duration',
      'documents',
      'evidence_text',
    ],
    rows: entries.map((e) => [
      e.date,
      e.dateFromDocument,
      e.type,
      e.status,
      list(e.actors),
      list(e.source),
      list(e.target),
      list(e.excluded),
      e.location?.name,
      e.duration,
      e.sources.map((s) => s.docId).join(';'),
      e.sources[0]?.text,
    ]),
  };
}

export function statementsTable(statements: StoredFact<Statement>[]): Table {
  return {
    columns: ['id', 'doc', 'doc_date', 'speaker', 'role', 'actor', 'direct', 'start', 'end', 'text'],
    rows: statements.map((s) => [
      s.id,
      s.docId,
      s.docDate,
      s.fact.speaker,
      s.fact.role,
      list(s.fact.actor),
      s.fact.direct,
      s.fact.start,
      s.fact.end,
      s.evidenceText,
    ]),
  };
}

/**
 * RFC 4180 CSV with a header row, starting with a byte-order mark so that spreadsheets read it as
 * UTF-8; values that a spreadsheet would take for a formula are prefixed with `'`.
 */
export function toCsv(table: Table): string {
  return stringify([table.columns, ...table.rows], {
    bom: true,
    escape_formulas: true,
    record_delimiter: 'windows',
    cast: { boolean: (value) => (value ? 'true' : 'false') },
  });
}
