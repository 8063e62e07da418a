/**
 * Where each party stands: the actor × issue matrix as of a date, what moved since a date, and
 * the conflicts and common ground per issue. The latest evidence wins; on the same date the
 * stronger source wins (the party's own official on the record > reported by others > anonymous).
 */
import type { NegotiationEntry } from '../codebook/codebook.js';
import { type FactStatus, polarityOf, type Stance } from '../model.js';
import { type PositionRecord, type RecordBound, runOf, type SourceStrength } from '../records.js';
import type { StoreReader } from '../store/store.js';

export interface Evidence {
  docId: string;
  /** The date of the stance (the document's, unless the text dates it). */
  date: string;
  docDate: string;
  text: string;
  strength: SourceStrength;
  speaker?: string;
  stance: Stance;
  redLine: boolean;
  /** The position's fact id (`p` + id in the review commands), and whether a person has checked it. */
  factId: number;
  status: FactStatus;
}

export interface Cell {
  actor: string;
  issue: string;
  about?: string;
  stance: Stance;
  redLine: boolean;
  conditional: boolean;
  /** The date of the latest evidence. */
  date: string;
  /** The date of the earliest evidence of the current stance (since when it has been held). */
  since: string;
  /** How many documents back the current stance (since it was last different). */
  sources: number;
  /** True when `sources` is the cap, not the count: at least that many documents back it. */
  sourcesCapped: boolean;
  strength: SourceStrength;
  evidence: Evidence;
  /** The evidence of the stance held before the current one, if any. */
  previous?: Evidence;
  /** The first evidence of the current stance (the move to it). */
  first: Evidence;
  /** The first evidence of the current stance that calls it a red line. */
  firstRedLine?: Evidence;
  /** The first evidence on the current side (pro or contra) since the holder last took the other. */
  firstOnSide: Evidence;
}

/** The negotiation a question is asked of: its records only, its parties apart from its mediators. */
export type NegotiationScope = Pick<
  NegotiationEntry,
  'id' | 'name' | 'parties' | 'mediators' | 'guarantors' | 'others'
>;

export interface QueryFilter {
  asOf?: string;
  actor?: string;
  issue?: string;
  /** Only this negotiation's facts (undefined: the whole store). */
  negotiation?: NegotiationScope;
}

/** What an actor is to a negotiation: at the table, helping it, or neither (a voice from outside). */
export type ActorRole = 'party' | 'mediator' | 'other';

export function roleIn(negotiation: NegotiationScope, actor: string): ActorRole {
  if (negotiation.parties.includes(actor)) return 'party';
  if (negotiation.mediators.includes(actor) || negotiation.guarantors.includes(actor)) return 'mediator';
  return 'other';
}

/** The record bound of a filter: its dates, actor and issue, and its negotiation's id. */
const boundOf = (filter: QueryFilter): RecordBound => ({
  asOf: filter.asOf,
  actor: filter.actor,
  issue: filter.issue,
  negotiation: filter.negotiation?.id,
});

export interface PositionsMatrix {
  asOf?: string;
  /** The negotiation asked of: its parties and mediators (the matrix lists its parties first). */
  negotiation?: NegotiationScope;
  /** Each actor's role in the negotiation (with one). */
  roles?: Record<string, ActorRole>;
  actors: string[];
  issues: string[];
  cells: Cell[];
}

const evidenceOf = (r: PositionRecord): Evidence => ({
  docId: r.docId,
  date: r.date,
  docDate: r.docDate,
  text: r.evidence,
  strength: r.strength,
  speaker: r.speaker,
  stance: r.stance,
  redLine: r.redLine,
  factId: r.id,
  status: r.status ?? 'machine',
});

/** Beyond this many documents backing one stance, a cell says "100+" rather than count them all. */
export const SOURCES_CAP = 100;

/**
 * A run is the newest records that share the current stance. A red line, once drawn, holds for
 * the whole run: a later restatement that does not repeat the words "red line" does not drop it;
 * only a change of stance does.
 */
