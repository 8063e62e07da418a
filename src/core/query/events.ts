/**
 * Meetings and the timeline: events across documents in date order. The same event reported by
 * several articles (same type, date, status and place) is one entry with all its sources.
 */
import type { EventStatus, EventType, NegotiationEvent } from '../model.js';
import type { StoredFact, StoreReader } from '../store/store.js';

export interface EventSource {
  docId: string;
  docDate: string;
  text: string;
}

export interface TimelineEntry {
  type: EventType;
  /** ISO date at the text's precision; the document's date when the text gives none. */
  date: string;
  /** True when the date is the publication date, not one the text gives. */
  dateFromDocument: boolean;
  status: EventStatus;
  actors: string[];
  source?: string[];
  target?: string[];
  excluded: string[];
  location?: { name: string; country?: string };
  /** ISO 8601 duration, e.g. PT6H. */
  duration?: string;
  sources: EventSource[];
}

export interface TimelineFilter {
  /** Only this negotiation's events (undefined: the whole store). */
  negotiation?: { id: string };
  since?: string;
  asOf?: string;
  actor?: string;
  types?: EventType[];
  limit?: number;
}

const union = (a: string[] | undefined, b: string[] | undefined): string[] | undefined =>
  a || b ? [...new Set([...(a ?? []), ...(b ?? [])])].sort() : undefined;

/**
 * Two reports are of the same event when type, date and status agree and their places do not
 * contradict each other (one may not name the place): "the talks in Lumen on Tuesday" and "the
 * first round on April 14" are one meeting.
 */
function sameEvent(entry: TimelineEntry, e: NegotiationEvent, date: string): boolean {
  if (entry.type !== e.type || entry.date !== date || entry.status !== (e.status ?? 'held')) return false;
  if (entry.location && e.location) return entry.location.name === e.location.name;
  // Without places to compare, directed events must agree on who acted.
  if (entry.source?.length && e.source?.length) return entry.source.some((a) => e.source?.includes(a));
  return entry.actors.some((a) => e.actors.includes(a));
}

/** Events within the filter, merged across documents, in date order. */
export async function timeline(store: StoreReader, filter: TimelineFilter = {}): Promise<TimelineEntry[]> {
  const facts: StoredFact<NegotiationEvent>[] = await store.events({
    asOf: filter.asOf,
    actor: filter.actor,
    negotiation: filter.negotiation?.id,
  });
  const merged: TimelineEntry[] = [];
  const byKey = new Map<string, TimelineEntry[]>();
  for (const fact of facts) {
    const e = fact.fact;
    if (filter.types && !filter.types.includes(e.type)) continue;
    const date = e.date ?? fact.docDate;
    if (filter.since && date < filter.since) continue;
    const source: EventSource = { docId: fact.docId, docDate: fact.docDate, text: fact.evidenceText };
    const key = `${e.type}|${date}|${e.status ?? 'held'}`;
    const candidates = byKey.get(key) ?? [];
    const entry = candidates.find((m) => sameEvent(m, e, date));
    if (!entry) {
      const created: TimelineEntry = {
        type: e.type,
        date,
        dateFromDocument: !e.date,
        status: e.status ?? 'held',
        actors: [...new Set(e.actors)].sort(),
        source: e.source ? [...e.source] : undefined,
        target: e.target ? [...e.target] : undefined,
        excluded: [...new Set(e.excluded ?? [])].sort(),
        location: e.location ? { name: e.location.name, country: e.location.country } : undefined,
        duration: e.duration,
        sources: [source],
      };
      merged.push(created);
      byKey.set(key, [...candidates, created]);
      continue;
    }
    entry.actors = union(entry.actors, e.actors) ?? [];
    entry.source = union(entry.source, e.source);
    entry.target = union(entry.target, e.target);
    entry.excluded = union(entry.excluded, e.excluded) ?? [];
    entry.duration ??= e.duration;
    entry.location ??= e.location ? { name: e.location.name, country: e.location.country } : undefined;
    if (!entry.sources.some((s) => s.docId === fact.docId)) entry.sources.push(source);
  }
  // A party both present and excluded in different reports was present: keep it among the actors.
  for (const entry of merged.values())
    entry.excluded = entry.excluded.filter((a) => !entry.actors.includes(a));
  placeFromSameMeeting(merged);
  const list = merged.sort(
    (a, b) => a.date.localeCompare(b.date) || a.sources[0].docDate.localeCompare(b.sources[0].docDate),
  );
  return filter.limit ? list.slice(0, filter.limit) : list;
}

