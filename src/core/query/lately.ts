/**
 * What changed lately, on the matrix itself: each cell whose stance moved (new, hardened, softened,
 * a red line drawn or dropped) within a window of days before the matrix's date carries that move.
 */

import { daysBefore } from '../code/dates.js';
import type { StoreReader } from '../store/store.js';
import {
  type Cell,
  type Change,
  changesSince,
  type PositionsMatrix,
  positionsMatrix,
  type QueryFilter,
} from './positions.js';

/** A change as a matrix cell carries it: the move and the day it was first seen. */
export type CellChange = Pick<Change, 'kind' | 'date' | 'redLine'>;

export interface MarkedMatrix extends PositionsMatrix {
  /** The window's first day: moves on or after it are marked (absent without a window). */
  changedSince?: string;
  cells: (Cell & { change?: CellChange })[];
}

/**
 * The matrix as of a date, with the moves of the last `changedWithin` days marked. The window ends
 * at `asOf`, or at the latest evidence when no date is given (a store of old news still shows what
 * moved last), like the brief's "what changed".
 */
export async function positionsWithChanges(
  store: StoreReader,
  filter: QueryFilter & { changedWithin?: number } = {},
): Promise<MarkedMatrix> {
  const { changedWithin, ...query } = filter;
  const matrix = await positionsMatrix(store, query);
  if (!changedWithin || matrix.cells.length === 0) return matrix;
  const end = query.asOf ?? matrix.cells.map((c) => c.date).sort()[matrix.cells.length - 1];
  const since = daysBefore(end, changedWithin);
  const moves = new Map(
    (await changesSince(store, since, query)).changes.map((c) => [`${c.actor}\u0000${c.issue}`, c] as const),
  );
  return {
    ...matrix,
    changedSince: since,
    cells: matrix.cells.map((cell) => {
      const move = moves.get(`${cell.actor}\u0000${cell.issue}`);
      return move ? { ...cell, change: { kind: move.kind, date: move.date, redLine: move.redLine } } : cell;
    }),
  };
}
