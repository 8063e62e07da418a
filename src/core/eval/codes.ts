/**
 * Codes a gold file uses that the codebook does not hold. A coder who writes `TCDOPP` where the
 * codebook has `TCDREBELS`, or `ceasfire` for `ceasefire`, makes an item no extraction can ever
 * match: it counts as missed on every run, and the error report blames the rules. Listing these
 * when a gold file is committed lets the coder pick the codebook's code, or add the party to the
 * codebook on purpose.
 */
import type { Codebook } from '../codebook/codebook.js';
import { EVENT_TYPES } from '../model.js';
import type { GoldLike } from './gold.js';

export interface UnknownCode {
  /** Where the code is: `positions[3].actor`, `events[0].actors`, `statements[2].actor`. */
  field: string;
  code: string;
  kind: 'actor' | 'issue' | 'event type';
}

export interface KnownCodes {
  actors: ReadonlySet<string>;
  issues: ReadonlySet<string>;
  eventTypes: ReadonlySet<string>;
}

export const knownCodes = (book: Codebook): KnownCodes => ({
  actors: new Set(book.actors.map((a) => a.code)),
  issues: new Set(book.issues.map((i) => i.code)),
  eventTypes: new Set(EVENT_TYPES),
});

const asList = (v: string | string[] | null | undefined): string[] =>
  v == null ? [] : Array.isArray(v) ? v : [v];

/** Every code of `gold` that `known` lacks, in the file's order. */
export function unknownCodes(gold: GoldLike, known: KnownCodes): UnknownCode[] {
  const out: UnknownCode[] = [];
  const actors = (field: string, v: string | string[] | null | undefined) => {
    for (const code of asList(v)) if (!known.actors.has(code)) out.push({ field, code, kind: 'actor' });
  };
  gold.statements.forEach((s, i) => {
    actors(`statements[${i}].actor`, s.actor);
  });
  gold.positions.forEach((p, i) => {
    actors(`positions[${i}].actor`, p.actor);
    actors(`positions[${i}].about`, p.about);
    if (!known.issues.has(p.issue))
      out.push({ field: `positions[${i}].issue`, code: p.issue, kind: 'issue' });
  });
  gold.events.forEach((e, i) => {
    if (!known.eventTypes.has(e.type))
      out.push({ field: `events[${i}].type`, code: e.type, kind: 'event type' });
    actors(`events[${i}].actors`, e.actors);
  });
  return out;
}
