/**
 * The parties a story's events are between: the pair its events name together most often, the
 * mediators that are no side, and the parties in play for what the story tells without naming
 * them ("an agreement was reached").
 */

import type { ParleyDocument, PipelineContext } from '../../model.js';
import { mainParties as storyParties } from '../actors/main-parties.js';
import { cached } from '../issues.js';
import { type DocIndex, docIndex, listFrom } from '../textindex.js';
import { uniq } from './mention.js';
import { findEventMentions } from './mentions.js';

/**
 * The parties a story's negotiation is between, for what it tells without naming them ("an
 * agreement was reached", "the two sides"): the pair its events name together most often (states,
 * organisations and armed groups alike), else the pair the actors stage finds the story is about.
 */
export function partiesInPlay(doc: ParleyDocument, ctx: PipelineContext): string[] {
  const kinds = cached(
    ctx,
    'events.actorKinds',
    () => new Map(ctx.codebook.actors.map((a) => [a.code, a.kind])),
  );
  const party = (code: string) => {
    const k = kinds.get(code);
    return k === 'state' || k === 'org' || k === 'group';
  };
  // A mediator is not a side, unless the story names fewer than two others.
  const mediators = mediatorsOf(docIndex(doc, ctx));
  const sides = findEventMentions(doc, ctx)
    .filter((e) => !e.anaphoric && !e.inPlay)
    // A deal counts twice: it is made between the sides, where a meeting may be a mediator's with
    // one side and an accusation a third party's against one ("Tarsia accused Ormund of …").
    .flatMap((e) => (e.type === 'AGREE' ? [e, e] : [e]))
    .map((e) => {
      const a = uniq(e.actors.filter(party));
      return a.filter((x) => !mediators.has(x)).length >= 2 ? a.filter((x) => !mediators.has(x)) : a;
    });
  // How often the story names each party, less mediators and the places things happen in
  // ("talks in Sweden"): it breaks ties between pairs, and stands in when no event names two.
  const index = docIndex(doc, ctx);
  const counts = new Map<string, number>();
  for (const m of index.mentions) {
    if (locative(index, m.start)) continue;
    for (const c of uniq(m.codes)) if (party(c) && !mediators.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const best = mostPaired(sides, counts);
  const ranked = [...counts.entries()].sort((x, y) => y[1] - x[1]).map(([c]) => c);
  const story = best.length ? best : storyParties(doc, ctx).filter(party);
  const pair =
    !best.length && story.some((c) => mediators.has(c)) && ranked.length >= 2 ? ranked.slice(0, 2) : story;
  return (pair.length >= 2 && jointSpeakersWith(doc, pair, party)) || pair;
}

// How many parties a joint speaker must name to stand for a multilateral table.
const TABLE_PARTIES = 3;

/**
 * "Foreign ministers from Germany, France, Russia and Ukraine called for …": the first statement
 * of the story made jointly by three parties or more, among them the pair `best`, names the whole
 * table the story's talks are at; undefined when the story has none.
 */
function jointSpeakersWith(
  doc: ParleyDocument,
  best: string[],
  party: (code: string) => boolean,
): string[] | undefined {
  for (const s of doc.statements) {
    const actors = Array.isArray(s.actor) ? s.actor.filter(party) : [];
    if (actors.length >= TABLE_PARTIES && best.every((c) => actors.includes(c))) return uniq(actors);
  }
  return undefined;
}

const LOCATIVE = new Set(['in', 'at', 'from', 'to', 'near', 'outside']);

const PLACE_NOUN = /^(the|capital|city|resort|town|village|region|province)$/;

/** "in Sweden", "in the South African capital Pretoria": where things happen, not who acts. */
function locative(index: DocIndex, start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 5); k--) {
    const t = index.tokens[k];
    if (LOCATIVE.has(t.lower)) return true;
    if (!PLACE_NOUN.test(t.lower) && !/^\p{Lu}/u.test(t.text)) return false;
  }
  return false;
}

/**
 * The pair of codes that the most lists hold together, or []; on a tie, the pair whose codes
 * `weight` counts most (else the first such pair).
 */
function mostPaired(lists: string[][], weight?: Map<string, number>): string[] {
  const pairs = new Map<string, number>();
  for (const list of lists) {
    const a = uniq(list).sort();
    for (let i = 0; i < a.length; i++)
      for (let j = i + 1; j < a.length; j++)
        pairs.set(`${a[i]}|${a[j]}`, (pairs.get(`${a[i]}|${a[j]}`) ?? 0) + 1);
  }
  const w = (k: string) => k.split('|').reduce((sum, c) => sum + (weight?.get(c) ?? 0), 0);
  let best: string | undefined;
  for (const [k, n] of pairs) {
    const top = best ? (pairs.get(best) ?? 0) : -1;
    if (n > top || (n === top && best && w(k) > w(best))) best = k;
  }
  return best ? best.split('|') : [];
}

/** The parties the story says mediate: "brokered by X", "X's mediation", "UN-brokered talks". */
export function mediatorsOf(index: DocIndex): Set<string> {
  const out = new Set<string>();
  for (const c of index.cues) {
    // ("mediated by Qatar, Egypt and the United States": the list the cue's party opens)
    if (c.pattern.payload === 'mediator_cues') {
      for (const a of c.actors) for (const x of a) out.add(x);
      const first = index.mentionEndingAt.get(c.end);
      if (first && c.actors.some((a) => a.some((x) => first.codes.includes(x))))
        for (const m of listFrom(index, first)) for (const y of m.codes) out.add(y);
    }
    if (c.pattern.payload === 'mediator_after')
      for (const x of index.mentionEndingAt.get(c.start)?.codes ?? []) out.add(x);
  }
  for (const m of index.mentions)
    if (/-(brokered|mediated|sponsored|facilitated|hosted)$/i.test(index.tokens[m.end - 1].text))
      for (const x of m.codes) out.add(x);
  return out;
}
