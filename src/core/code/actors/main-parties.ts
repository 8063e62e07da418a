/**
 * The parties a story is about, as its actors tell: what "both sides" stands for, and the sides
 * the events stage falls back on.
 */

import type { Mention, ParleyDocument, PipelineContext } from '../../model.js';
import { actorLexicon } from './lexicon.js';

export const PLACE_BEFORE = /\b(?:in|at|to|near)\s+(?:the\s+)?$/i;

/** A named pair ("talks between Veska and Ormund") outweighs a mediator's many mentions. */
const PAIR_WEIGHT = 10;

/**
 * The two parties an article is about, for "both sides": the parties that speak most, that the
 * text pairs ("U.S.-Russia talks"), and that it mentions most — never a fixed pair. With `sidesOnly`
 * (for "the two countries", "both sides"), a mediator or host gives way to the next party.
 */
export function mainParties(
  doc: ParleyDocument,
  ctx: Pick<PipelineContext, 'codebook' | 'cache'>,
  sidesOnly = false,
): string[] {
  const actors = actorLexicon(ctx).actors;
  const parts = scoresOf(doc, ctx);
  const score = new Map(parts.statements);
  for (const [code, n] of parts.mentions) score.set(code, (score.get(code) ?? 0) + n);
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
  if (!sidesOnly) return ranked.slice(0, 2);
  const sides = mediatedSides(ranked, score, parts, actors);
  // A group and the state it faces stand for a mediator's or a sponsor's pair when the story names
  // them at least half as much; a group already paired with another party (the United States
  // talking to the Taliban) keeps its pair.
  const faced = facedPair(ranked, score, actors);
  const weakest = (codes: string[]) => Math.min(...codes.map((c) => score.get(c) ?? 0));
  if (faced && !sides.includes(faced[1]) && weakest(faced) * 2 >= weakest(sides)) return faced;
  return sides;
}

/**
 * The scores of the statements and of the mentions, kept per document and brought up to date
 * (statements are added one by one as they are resolved, and a speaker "both sides" asks for the
 * pair each time), then added up in the order a single pass would have met the parties.
 */
function scoresOf(doc: ParleyDocument, ctx: Pick<PipelineContext, 'codebook' | 'cache'>) {
  const actors = actorLexicon(ctx).actors;
  const bumper = (score: Map<string, number>) => (code: unknown, by: number) => {
    if (typeof code !== 'string') return;
    const kind = actors.get(code)?.kind;
    if (kind !== 'state' && kind !== 'org' && kind !== 'group') return;
    score.set(code, (score.get(code) ?? 0) + by);
  };
  return partyScores(doc, bumper, (code) => actors.get(code)?.kind === 'org');
}

/** The parties the story names as mediators or hosts of the talks ("Egypt and Qatar have been mediating"). */
export function storyBrokers(
  doc: ParleyDocument,
  ctx: Pick<PipelineContext, 'codebook' | 'cache'>,
): string[] {
  return [...scoresOf(doc, ctx).brokers];
}

/** How much (mentions, statements) a group and the state it faces each need to be the two sides. */
const FACED_MIN = 3;

/**
 * An armed group or opposition and the state it faces (codebook `opposes`), both named: the two
 * sides of a civil conflict, however often a mediator or a foreign sponsor is named.
 */
function facedPair(
  ranked: string[],
  score: Map<string, number>,
  actors: ReturnType<typeof actorLexicon>['actors'],
): string[] | undefined {
  for (const group of ranked) {
    const state = actors.get(group)?.opposes;
    if (state && (score.get(group) ?? 0) >= FACED_MIN && (score.get(state) ?? 0) >= FACED_MIN)
      return [state, group];
  }
  return undefined;
}

