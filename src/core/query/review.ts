/**
 * The analyst checks the record: confirm a fact, correct it, reject it, add one the extraction
 * missed, undo a change; the review queue of facts nobody has checked yet. Each change is a
 * correction (kept apart from the extraction, see store/corrections.ts) and a line of the audit
 * log, with who and when; the document's record is then written again, the extraction with its
 * corrections applied, in the same transaction.
 */
import type { Codebook } from '../codebook/codebook.js';
import { ACTOR_CODE, ISSUE_CODE } from '../codebook/codebook.js';
import {
  EVENT_TYPES,
  type FactStatus,
  type NegotiationEvent,
  type ParleyDocument,
  type Position,
  type Span,
  STANCES,
  type Statement,
} from '../model.js';
import {
  type AnyFact,
  type AuditEntry,
  type Correction,
  type CorrectionAction,
  type CorrectionOutcome,
  FACT_KINDS,
  type FactKind,
  factListsOf,
  fieldsOf,
  plainFact,
  REVIEW_FIELDS,
} from '../store/corrections.js';
import type { Store, StoredFact, StoreReader, StoreWriter } from '../store/store.js';

export type { AuditEntry, Correction, FactKind };

/** A fact as a person names it: its kind's letter and its id (`s12`, `p7`, `e3`). */
export interface FactRef {
  kind: FactKind;
  id: number;
}

const LETTER: Record<FactKind, string> = { statement: 's', position: 'p', event: 'e' };

export const factRefText = (ref: FactRef): string => `${LETTER[ref.kind]}${ref.id}`;

/** `s12`, `p7`, `e3` (or `statement:12`…) to a fact reference; an error says what is wanted. */
export function parseFactRef(text: string): FactRef {
  const m = /^(?:(s|p|e)|(statement|position|event)[:/ ]?)(\d+)$/i.exec(text.trim());
  if (!m)
    throw new Error(
      `"${text}" names no fact: give s12 (a statement), p7 (a position) or e3 (an event), as \`parley review\` and \`parley show\` list them`,
    );
  const kind = m[2]
    ? (m[2].toLowerCase() as FactKind)
    : FACT_KINDS.find((k) => LETTER[k] === m[1].toLowerCase())!;
  return { kind, id: Number(m[3]) };
}

export const statusOf = (fact: AnyFact): FactStatus => fact.review?.status ?? 'machine';

const STANCE_SET = new Set<string>(STANCES);
const EVENT_SET = new Set<string>(EVENT_TYPES);
const EVENT_STATUSES = new Set(['held', 'planned', 'postponed', 'cancelled']);
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Check the fields a person gives for a kind of fact (and, given the codebook, that its codes are
 * known); the fields in their stored form. An error names the field and what it takes.
 */