/**
 * A meeting is often reported several times as its status changes: planned (with its place),
 * then held or postponed (the later report may not repeat the place). Reports of the same date
 * (or the same month, at the text's precision) with overlapping parties are one meeting: one
 * without a place takes the place the others agree on.
 */
function placeFromSameMeeting(entries: TimelineEntry[]): void {
  const meetings = entries.filter((e) => e.type === 'CONSULT');
  // At least the month on both sides: a year alone says too little to tie two reports together.
  const sameDate = (a: string, b: string) =>
    a.length >= 7 && b.length >= 7 && (a.startsWith(b) || b.startsWith(a));
  for (const entry of meetings) {
    if (entry.location) continue;
    const places = new Map<string, TimelineEntry['location']>();
    for (const other of meetings) {
      if (other === entry || !other.location || !sameDate(entry.date, other.date)) continue;
      if (other.actors.filter((a) => entry.actors.includes(a)).length < Math.min(2, entry.actors.length))
        continue;
      places.set(other.location.name, other.location);
    }
    if (places.size === 1) entry.location = [...places.values()][0];
  }
}

/** Meetings (CONSULT events): who met whom, where, for how long, who was excluded, what was planned. */
export function meetings(
  store: StoreReader,
  filter: Omit<TimelineFilter, 'types'> = {},
): Promise<TimelineEntry[]> {
  return timeline(store, { ...filter, types: ['CONSULT'] });
}

const HOURS = /^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+)M)?$/;

/** "PT4H30M" → "4 h 30 min"; other durations as given. */
export function formatDuration(duration: string | undefined): string | undefined {
  if (!duration) return undefined;
  const m = HOURS.exec(duration);
  if (!m) {
    const days = /^P(\d+)D$/.exec(duration);
    return days ? `${days[1]} day${days[1] === '1' ? '' : 's'}` : duration;
  }
  return [m[1] && `${m[1]} h`, m[2] && `${m[2]} min`].filter(Boolean).join(' ');
}

const EVENT_WORDS: Record<EventType, string> = {
  CONSULT: 'meeting',
  AGREE: 'agreement',
  SANCTION: 'sanctions',
  ACCUSE: 'accusation',
  REQUEST: 'request',
  REJECT: 'rejection',
  THREATEN: 'threat',
};

/**
 * One line for people: "2026-04-14 meeting (held): VSK, ORM, TRS in Lumen (TRS), 6 h; excluded: SKA".
 * A meeting always says whether it was held, planned, postponed or cancelled; other events only
 * when they were not simply held.
 */
export function describeEvent(e: TimelineEntry): string {
  const who =
    e.source?.length && e.target?.length
      ? `${e.source.join(', ')} → ${e.target.join(', ')}`
      : e.actors.join(', ') || 'unknown parties';
  const status = e.type === 'CONSULT' || e.status !== 'held' ? ` (${e.status})` : '';
  const parts = [`${e.date} ${EVENT_WORDS[e.type] ?? e.type}${status}: ${who}`];
  if (e.location) parts[0] += ` in ${e.location.name}${e.location.country ? ` (${e.location.country})` : ''}`;
  const duration = formatDuration(e.duration);
  if (duration) parts[0] += `, ${duration}`;
  if (e.excluded.length) parts.push(`excluded: ${e.excluded.join(', ')}`);
  return parts.join('; ');
}
