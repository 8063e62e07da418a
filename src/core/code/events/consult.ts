/**
 * CONSULT: meetings, talks, visits and calls. Participants come from the text's own constructions
 * ("a meeting between X and Y", "U.S.-Russia talks", "talks with X", "a visit to X", "X met Y",
 * "X and Y sat down"); status from postponed/cancelled/planned cues; the date, the place ("in the
 * Saudi capital" → Riyadh, SAU), the duration ("the 4-1/2-hour meeting" → PT4H30M) and who was
 * left out ("a meeting that excluded Kyiv"). A mention without named parties ("the talks",
 * "Tuesday's meeting") is kept as anaphoric: merging adds its details to the event it refers to.
 * A meeting that nobody has scheduled ("no date had been set") is a proposal, not an event.
 */

import type { EventStatus, Token } from '../../model.js';
import { storyBrokers } from '../actors/main-parties.js';
import { cueWords } from '../actors/resolve-speaker.js';
import { daysBefore } from '../dates.js';
import { longestNonOverlapping } from '../issues.js';
import { type DocIndex, subjectBefore, tokenAtOrAfter } from '../textindex.js';
import { cameDaysAfter, frontedDate, pickDate, tokensBefore } from './dates.js';
import { meetingDuration } from './durations.js';
import { type ConsultKind, type Cue, type Sentence, stanceBefore, textSpan, uniq } from './mention.js';
import { actorsIn, agentOf, BE, listAfter, NOT_MODIFIER, partyAsSubject } from './participants.js';
import { isPlaceName, meetingPlace } from './places.js';

const EXCLUDING = new Set([
  'excluded',
  'excluding',
  'excludes',
  'exclude',
  'without',
  'sidelining',
  'sidelined',
]);

// How far before a meeting word "whether" makes it a question ("whether he had spoken to X").
const WHETHER_TOKENS = 5;

// Verbs of a conversation that has one other side per person named: "spoke to A and B".
const SPOKE_TO = /^(spoke|spoken|speaks|talked|phoned|called)$/;

/** Words that may stand between an infinitive and the meeting it governs ("to hold such a fresh round"). */
const INFINITIVE_OBJECT_MODIFIERS =
  /^(a|an|the|new|more|further|direct|peace|formal|such|another|fresh|first|second|next|productive|fruitful|constructive|substantive|joint)$/;

// A lower-case word that names what talks are about ("peace talks", "nuclear talks").
const TOPIC_MODIFIER = /^[a-z][a-z-]+$/;

/**
 * "to mediate (direct) talks", "to attend US-sponsored peace talks", "would like to hold such a
 * productive meeting": the noun at `at` is the object of an infinitive (a compound of a sponsor
 * and a participle stands as one modifier).
 */
function infinitiveObject(tokens: Token[], from: number, at: number): boolean {
  let k = at - 1;
  for (let n = 0; n < 4 && k > from; n++) {
    if (INFINITIVE_OBJECT_MODIFIERS.test(tokens[k].lower)) k--;
    else if (/^\S+-[a-z]+ed$/.test(tokens[k].text)) k--;
    else if (/^[a-z]+ed$/.test(tokens[k].text) && tokens[k - 1]?.text === '-' && k - 2 > from) k -= 3;
    else break;
  }
  return (
    k > from &&
    /^[a-z]+$/.test(tokens[k].text) &&
    !/^(to|of|for|in|at)$/.test(tokens[k].lower) &&
    tokens[k - 1].lower === 'to'
  );
}

/** How far before a meeting noun the gerund that starts it may stand ("resuming direct political talks"). */
const PLAN_GERUND_TOKENS = 4;

/**
 * "The initiative includes a ceasefire … and restarting political negotiations": talks that a plan
 * or deal includes, by a gerund of their starting, are one of its terms, still to come.
 */
function termOfPlan(tokens: Token[], from: number, at: number): boolean {
  for (let k = at - 1; k >= Math.max(from, at - PLAN_GERUND_TOKENS); k--) {
    if (!/^(restart|resum|start|launch|open|hold|reviv|relaunch)\w*ing$/.test(tokens[k].lower)) continue;
    for (let j = k - 1; j >= from; j--) if (/^includ(e|es|ing)$/.test(tokens[j].lower)) return true;
    return false;
  }
  return false;
}

/** Verbs of travelling whose purpose may be a meeting ("to come to Delhi for talks"). */
const TRAVEL_VERBS = new Set(['come', 'travel', 'fly', 'go', 'head', 'return']);
// How far back from "for" the verb of travelling may stand ("to come to New Delhi for talks").
const TRAVEL_PURPOSE_TOKENS = 8;

/**
 * "was welcome to come to India for talks with his counterpart", "is due to fly to Lumen for the
 * talks": a meeting that is the purpose of an infinitive of travelling is a plan, not one held.
 */
function travelPurpose(tokens: Token[], from: number, at: number): boolean {
  let k = at - 1;
  while (k > from && /^(a|an|the|new|more|further|direct|peace|formal|fresh)$/.test(tokens[k].lower)) k--;
  if (tokens[k]?.lower !== 'for') return false;
  for (let j = k - 1; j > from && j >= k - TRAVEL_PURPOSE_TOKENS; j--)
    if (TRAVEL_VERBS.has(tokens[j].lower) && tokens[j - 1]?.lower === 'to') return true;
  return false;
}

// Words of the meeting-word readers, as sets: a test per word, not a regular expression made at
// every question.
const VISIT_MODALS = new Set(['to', 'will', 'would', 'shall']);
const AFTER_AGREED = new Set(['in', 'during', 'at', 'after', 'over', 'following']);
// How far back the agreeing may stand from a meeting that is its second object.
const COORDINATED_OBJECT_TOKENS = 16;
const NOT_NEVER = new Set(['not', 'never']);
const CALL_MODIFIERS = new Set(['phone', 'telephone', 'video']);
const JOINING_VERBS = new Set(['joined', 'join', 'joins', 'hosted', 'hosts', 'host', 'received', 'welcomed']);
const HOSTING_VERBS = new Set(['received', 'receives', 'hosted', 'hosts']);
const DEFINITE_BEFORE = new Set(['the', 'this', 'that', 'these', 'those']);
const CALL_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);
const TO_FOR = new Set(['to', 'for']);
/** Verbs of a trip back ("return to"): a visit only to a host named. */
const GOING_BACK = /^return/;
const BARE_AFTER_MODAL = new Set(['travel', 'host', 'fly', 'flies', 'send', 'return']);
/** The nouns of a candidacy to host an event ("its bid to host"). */
const CANDIDACY_NOUNS = new Set(['bid', 'bids', 'candidacy', 'candidature', 'application']);
// How far before a meeting word the verb of hosting of a candidacy may stand ("bid to host UN-led climate talks").
const CANDIDACY_REACH = 4;

/** "its bid to host (UN-led climate) talks": the meeting word, or the verb itself, is what a candidacy offers to hold. */
function candidacyToHost(tokens: Token[], from: number, at: number): boolean {
  for (let k = at; k >= Math.max(from + 2, at - CANDIDACY_REACH); k--)
    if (
      tokens[k].lower === 'host' &&
      tokens[k - 1].lower === 'to' &&
      CANDIDACY_NOUNS.has(tokens[k - 2].lower)
    )
      return true;
  return false;
}
/** The verbs of sending a delegation (stance.yaml consult_verbs): held back, the talks are off. */
const SENDING = new Set(['send', 'sends', 'sent', 'sending']);
/** How far after a meeting word (past its parties: "between Veskan President Brisk and Kest") a
 * judgement that it may not come is read. */
const HELD_JUDGED_REACH = 10;

/**
 * Every meeting, visit and call the sentence tells. One cue at a time (`consultOf`), in phases of
 * their own: the function that the optimising compiler compiles stays small, and a rare path that
 * changes a phase's type feedback recompiles that phase only.
 */
export function readConsult(sentence: Sentence) {
  const agree = sentence.list('agree_cues');
  for (const c of longestNonOverlapping([
    ...sentence.list('consult_nouns'),
    ...sentence.list('consult_verbs'),
    ...sentence.list('consult_told_verbs'),
    ...sentence.list('consult_sent'),
  ]))
    consultOf(sentence, c, agree);
}

/** What the words at and around a meeting word say of it, before its parties are read. */
interface ConsultHead {
  word: string;
  isVerb: boolean;
  agreedTo: boolean;
  timeframe: boolean;
  leftOut: boolean;
  kind: ConsultKind;
  /** Spoken to a counterpart ("told Aliyev"): a conversation held, only with both sides named. */
  told: boolean;
  /** Sought talks between named sides on a day still to come: a plan ("efforts to organise talks
   * between X and Y in Lumen on May 4"), not a stance. */
  dayPlanned: boolean;
}

