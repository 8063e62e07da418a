/**
 * What a round of the watch added, as alerts: the positions matrix before the round and after it
 * compared cell by cell (a new stance, hardening or softening, a red line drawn or dropped, with
 * the evidence on both sides), and the events of the documents the round stored (meetings planned,
 * postponed, cancelled or held, agreements, sanctions). Each candidate is matched against the
 * rules; one that matches carries its evidence, its sources and links to the reader.
 */
import type { NegotiationEvent } from '../model.js';
import { type Cell, type Evidence, moveBetween, positionsMatrix } from '../query/positions.js';
import type { StoreReader } from '../store/store.js';
import type { AlertKind, NewAlert } from '../store/watch-state.js';
import type { AlertRules } from './config.js';

/** The matrix's cells by actor × issue, as a round finds them. */
export type Snapshot = Map<string, Cell>;

const cellKey = (actor: string, issue: string) => `${actor}\u0000${issue}`;

export async function snapshot(store: StoreReader): Promise<Snapshot> {
  const matrix = await positionsMatrix(store);
  return new Map(matrix.cells.map((c) => [cellKey(c.actor, c.issue), c]));
}

export interface AlertEvidence {
  docId: string;
  date: string;
  text: string;
  stance?: string;
  redLine?: boolean;
  speaker?: string;
  /** The passage in the dashboard's reader. */
  link: string;
}

export interface AlertSource {
  docId: string;
  date: string;
  title?: string;
  url?: string;
  source?: string;
}

/** What an alert's `detail` holds. */
export interface AlertDetail {
  /** Every kind the change is (a move to rejection that draws a red line: hardening and red-line-drawn). */
  kinds: AlertKind[];
  before?: AlertEvidence;
  after: AlertEvidence;
  sources: AlertSource[];
  /** Events: the type, status, place and parties. */
  event?: { type: string; status?: string; date?: string; place?: string; actors: string[] };
  /** The negotiations the change is of (an event's; a stance's when a rule asks for them). */
  negotiations?: string[];
}

/** A change a round found, before the rules are applied. */
export interface Candidate {
  key: string;
  kinds: AlertKind[];
  actors: string[];
  issue?: string;
  date: string;
  summary: string;
  before?: Evidence;
  after: Evidence;
  event?: { fact: NegotiationEvent; docId: string; docDate: string; text: string };
  /** The negotiations of the fact behind the change (the event, or the stance's evidence); found when a rule asks. */
  negotiations?: string[];
}

/** The moves between two snapshots of the matrix. */
export function matrixChanges(before: Snapshot, after: Snapshot): Candidate[] {
  const out: Candidate[] = [];
  for (const [key, cell] of after) {
    const old = before.get(key);
    const on = `${cell.actor} on ${cell.issue}`;
    const stance = (e: { stance: string; redLine: boolean }) =>
      `${e.stance}${e.redLine ? ' (red line)' : ''}`;
    if (!old) {
      out.push({
        key: `new-stance:${cell.actor}:${cell.issue}:${cell.first.docId}:${cell.stance}`,
        kinds: cell.redLine ? ['new-stance', 'red-line-drawn'] : ['new-stance'],
        actors: [cell.actor],
        issue: cell.issue,
        date: cell.first.date,
        summary: `${on}: new stance, ${stance(cell)}`,
        after: cell.first,
      });
      continue;
    }
    const move = moveBetween(old, cell);
    if (!move) continue;
    const kinds: AlertKind[] = [];
    if (move.redLine) kinds.push(move.redLine === 'drawn' ? 'red-line-drawn' : 'red-line-dropped');
    kinds.push(move.kind);
    const evidence = old.stance !== cell.stance ? cell.first : (cell.firstRedLine ?? cell.evidence);
    const redLine = move.redLine ? `, red line ${move.redLine}` : '';
    out.push({
      key: `move:${cell.actor}:${cell.issue}:${evidence.docId}:${cell.stance}:${cell.redLine}`,
      kinds,
      actors: [cell.actor],
      issue: cell.issue,
      date: evidence.date,
      summary: `${on}: ${move.kind} from ${stance(old)} to ${stance(cell)}${redLine}`,
      before: old.evidence,
      after: evidence,
    });
  }
  return out;
}

const EVENT_KINDS: Record<string, AlertKind | undefined> = {
  'CONSULT:planned': 'meeting-planned',
  'CONSULT:postponed': 'meeting-postponed',
  'CONSULT:cancelled': 'meeting-cancelled',
  'CONSULT:held': 'meeting-held',
};

function eventKind(event: NegotiationEvent): AlertKind | undefined {
  if (event.type === 'AGREE') return 'agreement';
  if (event.type === 'SANCTION') return 'sanction';
  return EVENT_KINDS[`${event.type}:${event.status ?? 'held'}`];
}

const EVENT_WORDS: Record<string, string> = {
  'meeting-planned': 'meeting planned',
  'meeting-postponed': 'meeting postponed',
  'meeting-cancelled': 'meeting cancelled',
  'meeting-held': 'meeting held',
  agreement: 'agreement',
  sanction: 'sanction',
};

