/**
 * How each rule fares against the gold: every position and event Parley predicts carries the rule
 * that produced it (its provenance), and the gold says whether it is right — so each rule gets a
 * precision on the articles scored. `parley eval --by-rule` counts them, so the next person sees
 * which rules to trust, tighten or drop (a rule right less often than half its layer's F1 costs
 * more F1 than it brings).
 */
import { GOLD_EVENT_TYPES } from '../code/events/stage.js';
import type { ParleyDocument } from '../model.js';
import type { GoldEvent, GoldFile, GoldLike, GoldPosition, Layer } from './gold.js';
import { matchEvents, positionKey } from './score.js';

export interface RuleOutcome {
  layer: Extract<Layer, 'positions' | 'events'>;
  rule: string;
  /** Whether the gold holds what the rule predicted (a position's actor, issue and polarity; a matched event). */
  right: boolean;
}

export interface RuleTally {
  layer: RuleOutcome['layer'];
  rule: string;
  right: number;
  wrong: number;
  precision: number;
}

/**
 * The rule behind each predicted position and event of one article, keyed by the predicted item.
 * `pred` is `toGold(doc)`: its positions are the document's in order, its events the document's
 * of the gold's four types.
 */
export function rulesOfPredicted(
  doc: ParleyDocument,
  pred: Pick<GoldFile, 'positions' | 'events'>,
): Map<GoldPosition | GoldEvent, string> {
  const rules = new Map<GoldPosition | GoldEvent, string>();
  for (const [i, p] of pred.positions.entries()) rules.set(p, doc.positions[i].provenance.rule);
  const scored = doc.events.filter((e) => GOLD_EVENT_TYPES.includes(e.type));
  for (const [i, e] of pred.events.entries()) rules.set(e, scored[i].provenance.rule);
  return rules;
}

/** The outcome of each predicted position and event of one article (`pred` as for `rulesOfPredicted`). */
export function ruleOutcomes(
  doc: ParleyDocument,
  gold: GoldLike,
  pred: Pick<GoldFile, 'positions' | 'events'>,
  scope: readonly Layer[],
): RuleOutcome[] {
  const rules = rulesOfPredicted(doc, pred);
  const out: RuleOutcome[] = [];
  if (scope.includes('positions')) {
    const held = new Set(gold.positions.map(positionKey));
    for (const p of pred.positions)
      out.push({ layer: 'positions', rule: rules.get(p) ?? '', right: held.has(positionKey(p)) });
  }
  if (scope.includes('events')) {
    const matched = new Set(matchEvents(gold.events, pred.events).map(([p]) => p));
    for (const [i, e] of pred.events.entries())
      out.push({ layer: 'events', rule: rules.get(e) ?? '', right: matched.has(i) });
  }
  return out;
}

/** The outcomes counted per layer and rule, each layer's rules from the most used. */
export function ruleSummary(outcomes: RuleOutcome[]): RuleTally[] {
  const tallies = new Map<string, RuleTally>();
  for (const o of outcomes) {
    const key = `${o.layer}|${o.rule}`;
    const t = tallies.get(key) ?? { layer: o.layer, rule: o.rule, right: 0, wrong: 0, precision: 0 };
    if (o.right) t.right++;
    else t.wrong++;
    tallies.set(key, t);
  }
  for (const t of tallies.values()) t.precision = t.right / (t.right + t.wrong);
  return [...tallies.values()].sort(
    (a, b) =>
      (a.layer === b.layer ? 0 : a.layer === 'positions' ? -1 : 1) ||
      b.right + b.wrong - (a.right + a.wrong) ||
      a.rule.localeCompare(b.rule),
  );
}
