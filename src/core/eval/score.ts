/**
 * Scoring a prediction against gold, exactly as FORMAT.md says: one-to-one greedy matching, best
 * pair first, within one article; micro-averaged totals over articles.
 */
import {
  type GoldEvent,
  type GoldLike,
  type GoldPosition,
  type GoldStatement,
  LAYERS,
  type Layer,
} from './gold.js';

/** Tokens: maximal runs of Unicode letters and digits, lower-cased. */
export function scoreTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Token F1 of two bags of tokens (multiset overlap). */
export function tokenF1(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of b) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      overlap++;
      counts.set(t, n - 1);
    }
  }
  if (overlap === 0) return 0;
  const p = overlap / b.length;
  const r = overlap / a.length;
  return (2 * p * r) / (p + r);
}

/** Words that name nobody by themselves (pronouns, and the relatives that stand for a speaker). */
export const PRONOUNS = new Set([
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'him',
  'her',
  'them',
  'us',
  'me',
  'who',
  'which',
  'that',
]);

/** Speakers match when their token sets, less "the", are equal or one holds the other. */
export function speakersMatch(gold: string, predicted: string): boolean {
  const g = new Set(scoreTokens(gold).filter((t) => t !== 'the'));
  const p = new Set(scoreTokens(predicted).filter((t) => t !== 'the'));
  // A gold speaker that is a bare pronoun (the corpus names nobody) matches any speaker.
  if (g.size === 1 && PRONOUNS.has([...g][0]) && scoreTokens(gold).length === 1) return true;
  if (g.size === 0 || p.size === 0) return false;
  const holds = (a: Set<string>, b: Set<string>) => [...b].every((t) => a.has(t));
  return holds(g, p) || holds(p, g);
}

export const actorSet = (actor: string | string[] | null | undefined): string[] =>
  actor == null ? [] : [...new Set(Array.isArray(actor) ? actor : [actor])].sort();

export const sameActors = (
  a: string | string[] | null | undefined,
  b: string | string[] | null | undefined,
) => actorSet(a).join('|') === actorSet(b).join('|');

