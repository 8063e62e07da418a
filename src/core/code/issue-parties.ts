/**
 * Issue words that name a party of the story rather than a proposition: a peacekeeping force, an
 * interim government or a monitoring mission that speaks ("the peacekeeping command said …"), or
 * that owns a command, a mediation or a spokesman ("with the mediation of the command of the
 * peacekeeping contingent, an agreement was reached …"). There the force is who acts, not a
 * deployment anyone takes a stance on, and the match is dropped before positions are read. So is a
 * body named with its party ("the Veskan interim government") before the sentence's first stance
 * cue: the subject that takes the stance, and one whose premises name a place ("sheltering inside
 * the peacekeepers' bases").
 *
 * The words are codebook data (codebooks/issues.yaml `cues`): `issue_owner_nouns` (what a body
 * owns or does: command, mediation, spokesman) and `issue_party_heads` (the nouns that make an
 * issue's words a body: contingent, force, mission, government) and `issue_premises_nouns` (a
 * body's bases and camps).
 */
import type { ParleyDocument, PipelineContext } from '../model.js';
import { cueWords } from './actors/resolve-speaker.js';
import { type IssuePayload, issueMatcher, type PhraseMatch, tradeTruces } from './issues.js';
import { type DocIndex, slotLookup, tokenRange } from './textindex.js';

/** Modifiers that may stand between "of" and the issue's words ("of the Russian peacekeeping …"). */
const MODIFIERS = 3;
/** Words after the issue's words that may still belong to its noun phrase before its head. */
const HEAD_REACH = 2;
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'that', 'these', 'those']);
const STOPS = new Set(['of', 'in', 'on', 'for', 'with', 'to', 'at', 'by', 'from', 'and', 'or', 'as']);

/** Does the noun phrase the match opens end in a body's noun ("peacekeeping contingent", "peacekeepers")? */
function namesBody(
  index: DocIndex,
  m: PhraseMatch<IssuePayload>,
  heads: ReadonlySet<string>,
  to: number,
): boolean {
  const { tokens } = index;
  for (let k = m.end - 1; k < Math.min(to, m.end + HEAD_REACH); k++) {
    const t = tokens[k];
    if (k >= m.end && (t.kind !== 'word' || STOPS.has(t.lower))) return false;
    if (heads.has(t.lower)) return true;
  }
  return false;
}

/** Is the match the complement of an owner noun: "the command of the [Russian] peacekeeping …"? */
function owned(
  index: DocIndex,
  m: PhraseMatch<IssuePayload>,
  owners: ReadonlySet<string>,
  from: number,
): boolean {
  const { tokens } = index;
  let j = m.start - 1;
  for (let n = 0; n < MODIFIERS && j >= from; n++, j--) {
    const t = tokens[j];
    if (t.lower === 'of' || DETERMINERS.has(t.lower)) break;
    if (t.kind !== 'word' || STOPS.has(t.lower)) return false;
  }
  if (j >= from && DETERMINERS.has(tokens[j].lower)) j--;
  return j - 1 >= from && tokens[j].lower === 'of' && owners.has(tokens[j - 1].lower);
}

/** Prepositions of place: "sheltering inside the peacekeepers' bases" names where, not a deployment. */
const PLACE = new Set(['in', 'inside', 'at', 'near', 'outside', 'within', 'around', 'into']);

/**
 * Is the match the modifier of a body's premises after a preposition of place ("inside UN
 * peacekeeper bases", "at the peacekeeping camp")? The premises noun must follow the match.
 */
function premisesOf(
  index: DocIndex,
  m: PhraseMatch<IssuePayload>,
  premises: ReadonlySet<string>,
  from: number,
  to: number,
): boolean {
  const { tokens } = index;
  let head = false;
  for (let k = m.end; k < Math.min(to, m.end + HEAD_REACH); k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || STOPS.has(t.lower)) break;
    if (premises.has(t.lower)) {
      head = true;
      break;
    }
  }
  if (!head) return false;
  for (let j = m.start - 1; j >= Math.max(from, m.start - 1 - MODIFIERS); j--) {
    const t = tokens[j];
    if (PLACE.has(t.lower)) return true;
    if (t.kind !== 'word' || STOPS.has(t.lower)) return false;
  }
  return false;
}

/**
 * Words before "the territory" that make it the story's place: prepositions of place and
 * movement, verbs of entering it, and of running it ("to run the territory" governs the land that
 * is held, it changes no one's control of it).
 */