async function cellOf(
  records: PositionRecord[],
  truncated: boolean,
  store: StoreReader,
  bound: RecordBound,
  countSources: boolean,
): Promise<Cell> {
  const [latest] = records;
  const { end, sideEnd, firstRedLine } = runOf(records);
  const run = records.slice(0, end);
  const previous = records[end];
  const inRun = new Set(run.map((r) => r.docId)).size;
  // A run too long to list: count its documents (those after the stance before it) up to the
  // cap — unless the records listed already reach it.
  const after = previous && { docDate: previous.docDate, id: previous.id };
  const sources =
    !truncated || !countSources
      ? inRun
      : inRun >= SOURCES_CAP
        ? SOURCES_CAP
        : await store.countPositionRun(
            latest.actor,
            latest.issue,
            latest.stance,
            { ...bound, after },
            SOURCES_CAP,
          );
  const first = run[run.length - 1];
  return {
    actor: latest.actor,
    issue: latest.issue,
    about: run.find((r) => r.about)?.about,
    stance: latest.stance,
    redLine: firstRedLine >= 0,
    conditional: latest.conditional,
    date: latest.date,
    since: first.date,
    sources,
    sourcesCapped: truncated && sources >= SOURCES_CAP,
    strength: latest.strength,
    evidence: evidenceOf(latest),
    previous: previous ? evidenceOf(previous) : undefined,
    first: evidenceOf(first),
    firstRedLine: firstRedLine >= 0 ? evidenceOf(records[firstRedLine]) : undefined,
    firstOnSide: evidenceOf(records[sideEnd - 1]),
  };
}

/** `countSources` false: a long run's documents are not counted (`sources` is then a floor). */
async function cells(store: StoreReader, bound: RecordBound, countSources = true): Promise<Cell[]> {
  const out: Cell[] = [];
  for (const { records, truncated } of (await store.latestPositions(bound)).values())
    out.push(await cellOf(records, truncated, store, bound, countSources));
  return out.sort((a, b) => a.issue.localeCompare(b.issue) || a.actor.localeCompare(b.actor));
}

/** The actors × issues matrix: each cell the current stance, its latest evidence and its backing. */
export async function positionsMatrix(
  store: StoreReader,
  filter: QueryFilter = {},
): Promise<PositionsMatrix> {
  const list = await cells(store, boundOf(filter));
  const actors = [...new Set(list.map((c) => c.actor))].sort();
  const { negotiation } = filter;
  if (!negotiation) return { asOf: filter.asOf, actors, issues: issuesOf(list), cells: list };
  // Parties first, then mediators, then the other voices.
  const order: ActorRole[] = ['party', 'mediator', 'other'];
  const roles = Object.fromEntries(actors.map((a) => [a, roleIn(negotiation, a)]));
  return {
    asOf: filter.asOf,
    negotiation: scopeOf(negotiation),
    roles,
    actors: actors.sort((a, b) => order.indexOf(roles[a]) - order.indexOf(roles[b])),
    issues: issuesOf(list),
    cells: list,
  };
}

const issuesOf = (list: Cell[]): string[] => [...new Set(list.map((c) => c.issue))].sort();

/** Only what a scope is made of (an entry from a codebook carries its rules too). */
export const scopeOf = (n: NegotiationScope): NegotiationScope => ({
  id: n.id,
  name: n.name,
  parties: n.parties,
  mediators: n.mediators,
  guarantors: n.guarantors,
  others: n.others,
});

/** One actor × issue's stances over time, oldest first. */
export async function positionHistory(
  store: StoreReader,
  actor: string,
  issue: string,
  asOf?: string,
  negotiation?: NegotiationScope,
): Promise<Evidence[]> {
  return (await store.positionRecords({ actor, issue, asOf, negotiation: negotiation?.id }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id))
    .map(evidenceOf);
}

export type ChangeKind = 'new-demand' | 'new-position' | 'hardening' | 'softening';

export interface Change {
  actor: string;
  issue: string;
  kind: ChangeKind;
  /** A red line drawn or dropped by this move. */
  redLine?: 'drawn' | 'dropped';
  /** When the new stance was first seen. */
  date: string;
  before?: Evidence;
  after: Evidence;
  /** The latest evidence of the new stance. */
  latest: Evidence;
  /** A sentence that says what moved, for people. */
  summary: string;
}

export interface ChangesReport {
  since: string;
  asOf?: string;
  negotiation?: NegotiationScope;
  changes: Change[];
  /** Issues no party had taken a stance on before `since`. */
  newIssues: { issue: string; date: string; actors: string[]; evidence: Evidence }[];
}

/**
 * How much a pro stance asks for: a demand ("must") asks more than an offer, an acceptance or an
 * openness, which differ in wording more than in substance; so only a move to or from a demand
 * counts as hardening or softening within the pro side.
 */
const PRO_LEVEL: Record<Stance, number> = { reject: 0, open: 1, accept: 1, propose: 1, demand: 2 };