/** The meeting word's reading, or undefined when it tells no meeting (a stance, a process, a plan agreed). */
function consultHead(sentence: Sentence, c: Cue, agree: Cue[]): ConsultHead | undefined {
  const { index, tokens, from, list, cueText } = sentence;
  const word = tokens[c.start].lower;
  // "is scheduled to visit Riyadh", "Moon would visit Pyongyang": the noun's word as a verb.
  const visitVerb =
    word === 'visit' && VISIT_MODALS.has(tokens[c.start - 1]?.lower ?? '') && index.mentionAt.has(c.end);
  // "will travel to Moscow", "plans to travel to Lumen", "will host Netanyahu": the bare form
  // tells a trip or a visit received only after a modal or "to" ("thousands travel to Lumen each
  // year", "the city that will host" is none).
  // ("would not send envoys": the modal before its negation)
  const beforeVerb = /^(not|n't|never)$/.test(tokens[c.start - 1]?.lower ?? '') ? c.start - 2 : c.start - 1;
  if (BARE_AFTER_MODAL.has(word) && !VISIT_MODALS.has(tokens[beforeVerb]?.lower ?? '')) return undefined;
  // "withdrew its bid to host the climate talks": a candidacy to be the venue, no meeting of the sides.
  if (candidacyToHost(tokens, from, c.start)) return undefined;
  // "Blinken told Aliyev that …": spoken to a named person (not "told reporters", "told the
  // Security Council"), a conversation between their parties.
  const told = c.pattern.payload === 'consult_told_verbs';
  if (told && index.mentionAt.get(c.end)?.kind !== 'person') return undefined;
  // "sent another response to Egypt and Qatar": a contact with those it was sent to.
  const sent = c.pattern.payload === 'consult_sent';
  const isVerb = c.pattern.payload === 'consult_verbs' || told || sent || visitVerb;
  // "agreed to hold talks" is the agreement's; "agreed to meet again soon" also plans a meeting.
  // ("agreed in a telephone call", "agreed at the talks": the meeting where they agreed, held.)
  let agreedTo = false;
  // ("agreed to a truce and to a meeting of their commanders": the second object of the agreeing)
  const coordinated =
    /^(a|an)$/.test(tokens[c.start - 1]?.lower ?? '') &&
    tokens[c.start - 2]?.lower === 'to' &&
    tokens[c.start - 3]?.lower === 'and';
  for (const a of agree)
    if (
      a.end <= c.start &&
      (a.end >= c.start - 5 || (coordinated && a.end >= c.start - COORDINATED_OBJECT_TOKENS)) &&
      !anyBetween(tokens, a.end, c.start, AFTER_AGREED)
    ) {
      agreedTo = true;
      break;
    }
  let timeframe = false;
  for (const t of list('plan_timeframes'))
    if (t.start >= c.end && t.start <= c.end + 6) {
      timeframe = true;
      break;
    }
  // "agreed to a meeting of their commanders on Tuesday": a meeting planned for a day.
  if (agreedTo && coordinated) {
    const dayFrom = tokens[c.end]?.start ?? Number.POSITIVE_INFINITY;
    const dayTo = tokens[Math.min(tokens.length - 1, c.end + 8)].end;
    if (sentence.timexes.some((t) => t.start >= dayFrom && t.end <= dayTo)) timeframe = true;
  }
  if (agreedTo && !timeframe) return undefined;
  // "proposed talks", "does not rule out a summit", "wants a meeting": a stance, not an event.
  // ("was not invited to the summit" tells who was left out of a meeting that did happen)
  const b0 = Math.max(from, c.start - 5);
  let leftOut = false;
  for (let k = b0; k < c.start; k++)
    if (tokens[k].lower === 'invited') {
      leftOut = k > b0 && NOT_NEVER.has(tokens[k - 1].lower);
      break;
    }
  const dayPlanned = !isVerb && plannedForDay(sentence, c);
  if (toldAsNoMeeting(sentence, c, isVerb, leftOut || dayPlanned)) return undefined;
  const kind: ConsultKind =
    told || sent
      ? 'conversation'
      : /call|phone/.test(cueText(c).toLowerCase())
        ? 'call'
        : // a conversation, by phone or face to face: the codebook's conversation_nouns
          cueWords(sentence.ctx, 'conversation_nouns').has(word)
          ? 'conversation'
          : /visit|trip|host|arriv|land|travel|^return|^fl(y|ies|ying)$|^sen(d|ds|t|ding)$/.test(word) &&
              !hostsMeeting(sentence, c, word)
            ? 'visit'
            : 'meeting';
  if (
    word === 'call' &&
    !CALL_MODIFIERS.has(tokens[c.start - 1]?.lower ?? '') &&
    !tokens[c.start - 1]?.text.includes('-') &&
    !callPlacedTo(sentence, c) &&
    !callWith(sentence, c)
  )
    return undefined;
  return { word, isVerb, agreedTo, timeframe, leftOut, kind, told, dayPlanned };
}

/** The prepositions that name the format talks are held in ("in the 5+2 format"). */
const IN_FORMAT = new Set(['in', 'within', 'under']);

/**
 * "talks in the 5+2 format", "a meeting within the Normandy format": the format that the talks are
 * held in names those who sit at them, as "5+2 talks" does before the noun.
 */
function formatMembersAfter(index: DocIndex, at: number): string[] {
  const { tokens } = index;
  if (!IN_FORMAT.has(tokens[at]?.lower ?? '')) return [];
  const start = tokens[at + 1]?.lower === 'the' ? at + 2 : at + 1;
  const mention = index.mentionAt.get(start);
  return mention && /^formats?$/.test(tokens[mention.end - 1]?.lower ?? '') ? mention.codes : [];
}

// How far after the sides of talks the day they are planned for may be told ("in Geneva on May 4").
const PLANNED_DAY_TOKENS = 8;
// The words that name the sides of talks straight after the meeting word.
const SIDES_AFTER = new Set(['between', 'with']);

/** How many words after "between"/"with" a bare "mediators" may stand ("between Hamas and the mediators"). */
const MEDIATOR_NOUN_REACH = 6;

/**
 * "talks between Hamas and mediators", "met with the mediators": a mediator noun no party qualifies,
 * in the sides named from `from`, stands for the mediators the story names ("Egypt and Qatar have
 * been mediating"), not for the other side; they are added to `named`.
 */
function addStoryMediators({ doc, ctx, tokens, to }: Sentence, named: string[], from: number): void {
  for (let i = from; i < Math.min(to, from + MEDIATOR_NOUN_REACH); i++) {
    const w = tokens[i].lower;
    if (w === ',' || w === ';') return;
    if (!/^mediators?$/.test(w)) continue;
    if (!/^(and|the|with|between)$/.test(tokens[i - 1]?.lower ?? '')) return;
    named.push(...storyBrokers(doc, ctx).filter((b) => !named.includes(b)));
    return;
  }
}

/**
 * "efforts to organise talks between X and Y in Lumen on May 4", "calls for talks to include X
 * and Y beginning March 10": talks between sides the words name, on a day still to come.
 */
function plannedForDay(sentence: Sentence, c: Cue): boolean {
  const { ctx, index, tokens, to, timexes, doc } = sentence;
  const next = tokens[c.end]?.lower ?? '';
  const at = SIDES_AFTER.has(next) ? c.end + 1 : sidesIncluded(tokens, c.end) ? c.end + 2 : -1;
  if (at < 0) return false;
  const sides = listAfter(ctx, index, at, to);
  if (sides.codes.length === 0) return false;
  const last = tokens[Math.min(to, sides.end + PLANNED_DAY_TOKENS) - 1].end;
  return timexes.some(
    (t) =>
      t.start >= tokens[c.end].start &&
      t.end <= last &&
      t.precision === 'day' &&
      t.value > doc.date.slice(0, t.value.length),
  );
}

/** "talks to include X and Y": the sides named after "to include" (or "involve") at `at`. */
function sidesIncluded(tokens: Token[], at: number): boolean {
  return tokens[at]?.lower === 'to' && /^(include|involve)$/.test(tokens[at + 1]?.lower ?? '');
}

/**
 * "made a call to Kest", "placed a phone call to Ormund": a call placed to a party named straight
 * after "to" (a bare "call to" is an appeal: "Veska's call to Ormund to withdraw"); the verbs are
 * the codebook's call_placing_verbs.
 */
function callPlacedTo(sentence: Sentence, c: { start: number; end: number }): boolean {
  const { tokens, index } = sentence;
  let k = c.start - 1;
  if (CALL_DETERMINERS.has(tokens[k]?.lower ?? '')) k--;
  const to = index.mentionAt.get(c.end + 1);
  // ("made a call to Ormund to withdraw": an appeal)
  return (
    cueWords(sentence.ctx, 'call_placing_verbs').has(tokens[k]?.lower ?? '') &&
    tokens[c.end]?.lower === 'to' &&
    to !== undefined &&
    !TO_FOR.has(tokens[to.end]?.lower ?? '')
  );
}

/**
 * "in his second call with Kest", "a call with Ormund's leader": a call held with a party named
 * straight after "with" (an appeal is a call "for" or "to", never "with"); "a call between Xi and
 * Trump": with two sides named straight after "between".
 */
function callWith(sentence: Sentence, c: { start: number; end: number }): boolean {
  const { ctx, index, tokens, to } = sentence;
  const next = tokens[c.end]?.lower;
  if (next !== 'with' && next !== 'between') return false;
  return listAfter(ctx, index, c.end + 1, to).codes.length >= (next === 'with' ? 1 : 2);
}

/** Some token of [from, to) is one of `words`. */
function anyBetween(tokens: Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (words.has(tokens[k].lower)) return true;
  return false;
}

/** The parties a meeting word's own construction names, and where what names them ends. */
interface ConsultParties {
  named: string[];
  objectEnd: number;
  ofBody: boolean;
  mediators: string[];
  compound: string[];
  compoundStart: number;
  agent: string[];
  joins: boolean;
}

/** Who the construction around the meeting word names; undefined when a host names no guest. */
function consultParties(sentence: Sentence, c: Cue, head: ConsultHead): ConsultParties | undefined {
  const { doc, ctx, index, tokens, from, to, list } = sentence;
  const { word, isVerb, kind } = head;
  // Participants the construction names.
  const named: string[] = [];
  // "brought Tshisekedi and Kagame together": a verb split by its objects holds them.
  if (isVerb && c.end - c.start > 2) named.push(...listAfter(ctx, index, c.start + 1, c.end - 1).codes);
  let objectEnd = c.end;
  const nextWord = tokens[c.end]?.lower;
  let ofBody = false;
  // ("a visit by Pope Francis": the visitor, who comes to the party of the place)
  if (head.dayPlanned && sidesIncluded(tokens, c.end)) {
    // "talks to include the Taliban and the government"
    const l = listAfter(ctx, index, c.end + 2, to);
    named.push(...l.codes);
    objectEnd = l.end;
  } else if (
    nextWord === 'between' ||
    nextWord === 'with' ||
    (nextWord === 'to' && (kind === 'visit' || (kind === 'call' && index.mentionAt.has(c.end + 1)))) ||
    (nextWord === 'by' && kind === 'visit' && !isVerb)
  ) {
    const l = listAfter(ctx, index, c.end + 1, to);
    named.push(...l.codes);
    objectEnd = l.end;
    if (nextWord !== 'to' && nextWord !== 'by') addStoryMediators(sentence, named, c.end + 1);
  } else if (nextWord === 'of' && !isVerb) {
    // "a meeting of the contact group", "the summit of the Normandy Four", "a meeting of
    // foreign ministers of the SCO": the members of the body that meets.
    const l = listAfter(ctx, index, c.end + 1, to);
    named.push(...l.codes);
    if (l.codes.length) objectEnd = l.end;
    ofBody = l.codes.length > 0;
  } else if (isVerb) {
    const l = listAfter(ctx, index, c.end, to);
    named.push(...l.codes);
    objectEnd = l.end;
  }
  // "talks in Muscat, mediated by Oman": the mediator takes part (but names no side).
  const mediators = mediatorsAfter(sentence, c, objectEnd);
  // "The conference was attended by X, envoys from Y and observers from Z": all take part.
  const present = attendees(sentence, c, objectEnd);
  // "the meetings in Manama were attended by X": only those present named, on a meeting told
  // before, add to that meeting rather than tell one of their own.
  named.push(...present);
  // "met at the foreign ministry with envoy Mira Solenne": a later "with" in the same clause.
  let withAt = -1;
  // "talks in the Saudi city of Jeddah between U.S. and Ukrainian officials" too.
  for (let i = objectEnd; i < Math.min(to, objectEnd + 9); i++) {
    const w = tokens[i].lower;
    if (w === ',' || w === ';' || w === 'that' || w === 'which') break;
    if (w === 'with' || (w === 'between' && named.length === 0)) {
      withAt = i;
      break;
    }
  }
  if (withAt >= 0) {
    const l = listAfter(ctx, index, withAt + 1, to);
    named.push(...l.codes);
    if (l.codes.length) objectEnd = Math.max(objectEnd, l.end);
    addStoryMediators(sentence, named, withAt + 1);
  }
  // "U.S.-Russia talks", "a Putin-Trump phone call", "Lavrov's meeting".
  const { codes: compound, start: compoundStart } = compoundBefore(sentence, c);
  named.push(...compound);
  // "a round of the Geneva International Discussions": a format named after its meeting word
  // meets with all its members (the name begins before the cue's last word: "round of the Lumen
  // Harbour Talks" may be read whole).
  const format = index.mentionEndingAt.get(c.end);
  if (format && format.start < c.end - 1) named.push(...format.codes);
  named.push(...formatMembersAfter(index, c.end));
  let agent: string[] = [];
  // "X and Y held (their first round of) talks": the subject of the light verb takes part.
  const light = lightVerbBefore(tokens, list('consult_light_verbs'), c);
  const joins = !isVerb && joinsToldTalks(tokens, from, c.start);
  // "X and Y discussed the plan in a phone call": the call the clause's act was done in.
  const doneIn = !isVerb && (kind === 'call' || kind === 'conversation') && actDoneIn(tokens, from, c.start);
  if (isVerb || nextWord === 'with' || nextWord === 'to' || withAt >= 0 || light || joins || doneIn)
    agent = agentOf(doc, index, from, light ? light.start : c.start, !isVerb && !light);
  // "X joined Y and Z for talks", "X hosted Y for talks": the verb's objects take part too.
  if (light && JOINING_VERBS.has(tokens[light.start].lower))
    named.push(...listAfter(ctx, index, light.end, c.start).codes);
  // "Kest received envoy Solenne": hosting takes a guest; "Veska welcomed the decision" is none.
  if (HOSTING_VERBS.has(word) && named.length === 0) return undefined;
  const attendedOnly =
    !isVerb &&
    present.length > 0 &&
    agent.length === 0 &&
    named.every((a) => present.includes(a)) &&
    definiteMeetingNoun(tokens, from, c.start);
  return {
    named,
    objectEnd,
    ofBody,
    mediators,
    compound,
    compoundStart,
    agent,
    joins: joins || attendedOnly,
  };
}

/** The last light verb ("held", "began") within 30 tokens before the meeting word, in its clause. */
function lightVerbBefore(tokens: Token[], verbs: Cue[], c: Cue): Cue | undefined {
  let light: Cue | undefined;
  for (const v of verbs) {
    if (v.end > c.start || v.end < c.start - 30) continue;
    let cut = false;
    for (let k = v.end; k < c.start; k++) {
      const t = tokens[k];
      if (t.text === ';' || t.lower === 'that' || t.lower === 'which') {
        cut = true;
        break;
      }
    }
    if (!cut) light = v;
  }
  return light;
}

/**
 * "Netanyahu convened his Cabinet for the vote. The meeting stretched into the early hours": a
 * meeting word that names no parties, just after a body of one side was convened (a word of
 * `consult_not_after`: cabinet, parliamentary, party …), is that body's own session, not talks.
 */
function bodyConvenedJustBefore(sentence: Sentence, c: Cue): boolean {
  const { index, tokens, from } = sentence;
  const prev = from > 0 ? index.sentenceTokens[tokens[from - 1].sentence].from : from;
  const bodies = cueWords(sentence.ctx, 'consult_not_after');
  for (let k = prev; k < c.start; k++) {
    if (!/^(conven|summon)/.test(tokens[k].lower)) continue;
    for (let j = k + 1; j <= k + 3 && j < c.start; j++) if (bodies.has(tokens[j].lower)) return true;
  }
  return false;
}

/** One meeting word: its mention (or mentions: one per person spoken to), unless it tells none. */
function consultOf(sentence: Sentence, c: Cue, agree: Cue[]) {
  const head = consultHead(sentence, c, agree);
  if (!head) return;
  const parties = consultParties(sentence, c, head);
  if (!parties) return;
  const { doc, index, tokens, from, to, timexes } = sentence;
  const { modalBefore, negatedBefore, conditionalBefore } = sentence;
  const { word, isVerb, agreedTo, timeframe, leftOut } = head;
  const { named, objectEnd, joins } = parties;
  let { agent } = parties;
  // "The two met for three hours": a verb whose parties the text does not name here is a
  // further mention of a meeting told elsewhere (anaphoric below).
  // Who was left out.
  // "said it would not send envoys as scheduled": a delegation held back calls the talks off
  // (its sender is not left out of talks that go on).
  const calledOff = SENDING.has(tokens[c.start].lower) && negatedBefore(c.start);
  const { excluded, subjects } = calledOff
    ? { excluded: [], subjects: false }
    : leftOutOf(sentence, c, objectEnd);
  if (subjects) agent = agent.filter((a) => !excluded.includes(a));
  // "Abiy arrived in Asmara": the host state is a party only if it is one of the story's
  // (a visit); "negotiators arrived in Stockholm" came to a venue (decided in eventsOf).
  // ("sent a delegation to Cairo" travels; "sent a response to Egypt" is a contact, consult_sent)
  const arrival =
    isVerb &&
    c.pattern.payload === 'consult_verbs' &&
    /^(arriv|land|travel|return|fly$|flies$|flying$|send$|sends$|sent$|sending$)/.test(word);
  if (arrival && (agent.length === 0 || !partyAsSubject(sentence.ctx, index, from, c.start))) return;
  // "is set to return to Lumen next week": going back is a visit only to the party whose place is
  // named straight after "to" ("returned to the negotiating table", "to return to the nuclear
  // deal", "returned to Moscow" home, "returned to Kabul following talks with X" are none).
  const goingBack = arrival && GOING_BACK.test(word);
  const host = arrival
    ? (goingBack ? (index.mentionAt.get(c.end)?.codes ?? []) : named).filter((a) => !agent.includes(a))
    : [];
  if (goingBack && host.length === 0) return;
  if (arrival) named.length = 0;
  const actors = uniq([...agent, ...named, ...parties.mediators]).filter((a) => !excluded.includes(a));
  // ("told Kest that the talks were postponed": what was said is not the conversation's status)
  let status: EventStatus = head.told ? 'held' : statusOf(sentence, c, objectEnd, agreedTo);
  if (status === 'held' && head.dayPlanned) status = 'planned';
  // A mention that names nobody takes only a date written close to it ("Tuesday's meeting");
  // "X and Y were also involved in the talks" adds its parties to the talks already told.
  const anaphoric = uniq([...agent, ...named]).length < 2 || joins;
  // "told Kest" tells a conversation only between two sides named (not one's own aide).
  if (head.told && (anaphoric || agent.length === 0)) return;
  // "the meeting's key goal will be …": the meeting told already, named as the owner of what the
  // sentence is about; its tense is the goal's, not the meeting's.
  if (anaphoric && POSSESSIVE_AFTER.has(tokens[c.end]?.lower ?? '')) return;
  if (anaphoric && isVerb && interviewed(sentence, c)) return;
  if (anaphoric && !isVerb && bodyConvenedJustBefore(sentence, c)) return;
  // "would halt fire and begin negotiations if Kyiv …": a condition, not a meeting.
  if (
    anaphoric &&
    ((negatedBefore(c.start) && !calledOff) ||
      (modalBefore(c.start, 8) && !calledOff) ||
      anyBetween(tokens, from, to, IF_UNLESS))
  )
    return;
  // "would not engage in talks with M23", "nor the peace summit".
  if (negatedBefore(c.start) && !leftOut && !calledOff) return;
  if (calledOff) status = 'cancelled';
  // "refused to say whether he had spoken to Kest": a question, not a meeting.
  if (anyBetween(tokens, Math.max(from, c.start - WHETHER_TOKENS), c.start, WHETHER)) return;
  // "ready to meet Kest", "wants to visit Kyiv": an intention, at most a plan.
  if (isVerb && status === 'held' && tokens[c.start - 1]?.lower === 'to') status = 'planned';
  // "tasked to mediate talks", "efforts to organise direct talks": the object of an aim.
  if (
    !isVerb &&
    status === 'held' &&
    (infinitiveObject(tokens, from, c.start) ||
      travelPurpose(tokens, from, c.start) ||
      termOfPlan(tokens, from, c.start))
  )
    status = 'planned';
  // "would begin talks" is a condition; "Moon would visit Pyongyang in the fall" a plan told,
  // with the time it is to come.
  const timeAfter =
    timeframe ||
    timexes.some(
      (t) => t.start >= tokens[c.end - 1].end && t.start <= tokens[Math.min(to, c.end + 8) - 1].end,
    );
  if (status === 'held' && timeAfter && modalBefore(c.start) && !conditionalBefore(c.start))
    status = 'planned';
  // "Late last year, officials of X and Y held talks in Kessel": a date that opens the sentence
  // dates a meeting told without its parties too, however far from its word.
  // (the near window counts from the cue's last word: "the first round of talks, held … on May 16")
  let date =
    pickDate(index, timexes, c.start, status, anaphoric ? 10 + c.end - 1 - c.start : undefined, {
      nouns: 'consult_nouns',
    }) ??
    (anaphoric && status === 'held' ? frontedDate(index, timexes, from, c.start) : undefined) ??
    (status === 'held' ? cameDaysAfter(doc, index, c.start) : undefined);
  // A meeting dated after the article's own date has not happened yet, unless a verb in the past
  // tells it ("met … on Thursday" in a story dated the day before, in another time zone).
  const dated: EventStatus =
    status === 'held' &&
    date &&
    date.slice(0, 10) > doc.date.slice(0, date.length) &&
    !(isVerb && pastForm(sentence, tokens[c.start].lower))
      ? 'planned'
      : status;
  // "will resume dialogue, Trump said Sunday": a plan is not dated by the day it was told.
  if (dated === 'planned' && date && date < doc.date.slice(0, date.length)) date = undefined;
  // "would begin talks", "if asked, he would visit in the fall": a condition, not a meeting.
  if (dated === 'held' && modalBefore(c.start) && (!date || conditionalBefore(c.start))) return;
  const location = meetingPlace(sentence, c, objectEnd, head.kind);
  const duration = meetingDuration(sentence, c, objectEnd);
  // "concluded two days of talks on Sunday", "after three days of talks": the day told is the
  // last; a span of days is dated by its first (FORMAT: "talks on 12–13 May" is the 12th).
  const days = /^P(\d+)D$/.exec(duration ?? '');
  if (
    days &&
    date?.length === 10 &&
    dated === 'held' &&
    (anyBetween(tokens, Math.max(from, c.start - SPAN_ENDED_REACH), c.start, SPAN_ENDED) ||
      // "A two-day meeting between … concluded Monday night": the span's end told after it
      anyBetween(tokens, c.end, Math.min(to, c.end + SPAN_ENDED_AFTER_REACH), SPAN_ENDED_AFTER))
  )
    date = daysBefore(date, Number(days[1]) - 1);
  const future = dated === 'planned';
  if (future && !date && !location && !timeframe) return; // nothing scheduled yet
  pushConsult(sentence, c, head, parties, {
    agent,
    actors,
    excluded,
    host,
    dated,
    date,
    location,
    duration,
    anaphoric,
  });
}

const IF_UNLESS = new Set(['if', 'unless']);

/** Words that tell a span of days by its end: "concluded two days of talks", "after three days of". */
const SPAN_ENDED = new Set([
  'concluded',
  'concludes',
  'ended',
  'ends',
  'wrapped',
  'after',
  'following',
  'closing',
  'closed',
  'wound',
]);
/** How far before the meeting word such a word may stand ("concluded [two days of] talks"). */
const SPAN_ENDED_REACH = 6;
/** The verbs that tell the span's end after the meeting word ("the two-day talks ended on Monday"). */
const SPAN_ENDED_AFTER = new Set(['concluded', 'ended', 'wrapped', 'closed']);
/** How far after the meeting word ("… between Prime Minister Ida Vell and Ormundi President Petr Vallo concluded"). */
const SPAN_ENDED_AFTER_REACH = 14;

/** A verb's past form: "-ed", or one of the codebook's irregular ones (consult_past_forms: "met"). */
const pastForm = (sentence: Sentence, word: string) =>
  word.endsWith('ed') || cueWords(sentence.ctx, 'consult_past_forms').has(word);
const WHETHER = new Set(['whether']);

/** What `consultOf` found of a meeting word, for its mention. */
interface ConsultFound {
  agent: string[];
  actors: string[];
  excluded: string[];
  host: string[];
  dated: EventStatus;
  date: string | undefined;
  location: ReturnType<typeof meetingPlace>;
  duration: string | undefined;
  anaphoric: boolean;
}

/** The meeting word's mention (one per person, for "spoke to A and B"). */
function pushConsult(
  sentence: Sentence,
  c: Cue,
  head: ConsultHead,
  parties: ConsultParties,
  f: ConsultFound,
) {
  const { index, tokens, from, to, out, list, cueText } = sentence;
  const { word, isVerb, timeframe, kind } = head;
  const { named, objectEnd, ofBody, mediators, compound, compoundStart } = parties;
  const { agent, actors, excluded, host, dated, date, location, duration, anaphoric } = f;
  const evFrom = Math.min(c.start, compound.length ? compoundStart : c.start, Math.max(from, c.start - 3));
  // "he had spoken to Netanyahu and Lebanon's Prime Minister": a conversation with each.
  const each = agent.length > 0 && SPOKE_TO.test(word) ? named.filter((a) => !agent.includes(a)) : [];
  // Every optional field is assigned (undefined where absent) in one order: the mentions share
  // one shape, so the code that reads them (merge.ts) is compiled once.
  const evTo = Math.max(objectEnd, location?.span ? tokensBefore(index, location.span.end) + 1 : objectEnd);
  const rule = `event.consult.${isVerb ? 'verb' : 'noun'}${anaphoric ? '.anaphoric' : ''}`;
  const sideline =
    list('sideline_markers').some((m) => m.start >= c.end && m.start <= c.end + 12) || undefined;
  // ("Blinken told Aliyev": a word between two, not the meeting of more that the story tells;
  // "separate talks", "bilateral talks with Aliyev": not the trilateral summit of their day)
  const apart =
    ofBody ||
    cueWords(sentence.ctx, 'apart_markers').has(tokens[c.start - 1]?.lower ?? '') ||
    head.told ||
    undefined;
  const setting = list('sideline_markers').some((m) => m.end <= c.start && m.end >= c.start - 4) || undefined;
  const definite =
    DEFINITE_BEFORE.has(tokens[c.start - 1]?.lower ?? '') || tokens[c.start - 1]?.lower === "'s";
  const toldHeld = toldAsHeld(tokens, from, c.start) || tookPlace(tokens, c.end, to) || undefined;
  const ongoing = toldAsOngoing(tokens, from, c.start) || undefined;
  const earlier = earlierRound(tokens, from, c.start) || undefined;
  const previously = (dated === 'held' && !date && priorMeeting(tokens, from, c.start)) || undefined;
  // (groups by push: a `map` result and a literal would be arrays of two elements kinds)
  const groups: string[][] = [];
  if (each.length >= 2) for (const a of each) groups.push(uniq([...agent, a]));
  else groups.push(actors);
  for (const group of groups)
    out.push({
      type: 'CONSULT',
      kind,
      actors: group,
      excluded: uniq(excluded),
      status: dated,
      date: date || undefined,
      location: location || undefined,
      duration: duration || undefined,
      evidence: textSpan(index, evFrom, evTo),
      rule,
      cue: cueText(c),
      anaphoric,
      host: host.length ? host : undefined,
      sideline,
      scheduled: timeframe || undefined,
      apart,
      spokenTo: head.told || undefined,
      // "On Tuesday Hochstein also met with Aoun": one more meeting, not the one told before
      another: (isVerb && tokens[c.start - 1]?.lower === 'also') || undefined,
      mediators: mediators.length ? mediators : undefined,
      earlierRound: earlier,
      previously,
      setting,
      definite,
      toldHeld,
      ongoing,
    });
}

// How far after the verb of signing "along with Y" may stand ("signed the peace deal along with").
const SIGNED_TOGETHER_TOKENS = 5;
// A verb of signing: the act a ceremony is held for.
const SIGNING = /^(sign|signs|signed|signing|inked)$/;

// How many sentences back a list of those present may still tell of the meeting it completes.
const ATTENDANCE_AFTER_MEETING = 2;

/**
 * "Kest hosted the summit on Monday. In attendance were Brisk (Veska) and Lind (Tarsia).": a
 * sentence that opens by listing who was present adds them to the meeting told just before it.
 */
export function readAttendance(sentence: Sentence) {
  const { ctx, index, tokens, from, to, out, sentenceOut, list } = sentence;
  const lead = list('attendance_leads').find((c) => c.start === from);
  if (!lead) return;
  const present = actorsIn(ctx, index, lead.end, to);
  if (!present.length) return;
  const s = index.sentenceTokens.findIndex((x) => x.from === from);
  const earliest = index.sentenceTokens[Math.max(0, s - ATTENDANCE_AFTER_MEETING)].from;
  for (let i = sentenceOut - 1; i >= 0; i--) {
    const m = out[i];
    if (tokenAtOrAfter(tokens, m.evidence.start) < earliest) return;
    if (m.type !== 'CONSULT' || m.status === 'planned') continue;
    out[i] = { ...m, actors: uniq([...m.actors, ...present]) };
    return;
  }
}

/**
 * A signing ceremony: "X and Y signed the accord in the presence of Z", "… with A and B in
 * attendance, joined by C", "Z attended the signing of …". Those who sign and those present meet;
 * "attended the signing" names only those present, the signers are the story's sides.
 */
export function readCeremony(sentence: Sentence) {
  const { doc, ctx, index, tokens, from, to, timexes, out } = sentence;
  const { list, cueText, modalBefore, negatedBefore, conditionalBefore } = sentence;
  const push = (c: Cue, evFrom: number, evTo: number, actors: string[], signAt: number, inPlay: boolean) => {
    const date = pickDate(index, timexes, signAt, 'held', undefined, { nouns: 'consult_nouns' });
    out.push({
      type: 'CONSULT',
      kind: 'meeting',
      actors,
      excluded: [],
      status: 'held',
      ...(date ? { date } : {}),
      evidence: textSpan(index, evFrom, evTo),
      rule: 'event.consult.ceremony',
      cue: cueText(c),
      inPlay,
    });
  };
  for (const c of [...list('signing_presence'), ...list('signing_together')]) {
    let sign = c.start - 1;
    while (sign >= from && !SIGNING.test(tokens[sign].lower)) sign--;
    if (sign < from || negatedBefore(sign) || modalBefore(sign, 3) || conditionalBefore(sign)) continue;
    // "signed the deal along with Y", not "who signed in 2019, along with Y, criticised …"
    if (c.pattern.payload === 'signing_together' && c.start - sign > SIGNED_TOGETHER_TOKENS) continue;
    const signers = agentOf(doc, index, from, sign);
    let present: string[] = [];
    if (tokens[c.end - 1].lower === 'attendance') {
      // "with Prime Ministers A and B in attendance"
      let w = c.start - 1;
      while (w > sign && tokens[w].lower !== 'with' && tokens[w].text !== ',') w--;
      if (tokens[w].lower === 'with') present = actorsIn(ctx, index, w + 1, c.start);
    } else present = listAfter(ctx, index, c.end, to).codes;
    // ", joined by officials from C and D"
    let end = c.end;
    for (let i = c.end; i < Math.min(to, c.end + 3); i++)
      if (tokens[i].lower === 'joined' && tokens[i + 1]?.lower === 'by') {
        const l = listAfter(ctx, index, i + 2, to);
        present = [...present, ...l.codes];
        end = Math.max(end, l.end);
      }
    if (!present.length) continue;
    push(
      c,
      sign,
      Math.max(end, Math.min(to, c.end + 6)),
      uniq([...signers, ...present]),
      sign,
      signers.length === 0,
    );
  }
  for (const c of list('ceremony_verbs')) {
    if (negatedBefore(c.start) || modalBefore(c.start, 3) || conditionalBefore(c.start)) continue;
    const present = agentOf(doc, index, from, c.start);
    if (!present.length) continue;
    push(c, c.start, Math.min(to, c.end + 6), present, c.start, true);
  }
}

// What tells a meeting word as one that was held: "their meeting", "after three rounds of
// negotiations", "during the talks".
const HELD_BEFORE = /^(their|its|after|following|during|since)$/;

/** The meeting word at `at` is told as held ("during their meeting", "after two rounds of talks"). */
function toldAsHeld(tokens: Token[], from: number, at: number): boolean {
  for (let k = at - 1; k >= Math.max(from, at - 5); k--) {
    const w = tokens[k].lower;
    if (HELD_BEFORE.test(w)) return true;
    if (
      !/^(the|a|of|rounds?|days?|hours?|weeks?|two|three|four|five|six|several|first|recent|direct|indirect|peace)$/.test(
        w,
      )
    )
      return false;
  }
  return false;
}

/** "The signing ceremony took place at Kessel", "the talks were held in Lumen": told as held. */
function tookPlace(tokens: Token[], at: number, to: number): boolean {
  const [a, b] = [tokens[at]?.lower, at + 1 < to ? tokens[at + 1]?.lower : undefined];
  return (a === 'took' && b === 'place') || (/^(was|were)$/.test(a ?? '') && b === 'held');
}

/** "have been in talks since 2016", "had been in negotiations": talks told as a state that lasts. */
function toldAsOngoing(tokens: Token[], from: number, at: number): boolean {
  // ("in talks" may be the cue itself, or "in" stands before the meeting word)
  if (at - 1 >= from && tokens[at - 1].lower === 'been' && tokens[at].lower === 'in') return true;
  return at - 2 >= from && tokens[at - 1].lower === 'in' && tokens[at - 2].lower === 'been';
}

// "the first round of talks", "a previous round of negotiations": one of a series before others.
const EARLIER_ORDINALS = /^(first|second|third|fourth|fifth|previous|earlier|prior)$/;

/** The marks of a possessive after a meeting word ("the meeting's", "the talks'"). */
const POSSESSIVE_AFTER = new Set(["'s", "'", '\u2019s', '\u2019']);

// "the previous meeting", "an earlier session": a meeting before the one told (not "the first
// meeting", which may be the story's own).
const EARLIER_MEETING = /^(previous|earlier|prior)$/;

// "during their last meeting in Paris", "at the previous round of talks": a meeting before the
// story's, named by its place in the series ("the last meeting" after a determiner, not "at last").
const PRIOR_MEETING_DETERMINERS = /^(the|their|its|his|her|our|an)$/;

/** The meeting word at `at` (or the "round of" before it) follows "their last", "the previous". */
function priorMeeting(tokens: Token[], from: number, at: number): boolean {
  let k = at - 1;
  if (tokens[k]?.lower === 'of' && /^rounds?$/.test(tokens[k - 1]?.lower ?? '')) k -= 2;
  return (
    k - 1 >= from &&
    (EARLIER_MEETING.test(tokens[k].lower) || tokens[k].lower === 'last') &&
    PRIOR_MEETING_DETERMINERS.test(tokens[k - 1].lower)
  );
}

/** "the first round of the negotiations": the meeting word at `at` is an earlier round. */
function earlierRound(tokens: Token[], from: number, at: number): boolean {
  // The cue may open with the round itself ("the first round of the negotiations", read whole):
  // the same reading as from its meeting word, "the" and all.
  if (
    /^rounds?$/.test(tokens[at]?.lower ?? '') &&
    tokens[at + 1]?.lower === 'of' &&
    tokens[at + 2]?.lower === 'the'
  )
    return at - 1 >= from && EARLIER_ORDINALS.test(tokens[at - 1].lower);
  // "at the previous meeting in Minsk": the meeting word itself told as an earlier one
  if (at - 1 >= from && EARLIER_MEETING.test(tokens[at - 1].lower)) return true;
  let k = at - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.lower !== 'of' || !/^rounds?$/.test(tokens[k - 1]?.lower ?? '')) return false;
  return k - 2 >= from && EARLIER_ORDINALS.test(tokens[k - 2].lower);
}