const BEFORE_STORY_PLACE = new Set([
  ...PLACE,
  'to',
  'across',
  'throughout',
  'enter',
  'enters',
  'entered',
  'entering',
  'run',
  'runs',
  'running',
  'govern',
  'governs',
  'governing',
  'administer',
  'administers',
  'administering',
]);

/**
 * Is the match one of the story's place nouns alone, told as a place ("deliveries to the
 * territory", "inside the territory", "the territory's hospitals")?
 */
function namesStoryPlace(
  index: DocIndex,
  m: PhraseMatch<IssuePayload>,
  places: ReadonlySet<string>,
): boolean {
  const { tokens } = index;
  if (m.end - m.start !== 1 || !places.has(tokens[m.start].lower)) return false;
  if (tokens[m.start - 1]?.lower !== 'the') return false;
  if (/^['’]s?$/.test(tokens[m.end]?.lower ?? '')) return true;
  return BEFORE_STORY_PLACE.has(tokens[m.start - 2]?.lower ?? '');
}

/** A word written with a capital first: part of a name when it stands inside a sentence. */
const CAPITALISED = /^\p{Lu}/u;

/**
 * Are the issue's words part of a place's proper name ("along the Demilitarized Zone", "the Buffer
 * Zone's crossings")? After a lower-case "the", every matched word and the place noun after them
 * (codebook `issue_proper_place_heads`) are capitalised: the name of a place that exists, where
 * things happen, not a zone a deal would create ("agreed to set up a demilitarised zone").
 */
function namesProperPlace(
  index: DocIndex,
  m: PhraseMatch<IssuePayload>,
  heads: ReadonlySet<string>,
): boolean {
  const { tokens } = index;
  const head = tokens[m.end];
  if (!head || !heads.has(head.lower) || !CAPITALISED.test(head.text)) return false;
  if (tokens[m.start - 1]?.text !== 'the') return false;
  for (let k = m.start; k < m.end; k++) if (!CAPITALISED.test(tokens[k].text)) return false;
  return true;
}

/** Prepositions that make the event after them a point in time ("before the election"). */
const BEFORE_STORY_TIME = new Set([
  'before',
  'after',
  'until',
  'till',
  'since',
  'following',
  'ahead',
  'prior',
]);
/** Words between such a preposition and "the" ("ahead of the", "prior to the"). */
const TIME_LINKS = new Set(['of', 'to']);

/**
 * Is the match one of `issue_time_nouns` told as the time of something else ("reach a deal
 * before the November 2020 presidential election", "talks resume after the polls")? After a
 * preposition of time, "the" and up to three modifiers, the vote dates what is said, it is no
 * stance on holding one; a vote demanded, offered or refused ("called for early elections") has
 * no such preposition before it.
 */
function namesStoryTime(index: DocIndex, m: PhraseMatch<IssuePayload>, times: ReadonlySet<string>): boolean {
  const { tokens } = index;
  if (!times.has(tokens[m.end - 1]?.lower ?? '')) return false;
  let k = m.start - 1;
  for (let skipped = 0; k >= 0 && tokens[k].lower !== 'the'; k--, skipped++) {
    if (skipped === MODIFIERS || STOPS.has(tokens[k].lower)) return false;
  }
  if (k < 1) return false;
  const before = tokens[k - 1].lower;
  if (BEFORE_STORY_TIME.has(before)) return true;
  return TIME_LINKS.has(before) && BEFORE_STORY_TIME.has(tokens[k - 2]?.lower ?? '');
}

/** Is the token at `k` preceded by its party ("Veskan interim …", "Veska's interim …")? */
function namedWithParty(index: DocIndex, k: number): boolean {
  if (index.mentionEndingAt.get(k)?.codes.length) return true;
  const t = index.tokens[k - 1];
  return !!t && /^['’]s$/.test(t.lower) && !!index.mentionEndingAt.get(k - 1)?.codes.length;
}

/**
 * For each token inside a statement's speaker, the furthest end of a speaker span that covers it:
 * a match lies within a speaker when the span covering its first token reaches its end. Built once
 * per document (a scan of every statement for each sentence made positions quadratic).
 */
const speakerCovers = new WeakMap<DocIndex, Map<number, number>>();

function speakerCover(doc: ParleyDocument, index: DocIndex): Map<number, number> {
  let cover = speakerCovers.get(index);
  if (cover) return cover;
  cover = new Map();
  for (const s of doc.statements) {
    if (!s.speakerSpan) continue;
    const r = tokenRange(index.tokens, s.speakerSpan.start, s.speakerSpan.end);
    for (let k = r.from; k < r.to; k++) cover.set(k, Math.max(cover.get(k) ?? -1, r.to));
  }
  speakerCovers.set(index, cover);
  return cover;
}

/** The first cue that starts at or after token `from`: the cues are in text order, so a binary search. */
function firstCueFrom(index: DocIndex, from: number): number {
  const { cues } = index;
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first stance cue that starts in [from, to). */
function firstStanceCue(index: DocIndex, from: number, to: number): DocIndex['cues'][number] | undefined {
  const { cues } = index;
  for (let k = firstCueFrom(index, from); k < cues.length && cues[k].start < to; k++)
    if (cues[k].pattern.payload.startsWith('stance_')) return cues[k];
  return undefined;
}

/** Does a cue that judges what precedes it start at token `at` ("… would be unacceptable")? */
function judgingCueAt(index: DocIndex, at: number): boolean {
  const { cues } = index;
  for (let k = firstCueFrom(index, at); k < cues.length && cues[k].start === at; k++)
    if (cues[k].pattern.payload === 'stance_after') return true;
  return false;
}

/**
 * The matches of one sentence [from, to) without those whose words name a body that speaks or
 * owns a command or an act (see the module's comment).
 */
export function withoutPartyNames(
  doc: ParleyDocument,
  ctx: PipelineContext,
  index: DocIndex,
  matches: PhraseMatch<IssuePayload>[],
  from: number,
  to: number,
): PhraseMatch<IssuePayload>[] {
  if (matches.length === 0) return matches;
  const owners = cueWords(ctx, 'issue_owner_nouns');
  const heads = cueWords(ctx, 'issue_party_heads');
  const premises = cueWords(ctx, 'issue_premises_nouns');
  const places = cueWords(ctx, 'issue_place_nouns');
  const properPlaces = cueWords(ctx, 'issue_proper_place_heads');
  const times = cueWords(ctx, 'issue_time_nouns');
  if (
    heads.size === 0 &&
    premises.size === 0 &&
    places.size === 0 &&
    properPlaces.size === 0 &&
    times.size === 0
  )
    return matches;
  const speakerEnd = speakerCover(doc, index);
  // The first stance cue of the sentence: a body named with its party before it is the clause's
  // subject ("the Veskan interim government signs the accord"), not what the stance is about;
  // unless the cue judges what precedes it ("Veskan peacekeepers would be unacceptable").
  const first = firstStanceCue(index, from, to);
  const firstCue = first && !judgingCueAt(index, first.start) ? first : undefined;
  return matches.filter((m) => {
    if (premisesOf(index, m, premises, from, to)) return false;
    if (namesStoryPlace(index, m, places)) return false;
    if (namesProperPlace(index, m, properPlaces)) return false;
    if (namesStoryTime(index, m, times)) return false;
    if (!namesBody(index, m, heads, to)) return true;
    if ((speakerEnd.get(m.start) ?? -1) >= m.end) return false;
    if (firstCue && firstCue.start >= m.end && namedWithParty(index, m.start)) return false;
    return !owned(index, m, owners, from);
  });
}

const storyIssues = new WeakMap<DocIndex, PhraseMatch<IssuePayload>[][]>();

/**
 * The issue matches of every sentence of a story, without party names, and with a bare "truce"
 * read as the story's trade truce where it has one (`tradeTruces`): the one reading that the
 * positions stage and the deals' contents share ("agree on framework to revive Geneva truce" in a
 * story of a tariff truce is no ceasefire).
 */
export function issuesBySentence(
  doc: ParleyDocument,
  ctx: PipelineContext,
  index: DocIndex,
): PhraseMatch<IssuePayload>[][] {
  let hit = storyIssues.get(index);
  if (!hit) {
    const matcher = issueMatcher(ctx);
    const actorAt = slotLookup(index);
    const { tokens } = index;
    hit = tradeTruces(
      tokens,
      index.sentenceTokens.map(({ from, to }) =>
        to > from
          ? withoutPartyNames(doc, ctx, index, matcher.matchAll({ tokens, from, to, actorAt }), from, to)
          : [],
      ),
    );
    storyIssues.set(index, hit);
  }
  return hit;
}
