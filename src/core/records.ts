/**
 * The rules of a record: how a stored position is read as evidence of a stance — its effective
 * date, the strength of its source, the speaker behind it — and how a cell's records, newest
 * first, make up the current stance's run. Every store and the query layer share them, so that the
 * answers do not depend on where the positions are kept.
 */
import { type FactStatus, type Position, polarityOf, type Stance } from './model.js';

/**
 * How strong a stance's source is: the party's own official on the record ("official"), a
 * report by someone else or the reporter's own voice ("reported"), an unnamed source ("anonymous").
 */
export type SourceStrength = 'official' | 'reported' | 'anonymous';
export const STRENGTH_RANK: Record<SourceStrength, number> = { official: 3, reported: 2, anonymous: 1 };

export interface PositionRecord {
  /** The store's fact id. */
  id: number;
  docId: string;
  docDate: string;
  /** When the stance was taken: the position's own date when the text gives one, else the document's. */
  date: string;
  actor: string;
  issue: string;
  about?: string;
  stance: Stance;
  redLine: boolean;
  conditional: boolean;
  /** The sentence the stance was found in. */
  evidence: string;
  strength: SourceStrength;
  /** The speaker's name when the stance was expressed through an attributed statement. */
  speaker?: string;
  /** Who reported the stance, when a third party did. */
  reportedBy?: string | null;
  rule: string;
  confidence: number;
  /** Whether a person has checked it (machine: not yet); read whole records only. */
  status?: FactStatus;
}

/** The speaker of the statement behind a position, as far as strength needs it. */
export interface SpeakerInfo {
  speaker: string;
  actor: string | string[] | null;
  anonymous?: boolean;
}

const actorList = (actor: string | string[] | null | undefined): string[] =>
  actor == null ? [] : Array.isArray(actor) ? actor : [actor];

export function sourceStrength(position: Position, speaker?: SpeakerInfo): SourceStrength {
  if (speaker?.anonymous) return 'anonymous';
  if (position.source != null && position.source !== position.actor) return 'reported';
  if (speaker && actorList(speaker.actor).includes(position.actor)) return 'official';
  return 'reported';
}

/** A position's own date, kept only when it is not after its document (news reports the past). */
export function effectiveDate(positionDate: string | null | undefined, docDate: string): string {
  return positionDate && positionDate <= docDate ? positionDate : docDate;
}

/**
 * What a position's record adds to the stored position, worked out from its own document alone
 * (its statement is in the same document), so the SQLite writer stores it with the position.
 */
export function recordFields(
  position: Position,
  docDate: string,
  speaker?: SpeakerInfo,
): { date: string; strength: SourceStrength; speaker: string | null; conditional: boolean } {
  return {
    date: effectiveDate(position.date, docDate),
    strength: sourceStrength(position, speaker),
    speaker: speaker?.speaker ?? null,
    conditional: Boolean(position.condition),
  };
}

/** Newest first; same date: stronger source first, then the more confident rule, then the later fact. */
export function compareLatestFirst(a: PositionRecord, b: PositionRecord): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  const strength = STRENGTH_RANK[b.strength] - STRENGTH_RANK[a.strength];
  if (strength !== 0) return strength;
  if (a.confidence !== b.confidence) return b.confidence - a.confidence;
  return b.id - a.id;
}

/**
 * The shape of a cell's newest records (newest first): the current stance's run is
 * `records[0..end)`, the record before it `records[end]`, the current side's run (pro or contra)
 * `records[0..sideEnd)`, and the first red line of the run `records[firstRedLine]`.
 */
export function runOf(records: PositionRecord[]): { end: number; sideEnd: number; firstRedLine: number } {
  const [latest] = records;
  let end = 1;
  while (end < records.length && records[end].stance === latest.stance) end++;
  let sideEnd = end;
  while (sideEnd < records.length && polarityOf(records[sideEnd].stance) === polarityOf(latest.stance))
    sideEnd++;
  let firstRedLine = -1;
  for (let i = 0; i < end; i++) if (records[i].redLine) firstRedLine = i;
  return { end, sideEnd, firstRedLine };
}

/** The records a cell shows in full (with their evidence): see `runOf`. */
export function shownRecords(records: PositionRecord[]): PositionRecord[] {
  if (!records.length) return [];
  const { end, sideEnd, firstRedLine } = runOf(records);
  return [...new Set([0, end - 1, end, sideEnd - 1, firstRedLine])].flatMap((i) =>
    i >= 0 && records[i] ? [records[i]] : [],
  );
}

export interface RecordBound {
  /** Only records of positions assigned to this negotiation (id). */
  negotiation?: string;
  /** Only documents dated on or before this date. */
  asOf?: string;
  /** Only documents dated strictly before this date. */
  before?: string;
  actor?: string;
  issue?: string;
  /** Only these actor × issue pairs. */
  pairs?: { actor: string; issue: string }[];
  /** Only records published after this one (a later document, or the same with a later fact id). */
  after?: RecordMark;
}

/** A record's place in publication order: its document's date, then its fact id. */
export interface RecordMark {
  docDate: string;
  id: number;
}

export const isAfter = (record: RecordMark, mark: RecordMark | undefined): boolean =>
  !mark || record.docDate > mark.docDate || (record.docDate === mark.docDate && record.id > mark.id);

export const cellKey = (actor: string, issue: string): string => `${actor}\u0000${issue}`;