export function checkFields(
  kind: FactKind,
  fields: Record<string, unknown>,
  codebook?: Codebook,
): Record<string, unknown> {
  const allowed = REVIEW_FIELDS[kind];
  const out: Record<string, unknown> = {};
  const knownActor = (code: string, field: string) => {
    if (!ACTOR_CODE.test(code))
      throw new Error(`${field}: "${code}" is not an actor code (upper case, e.g. USA)`);
    if (codebook && !codebook.actors.some((a) => a.code === code))
      throw new Error(`${field}: the codebook has no actor ${code}`);
    return code;
  };
  for (const [field, raw] of Object.entries(fields)) {
    if (raw === undefined) continue;
    if (!allowed.includes(field))
      throw new Error(`a ${kind} has no field "${field}" to correct: it has ${allowed.join(', ')}`);
    const value = typeof raw === 'string' ? raw.trim() : raw;
    switch (field) {
      case 'speaker':
        if (typeof value !== 'string' || !value) throw new Error('speaker: give the name of who spoke');
        out.speaker = value;
        break;
      case 'actor': {
        if (kind === 'position') {
          if (typeof value !== 'string')
            throw new Error('actor: give the actor code of the party holding it');
          out.actor = knownActor(value, 'actor');
          break;
        }
        // A statement's party: a code, several, or none ("-", null).
        const list = value === null || value === '-' || value === '' ? [] : [value].flat().map(String);
        const codes = list.flatMap((v) => v.split(/[,+]/)).map((v) => knownActor(v.trim(), 'actor'));
        out.actor = codes.length === 0 ? null : codes.length === 1 ? codes[0] : codes;
        break;
      }
      case 'issue':
        if (typeof value !== 'string' || !ISSUE_CODE.test(value))
          throw new Error(`issue: "${String(value)}" is not an issue code (lower case, e.g. ceasefire)`);
        if (codebook && !codebook.issues.some((i) => i.code === value))
          throw new Error(`issue: the codebook has no issue ${value}`);
        out.issue = value;
        break;
      case 'stance':
        if (typeof value !== 'string' || !STANCE_SET.has(value))
          throw new Error(`stance: "${String(value)}" is not one of ${STANCES.join(', ')}`);
        out.stance = value;
        break;
      case 'redLine':
        if (typeof value === 'boolean') out.redLine = value;
        else if (value === 'true' || value === 'yes') out.redLine = true;
        else if (value === 'false' || value === 'no') out.redLine = false;
        else throw new Error('redLine: true or false');
        break;
      case 'type':
        if (typeof value !== 'string' || !EVENT_SET.has(value.toUpperCase()))
          throw new Error(`type: "${String(value)}" is not one of ${EVENT_TYPES.join(', ')}`);
        out.type = value.toUpperCase();
        break;
      case 'actors': {
        const list = [value]
          .flat()
          .flatMap((v) => String(v).split(/[,+]/))
          .map((v) => v.trim())
          .filter(Boolean);
        out.actors = [...new Set(list.map((v) => knownActor(v, 'actors')))];
        break;
      }
      case 'date':
        if (value === null || value === '' || value === '-') out.date = null;
        else if (typeof value !== 'string' || !ISO_DATE.test(value))
          throw new Error(`date: "${String(value)}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`);
        else out.date = value;
        break;
      case 'status':
        if (typeof value !== 'string' || !EVENT_STATUSES.has(value))
          throw new Error(`status: "${String(value)}" is not one of ${[...EVENT_STATUSES].join(', ')}`);
        out.status = value;
        break;
    }
  }
  return out;
}

/** What a review action left: the fact as the record holds it now (or the one struck out). */
export interface ReviewResult {
  /** The fact's reference now (absent: rejected or withdrawn, so no longer in the record). */
  ref?: string;
  kind: FactKind;
  docId: string;
  status: FactStatus;
  fact?: AnyFact;
  /** The correction behind it (absent: withdrawn). */
  correction?: number;
  /** The audit log's line for this change (what `undo` takes). */
  audit: number;
  /** What applying the corrections found (conflicts with the current extraction). */
  outcomes: CorrectionOutcome[];
  /** For an undo: the change undone. */
  undone?: AuditEntry;
}

/**
 * Write a document's record again: its extraction (kept beside the record once it has corrections;
 * before that, the record is the extraction) with its corrections applied.
 */
async function rewriteRecord(tx: StoreWriter, docId: string): Promise<CorrectionOutcome[]> {
  const stored = await tx.getDocument(docId);
  if (!stored?.doc) throw new Error(`no stored document ${docId}`);
  const machine = (await tx.machineFacts(docId)) ?? factListsOf(stored.doc);
  return tx.replaceFacts({ ...stored.doc, ...machine });
}

/** The document's fact that a correction stands behind, with its id, after the record was written. */
async function factOfCorrection(
  tx: StoreReader,
  kind: FactKind,
  docId: string,
  correction: number,
): Promise<StoredFact<AnyFact> | undefined> {
  const facts: StoredFact<AnyFact>[] =
    kind === 'statement'
      ? await tx.statements({ docId })
      : kind === 'position'
        ? await tx.positions({ docId })
        : await tx.events({ docId });
  return facts.find((f) => f.fact.review?.correction === correction);
}

async function resultOf(
  tx: StoreWriter,
  kind: FactKind,
  docId: string,
  correction: number | undefined,
  audit: number,
  rejected?: AnyFact,
): Promise<ReviewResult> {
  const outcomes = await rewriteRecord(tx, docId);
  if (correction === undefined || rejected)
    return { kind, docId, status: 'rejected', fact: rejected, correction, audit, outcomes };
  const stored = await factOfCorrection(tx, kind, docId, correction);
  return {
    ref: stored ? factRefText({ kind, id: stored.id }) : undefined,
    kind,
    docId,
    status: stored ? statusOf(stored.fact) : 'machine',
    fact: stored?.fact,
    correction,
    audit,
    outcomes,
  };
}

const now = () => new Date().toISOString();

/**
 * Confirm, correct or reject one fact of the record, as `user`. Correcting takes the changed
 * fields (checked with `checkFields`); correcting a fact a person added changes the added fact,
 * rejecting it withdraws it.
 */
