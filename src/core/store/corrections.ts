/**
 * The analyst's corrections and how they make the record. A correction is kept apart from what the
 * extraction writes, anchored to its document, the fact's text span and the fact as the
 * extraction gave it; the record the questions answer is the extraction with the corrections
 * applied (`applyCorrections`): a rejected fact is left out, a confirmed or corrected one says so,
 * an added one is added. Applied again to a new extraction (a reprocess, a new codebook), each
 * correction finds its fact again by span: where the extraction now agrees, the two are one fact;
 * where it says otherwise, the correction wins and the conflict is noted on both.
 */
import { assignFactNegotiations } from '../code/negotiations.js';
import type { FactReview, NegotiationEvent, ParleyDocument, Position, Span, Statement } from '../model.js';
import type { StoreWriter } from './store.js';

export type FactKind = 'statement' | 'position' | 'event';
export const FACT_KINDS: readonly FactKind[] = ['statement', 'position', 'event'];
export type AnyFact = Statement | Position | NegotiationEvent;

/** A document's facts, kind by kind. */
export interface FactLists {
  statements: Statement[];
  positions: Position[];
  events: NegotiationEvent[];
}

export const LIST_OF: Record<FactKind, keyof FactLists> = {
  statement: 'statements',
  position: 'positions',
  event: 'events',
};

export type CorrectionAction = 'confirm' | 'correct' | 'reject' | 'add';
/**
 * How a correction stands against the latest extraction: it `holds` (the extraction still says
 * what was corrected, or nothing new), the extraction `agrees` with it now, or it is in `conflict`
 * (the extraction says something else, or no longer finds the fact: the correction wins).
 */
export type CorrectionState = 'holds' | 'agrees' | 'conflict';

export interface Correction {
  id: number;
  docId: string;
  kind: FactKind;
  action: CorrectionAction;
  /** The fact's span in its document (a statement's whole span; a position's or event's evidence). */
  span: Span;
  /** The fact as the extraction gave it when the person acted on it; absent for a fact added by hand. */
  target?: AnyFact;
  /** The fields as the person left them (confirm: as they were; correct: as changed); add: the whole fact. */
  fields: Record<string, unknown>;
  user: string;
  at: string;
  state: CorrectionState;
  note?: string;
}

/** One line of the audit log: a change to the corrections, with who and when, before and after. */
export interface AuditEntry {
  id: number;
  at: string;
  user: string;
  action: CorrectionAction | 'withdraw' | 'undo';
  correctionId: number;
  docId: string;
  kind: FactKind;
  /** The correction before and after the change (absent: there was none, or none is left). */
  before?: Correction;
  after?: Correction;
  /** For an undo: the entry it undid. */
  undoes?: number;
}

/** What applying a correction to the current extraction found (stored on the correction). */
export interface CorrectionOutcome {
  id: number;
  docId: string;
  state: CorrectionState;
  note?: string;
}

/** The fields a person may check and change, by kind of fact. */
export const REVIEW_FIELDS: Record<FactKind, readonly string[]> = {
  statement: ['speaker', 'actor'],
  position: ['actor', 'issue', 'stance', 'redLine'],
  event: ['type', 'actors', 'date', 'status'],
};

const normalValue = (field: string, value: unknown): unknown => {
  if (field === 'redLine') return Boolean(value);
  if (Array.isArray(value)) return [...value].sort();
  return value ?? null;
};

/** A fact's reviewable fields, each in one form (absent red line = false, actor lists sorted). */
export function fieldsOf(kind: FactKind, fact: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(REVIEW_FIELDS[kind].map((f) => [f, normalValue(f, fact[f])]));
}

const sameFields = (kind: FactKind, a: Record<string, unknown>, b: Record<string, unknown>): boolean =>
  JSON.stringify(fieldsOf(kind, a)) === JSON.stringify(fieldsOf(kind, b));

/** What makes two facts of a span the same fact: a position's holder and issue, an event's type. */
const identityOf = (kind: FactKind, fact: Record<string, unknown>): string =>
  kind === 'position' ? `${fact.actor}|${fact.issue}` : kind === 'event' ? String(fact.type) : '';

/** The fields in words, for notes ("stance reject, redLine true"). */
export function fieldsText(kind: FactKind, fact: Record<string, unknown>): string {
  return Object.entries(fieldsOf(kind, fact))
    .filter(([, v]) => v !== null && v !== false)
    .map(([k, v]) => `${k} ${Array.isArray(v) ? v.join('+') : String(v)}`)
    .join(', ');
}

/** The fact without its review: what the extraction or the person said of it, alone. */
export function plainFact<T extends AnyFact>(fact: T): T {
  const { review: _review, ...rest } = fact;
  return rest as T;
}