// "involved in", "took part in", "participated in", "joined": who takes part in talks told before.
const PARTICIPATED_IN = /^(involved|participated|participating|participate|participates|part)$/;
const JOINED = /^(joined|joins|join|joining)$/;

/** "were involved in the talks", "took part in the negotiations", "joined the talks": the meeting
 * word at `at` is a definite one that its subject takes part in. */
function joinsToldTalks(tokens: Token[], from: number, at: number): boolean {
  if (tokens[at - 1]?.lower !== 'the' || at - 2 < from) return false;
  const before = tokens[at - 2].lower;
  if (JOINED.test(before)) return true;
  return before === 'in' && at - 3 >= from && PARTICIPATED_IN.test(tokens[at - 3].lower);
}

/**
 * "discussed the plan in a phone call", "agreed on it during their conversation": the call at `at`
 * is where the act of the clause was done, after "in", "during" or "over" and its determiner.
 */
function actDoneIn(tokens: Token[], from: number, at: number): boolean {
  let k = at - 1;
  if (CALL_MODIFIERS.has(tokens[k]?.lower ?? '')) k--;
  if (!/^(a|an|their|the)$/.test(tokens[k]?.lower ?? '')) return false;
  return k - 1 > from && /^(in|during|over)$/.test(tokens[k - 1].lower);
}