/** Greedy one-to-one matching, best pair first; pairs scoring below `floor` never match. */
export function greedyMatch(
  nPred: number,
  nGold: number,
  score: (p: number, g: number) => number,
  floor: number,
): Array<[number, number, number]> {
  const pairs: Array<[number, number, number]> = [];
  for (let p = 0; p < nPred; p++)
    for (let g = 0; g < nGold; g++) {
      const s = score(p, g);
      if (s >= floor) pairs.push([p, g, s]);
    }
  pairs.sort((x, y) => y[2] - x[2] || x[1] - y[1] || x[0] - y[0]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: Array<[number, number, number]> = [];
  for (const pair of pairs) {
    if (usedP.has(pair[0]) || usedG.has(pair[1])) continue;
    usedP.add(pair[0]);
    usedG.add(pair[1]);
    out.push(pair);
  }
  return out;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface StatementCounts extends Counts {
  /** Matched pairs whose speakers also match. */
  speakerMatches: number;
  /** Matched pairs with the same actor set. */
  actorMatches: number;
}

export interface PositionCounts extends Counts {
  /** Matched positions whose exact stance also agrees. */
  exactStance: number;
}

export interface DocumentScore {
  id: string;
  file?: string;
  scope: Layer[];
  statements?: StatementCounts;
  positions?: PositionCounts;
  events?: Counts;
}

/** Statement pairs [predicted, gold] as FORMAT.md matches them: token F1 ≥ .5, best pair first. */
export function matchStatements(
  gold: GoldStatement[],
  pred: GoldStatement[],
): Array<[number, number, number]> {
  const goldTokens = gold.map((s) => scoreTokens(s.content));
  const predTokens = pred.map((s) => scoreTokens(s.content));
  // Ties in content are broken in favour of the pair whose speakers agree.
  return greedyMatch(
    pred.length,
    gold.length,
    (p, g) => {
      const f = tokenF1(goldTokens[g], predTokens[p]);
      return f + (f > 0 && speakersMatch(gold[g].speaker, pred[p].speaker) ? 1e-6 : 0);
    },
    0.5,
  );
}

export function scoreStatements(gold: GoldStatement[], pred: GoldStatement[]) {
  const matches = matchStatements(gold, pred);
  const counts: StatementCounts = {
    tp: matches.length,
    fp: pred.length - matches.length,
    fn: gold.length - matches.length,
    speakerMatches: 0,
    actorMatches: 0,
  };
  for (const [p, g] of matches) {
    if (speakersMatch(gold[g].speaker, pred[p].speaker)) counts.speakerMatches++;
    if (sameActors(gold[g].actor, pred[p].actor)) counts.actorMatches++;
  }
  return counts;
}

/** A position as scoring compares it: its actor, issue and polarity (pro or contra). */
export const positionKey = (p: GoldPosition) =>
  `${p.actor}|${p.issue}|${p.stance === 'reject' ? 'contra' : 'pro'}`;

/** Positions are sets per article: same actor, issue and polarity count once. */
export function scorePositions(gold: GoldPosition[], pred: GoldPosition[]): PositionCounts {
  const group = (list: GoldPosition[]) => {
    const m = new Map<string, Set<string>>();
    for (const p of list) {
      const k = positionKey(p);
      if (!m.has(k)) m.set(k, new Set());
      m.get(k)?.add(p.stance);
    }
    return m;
  };
  const g = group(gold);
  const p = group(pred);
  let tp = 0;
  let exactStance = 0;
  for (const [k, stances] of p) {
    const goldStances = g.get(k);
    if (!goldStances) continue;
    tp++;
    if ([...stances].some((s) => goldStances.has(s))) exactStance++;
  }
  return { tp, fp: p.size - tp, fn: g.size - tp, exactStance };
}

export function jaccard(a: string[], b: string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  if (A.size === 0 && B.size === 0) return 1;
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  return inter / (A.size + B.size - inter);
}

/** Same date at gold's precision: the prediction must be at least as precise and agree. */
export const sameDate = (gold: string | undefined, pred: string | undefined) =>
  gold === undefined || (pred !== undefined && pred.slice(0, gold.length) === gold);

/** Event pairs [predicted, gold]: same type, gold's date at its precision, actors' Jaccard ≥ .5. */
export function matchEvents(gold: GoldEvent[], pred: GoldEvent[]): Array<[number, number, number]> {
  return greedyMatch(
    pred.length,
    gold.length,
    (p, g) => {
      if (pred[p].type !== gold[g].type || !sameDate(gold[g].date, pred[p].date)) return -1;
      return jaccard(pred[p].actors, gold[g].actors);
    },
    0.5,
  );
}

export function scoreEvents(gold: GoldEvent[], pred: GoldEvent[]): Counts {
  const matches = matchEvents(gold, pred);
  return { tp: matches.length, fp: pred.length - matches.length, fn: gold.length - matches.length };
}

/** Score one article; only the layers in `scope` are scored. */
export function scoreDocument(
  gold: GoldLike,
  pred: GoldLike,
  scope: readonly Layer[] = gold.scope ?? LAYERS,
): DocumentScore {
  const out: DocumentScore = { id: gold.id ?? pred.id ?? '', scope: [...scope] };
  if (scope.includes('statements')) {
    out.statements = scoreStatements(gold.statements, pred.statements);
  }
  if (scope.includes('positions')) out.positions = scorePositions(gold.positions, pred.positions);
  if (scope.includes('events')) out.events = scoreEvents(gold.events, pred.events);
  return out;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export interface LayerTotals {
  documents: number;
  statements?: StatementCounts & {
    detection: PRF;
    attributed: PRF;
    attributionAccuracy: number;
    actorAccuracy: number;
  };
  positions?: PositionCounts & { polarity: PRF; exactStanceAccuracy: number };
  events?: Counts & PRF;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** Micro-averaged totals: sum the counts of every article, then compute the rates once. */
export function totals(scores: DocumentScore[]): LayerTotals {
  const out: LayerTotals = { documents: scores.length };
  const st = scores.flatMap((s) => (s.statements ? [s.statements] : []));
  if (st.length) {
    const c = st.reduce(
      (a, s) => ({
        tp: a.tp + s.tp,
        fp: a.fp + s.fp,
        fn: a.fn + s.fn,
        speakerMatches: a.speakerMatches + s.speakerMatches,
        actorMatches: a.actorMatches + s.actorMatches,
      }),
      { tp: 0, fp: 0, fn: 0, speakerMatches: 0, actorMatches: 0 },
    );
    out.statements = {
      ...c,
      detection: prf(c.tp, c.fp, c.fn),
      // A pair counts only if its speaker also matches; the rest are both a miss and a false alarm.
      attributed: prf(c.speakerMatches, c.fp + c.tp - c.speakerMatches, c.fn + c.tp - c.speakerMatches),
      attributionAccuracy: ratio(c.speakerMatches, c.tp),
      actorAccuracy: ratio(c.actorMatches, c.tp),
    };
  }
  const po = scores.flatMap((s) => (s.positions ? [s.positions] : []));
  if (po.length) {
    const c = po.reduce(
      (a, s) => ({
        tp: a.tp + s.tp,
        fp: a.fp + s.fp,
        fn: a.fn + s.fn,
        exactStance: a.exactStance + s.exactStance,
      }),
      { tp: 0, fp: 0, fn: 0, exactStance: 0 },
    );
    out.positions = {
      ...c,
      polarity: prf(c.tp, c.fp, c.fn),
      exactStanceAccuracy: ratio(c.exactStance, c.tp),
    };
  }
  const ev = scores.flatMap((s) => (s.events ? [s.events] : []));
  if (ev.length) {
    const c = ev.reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), {
      tp: 0,
      fp: 0,
      fn: 0,
    });
    out.events = { ...c, ...prf(c.tp, c.fp, c.fn) };
  }
  return out;
}
