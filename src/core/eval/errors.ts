/**
 * Why extraction lost an item: each miss and false alarm of one article, put in a class that says
 * which part of the pipeline to look at (a cue not known, a speaker unresolved, an issue not
 * recognised, a polarity wrong, an event type missed…). `parley eval --errors` counts them over a
 * set of articles, so the next person sees where recall and precision are lost.
 */
import { issueMatcher } from '../code/issues.js';
import { docIndex, mentionCodes, slotLookup, tokenRange } from '../code/textindex.js';
import type { ParleyDocument, PipelineContext, Span } from '../model.js';
import type { GoldEvent, GoldLike, GoldPosition, GoldStatement, Layer } from './gold.js';
import {
  actorSet,
  jaccard,
  matchEvents,
  matchStatements,
  sameActors,
  sameDate,
  scoreTokens,
  speakersMatch,
  tokenF1,
} from './score.js';

export type ErrorLayer = Layer;

export interface ClassifiedError {
  layer: ErrorLayer;
  kind: 'missed' | 'spurious' | 'misattributed';
  /** What went wrong, in words that point to the stage to look at. */
  class: string;
  gold?: GoldStatement | GoldPosition | GoldEvent;
  predicted?: GoldStatement | GoldPosition | GoldEvent;
  /** The rule that produced the predicted position or event (its provenance), where there is one. */
  rule?: string;
}