/** Words that open a clause of what is waited for ("until they meet"). */
const AWAITING = new Set(['until', 'unless', 'before', 'till']);
/** Words of a main clause that does not tell the awaited thing as done. */
const NOT_YET = new Set([
  'not',
  'no',
  'never',
  "n't",
  'would',
  'will',
  'could',
  'cannot',
  'expect',
  'expects',
  'expected',
]);

function awaitedMeeting(sentence: Sentence, at: number): boolean {
  const { tokens, from } = sentence;
  for (let k = at - 1; k >= Math.max(from, at - 6); k--) {
    if (tokens[k].text === ',' || tokens[k].text === ';') return false;
    if (!AWAITING.has(tokens[k].lower)) continue;
    for (let j = from; j < k; j++) if (NOT_YET.has(tokens[j].lower)) return true;
    return false;
  }
  return false;
}

/**
 * The words around a meeting word that make it no meeting: a stance ("proposed talks"), a process
 * ("a year of talks"), an audience ("told a meeting"), one not planned, not between parties or
 * not held, and "meet" whose object is no party ("meet Tehran's demands").
 */
function toldAsNoMeeting(sentence: Sentence, c: Cue, isVerb: boolean, leftOut: boolean): boolean {
  const { tokens, from, cues, list } = sentence;
  // ("planned to host a summit on Sunday": a plan, kept when it is dated or placed; "ready to
  // start negotiations" stays a stance.)
  const plan = (s: Cue) => list('status_planned').some((p) => p.start === s.start);
  if (!isVerb && !leftOut && stanceBefore(cues, c.start, from, plan)) return true;
  // "offered to meet Putin", "is ready to meet him": an offer of a meeting, a stance, not one told.
  // ("announced his intention to visit Kosovo in September" is a plan)
  if (
    isVerb &&
    tokens[c.start - 1]?.lower === 'to' &&
    !list('status_planned').some((p) => p.end === c.start) &&
    stanceBefore(cues, c.start - 1, from, plan)
  )
    return true;
  // "more than a year of talks", "a string of consultations": a process, not a meeting.
  if (
    tokens[c.start - 1]?.lower === 'of' &&
    /^(years?|months?|weeks?|decades?|string|series)$/.test(tokens[c.start - 2]?.lower ?? '')
  )
    return true;
  // "he told a meeting", "addressing a summit": an audience, not a consultation.
  if (
    tokens
      .slice(Math.max(from, c.start - 2), c.start)
      .some((t) => /^(told|tells|addressed|addressing|addresses)$/.test(t.lower))
  )
    return true;
  if (list('not_planned').some((n) => n.start < c.start)) return true; // "no date had been set for a meeting"
  // "the first round of the election", "a second round of sanctions": a round of something else
  // ("round of talks" is a cue of its own, longer than "first round").
  if (
    tokens[c.end]?.lower === 'of' &&
    cueWords(sentence.ctx, 'consult_nouns_alone').has(tokens[c.end - 1].lower)
  )
    return true;
  // "a press conference", "a Cabinet meeting": no consultation between parties.
  if (list('consult_not_after').some((n) => n.end === c.start)) return true;
  // "the need for eventual talks", "a prerequisite for talks": a meeting that may not come.
  if (list('consult_not_held').some((n) => n.end <= c.start && n.end >= c.start - 3)) return true;
  // "a meeting between the leaders was possible only after …": judged as one that may come.
  if (
    !isVerb &&
    list('consult_not_held_after').some(
      (n) =>
        n.start >= c.end &&
        n.start <= c.end + HELD_JUDGED_REACH &&
        !tokens.slice(c.end, n.start).some((t) => t.text === ',' || t.text === ';'),
    )
  )
    return true;
  // "did not expect a breakthrough until Trump and Putin met", "no deal would come before the
  // leaders meet": a meeting that a negated or modal main clause waits for, not one held.
  if (isVerb && awaitedMeeting(sentence, c.start)) return true;
  // "decided to meet Tehran's remaining demands": no meeting.
  if (isVerb && list('meet_objects').some((n) => n.start >= c.end && n.start <= c.end + 4)) return true;
  if (isVerb && passiveMetObject(sentence, c, list('meet_objects'))) return true;
  if (!isVerb && subjunctiveMeeting(sentence, c)) return true;
  return false;
}