/** `fact` with `fields` set over it (null or false removes an optional field). */
function withFields<T extends AnyFact>(fact: T, fields: Record<string, unknown>): T {
  const out = { ...plainFact(fact) } as Record<string, unknown>;
  for (const [field, value] of Object.entries(fields)) {
    if (value === null || value === undefined || (field === 'redLine' && value === false)) delete out[field];
    else out[field] = value;
  }
  if ('actor' in fields && out.actor === undefined && 'content' in out) out.actor = null;
  return out as T;
}

const overlap = (a: Span, b: Span): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * The machine fact a correction is about, found again by its span: the same span and identity,
 * else the one of that identity overlapping it most; the identity the extraction gave first, then
 * the one the person gave (an extraction that now agrees with a changed holder or issue).
 */
function locate(
  kind: FactKind,
  facts: AnyFact[],
  claimed: Set<number>,
  span: Span,
  identities: string[],
): number {
  for (const identity of identities) {
    let best = -1;
    let bestOverlap = 0;
    for (const [i, fact] of facts.entries()) {
      if (claimed.has(i) || identityOf(kind, fact as never) !== identity) continue;
      if (fact.start === span.start && fact.end === span.end) return i;
      const o = overlap(fact, span);
      if (o > bestOverlap) {
        best = i;
        bestOverlap = o;
      }
    }
    if (best >= 0) return best;
  }
  return -1;
}

const STATUS_OF = { confirm: 'confirmed', correct: 'corrected', add: 'added', reject: 'rejected' } as const;

function reviewOf(c: Correction, extra: Partial<FactReview> = {}): FactReview {
  return { status: STATUS_OF[c.action], correction: c.id, by: c.user, at: c.at, ...extra };
}

/** The fields of `machine` that differ from the person's (their machine values), if any. */
function differences(
  kind: FactKind,
  machine: Record<string, unknown>,
  fields: Record<string, unknown>,
): Record<string, unknown> | undefined {
  const m = fieldsOf(kind, machine);
  const f = fieldsOf(kind, { ...machine, ...fields });
  const was = Object.fromEntries(
    Object.keys(m)
      .filter((k) => JSON.stringify(m[k]) !== JSON.stringify(f[k]))
      .map((k) => [k, m[k]]),
  );
  return Object.keys(was).length ? was : undefined;
}

export interface AppliedCorrections {
  /** The record: the extraction with the corrections applied. */
  facts: FactLists;
  /** The facts struck out, each with its correction. */
  rejected: { correction: Correction; fact: AnyFact }[];
  outcomes: CorrectionOutcome[];
}