export async function reviewFact(
  store: Store,
  ref: FactRef,
  action: 'confirm' | 'correct' | 'reject',
  user: string,
  changes: Record<string, unknown> = {},
): Promise<ReviewResult> {
  if (action === 'correct' && !Object.keys(changes).length)
    throw new Error(
      `say what to correct: the fields of a ${ref.kind} are ${REVIEW_FIELDS[ref.kind].join(', ')}`,
    );
  return store.transaction(async (tx) => {
    const stored = await tx.fact(ref.kind, ref.id);
    if (!stored)
      throw new Error(
        `no ${ref.kind} ${factRefText(ref)} in the record: the ids are those \`parley review\` and \`parley show\` list now`,
      );
    const current = stored.fact;
    const existing = current.review
      ? (await tx.corrections({ docId: stored.docId })).find((c) => c.id === current.review?.correction)
      : undefined;
    const at = now();
    const log = (entry: Pick<AuditEntry, 'action' | 'correctionId' | 'before' | 'after'>) =>
      tx.appendAudit({ ...entry, at, user, docId: stored.docId, kind: ref.kind });

    if (existing?.action === 'add') {
      if (action === 'reject') {
        await tx.deleteCorrection(existing.id);
        const audit = await log({ action: 'withdraw', correctionId: existing.id, before: existing });
        return resultOf(tx, ref.kind, stored.docId, undefined, audit, plainFact(current));
      }
      const next: Correction = {
        ...existing,
        fields: { ...existing.fields, ...changes },
        user,
        at,
      };
      if (action === 'correct') await tx.saveCorrection(next);
      const audit = await log({
        action,
        correctionId: existing.id,
        before: existing,
        after: action === 'correct' ? next : existing,
      });
      return resultOf(tx, ref.kind, stored.docId, existing.id, audit);
    }

    const target = existing?.target ?? plainFact(current);
    let fields: Record<string, unknown> = {};
    let kind: CorrectionAction = action;
    if (action === 'confirm') {
      // Confirming a corrected fact confirms it as corrected.
      fields = fieldsOf(ref.kind, current as never);
      kind = existing?.action === 'correct' ? 'correct' : 'confirm';
    } else if (action === 'correct') {
      fields = fieldsOf(ref.kind, { ...current, ...changes } as never);
      const unchanged = JSON.stringify(fields) === JSON.stringify(fieldsOf(ref.kind, target as never));
      kind = unchanged ? 'confirm' : 'correct';
    }
    const next: Omit<Correction, 'id'> & { id?: number } = {
      ...(existing ? { id: existing.id } : {}),
      docId: stored.docId,
      kind: ref.kind,
      action: kind,
      span: { start: target.start, end: target.end },
      target,
      fields,
      user,
      at,
      state: 'holds',
    };
    const id = await tx.saveCorrection(next);
    const audit = await log({ action, correctionId: id, before: existing, after: { ...next, id } });
    return resultOf(tx, ref.kind, stored.docId, id, audit, action === 'reject' ? target : undefined);
  });
}

/** What a person gives to add a fact the extraction missed. */
export interface NewFact {
  kind: FactKind;
  docId: string;
  /** The words in the document: a statement's content, a position's or an event's evidence. */
  span: Span;
  fields: Record<string, unknown>;
}

const REQUIRED: Record<FactKind, string[]> = {
  statement: ['speaker'],
  position: ['actor', 'issue', 'stance'],
  event: ['type', 'actors'],
};