/**
 * "ensure global demand is met", "until their conditions are met": "met" in the passive with a
 * thing met (codebook `meet_objects`) as its subject satisfies it, no meeting is held.
 */
function passiveMetObject(sentence: Sentence, c: Cue, objects: { start: number; end: number }[]): boolean {
  const { tokens } = sentence;
  // the "be" that makes "met" passive, right before the cue or two before it across an adverb
  // ("demand is met", "were fully met")
  const be = [c.start - 1, c.start - 2].find((k) => k >= 0 && BE.has(tokens[k]?.lower ?? ''));
  if (be === undefined) return false;
  // the thing met ends right before the "be" or its modal ("demands will be met")
  return objects.some((n) => n.end === be || n.end === be - 1);
}

/** How far after "with" the head of the one spoken with may stand ("with an AFP journalist"). */
const INTERVIEW_PARTNER_TOKENS = 4;

/**
 * "Brisk speaks with an AFP journalist", "spoke with reporters": an interview, no consultation
 * between parties (codebook `interview_partners`).
 */
function interviewed(sentence: Sentence, c: Cue): boolean {
  const { tokens, to } = sentence;
  // (the cue may hold its "with": "speaks with")
  const from = tokens[c.end - 1]?.lower === 'with' ? c.end : tokens[c.end]?.lower === 'with' ? c.end + 1 : -1;
  if (from < 0) return false;
  const partners = cueWords(sentence.ctx, 'interview_partners');
  for (let k = from; k < Math.min(to, from + INTERVIEW_PARTNER_TOKENS); k++) {
    if (partners.has(tokens[k].lower)) return true;
    if (tokens[k].text === ',' || tokens[k].lower === 'and') return false;
  }
  return false;
}

