/**
 * What both engines' reads have in common: the three kinds of fact through one query each engine
 * writes (`facts`), and the position records through the shared reading (position-records.ts).
 */
import type { NegotiationEvent, Position, Stance, Statement } from '../model.js';
import type { PositionRecord, RecordBound } from '../records.js';
import type { FactKind } from './corrections.js';
import type { PositionRecordReader } from './position-records.js';
import type { CellRecords, FactFilter, StoredFact } from './store.js';

export type { FactKind };

/**
 * Each negotiation's documents, facts and dates, original documents only (the same SQL on both
 * engines: only standard aggregates and subqueries).
 */
export const NEGOTIATION_COUNTS = `
SELECT dn.negotiation AS id,
  count(*) AS documents,
  sum(dn.main) AS "mainDocuments",
  (SELECT count(*) FROM fact_negotiations fn JOIN statements f ON f.id = fn.fact_id
     JOIN documents d ON d.id = f.doc_id
     WHERE fn.negotiation = dn.negotiation AND fn.kind = 'statement' AND d.duplicate_of IS NULL) AS statements,
  (SELECT count(*) FROM fact_negotiations fn JOIN positions f ON f.id = fn.fact_id
     JOIN documents d ON d.id = f.doc_id
     WHERE fn.negotiation = dn.negotiation AND fn.kind = 'position' AND d.duplicate_of IS NULL) AS positions,
  (SELECT count(*) FROM fact_negotiations fn JOIN events f ON f.id = fn.fact_id
     JOIN documents d ON d.id = f.doc_id
     WHERE fn.negotiation = dn.negotiation AND fn.kind = 'event' AND d.duplicate_of IS NULL) AS events,
  min(dn.doc_date) AS first,
  max(dn.doc_date) AS last
FROM document_negotiations dn JOIN documents d ON d.id = dn.doc_id
WHERE d.duplicate_of IS NULL
GROUP BY dn.negotiation
ORDER BY dn.negotiation`;

/** Original extracted documents assigned to no negotiation. */
export const UNASSIGNED_DOCUMENTS = `
SELECT count(*) AS n FROM documents d
WHERE d.duplicate_of IS NULL AND d.status = 'extracted'
  AND NOT EXISTS (SELECT 1 FROM document_negotiations dn WHERE dn.doc_id = d.id)`;

export abstract class EngineReads {
  constructor(protected readonly records: PositionRecordReader) {}

  /** Facts of one kind from original (non-duplicate) documents, in document-date order. */
  protected abstract facts<T>(
    kind: FactKind,
    table: string,
    filter: FactFilter,
  ): StoredFact<T>[] | Promise<StoredFact<T>[]>;

  async statements(filter: FactFilter = {}): Promise<StoredFact<Statement>[]> {
    return this.facts<Statement>('statement', 'statements', filter);
  }

  async positions(filter: FactFilter = {}): Promise<StoredFact<Position>[]> {
    return this.facts<Position>('position', 'positions', filter);
  }

  async events(filter: FactFilter = {}): Promise<StoredFact<NegotiationEvent>[]> {
    return this.facts<NegotiationEvent>('event', 'events', filter);
  }

  async latestPositions(bound: RecordBound): Promise<Map<string, CellRecords>> {
    return this.records.latest(bound);
  }

  async countPositionRun(
    actor: string,
    issue: string,
    stance: Stance,
    bound: RecordBound,
    cap: number,
  ): Promise<number> {
    return this.records.countRun(actor, issue, stance, bound, cap);
  }

  async positionRecords(bound: RecordBound): Promise<PositionRecord[]> {
    return this.records.all(bound);
  }
}