function mediatedSides(
  ranked: string[],
  score: Map<string, number>,
  parts: ReturnType<typeof partyScores>,
  actors: ReturnType<typeof actorLexicon>['actors'],
): string[] {
  // "The two countries": a mediator or host ("tasked to mediate", "hosted by Tarsia") is none of
  // them, unless the text pairs it with another party; the next party stands in for it when the
  // story names it at least half as often (else the mediator's pair is kept), or when a state and
  // an armed group face each other under the mediator.
  const pair = ranked.slice(0, 2);
  const rest = ranked.filter((c) => !parts.brokers.has(c) || parts.paired.has(c));
  const sides = rest.slice(0, 2);
  const weakest = (codes: string[]) => Math.min(...codes.map((c) => score.get(c) ?? 0));
  const dropped = pair.filter((c) => !sides.includes(c));
  if (sides.length !== 2 || !dropped.length) return pair;
  if (weakest(sides) * 2 >= weakest(dropped)) return sides;
  // A state facing an armed group (codebook kind `group`) under a mediator: the group is the other
  // side however seldom the story names it ("regional forces from Tigray" once against the
  // mediator's many mentions), and the state the side of a group.
  const kindOf = (c: string) => actors.get(c)?.kind;
  const faced = facingUnderBrokers(rest, actors);
  if (faced) return faced;
  const opposite = ({ state: 'group', group: 'state' } as Record<string, string>)[kindOf(rest[0]) ?? ''];
  const counterpart = opposite ? rest.find((c) => kindOf(c) === opposite) : undefined;
  return counterpart && pair.includes(rest[0]) ? [rest[0], counterpart] : pair;
}

/**
 * "US and Saudi mediators … the army and the RSF … the two sides": when every party ranked above
 * them is a mediator or host, a state and the armed group that faces it (codebook `opposes`) are
 * the two sides, however seldom the story names them beside its mediators.
 */
function facingUnderBrokers(
  rest: string[],
  actors: ReturnType<typeof actorLexicon>['actors'],
): string[] | undefined {
  for (const group of rest) {
    const state = actors.get(group)?.opposes;
    if (state && rest.includes(state)) return [state, group];
  }
  return undefined;
}

/** "hosted by", "under the auspices of", "Tarsia-brokered": a mediator or host named just after. */
const BROKER_BEFORE =
  /\b(?:(?:mediated|brokered|hosted|facilitated|convened|chaired|sponsored)\s+by|(?:mediation|auspices|facilitation)\s+of|mediators?|hosts?)\s+(?:the\s+)?$/i;

