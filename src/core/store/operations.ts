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