/** The record of one document: its extracted facts (`machine`) with its corrections applied. */
export function applyCorrections(machine: FactLists, corrections: Correction[]): AppliedCorrections {
  const outcomes: CorrectionOutcome[] = [];
  const rejected: AppliedCorrections['rejected'] = [];
  const outcome = (c: Correction, state: CorrectionState, note?: string) =>
    outcomes.push({ id: c.id, docId: c.docId, state, ...(note ? { note } : {}) });
  const ordered = [...corrections].sort((a, b) => a.id - b.id);
  const result = {} as FactLists;
  /** Per kind: each machine fact's new index in the record (statements: for positions' links). */
  const placeOf = new Map<FactKind, (number | undefined)[]>();
  /** Per kind: the facts that did not come from a machine fact in place (re-added, added). */
  const appended = new Map<FactKind, AnyFact[]>();

  for (const kind of ['statement', 'position', 'event'] as const) {
    const list = machine[LIST_OF[kind]] as AnyFact[];
    const slots: (AnyFact | null)[] = list.map((f) => f);
    const claimed = new Set<number>();
    const extra: AnyFact[] = [];
    const mine = ordered.filter((c) => c.kind === kind);
    for (const c of mine.filter((c) => c.action !== 'add')) {
      const target = (c.target ?? c.fields) as AnyFact;
      const identities = [
        ...new Set([
          identityOf(kind, target as never),
          identityOf(kind, { ...target, ...c.fields } as never),
        ]),
      ];
      const i = locate(kind, list, claimed, c.span, identities);
      const now = i >= 0 ? list[i] : undefined;
      if (i >= 0) claimed.add(i);
      if (c.action === 'reject') {
        if (now) {
          slots[i] = null;
          rejected.push({ correction: c, fact: now });
          outcome(c, 'holds');
        } else {
          rejected.push({ correction: c, fact: target });
          outcome(c, 'agrees', 'the extraction no longer finds this fact');
        }
        continue;
      }
      const base = now ?? target;
      let state: CorrectionState;
      let note: string | undefined;
      if (!now) {
        state = 'conflict';
        note = 'the extraction no longer finds this fact; the reviewed one is kept';
      } else if (sameFields(kind, now as never, target as never)) state = 'holds';
      else if (sameFields(kind, now as never, { ...now, ...c.fields } as never)) state = 'agrees';
      else {
        state = 'conflict';
        note = `the extraction now says ${fieldsText(kind, now as never)}; the correction holds`;
      }
      outcome(c, state, note);
      const was = differences(kind, base as never, c.fields);
      const fact = {
        ...withFields(base, c.fields),
        review: reviewOf(c, { ...(was ? { was } : {}), ...(state === 'conflict' ? { conflict: note } : {}) }),
      } as AnyFact;
      if (now) slots[i] = fact;
      else extra.push({ ...fact, ...(kind === 'position' ? { statement: undefined } : {}) } as AnyFact);
    }
    for (const c of mine.filter((c) => c.action === 'add')) {
      const added = c.fields as unknown as AnyFact;
      const i = locate(kind, list, claimed, c.span, [identityOf(kind, added as never)]);
      if (i >= 0) {
        claimed.add(i);
        const agrees = sameFields(kind, list[i] as never, added as never);
        const note = agrees
          ? 'the extraction finds this fact too'
          : `the extraction says ${fieldsText(kind, list[i] as never)}; the added fact holds`;
        outcome(c, agrees ? 'agrees' : 'conflict', note);
        // One fact, the person's: where the machine's was, so that the document's order holds.
        slots[i] = { ...added, review: reviewOf(c, agrees ? {} : { conflict: note }) } as AnyFact;
      } else {
        outcome(c, 'holds');
        extra.push({ ...added, review: reviewOf(c) } as AnyFact);
      }
    }
    const places: (number | undefined)[] = [];
    const kept: AnyFact[] = [];
    for (const [i, slot] of slots.entries()) {
      places[i] = slot ? kept.length : undefined;
      if (slot) kept.push(slot);
    }
    placeOf.set(kind, places);
    appended.set(kind, extra);
    (result as unknown as Record<string, AnyFact[]>)[LIST_OF[kind]] = [...kept, ...extra];
  }

  // A position's statement is an index into the statements: renumbered for the record's list. A
  // position a person wrote in or that was re-added, or whose statement is struck out, is linked
  // to the statement its evidence lies in, if one does.
  const statementPlaces = placeOf.get('statement') ?? [];
  const appendedPositions = new Set(appended.get('position'));
  const holding = (p: Position): number | undefined => {
    const at = result.statements.findIndex((s) => s.start <= p.evidence.start && p.evidence.end <= s.end);
    return at >= 0 ? at : undefined;
  };
  result.positions = result.positions.map((p) => {
    const byHand = appendedPositions.has(p) || p.review?.status === 'added';
    const statement = byHand
      ? holding(p)
      : p.statement === undefined
        ? undefined
        : (statementPlaces[p.statement] ?? holding(p));
    const { statement: _old, ...rest } = p;
    return (statement === undefined ? rest : { ...rest, statement }) as Position;
  });
  return { facts: result, rejected, outcomes };
}

/** A document's facts as lists. */
export const factListsOf = (doc: Pick<ParleyDocument, 'statements' | 'positions' | 'events'>): FactLists => ({
  statements: doc.statements,
  positions: doc.positions,
  events: doc.events,
});

/**
 * What a store does before it writes a document's facts (`replaceFacts`): `doc`'s facts are the
 * extraction's; if the document has corrections, the extraction is kept aside (for the next time
 * a correction changes) and the record written is the extraction with the corrections applied,
 * each correction's outcome stored with it. A document nobody corrected is written as it is.
 */
export async function withCorrections<D extends ParleyDocument>(
  tx: Pick<StoreWriter, 'corrections' | 'setMachineFacts' | 'setCorrectionOutcomes'>,
  doc: D,
): Promise<{ doc: D; outcomes: CorrectionOutcome[] }> {
  const corrections = await tx.corrections({ docId: doc.id });
  if (!corrections.length) {
    await tx.setMachineFacts(doc.id, undefined);
    return { doc, outcomes: [] };
  }
  const machine = factListsOf(doc);
  await tx.setMachineFacts(doc.id, machine);
  const applied = applyCorrections(machine, corrections);
  await tx.setCorrectionOutcomes(applied.outcomes);
  const record = { ...doc, ...applied.facts };
  // A fact a person corrected or added goes to the negotiations of its paragraph, narrowed by its
  // actors as they are now (a corrected holder may belong to another negotiation than the one
  // extracted; an added fact has none yet). The others keep the stage's assignment.
  assignFactNegotiations(record, (fact) => fact.review !== undefined);
  return { doc: record, outcomes: applied.outcomes };
}

/**
 * What names a fact from one writing of a document's record to the next: the correction behind
 * it, else its span and identity as the extraction gave them (and, for a reviewed fact, that too,
 * so that the fact a person just corrected keeps its id).
 */