/** "Tarsia, which is mediating", "Tarsia, the host", "Tarsia was tasked … to mediate": named just before. */
const BROKER_AFTER =
  /^(?:-(?:brokered|mediated|hosted|sponsored|facilitated|convened)\b|'s\s+(?:mediation|mediators?|facilitation)\b|,?\s+(?:(?:which|who)\s+(?:is|are|was|were|has|have)\s+(?:been\s+)?(?:the\s+)?(?:mediat\w*|host\w*|facilitat\w*)|(?:the|a|as)\s+(?:mediator|host|facilitator)\b|(?:is|are|was|were|has been|have been)\s+(?:\w+\s+){0,6}?to\s+(?:mediate|host|facilitate)\b|(?:mediated|brokered|hosted|facilitated|convened)\s+(?:the\s+)?(?:talks|negotiations|meeting|summit|deal|agreement|truce|ceasefire|accord)\b))/i;

/** "Qatari mediators", "US and Saudi facilitators": the parties that a mediator noun qualifies. */
const BROKER_NOUN_AFTER = /^\s+(?:mediators?|facilitators?)\b/i;
/** A mention of parties whose head is a mediator noun ("US and Saudi mediators"). */
const MEDIATOR_HEAD = /\b(?:mediators?|facilitators?)$/i;

/** "The United States and Tarsia brokered the deal": the verb's subject is every party of the pair. */
const BROKER_VERB_AFTER =
  /^\s+(?:(?:mediated|brokered|hosted|facilitated|convened|sponsored)\s+(?:the\s+)?(?:talks|negotiations|meeting|summit|deal|agreement|truce|ceasefire|accord)\b|(?:are|were|have\s+been)\s+(?:\w+\s+){0,4}?(?:mediating|facilitating|hosting|brokering)\b)/i;

const partyScoresOf = new WeakMap<
  ParleyDocument,
  {
    statements: Map<string, number>;
    seen: number;
    list: ParleyDocument['statements'];
    mentions: Map<string, number>;
    /** Parties the text names as mediator or host of the talks. */
    brokers: Set<string>;
    /** Parties the text pairs with another ("Veska-Ormund talks", "between Veska and Ormund"). */
    paired: Set<string>;
    of: Mention[];
  }
>();

function partyScores(
  doc: ParleyDocument,
  bumper: (score: Map<string, number>) => (code: unknown, by: number) => void,
  isOrg: (code: string) => boolean,
) {
  let cached = partyScoresOf.get(doc);
  if (
    !cached ||
    cached.of !== doc.mentions ||
    cached.list !== doc.statements ||
    cached.seen > doc.statements.length
  ) {
    cached = {
      statements: new Map(),
      seen: 0,
      list: doc.statements,
      ...mentionScores(doc, bumper),
      of: doc.mentions,
    };
    partyScoresOf.set(doc, cached);
  }
  const bump = bumper(cached.statements);
  for (; cached.seen < doc.statements.length; cached.seen++) {
    const actor = doc.statements[cached.seen].actor;
    // An organisation's envoy speaks often as the mediator, seldom as a side at the table.
    bump(actor, typeof actor === 'string' && isOrg(actor) ? 1 : 3);
  }
  return cached;
}

const JOINED = /^(?:,\s*)?\s+and\s+(?:the\s+)?$|^,\s+(?:the\s+)?$/;

function mentionScores(
  doc: ParleyDocument,
  bumper: (score: Map<string, number>) => (code: unknown, by: number) => void,
): { mentions: Map<string, number>; brokers: Set<string>; paired: Set<string> } {
  const score = new Map<string, number>();
  const brokers = new Set<string>();
  const pairs: [string, unknown][] = [];
  const bump = bumper(score);
  const ms = doc.mentions;
  let place = -1;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    if (m.kind === 'pronoun') continue;
    const actor = m.actor ?? (m.entity !== undefined ? doc.entities[m.entity]?.actor : undefined);
    // "US and Saudi mediators" read as one mention of the pair: each of them mediates.
    if (Array.isArray(actor) && MEDIATOR_HEAD.test(doc.norm.slice(m.start, m.end)))
      for (const code of actor) brokers.add(code);
    if (typeof actor === 'string') {
      const after = doc.norm.slice(m.end, m.end + 80);
      const before = BROKER_BEFORE.test(doc.norm.slice(Math.max(0, m.start - 40), m.start));
      if (
        before ||
        BROKER_AFTER.test(after) ||
        BROKER_NOUN_AFTER.test(after) ||
        BROKER_VERB_AFTER.test(after)
      )
        brokers.add(actor);
      // "mediated by Tarsia and the AU", "Veska and Tarsia brokered the deal": both of the pair.
      const next = ms[i + 1];
      const nextActor = next?.actor;
      if (
        next &&
        next.kind !== 'pronoun' &&
        typeof nextActor === 'string' &&
        JOINED.test(doc.norm.slice(m.end, next.start))
      ) {
        if (before) brokers.add(nextActor);
        const afterNext = doc.norm.slice(next.end, next.end + 80);
        if (BROKER_VERB_AFTER.test(afterNext) || BROKER_NOUN_AFTER.test(afterNext)) brokers.add(actor);
      }
    }
    // "the summit in Luanda", "flew to Angola", "in Luanda, Angola": where things happen, not who
    // is at the table.
    const here =
      PLACE_BEFORE.test(doc.norm.slice(Math.max(0, m.start - 12), m.start)) ||
      (place >= 0 && doc.norm.slice(place, m.start) === ', ');
    place = here ? m.end : -1;
    if (!here) bump(actor, 1);
    const next = ms[i + 1];
    // "U.S.-Russia talks", "talks between Veska and Ormund": the pair at the table.
    const joint = next && doc.norm.slice(m.end, next.start);
    const between =
      joint === ' and ' &&
      /\bbetween\s+(?:the\s+)?$/i.test(doc.norm.slice(Math.max(0, m.start - 14), m.start));
    if (next && (joint === '-' || between) && typeof m.actor === 'string') {
      bump(m.actor, PAIR_WEIGHT);
      bump(next.actor, PAIR_WEIGHT);
      pairs.push([m.actor, next.actor]);
    }
  }
  // "the US-Saudi statement": two mediators named as a pair are not a pair at the table.
  const paired = new Set<string>();
  for (const [a, b] of pairs) {
    if (brokers.has(a) && typeof b === 'string' && brokers.has(b)) continue;
    paired.add(a);
    if (typeof b === 'string') paired.add(b);
  }
  return { mentions: score, brokers, paired };
}