/** The direction of a move from `before` to `after` (undefined: no move). */
export function moveBetween(
  before: { stance: Stance; redLine: boolean },
  after: { stance: Stance; redLine: boolean },
): { kind: 'hardening' | 'softening'; redLine?: 'drawn' | 'dropped' } | undefined {
  const redLine = before.redLine === after.redLine ? undefined : after.redLine ? 'drawn' : 'dropped';
  const from = polarityOf(before.stance);
  const to = polarityOf(after.stance);
  if (from !== to) return { kind: to === 'contra' ? 'hardening' : 'softening', redLine };
  if (to === 'pro' && PRO_LEVEL[before.stance] !== PRO_LEVEL[after.stance])
    return { kind: PRO_LEVEL[after.stance] > PRO_LEVEL[before.stance] ? 'hardening' : 'softening', redLine };
  if (redLine) return { kind: redLine === 'drawn' ? 'hardening' : 'softening', redLine };
  return undefined;
}

function describe(change: Omit<Change, 'summary'>): string {
  const stance = (e: Evidence) => `${e.stance}${e.redLine ? ' (red line)' : ''}`;
  const on = `${change.actor} on ${change.issue}`;
  switch (change.kind) {
    case 'new-demand':
      return `${on}: new demand${change.after.redLine ? ' (red line)' : ''}`;
    case 'new-position':
      return `${on}: new position, ${stance(change.after)}`;
    default: {
      const dropped = change.redLine === 'dropped' ? ', red line dropped' : '';
      const drawn = change.redLine === 'drawn' ? ', red line drawn' : '';
      const before = change.before ? stance(change.before) : '—';
      return `${on}: ${change.kind} from ${before} to ${stance(change.after)}${dropped}${drawn}`;
    }
  }
}

/**
 * What moved since `since`: each actor × issue's stance before that date compared with its stance
 * as of `asOf` (default: everything stored), with the evidence on both sides.
 */
export async function changesSince(
  store: StoreReader,
  since: string,
  filter: QueryFilter = {},
): Promise<ChangesReport> {
  const bound = boundOf(filter);
  const now = await cells(store, bound);
  // Only a cell with evidence since the date can have moved; the others are as they were before.
  // Of those, only the stance, red line and evidence before the date are compared: their sources
  // are not counted.
  const recent = now.filter((c) => c.date >= since);
  const before = new Map(
    (recent.length ? await cells(store, { ...bound, before: since, pairs: recent }, false) : []).map((c) => [
      `${c.actor}\u0000${c.issue}`,
      c,
    ]),
  );
  const changes: Change[] = [];
  for (const cell of now) {
    if (cell.date < since) continue; // no evidence since the date: nothing moved
    const old = before.get(`${cell.actor}\u0000${cell.issue}`);
    let change: Omit<Change, 'summary'> | undefined;
    if (!old) {
      change = {
        actor: cell.actor,
        issue: cell.issue,
        kind: cell.stance === 'demand' ? 'new-demand' : 'new-position',
        date: cell.since < since ? since : cell.since,
        after: cell.first.date >= since ? cell.first : cell.evidence,
        latest: cell.evidence,
      };
    } else {
      const move = moveBetween(old, cell);
      if (move) {
        // The evidence of the move: where the holder crossed to the other side (later wavering
        // between "open" and "propose" does not move that date), where the new stance starts, or
        // where the red line is drawn.
        const moved =
          polarityOf(old.stance) !== polarityOf(cell.stance)
            ? cell.firstOnSide
            : old.stance !== cell.stance
              ? cell.first
              : (cell.firstRedLine ?? cell.evidence);
        const after = moved.date >= since ? moved : cell.evidence;
        change = {
          actor: cell.actor,
          issue: cell.issue,
          kind: move.kind,
          redLine: move.redLine,
          date: after.date,
          before: old.evidence,
          after,
          latest: cell.evidence,
        };
      }
    }
    if (change) changes.push({ ...change, summary: describe(change) });
  }
  changes.sort((a, b) => a.date.localeCompare(b.date) || a.actor.localeCompare(b.actor));

  const issuesBefore = new Set([
    ...[...before.values()].map((c) => c.issue),
    ...now.filter((c) => c.date < since).map((c) => c.issue),
  ]);
  const newIssues = new Map<string, ChangesReport['newIssues'][number]>();
  for (const cell of now) {
    if (issuesBefore.has(cell.issue)) continue;
    // When the issue came onto the table: the cell's earliest evidence since the date, which may
    // be of a stance the holder has since left (a demand later accepted), not of its current one.
    const earliest = (await store.positionRecords({ ...bound, actor: cell.actor, issue: cell.issue }))
      .filter((r) => r.date >= since)
      .reduce<PositionRecord | undefined>(
        (a, r) => (!a || r.date < a.date || (r.date === a.date && r.id < a.id) ? r : a),
        undefined,
      );
    const first = earliest ? evidenceOf(earliest) : cell.first;
    const entry = newIssues.get(cell.issue);
    if (!entry) {
      newIssues.set(cell.issue, {
        issue: cell.issue,
        date: first.date,
        actors: [cell.actor],
        evidence: first,
      });
    } else {
      entry.actors.push(cell.actor);
      if (first.date < entry.date) Object.assign(entry, { date: first.date, evidence: first });
    }
  }
  return {
    since,
    asOf: filter.asOf,
    ...(filter.negotiation ? { negotiation: scopeOf(filter.negotiation) } : {}),
    changes,
    newIssues: [...newIssues.values()].sort((a, b) => a.date.localeCompare(b.date)),
  };
}