/** The events of newly stored documents that alerts are raised for. */
export async function eventChanges(store: StoreReader, docIds: string[]): Promise<Candidate[]> {
  const out: Candidate[] = [];
  for (const docId of docIds) {
    for (const fact of await store.events({ docId })) {
      const event = fact.fact;
      const kind = eventKind(event);
      if (!kind) continue;
      const date = event.date ?? fact.docDate;
      const place = event.location?.name;
      const who = (event.source?.length ? event.source : event.actors).join(', ');
      // The same meeting in a second report is the same alert (as the timeline merges them).
      const same = place ?? [...event.actors].sort().join('+');
      out.push({
        key: `event:${kind}:${date}:${same}`,
        kinds: [kind],
        actors: event.actors,
        date,
        summary: `${EVENT_WORDS[kind]}${who ? `: ${who}` : ''}${event.target?.length ? ` on ${event.target.join(', ')}` : ''}${place ? ` in ${place}` : ''} (${date})`,
        after: {
          docId,
          date,
          docDate: fact.docDate,
          text: fact.evidenceText,
          strength: 'reported',
          stance: 'open',
          redLine: false,
          factId: fact.id,
          status: event.review?.status ?? 'machine',
        },
        event: { fact: event, docId, docDate: fact.docDate, text: fact.evidenceText },
        negotiations: event.negotiations ?? [],
      });
    }
  }
  return out;
}

/** The rules a candidate matches. */
export function matchingRules(candidate: Candidate, rules: AlertRules['rules']): AlertRules['rules'] {
  return rules.filter(
    (rule) =>
      (!rule.kinds || rule.kinds.some((k) => candidate.kinds.includes(k))) &&
      (!rule.parties || rule.parties.some((p) => candidate.actors.includes(p))) &&
      // Events have no issue: an issue filter does not hold them back.
      (!rule.issues || candidate.issue === undefined || rule.issues.includes(candidate.issue)) &&
      (!rule.negotiations || rule.negotiations.some((n) => candidate.negotiations?.includes(n))),
  );
}

/** The negotiations a change is of: the event's, or those of the position its evidence is. */
async function negotiationsOf(store: StoreReader, candidate: Candidate): Promise<string[]> {
  if (candidate.negotiations) return candidate.negotiations;
  const fact = await store.fact('position', candidate.after.factId);
  return fact?.fact.negotiations ?? [];
}

/** A passage's address in the reader: the evidence's span in its document, when it is found. */
async function readerLink(
  store: StoreReader,
  reader: string,
  evidence: Evidence,
  candidate: Candidate,
): Promise<string> {
  const base = `${reader}/documents/${encodeURIComponent(evidence.docId)}`;
  let span: { start: number; end: number } | undefined;
  if (candidate.event && candidate.event.docId === evidence.docId) span = candidate.event.fact.evidence;
  else if (candidate.issue) {
    const facts = await store.positions({ docId: evidence.docId, issue: candidate.issue });
    span = facts.find((f) => f.fact.actor === candidate.actors[0] && f.evidenceText === evidence.text)?.fact
      .evidence;
  }
  return span ? `${base}?start=${span.start}&end=${span.end}#evidence` : base;
}

/** The alerts of these candidates that the rules match, with their evidence, sources and links. */
export async function alertsFor(
  store: StoreReader,
  candidates: Candidate[],
  config: Pick<AlertRules, 'rules' | 'channels' | 'reader'>,
): Promise<NewAlert[]> {
  const out: NewAlert[] = [];
  const byNegotiation = config.rules.some((rule) => rule.negotiations);
  for (const found of candidates) {
    const candidate = byNegotiation ? { ...found, negotiations: await negotiationsOf(store, found) } : found;
    const rules = matchingRules(candidate, config.rules);
    if (!rules.length) continue;
    const channels = [...new Set(rules.flatMap((r) => r.deliver ?? Object.keys(config.channels)))].sort();
    const evidence = async (e: Evidence): Promise<AlertEvidence> => ({
      docId: e.docId,
      date: e.date,
      text: e.text,
      ...(candidate.event ? {} : { stance: e.stance, redLine: e.redLine, speaker: e.speaker }),
      link: await readerLink(store, config.reader, e, candidate),
    });
    const sources: AlertSource[] = [];
    for (const e of [candidate.after, candidate.before]) {
      if (!e || sources.some((s) => s.docId === e.docId)) continue;
      const doc = await store.getDocument(e.docId);
      sources.push({
        docId: e.docId,
        date: e.docDate,
        title: doc?.title,
        url: doc?.url,
        source: doc?.source,
      });
    }
    const event = candidate.event?.fact;
    const detail: AlertDetail = {
      kinds: candidate.kinds,
      before: candidate.before ? await evidence(candidate.before) : undefined,
      after: await evidence(candidate.after),
      sources,
      event: event && {
        type: event.type,
        status: event.status,
        date: event.date,
        place: event.location?.name,
        actors: event.actors,
      },
      ...(candidate.negotiations?.length ? { negotiations: candidate.negotiations } : {}),
    };
    out.push({
      key: candidate.key,
      kind: candidate.kinds[0],
      actor: candidate.actors[0],
      issue: candidate.issue,
      date: candidate.date,
      summary: candidate.summary,
      detail,
      rules: rules.map((r) => r.name),
      channels,
    });
  }
  return out;
}