/** Add a statement, position or event the extraction missed, on a span of a stored document. */
export async function addFact(store: Store, input: NewFact, user: string): Promise<ReviewResult> {
  const fields = input.fields;
  const missing = REQUIRED[input.kind].filter((f) => fields[f] === undefined || fields[f] === '');
  if (missing.length) throw new Error(`a ${input.kind} needs ${missing.join(', ')}`);
  return store.transaction(async (tx) => {
    const stored = await tx.getDocument(input.docId);
    if (!stored) throw new Error(`no stored document ${input.docId}: see \`parley docs\``);
    const { start, end } = input.span;
    if (
      !(
        Number.isInteger(start) &&
        Number.isInteger(end) &&
        start >= 0 &&
        end > start &&
        end <= stored.text.length
      )
    )
      throw new Error(
        `the span ${start}:${end} is not within the document (0:${stored.text.length}): give START:END of the words, end exclusive`,
      );
    const span = { start, end };
    const provenance = { rule: 'review.added', confidence: 1 };
    const words = stored.text.slice(start, end);
    let fact: AnyFact;
    if (input.kind === 'statement')
      fact = {
        ...span,
        speaker: String(fields.speaker),
        actor: (fields.actor as Statement['actor']) ?? null,
        content: span,
        direct: /^\s*["“‘']/.test(words) && /["”’']\s*$/.test(words),
        provenance,
      } satisfies Statement;
    else if (input.kind === 'position')
      fact = {
        ...span,
        actor: String(fields.actor),
        issue: String(fields.issue),
        stance: fields.stance as Position['stance'],
        ...(fields.redLine ? { redLine: true } : {}),
        evidence: span,
        provenance,
      } satisfies Position;
    else
      fact = {
        ...span,
        type: fields.type as NegotiationEvent['type'],
        actors: fields.actors as string[],
        ...(fields.date ? { date: String(fields.date) } : {}),
        ...(fields.status ? { status: fields.status as NegotiationEvent['status'] } : {}),
        evidence: span,
        provenance,
      } satisfies NegotiationEvent;
    const at = now();
    const correction: Omit<Correction, 'id'> = {
      docId: stored.id,
      kind: input.kind,
      action: 'add',
      span,
      fields: fact as unknown as Record<string, unknown>,
      user,
      at,
      state: 'holds',
    };
    const id = await tx.saveCorrection(correction);
    const audit = await tx.appendAudit({
      at,
      user,
      action: 'add',
      correctionId: id,
      docId: stored.id,
      kind: input.kind,
      after: { ...correction, id },
    });
    return resultOf(tx, input.kind, stored.id, id, audit);
  });
}

/**
 * Undo a change: the one of the audit log given, else `user`'s latest not undone yet. The
 * correction is put back as it was before it; a change made to it since must be undone first.
 */
export async function undoChange(store: Store, user: string, auditId?: number): Promise<ReviewResult> {
  return store.transaction(async (tx) => {
    const log = await tx.auditLog();
    const undone = new Set(log.flatMap((e) => (e.undoes !== undefined ? [e.undoes] : [])));
    const entry =
      auditId !== undefined
        ? log.find((e) => e.id === auditId)
        : [...log].reverse().find((e) => e.user === user && e.action !== 'undo' && !undone.has(e.id));
    if (!entry)
      throw new Error(
        auditId !== undefined
          ? `the audit log has no change ${auditId}`
          : `${user} has no change left to undo`,
      );
    if (entry.action === 'undo') throw new Error(`change ${entry.id} is an undo itself: nothing to undo`);
    if (undone.has(entry.id)) throw new Error(`change ${entry.id} is undone already`);
    const later = log.find(
      (e) =>
        e.id > entry.id && e.correctionId === entry.correctionId && e.action !== 'undo' && !undone.has(e.id),
    );
    if (later) throw new Error(`change ${later.id} changed the same fact after ${entry.id}: undo it first`);
    if (entry.before) await tx.saveCorrection(entry.before);
    else await tx.deleteCorrection(entry.correctionId);
    const audit = await tx.appendAudit({
      at: now(),
      user,
      action: 'undo',
      correctionId: entry.correctionId,
      docId: entry.docId,
      kind: entry.kind,
      before: entry.after,
      after: entry.before,
      undoes: entry.id,
    });
    const back = entry.before;
    const result =
      !back || back.action === 'reject'
        ? await resultOf(tx, entry.kind, entry.docId, back?.id, audit, back?.target)
        : await resultOf(tx, entry.kind, entry.docId, back.id, audit);
    // Nothing before the change: the fact is as the extraction gave it again, or (an added one) gone.
    if (!back && entry.before === undefined && entry.after?.target)
      return { ...result, status: 'machine', fact: entry.after.target, undone: entry };
    return { ...result, undone: entry };
  });
}

/** A fact waiting to be checked, as the review queue lists it. */
export interface QueueItem {
  ref: string;
  kind: FactKind;
  id: number;
  docId: string;
  docDate: string;
  title?: string;
  rule: string;
  confidence: number;
  /** The fact in a few words ("VSK reject territory (red line)"). */
  summary: string;
  evidenceText: string;
  fact: AnyFact;
}

const partyText = (actor: string | string[] | null | undefined) =>
  actor == null ? '-' : Array.isArray(actor) ? actor.join('+') : actor;

/** The fact a correction makes (an added fact; the extraction's with the person's fields). */
export const correctedFact = (c: Correction): AnyFact =>
  (c.action === 'add' ? c.fields : { ...c.target, ...c.fields }) as unknown as AnyFact;

/** A fact in a few words. */
export function factSummary(kind: FactKind, fact: AnyFact): string {
  if (kind === 'statement') {
    const s = fact as Statement;
    return `${s.speaker} [${partyText(s.actor)}] ${s.direct ? 'quoted' : 'reported'}`;
  }
  if (kind === 'position') {
    const p = fact as Position;
    return `${p.actor} ${p.stance} ${p.issue}${p.redLine ? ' (red line)' : ''}`;
  }
  const e = fact as NegotiationEvent;
  return `${e.type} [${e.actors.join('+')}]${e.date ? ` ${e.date}` : ''}${e.status && e.status !== 'held' ? ` ${e.status}` : ''}`;
}

/** Documents read at a time while the queue is filled, newest first. */
const QUEUE_PAGE = 25;

/**
 * The review queue: the facts nobody has checked, newest documents first and, within a document,
 * the least certain first (so a day's articles are reviewed in one pass, the doubtful facts first).
 */
export async function reviewQueue(
  store: StoreReader,
  options: { limit?: number; offset?: number } = {},
): Promise<{ items: QueueItem[]; more: boolean }> {
  const limit = options.limit ?? 50;
  let skip = options.offset ?? 0;
  const items: QueueItem[] = [];
  let end = await store.countDocuments();
  while (end > 0 && items.length <= limit) {
    const from = Math.max(0, end - QUEUE_PAGE);
    const page = await store.listDocuments({ offset: from, limit: end - from });
    end = from;
    for (const doc of page.reverse()) {
      if (doc.duplicateOf || doc.status !== 'extracted') continue;
      const facts = [
        ...(await store.statements({ docId: doc.id })).map((f) => ['statement', f] as const),
        ...(await store.positions({ docId: doc.id })).map((f) => ['position', f] as const),
        ...(await store.events({ docId: doc.id })).map((f) => ['event', f] as const),
      ]
        .filter(([, f]) => !f.fact.review)
        .sort(([, a], [, b]) => a.fact.provenance.confidence - b.fact.provenance.confidence);
      for (const [kind, f] of facts) {
        if (skip > 0) {
          skip--;
          continue;
        }
        items.push({
          ref: factRefText({ kind, id: f.id }),
          kind,
          id: f.id,
          docId: f.docId,
          docDate: f.docDate,
          title: doc.title,
          rule: f.fact.provenance.rule,
          confidence: f.fact.provenance.confidence,
          summary: factSummary(kind, f.fact as AnyFact),
          evidenceText: f.evidenceText,
          fact: f.fact as AnyFact,
        });
      }
      if (items.length > limit) break;
    }
  }
  return { items: items.slice(0, limit), more: items.length > limit || end > 0 };
}

/** Each fact's reference (`s12`, `p7`, `e3`) in the record, by its place in the document's lists. */
export interface FactRefs {
  statements: (string | undefined)[];
  positions: (string | undefined)[];
  events: (string | undefined)[];
}

/** The references of a stored document's facts (those of a near-duplicate, which no question reads, have none). */
export async function factRefs(
  store: StoreReader,
  doc: Pick<ParleyDocument, 'id' | 'statements' | 'positions' | 'events'>,
): Promise<FactRefs> {
  const refsOf = <T>(letter: string, list: T[], stored: StoredFact<T>[]) => {
    const byJson = new Map<string, number[]>();
    for (const f of stored)
      byJson.set(JSON.stringify(f.fact), [...(byJson.get(JSON.stringify(f.fact)) ?? []), f.id]);
    return list.map((fact) => {
      const id = byJson.get(JSON.stringify(fact))?.shift();
      return id === undefined ? undefined : `${letter}${id}`;
    });
  };
  return {
    statements: refsOf('s', doc.statements, await store.statements({ docId: doc.id })),
    positions: refsOf('p', doc.positions, await store.positions({ docId: doc.id })),
    events: refsOf('e', doc.events, await store.events({ docId: doc.id })),
  };
}

/** A document's review: its corrections, and the facts struck out of its record. */
export async function documentReview(
  store: StoreReader,
  docId: string,
): Promise<{
  corrections: Correction[];
  rejected: { kind: FactKind; correction: number; by: string; at: string; fact: AnyFact }[];
}> {
  const corrections = await store.corrections({ docId });
  return {
    corrections,
    rejected: corrections
      .filter((c) => c.action === 'reject' && c.target)
      .map((c) => ({ kind: c.kind, correction: c.id, by: c.user, at: c.at, fact: c.target as AnyFact })),
  };
}