/** How far the subject of "that … be held" may run, before the meeting word and after it. */
const SUBJUNCTIVE_SUBJECT_BEFORE = 4;
const SUBJUNCTIVE_SUBJECT_AFTER = 12;
/** Words that end the search for a bare "be": an auxiliary or modal makes the clause indicative. */
const INDICATIVE_AUX =
  /^(will|would|shall|should|must|can|could|may|might|to|is|are|was|were|has|have|had|been|being)$/;

/**
 * "the condition that a direct dialogue be held between Kessel and the rebels", "insisted that
 * talks with the rebels be convened": a meeting in a bare subjunctive is one demanded or proposed,
 * not one held (nor yet planned).
 */
function subjunctiveMeeting(sentence: Sentence, c: Cue): boolean {
  const { tokens, from, to } = sentence;
  let that = -1;
  for (let k = c.start - 1; k >= Math.max(from, c.start - SUBJUNCTIVE_SUBJECT_BEFORE); k--)
    if (tokens[k].lower === 'that') {
      that = k;
      break;
    }
  if (that < 0) return false;
  for (let k = c.end; k < Math.min(to, c.end + SUBJUNCTIVE_SUBJECT_AFTER); k++) {
    const w = tokens[k].lower;
    if (w === ',' || w === ';' || INDICATIVE_AUX.test(w)) return false;
    if (w === 'be') return true;
  }
  return false;
}