/** Where a span of the gold file lies in the article (letters and digits compared), if it does. */
export function locate(text: string, quoted: string): Span | undefined {
  const words = scoreTokens(quoted.split(/\.\.\.|…/)[0] ?? '');
  if (words.length === 0) return undefined;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(escaped.join('[^\\p{L}\\p{N}]+'), 'iu');
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** The sentences (character span) that hold a located span. */
function sentencesAround(doc: ParleyDocument, span: Span): Span {
  const inside = doc.sentences.filter((s) => s.end > span.start && s.start < span.end);
  return inside.length ? { start: inside[0].start, end: inside[inside.length - 1].end } : span;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const PRONOUN = /^(he|she|they|it|we|i|you)$/i;
const polarity = (p: GoldPosition) => (p.stance === 'reject' ? 'contra' : 'pro');

function statementErrors(
  doc: ParleyDocument,
  gold: GoldStatement[],
  pred: GoldStatement[],
): ClassifiedError[] {
  const out: ClassifiedError[] = [];
  const goldTokens = gold.map((s) => scoreTokens(s.content));
  const predTokens = pred.map((s) => scoreTokens(s.content));
  const predSpans = pred.map((s) => locate(doc.text, s.content));
  const matches = new Map<number, number>();
  const matchedPred = new Set<number>();
  for (const [p, g] of matchStatements(gold, pred)) {
    matches.set(g, p);
    matchedPred.add(p);
  }
  gold.forEach((s, g) => {
    const p = matches.get(g);
    if (p === undefined) {
      const where = locate(doc.text, s.content);
      const sentence = where ? sentencesAround(doc, where) : undefined;
      const near = pred.some(
        (_, q) =>
          !matchedPred.has(q) &&
          (tokenF1(goldTokens[g], predTokens[q]) > 0.2 ||
            (sentence !== undefined &&
              predSpans[q] !== undefined &&
              overlaps(sentence, predSpans[q] as Span))),
      );
      out.push({
        layer: 'statements',
        kind: 'missed',
        class: near ? 'content boundary (split or cut differently)' : 'cue or construction not known',
        gold: s,
      });
      return;
    }
    const q = pred[p];
    if (!speakersMatch(s.speaker, q.speaker))
      out.push({
        layer: 'statements',
        kind: 'misattributed',
        class: PRONOUN.test(q.speaker.trim()) || !q.speaker.trim() ? 'speaker unresolved' : 'speaker wrong',
        gold: s,
        predicted: q,
      });
    else if (!sameActors(s.actor, q.actor))
      out.push({
        layer: 'statements',
        kind: 'misattributed',
        class: actorSet(q.actor).length === 0 ? 'speaker’s party not found' : 'speaker’s party wrong',
        gold: s,
        predicted: q,
      });
  });
  pred.forEach((q, p) => {
    if (matchedPred.has(p)) return;
    const near = gold.some((_, g) => !matches.has(g) && tokenF1(goldTokens[g], predTokens[p]) > 0.2);
    out.push({
      layer: 'statements',
      kind: 'spurious',
      class: near ? 'content boundary (split or cut differently)' : 'not a statement in gold',
      predicted: q,
    });
  });
  return out;
}

function positionErrors(
  doc: ParleyDocument,
  ctx: PipelineContext,
  gold: GoldPosition[],
  pred: GoldPosition[],
): ClassifiedError[] {
  const out: ClassifiedError[] = [];
  const key = (p: GoldPosition) => `${p.actor}|${p.issue}|${polarity(p)}`;
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(pred.map(key));
  const present = new Set(doc.mentions.flatMap((m) => mentionCodes(doc, m)));
  const index = docIndex(doc, ctx);
  const matcher = issueMatcher(ctx);
  const actorAt = slotLookup(index);
  /** Issues the codebook's patterns find in a character span. */
  const issuesIn = (span: Span): Set<string> => {
    const { from, to } = tokenRange(index.tokens, span.start, span.end);
    return new Set(
      matcher.matchAll({ tokens: index.tokens, from, to, actorAt }).map((m) => m.pattern.payload.issue),
    );
  };
  const seen = new Set<string>();
  for (const g of gold) {
    const k = key(g);
    if (predKeys.has(k) || seen.has(k)) continue;
    seen.add(k);
    const opposite = `${g.actor}|${g.issue}|${polarity(g) === 'pro' ? 'contra' : 'pro'}`;
    const where = g.evidence ? locate(doc.text, g.evidence) : undefined;
    const sentence = where ? sentencesAround(doc, where) : undefined;
    let cls: string;
    if (predKeys.has(opposite)) cls = 'polarity wrong';
    else if (!present.has(g.actor)) cls = 'holder not recognised as an actor';
    else if (sentence && !issuesIn(sentence).has(g.issue)) cls = 'issue not recognised';
    else if (
      sentence &&
      pred.some((p) => {
        const at = p.evidence ? locate(doc.text, p.evidence) : undefined;
        return (
          p.issue === g.issue && polarity(p) === polarity(g) && at !== undefined && overlaps(at, sentence)
        );
      })
    )
      cls = 'holder wrong';
    else cls = 'stance cue or construction not read';
    out.push({ layer: 'positions', kind: 'missed', class: cls, gold: g });
  }
  seen.clear();
  for (const p of pred) {
    const k = key(p);
    if (goldKeys.has(k) || seen.has(k)) continue;
    seen.add(k);
    let cls: string;
    if (goldKeys.has(`${p.actor}|${p.issue}|${polarity(p) === 'pro' ? 'contra' : 'pro'}`))
      cls = 'polarity wrong';
    else if (gold.some((g) => g.issue === p.issue && polarity(g) === polarity(p))) cls = 'holder wrong';
    else if (gold.some((g) => g.actor === p.actor)) cls = 'issue wrong or not in gold';
    else cls = 'holder not a party in gold';
    out.push({ layer: 'positions', kind: 'spurious', class: cls, predicted: p });
  }
  return out;
}

function eventErrors(gold: GoldEvent[], pred: GoldEvent[]): ClassifiedError[] {
  const out: ClassifiedError[] = [];
  const matches = matchEvents(gold, pred);
  const matchedGold = new Set(matches.map(([, g]) => g));
  const matchedPred = new Set(matches.map(([p]) => p));
  const classify = (x: GoldEvent, others: GoldEvent[], isGold: boolean): string => {
    const sameType = others.filter((o) => o.type === x.type);
    if (sameType.length === 0) return isGold ? `${x.type} not found` : `${x.type} not in gold`;
    const [g, p] = isGold ? [x, undefined] : [undefined, x];
    const close = sameType.filter((o) => jaccard(o.actors, x.actors) >= 0.5);
    if (close.some((o) => sameDate((g ?? o).date, (p ?? o).date)))
      return isGold ? 'counted as another event' : 'duplicate';
    if (close.length) return 'date wrong';
    return 'actors wrong';
  };
  gold.forEach((g, i) => {
    if (!matchedGold.has(i))
      out.push({ layer: 'events', kind: 'missed', class: classify(g, pred, true), gold: g });
  });
  pred.forEach((p, i) => {
    if (!matchedPred.has(i))
      out.push({ layer: 'events', kind: 'spurious', class: classify(p, gold, false), predicted: p });
  });
  return out;
}

/** Every miss and false alarm of one article, classified; only the layers in `scope`. */
export function classifyErrors(
  doc: ParleyDocument,
  ctx: PipelineContext,
  gold: GoldLike,
  pred: GoldLike,
  scope: readonly Layer[],
): ClassifiedError[] {
  return [
    ...(scope.includes('statements') ? statementErrors(doc, gold.statements, pred.statements) : []),
    ...(scope.includes('positions') ? positionErrors(doc, ctx, gold.positions, pred.positions) : []),
    ...(scope.includes('events') ? eventErrors(gold.events, pred.events) : []),
  ];
}

/** Counts per layer, kind and class, most frequent first. */
export function errorSummary(
  errors: ClassifiedError[],
): Array<{ layer: ErrorLayer; kind: ClassifiedError['kind']; class: string; count: number }> {
  const counts = new Map<
    string,
    { layer: ErrorLayer; kind: ClassifiedError['kind']; class: string; count: number }
  >();
  for (const e of errors) {
    const k = `${e.layer}|${e.kind}|${e.class}`;
    const c = counts.get(k) ?? { layer: e.layer, kind: e.kind, class: e.class, count: 0 };
    c.count++;
    counts.set(k, c);
  }
  const layerOrder = ['statements', 'positions', 'events'];
  return [...counts.values()].sort(
    (a, b) =>
      layerOrder.indexOf(a.layer) - layerOrder.indexOf(b.layer) ||
      a.kind.localeCompare(b.kind) ||
      b.count - a.count,
  );
}