/**
 * "Yemen's warring parties", "the two Libyan delegations": the state and the armed groups or
 * oppositions that face it (codebook `opposes`) and that the story names.
 */
export function withGroupsFacing(
  doc: ParleyDocument,
  ctx: Pick<PipelineContext, 'codebook' | 'cache'>,
  states: string[],
): string[] {
  const actors = actorLexicon(ctx).actors;
  const out = [...states];
  for (const m of doc.mentions) {
    const opposed = typeof m.actor === 'string' ? actors.get(m.actor)?.opposes : undefined;
    if (opposed && states.includes(opposed) && !out.includes(m.actor as string)) out.push(m.actor as string);
  }
  return out;
}

/** "both sides", "the four countries": a collective of parties the story names. */
export const partiesCollective = (m: Mention) =>
  m.provenance.rule === 'actors.both-sides' || m.provenance.rule.startsWith('actors.numbered');

const storyGovernments = new WeakMap<Mention[], string | null>();

/**
 * The nouns of a state's own forces named alone ("the army", "the military": codebook
 * `state_forces_nouns`), lower-case: like a bare "the government", they stand for the story's
 * government (`storyGovernment`). Made once per pipeline.
 */
export function stateForcesNouns(ctx: Pick<PipelineContext, 'codebook' | 'cache'>): ReadonlySet<string> {
  const key = 'main-parties.stateForcesNouns';
  let nouns = ctx.cache.get(key) as Set<string> | undefined;
  if (!nouns) {
    nouns = new Set((ctx.codebook.cues.state_forces_nouns ?? []).map((w) => w.toLowerCase()));
    ctx.cache.set(key, nouns);
  }
  return nouns;
}

/**
 * The government a story of one state against an armed group or opposition means by a bare "the
 * government", "government negotiators", "the army": the state that the group the story names
 * most faces (codebook `opposes`), when the story names it, however often it names a mediator;
 * else the state of the two parties the story names most, when they are a state and a group
 * (codebook kind `group`), ahead of the rest. None in a story of two states, where "the
 * government" could be either's.
 */
export function storyGovernment(
  doc: ParleyDocument,
  ctx: Pick<PipelineContext, 'codebook' | 'cache'>,
): string | undefined {
  let found = storyGovernments.get(doc.mentions);
  if (found === undefined) {
    const counts = new Map<string, { kind: string; n: number }>();
    for (const m of doc.mentions) {
      if (typeof m.actor !== 'string' || (m.kind !== 'state' && m.kind !== 'group')) continue;
      const c = counts.get(m.actor) ?? { kind: m.kind, n: 0 };
      c.n++;
      counts.set(m.actor, c);
    }
    const ranked = [...counts.entries()].sort((a, b) => b[1].n - a[1].n);
    const group = ranked.find(([, c]) => c.kind === 'group');
    const faced = group && actorLexicon(ctx).actors.get(group[0])?.opposes;
    const [first, second, third] = ranked;
    const kinds = new Set([first?.[1].kind, second?.[1].kind]);
    const pair =
      first && second && kinds.has('state') && kinds.has('group') && (!third || third[1].n < second[1].n);
    found =
      faced && counts.has(faced) ? faced : pair ? (first[1].kind === 'state' ? first[0] : second[0]) : null;
    storyGovernments.set(doc.mentions, found);
  }
  return found ?? undefined;
}

const dominantStates = new WeakMap<Mention[], string | null>();

/**
 * The state a story is about when it names one state far more than any other ("government
 * spokesman Ivan Torres" in a report about Veska's talks): mentioned at least three times and at
 * least twice as often as the next state. None when two states share the story.
 */
export function dominantState(doc: ParleyDocument): string | undefined {
  let found = dominantStates.get(doc.mentions);
  if (found === undefined) {
    const counts = stateMentionCounts(doc);
    const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    found = first && first[1] >= DOMINANT_MIN && (!second || first[1] >= 2 * second[1]) ? first[0] : null;
    dominantStates.set(doc.mentions, found);
  }
  return found ?? undefined;
}

/** How often the story names each state (its mentions of kind state, by code). */
export function stateMentionCounts(doc: ParleyDocument): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of doc.mentions)
    if (typeof m.actor === 'string' && m.kind === 'state')
      counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
  return counts;
}

/** How often a story must name its one state for a bare "government" title to be that state's. */
const DOMINANT_MIN = 3;