/** "talks in Muscat, mediated by Oman": the parties after "mediated by", "hosted by" … */
function mediatorsAfter(sentence: Sentence, c: Cue, objectEnd: number): string[] {
  const { ctx, index, tokens, to } = sentence;
  const mediators: string[] = [];
  for (let i = c.end; i < Math.min(to, objectEnd + 10); i++) {
    if (tokens[i].text === ';') break;
    if (
      /^(mediated|hosted|brokered|chaired|facilitated|organised|organized|convened|sponsored|initiated|arranged)$/.test(
        tokens[i].lower,
      ) &&
      tokens[i + 1]?.lower === 'by'
    ) {
      mediators.push(...listAfter(ctx, index, i + 2, to).codes);
      break;
    }
  }
  return mediators;
}

/** How far after "host" the meeting it hosts may be named ("will host the next round of talks"). */
const HOSTED_MEETING_TOKENS = 5;

/**
 * "Qatar will host talks between Veska and Ormund": a host of talks holds a meeting (the talks
 * told by their noun too), where "Kest hosted Vell in Lumen" is a visit.
 */
function hostsMeeting(sentence: Sentence, c: Cue, word: string): boolean {
  return (
    word.startsWith('host') &&
    sentence.list('consult_nouns').some((n) => n.start >= c.end && n.start < c.end + HOSTED_MEETING_TOKENS)
  );
}

// How many adjectives may stand between "the" and a meeting noun ("the unannounced talks").
const DEFINITE_MODIFIERS = 2;

/** "the talks", "the unannounced talks", "these meetings": a meeting told before. */
function definiteMeetingNoun(tokens: Token[], from: number, at: number): boolean {
  for (let k = at - 1; k >= Math.max(from, at - 1 - DEFINITE_MODIFIERS); k--) {
    const t = tokens[k];
    if (DEFINITE_BEFORE.has(t.lower)) return true;
    if (t.kind !== 'word' || t.text !== t.lower) return false;
  }
  return false;
}

/** "The meeting was (also) attended by X and Y": those present. */
function attendees(sentence: Sentence, c: Cue, objectEnd: number): string[] {
  const { tokens, to } = sentence;
  for (let i = c.end; i < Math.min(to, objectEnd + 10); i++) {
    // "The talks, which sources said were also attended by X": a relative clause on the meeting
    // noun itself still names those present; one further on is about something else.
    const onTheMeeting = i === c.end || (i === c.end + 1 && tokens[c.end].text === ',');
    if (tokens[i].text === ';' || (/^(that|which|who)$/.test(tokens[i].lower) && !onTheMeeting)) break;
    if (tokens[i].lower === 'attended' && tokens[i + 1]?.lower === 'by')
      return attendeeGroups(sentence, i + 2);
  }
  return participants(sentence, c);
}

/**
 * "the meeting with Kest scheduled for May 5 in Lumen with the participation of Solenne and
 * Marrow": those the phrase names take part, wherever it closes the meeting's clause.
 */
function participants(sentence: Sentence, c: Cue): string[] {
  const { tokens, to } = sentence;
  for (let i = c.end; i + 3 < to; i++) {
    if (tokens[i].text === ';') break;
    const phrase = tokens.slice(i, i + 4).map((t) => t.lower);
    if (phrase.join(' ') === 'with the participation of') return attendeeGroups(sentence, i + 4);
  }
  return [];
}

/**
 * The parties of "attended by X and Y", and of each further "and by …" group: "attended by senior
 * aides from both camps and by officials from Egypt and Qatar" names Egypt and Qatar even though
 * the first group names no party.
 */
function attendeeGroups(sentence: Sentence, start: number): string[] {
  const { ctx, index, tokens, to } = sentence;
  const codes: string[] = [];
  let at = start;
  while (at < to) {
    codes.push(...listAfter(ctx, index, at, to).codes);
    let next = -1;
    for (let k = at; k < to - 1 && next < 0; k++) {
      if (tokens[k].text === ';' || tokens[k].text === '.') break;
      if (tokens[k].lower === 'and' && tokens[k + 1].lower === 'by') next = k + 2;
    }
    if (next < 0) break;
    at = next;
  }
  return codes;
}

/** The parties of a compound before the meeting word ("U.S.-Russia talks"), and where it starts. */
function compoundBefore(sentence: Sentence, c: Cue): { codes: string[]; start: number } {
  const { ctx, index, tokens, from } = sentence;
  let k = c.start - 1;
  if (tokens[k]?.lower === 'phone' || tokens[k]?.lower === 'telephone') k--;
  // "U.S.-Taliban peace talks", "U.S.-North Korean nuclear talks": what the talks are about
  // may stand between the parties and the noun.
  for (let n = 1; n <= 2 && k - n >= from; n++) {
    const modifier = tokens[k - n + 1];
    if (!TOPIC_MODIFIER.test(modifier.text) || NOT_MODIFIER.has(modifier.lower)) break;
    const before = k - n;
    // Only a compound of two parties: "U.S.-Taliban peace talks", not "Yemeni political talks".
    const ending = index.mentionEndingAt.get(before + 1);
    const paired = ending !== undefined && tokens[ending.start - 1]?.text === '-';
    if (paired || /\p{Lu}.*-/u.test(tokens[before].text)) {
      k = before;
      break;
    }
  }
  const compoundFrom = k;
  while (
    k >= from &&
    (tokens[k].text === '-' ||
      index.mentionEndingAt.has(k + 1) ||
      (tokens[k].text.includes('-') && actorsIn(ctx, index, k, k + 1).length))
  ) {
    const m = index.mentionEndingAt.get(k + 1);
    k = m ? m.start - 1 : k - 1;
  }
  // "the Astana talks", "the Geneva talks": one place before the noun is where, not who.
  const venue = k < compoundFrom && isPlaceName(ctx, index, k + 1, compoundFrom + 1);
  const compound = k < compoundFrom && !venue ? actorsIn(ctx, index, k + 1, compoundFrom + 1) : [];
  return { codes: compound, start: k + 1 };
}