export interface SideEntry {
  actor: string;
  stance: Stance;
  redLine: boolean;
  date: string;
  evidence: Evidence;
}

export interface IssueConflict {
  issue: string;
  about?: string;
  for: SideEntry[];
  against: SideEntry[];
  /** Pairs of red lines on opposite sides: [pro actor, contra actor]. */
  redLineCollisions: [string, string][];
  /** Every party that spoke stands on the same side (at least two parties). */
  commonGround?: 'for' | 'against';
  contested: boolean;
  /**
   * Asked of a negotiation: the stances of its mediators and of others who are not at the table,
   * shown as theirs; `for`, `against`, the collisions and common ground are the parties' alone.
   */
  mediators?: SideEntry[];
  others?: SideEntry[];
}

export interface ConflictsReport {
  asOf?: string;
  negotiation?: NegotiationScope;
  issues: IssueConflict[];
}

/** Per issue: who is for and who is against, colliding red lines, and common ground. */
export async function conflicts(store: StoreReader, filter: QueryFilter = {}): Promise<ConflictsReport> {
  return conflictsOf(await positionsMatrix(store, filter));
}

/** The conflicts of a matrix already computed (the brief shows both). */
export function conflictsOf(matrix: PositionsMatrix): ConflictsReport {
  const byIssue = new Map<string, Cell[]>();
  for (const cell of matrix.cells) {
    const list = byIssue.get(cell.issue) ?? [];
    list.push(cell);
    byIssue.set(cell.issue, list);
  }
  const issues: IssueConflict[] = [];
  const { negotiation } = matrix;
  for (const [issue, cellsOfIssue] of byIssue) {
    const entry = (c: Cell): SideEntry => ({
      actor: c.actor,
      stance: c.stance,
      redLine: c.redLine,
      date: c.date,
      evidence: c.evidence,
    });
    // Of a negotiation, the parties' stances make the conflict; the mediators' are shown apart.
    const list = negotiation
      ? cellsOfIssue.filter((c) => roleIn(negotiation, c.actor) === 'party')
      : cellsOfIssue;
    const apart = (role: ActorRole) =>
      negotiation
        ? { [`${role}s`]: cellsOfIssue.filter((c) => roleIn(negotiation, c.actor) === role).map(entry) }
        : {};
    if (!list.length && negotiation) continue;
    const pro = list.filter((c) => polarityOf(c.stance) === 'pro').map(entry);
    const contra = list.filter((c) => polarityOf(c.stance) === 'contra').map(entry);
    const redLineCollisions: [string, string][] = [];
    for (const p of pro.filter((e) => e.redLine))
      for (const c of contra.filter((e) => e.redLine)) redLineCollisions.push([p.actor, c.actor]);
    const contested = pro.length > 0 && contra.length > 0;
    const commonGround = list.length >= 2 && !contested ? (pro.length ? 'for' : 'against') : undefined;
    issues.push({
      issue,
      about: list.find((c) => c.about)?.about,
      for: pro,
      against: contra,
      redLineCollisions,
      commonGround,
      contested,
      ...apart('mediator'),
      ...apart('other'),
    });
  }
  // Red-line collisions first, then other contested issues, then common ground.
  const weight = (i: IssueConflict) => (i.redLineCollisions.length ? 0 : i.contested ? 1 : 2);
  issues.sort((a, b) => weight(a) - weight(b) || a.issue.localeCompare(b.issue));
  return { asOf: matrix.asOf, ...(negotiation ? { negotiation } : {}), issues };
}