function factKeys(kind: FactKind, fact: AnyFact): string[] {
  const machineForm = { ...fact, ...(fact.review?.was ?? {}) } as Record<string, unknown>;
  const machineKey = `m:${fact.start}:${fact.end}:${identityOf(kind, machineForm)}`;
  return fact.review ? [`c:${fact.review.correction}`, machineKey] : [machineKey];
}

/**
 * The ids a document's new record keeps from its previous one: each fact that is the same fact as
 * before (same correction, or same span and identity) keeps its id, so that a fact's id stays what
 * `parley review` showed while the rest of its document is corrected. Undefined: a new fact.
 */
export function keptIds(
  previous: Record<keyof FactLists, { id: number; fact: AnyFact }[]>,
  record: FactLists,
): Record<keyof FactLists, (number | undefined)[]> {
  const out = {} as Record<keyof FactLists, (number | undefined)[]>;
  for (const kind of FACT_KINDS) {
    const list = LIST_OF[kind];
    const free = new Map<string, number[]>();
    for (const { id, fact } of previous[list]) {
      const [key] = factKeys(kind, fact);
      free.set(key, [...(free.get(key) ?? []), id]);
    }
    const taken = new Set<number>();
    const ids: (number | undefined)[] = record[list].map(() => undefined);
    const facts = record[list] as AnyFact[];
    // The first key of every fact first: a fact's own correction before another's machine form.
    for (const round of [0, 1]) {
      for (const [i, fact] of facts.entries()) {
        if (ids[i] !== undefined) continue;
        const key = factKeys(kind, fact)[round];
        const id = key === undefined ? undefined : free.get(key)?.find((x) => !taken.has(x));
        if (id !== undefined) {
          ids[i] = id;
          taken.add(id);
        }
      }
    }
    out[list] = ids;
  }
  return out;
}

/** A row of `corrections` as both engines read it. */
export interface CorrectionRow {
  id: number;
  doc_id: string;
  kind: FactKind;
  action: CorrectionAction;
  span_start: number;
  span_end: number;
  target: string | null;
  fields: string;
  user_name: string;
  at: string;
  state: CorrectionState;
  note: string | null;
}

export const CORRECTION_COLUMNS =
  'id, doc_id, kind, action, span_start, span_end, target, fields, user_name, at, state, note';

export const toCorrection = (row: CorrectionRow): Correction => ({
  id: Number(row.id),
  docId: row.doc_id,
  kind: row.kind,
  action: row.action,
  span: { start: Number(row.span_start), end: Number(row.span_end) },
  ...(row.target ? { target: JSON.parse(row.target) as AnyFact } : {}),
  fields: JSON.parse(row.fields) as Record<string, unknown>,
  user: row.user_name,
  at: row.at,
  state: row.state,
  ...(row.note ? { note: row.note } : {}),
});

/** A correction's values in the order of CORRECTION_COLUMNS after the id. */
export const correctionValues = (c: Omit<Correction, 'id'>): unknown[] => [
  c.docId,
  c.kind,
  c.action,
  c.span.start,
  c.span.end,
  c.target ? JSON.stringify(plainFact(c.target)) : null,
  JSON.stringify(c.fields),
  c.user,
  c.at,
  c.state,
  c.note ?? null,
];

/** A row of `audit_log` as both engines read it. */
export interface AuditRow {
  id: number;
  at: string;
  user_name: string;
  action: AuditEntry['action'];
  correction_id: number;
  doc_id: string;
  kind: FactKind;
  before: string | null;
  after: string | null;
  undoes: number | null;
}

export const AUDIT_COLUMNS = 'id, at, user_name, action, correction_id, doc_id, kind, before, after, undoes';

export const toAuditEntry = (row: AuditRow): AuditEntry => ({
  id: Number(row.id),
  at: row.at,
  user: row.user_name,
  action: row.action,
  correctionId: Number(row.correction_id),
  docId: row.doc_id,
  kind: row.kind,
  ...(row.before ? { before: JSON.parse(row.before) as Correction } : {}),
  ...(row.after ? { after: JSON.parse(row.after) as Correction } : {}),
  ...(row.undoes != null ? { undoes: Number(row.undoes) } : {}),
});

/** An audit entry's values in the order of AUDIT_COLUMNS after the id. */
export const auditValues = (e: Omit<AuditEntry, 'id'>): unknown[] => [
  e.at,
  e.user,
  e.action,
  e.correctionId,
  e.docId,
  e.kind,
  e.before ? JSON.stringify(e.before) : null,
  e.after ? JSON.stringify(e.after) : null,
  e.undoes ?? null,
];

export const TABLE_OF: Record<FactKind, string> = {
  statement: 'statements',
  position: 'positions',
  event: 'events',
};