/** How far after the meeting word a party may be said to be kept out of it, and the words that say so. */
const KEPT_OUT_REACH = 16;
const KEPT_OUT = /^(invited|involved|present|represented|included|participating|attending)$/;

/**
 * Who was left out of a meeting: "a meeting that excluded Kyiv", and the subject of "X was
 * excluded from the talks" (`subjects`: then the subject is no participant).
 */
function leftOutOf(sentence: Sentence, c: Cue, objectEnd: number): { excluded: string[]; subjects: boolean } {
  const { ctx, index, tokens, from, to } = sentence;
  const excluded: string[] = [];
  let subjects = false;
  for (let i = objectEnd; i < Math.min(to, objectEnd + 5); i++)
    if (EXCLUDING.has(tokens[i].lower)) excluded.push(...listAfter(ctx, index, i + 1, to).codes);
  // "… peace summit in June, where Russia was not invited", "…, but Russia is not involved": a
  // party said after the meeting word to be kept out of it.
  for (let i = objectEnd + 1; i < Math.min(to - 1, objectEnd + KEPT_OUT_REACH); i++) {
    if (!/^(not|never)$/.test(tokens[i].lower) || !BE.has(tokens[i - 1].lower)) continue;
    if (!KEPT_OUT.test(tokens[i + 1].lower)) continue;
    excluded.push(...(index.mentionEndingAt.get(i - 1)?.codes ?? []));
  }
  // "The Assembly was again excluded from the talks", "X was not invited to the meeting", "X
  // said they were not present at the meeting", "X was absent from the talks".
  let k2 = c.start - 1;
  if (tokens[k2]?.lower === 'the') k2--;
  const word = tokens[k2 - 1]?.lower ?? '';
  if (
    (/^(from|to)$/.test(tokens[k2]?.lower ?? '') && /^(excluded|barred|invited|left|absent)$/.test(word)) ||
    (tokens[k2]?.lower === 'at' && word === 'present')
  ) {
    // (being invited or present is taking part; only its negation leaves one out)
    const takesPart = word === 'invited' || word === 'present';
    const negated =
      takesPart && tokens.slice(Math.max(from, k2 - 4), k2 - 1).some((t) => /^(not|never)$/.test(t.lower));
    if (!takesPart || negated) {
      excluded.push(...subjectBefore(index, from, k2 - 1).flatMap((m) => m.codes));
      subjects = true;
    }
  }
  return { excluded, subjects };
}

// The auxiliaries of a passive status verb ("was postponed", "has been called off"), and how far
// after what names the meeting such a verb may still tell of it.
const STATUS_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'be']);
const PASSIVE_STATUS_TOKENS = 16;
// How far before the meeting word a verb that puts it off or calls it off may stand: "called off
// the sixth round of nuclear talks", "cancelled a planned trip to Geneva for talks".
const STATUS_BEFORE_TOKENS = 8;
const CLAUSE_END = new Set([',', ';', 'that', 'which', 'who', 'whose', 'where', 'when', 'while']);

/**
 * "The fifth round of talks was scheduled to take place in March but was halted": the meeting
 * as the subject of a passive status verb further on in its clause (none of another clause).
 */
function passiveStatus(sentence: Sentence, at: number, status: string): boolean {
  const { tokens, to, list } = sentence;
  const cues = list(status);
  for (let i = at; i < Math.min(to, at + PASSIVE_STATUS_TOKENS); i++) {
    if (tokens[i].text === ',' && PARTICIPLE_ASIDE.test(tokens[i + 1]?.lower ?? ''))
      return afterParticipleAside(sentence, i, cues);
    if (CLAUSE_END.has(tokens[i].lower)) return false;
    if (STATUS_AUX.has(tokens[i - 1]?.lower ?? '') && cues.some((p) => p.start === i)) return true;
  }
  return false;
}

/** What opens a participle aside after the meeting ("The summit, mediated by Tarsia and scheduled for Sunday, …"). */
const PARTICIPLE_ASIDE = /^(?:[a-z]+ed|due|set)$/;
/** How far such an aside may run before the main verb. */
const PARTICIPLE_ASIDE_TOKENS = 30;
/** How far after the aside's closing comma the passive status verb may stand ("has been cancelled"). */
const AFTER_ASIDE_TOKENS = 3;

/**
 * "The peace summit between X and Y, mediated by Tarsia and scheduled to take place on Sunday, in
 * Lumen, has been cancelled": a participle aside set off by commas stands between the meeting and
 * its verb, which comes right after the aside's last comma.
 */
function afterParticipleAside(sentence: Sentence, open: number, cues: Cue[]): boolean {
  const { tokens, to } = sentence;
  for (let i = open + 1; i < Math.min(to, open + PARTICIPLE_ASIDE_TOKENS); i++) {
    if (tokens[i].text === ';' || /^(which|who|that)$/.test(tokens[i].lower)) return false;
    if (tokens[i].text !== ',' || !/^(has|have|had|was|were|is|are)$/.test(tokens[i + 1]?.lower ?? ''))
      continue;
    for (let k = i + 2; k < Math.min(to, i + 2 + AFTER_ASIDE_TOKENS); k++)
      if (STATUS_AUX.has(tokens[k - 1].lower) && cues.some((p) => p.start === k)) return true;
    return false;
  }
  return false;
}

// How far before a meeting word a word that plans it is read, and before the "for" that makes
// the meeting what a trip is for ("to go to Vienna for indirect nuclear talks").
const PLANNED_BEFORE_TOKENS = 4;
const PURPOSE_MODIFIERS = 4;
const PURPOSE_CLAUSE_TOKENS = 8;

/** Where words that plan the meeting word at `c` may begin. */
function plannedFrom({ tokens, from }: Sentence, c: Cue): number {
  let k = c.start - 1;
  for (
    let n = 0;
    n < PURPOSE_MODIFIERS && k > from && /^[a-z-]+$/.test(tokens[k].text) && tokens[k].lower !== 'for';
    n++
  )
    k--;
  return Math.max(
    from,
    tokens[k]?.lower === 'for' ? k - PURPOSE_CLAUSE_TOKENS : c.start - PLANNED_BEFORE_TOKENS,
  );
}

// What opens a noun phrase right after a verb, its object: the determiners of a call and of a
// definite meeting above, together.
const OBJECT_OPENERS = new Set([...CALL_DETERMINERS, ...DEFINITE_BEFORE]);

/**
 * A status word in [early, statusEnd) that tells of the meeting: before it ("called off the
 * talks"), or after it without an object of its own. After the meeting, a status verb with its
 * own object tells of that object ("The visit comes a month after Moscow put on hold the deal",
 * "The talks follow weeks after Kyiv postponed the vote"): the meeting is no object of it.
 */
function statusNear(
  sentence: Sentence,
  status: string,
  early: number,
  late: number,
  statusEnd: number,
): boolean {
  const { tokens, list } = sentence;
  return list(status).some(
    (c) =>
      c.start >= early &&
      c.start < statusEnd &&
      !(c.start >= late && OBJECT_OPENERS.has(tokens[c.end]?.lower ?? '')),
  );
}

/** Status words before the meeting or after what names it, up to the next comma. */
function statusOf(sentence: Sentence, c: Cue, objectEnd: number, agreedTo: boolean): EventStatus {
  const { tokens, from, to, near } = sentence;
  let statusEnd = Math.max(c.end, objectEnd);
  while (statusEnd < Math.min(to, Math.max(c.end, objectEnd) + 8) && tokens[statusEnd].text !== ',')
    statusEnd++;
  const late = Math.max(c.end, objectEnd);
  const early = Math.max(from, c.start - STATUS_BEFORE_TOKENS);
  if (
    statusNear(sentence, 'status_postponed', early, late, statusEnd) ||
    passiveStatus(sentence, late, 'status_postponed')
  )
    return 'postponed';
  if (
    statusNear(sentence, 'status_cancelled', early, late, statusEnd) ||
    passiveStatus(sentence, late, 'status_cancelled')
  )
    return 'cancelled';
  if (
    !agreedTo &&
    !near('status_planned', plannedFrom(sentence, c), Math.max(statusEnd, Math.min(to, c.end + 6)))
  )
    return 'held';
  // "a planned summit … collapsed at the last minute": a meeting planned that fell through.
  return near('status_plan_failed', late, statusEnd) ? 'cancelled' : 'planned';
}
