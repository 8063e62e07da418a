/**
 * AGREE: "agreed to", "pledged" (the subject and the parties named in the clause); a deal reached,
 * signed or struck ("X and Y signed a ceasefire agreement"); a deal as the subject ("the agreement
 * was signed by X and Y", "a ceasefire brokered by X"); and two parties each agreeing to their part
 * in one sentence, as one agreement.
 */

import { partiesCollective, withGroupsFacing } from '../actors/main-parties.js';
import { cueWords } from '../actors/resolve-speaker.js';
import { longestNonOverlapping } from '../issues.js';
import { statementLexicon } from '../statements-lexicon.js';
import { pressedBy, subjectBefore } from '../textindex.js';
import { pickDate, reportedOn, tokensBefore } from './dates.js';
import {
  type Cue,
  type EventMention,
  pronounSubjectBefore,
  reportedByNamedPerson,
  type Sentence,
  stanceBefore,
  textSpan,
  uniq,
  unnamedSentenceSubject,
} from './mention.js';
import {
  accompanying,
  agentOf,
  coordinatedWithUnknown,
  listAfter,
  partnersAfter,
  subjectOfSentenceBefore,
} from './participants.js';
import { placeAt } from './places.js';
import { AGREED_SPAN, agreedBefore } from './sanction.js';

// Words that end the object of a deal verb before any deal noun: "signed off on talks about …".
// How far after a deal noun its "with both", "with them" may stand ("trade agreements with both").
const PRONOUN_PARTNER_TOKENS = 3;

/** "with both", "with them" follows the deal noun within its clause, from `at`. */
function pronounPartner(tokens: Sentence['tokens'], at: number, to: number): boolean {
  for (let i = at; i < Math.min(to - 1, at + PRONOUN_PARTNER_TOKENS); i++) {
    if (tokens[i].lower !== 'with') continue;
    const next = tokens[i + 1].lower;
    // ("with both sides" is a mention of its own, read by partnersAfter)
    const after = tokens[i + 2];
    return (
      next === 'them' || (next === 'both' && (after?.kind !== 'word' || DEAL_OBJECT_BREAK.has(after.lower)))
    );
  }
  return false;
}

/** "a partial withdrawal FROM the accord": the object is a departure from the deal, none made. */
function leavesDeal(tokens: Sentence['tokens'], at: number, leaving: ReadonlySet<string>): boolean {
  return leaving.has(tokens[at].lower) && tokens[at + 1]?.lower === 'from';
}

/** "a withdrawal from the nuclear accord": a word of leaving and "from" shortly before the deal at k. */
function leftDealBefore(
  tokens: Sentence['tokens'],
  from: number,
  k: number,
  leaving: ReadonlySet<string>,
): boolean {
  for (let j = k - 1; j >= Math.max(from, k - 5); j--) if (leavesDeal(tokens, j, leaving)) return true;
  return false;
}

const DEAL_OBJECT_BREAK = new Set([
  'that',
  'which',
  'who',
  'to',
  'on',
  'off',
  'in',
  'at',
  'for',
  'with',
  'by',
  'between',
  'about',
  'after',
  'before',
  'but',
  ';',
  'talks',
  'negotiations',
  // "hammer out the details, including arrangements to …": the object ended before.
  'including',
  'such',
  // "announced it was exiting a deal": another verb, another clause.
  'it',
  'was',
  'is',
  'were',
  'are',
  'had',
  'has',
  'would',
  'will',
  // "announce two sides agree truce": a clause whose own verb and subject make the deal.
  'agree',
  'agrees',
  'agreed',
]);

// A meeting agreed on after an agreeing cue ("agreed to MEET again", "agreed to hold talks").
const MEET_AFTER = /^(meet|hold|resume|reconvene)$/;

// The future before an agree cue: "will agree", "they'll agree", "shall agree".
const FUTURE = /^(will|shall|'ll|won't|wo)$|'ll$/;

// Before a deal verb's gerund, what makes the deal an aim: "the purpose of reaching", "hopes for
// signing", "aimed at striking", "work towards concluding".
const AIM_BEFORE = /^(of|for|at|toward|towards|on)$/;
/** How far back a gerund coordinated with the deal's may stand ("focused on easing aid and reaching"). */
const COORDINATED_GERUND = 8;

/**
 * The gerund at `at` names an aim: after "of", "for", "at", "on" ("aimed at reaching", "focused
 * on reaching an agreement"; not "On signing the deal," which opens the sentence), or coordinated
 * with a gerund that does ("focused on facilitating aid and reaching agreement").
 */
function aimedAt(tokens: Sentence['tokens'], from: number, at: number): boolean {
  const aim = (k: number) =>
    k > from &&
    AIM_BEFORE.test(tokens[k - 1]?.lower ?? '') &&
    !(k - 1 === from && tokens[k - 1].lower === 'on');
  if (aim(at)) return true;
  if (!/^(and|or)$/.test(tokens[at - 1]?.lower ?? '')) return false;
  for (let k = at - 2; k > Math.max(from, at - COORDINATED_GERUND); k--)
    if (/ing$/.test(tokens[k].lower) && aim(k)) return true;
  return false;
}

// "Kenya remains committed to": a state of mind, not an act.
const STATE_VERBS = new Set([
  'remains',
  'remain',
  'remained',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'fully',
  'firmly',
  'deeply',
  'strongly',
  // ("we are entirely committed to it")
  'entirely',
  'completely',
  'totally',
  'wholly',
]);

// "was signed", "has been reached", "had also been agreed".
const PASSIVE_AUX = new Set([
  'was',
  'were',
  'is',
  'are',
  'has',
  'have',
  'had',
  'been',
  'being',
  'be',
  'also',
  'finally',
  'now',
  'already',
  'just',
  'eventually',
  'since',
]);

// The words that make what a promise offers wait for a condition ("promised … if Veska withdrew").
const CONDITION_AFTER = new Set(['if', 'unless', 'provided', 'once']);

// What follows "agreed on" / "agreed to" used as a participle: a place, a time or an agent.
const PARTICIPLE_AFTER = new Set(['at', 'in', 'during', 'by', 'earlier', 'last', ',', '.']);

// How far after an agreeing verb a verb of hosting makes the agreement the host's alone ("agreed
// to host", "agreed to continue hosting").
const HOST_SPAN = 4;

// How far back the infinitive ("to seize …") that a bare "and agree" continues is read.
const COORDINATED_INFINITIVE = 14;

/** "the warring parties in Yemen", "the warring sides of Sudan": the country named after them. */
function countryOfCollective(sentence: Sentence, at: number): string[] {
  const { index, from, list } = sentence;
  const k = list('collective_parties').find(
    (c) => c.start >= from && c.end + 1 < at && /^(in|of)$/.test(index.tokens[c.end]?.lower ?? ''),
  );
  const m = k ? index.mentions.find((x) => x.start === k.end + 1 && x.end <= at) : undefined;
  return m?.codes.length === 1 ? m.codes : [];
}

/**
 * The subject before `at` names its parties though a collective stands before the verb: "both
 * sides" as the actors stage resolved it (to the story's pair), or "Yemen's warring parties"
 * (one side is the possessor; the other is the story's).
 */
function namedCollective(sentence: Sentence, at: number): boolean {
  const { index, doc, from, list } = sentence;
  if (countryOfCollective(sentence, at).length) return true;
  const m = subjectBefore(index, from, at).at(-1);
  if (!m) return false;
  // "Yemen's warring parties", "Libyan warring sides".
  const next = index.tokens[m.end]?.lower === "'s" ? m.end + 1 : m.end;
  if (list('collective_parties').some((k) => k.start === next)) return true;
  const mention = m.mention !== undefined ? doc.mentions[m.mention] : undefined;
  return mention !== undefined && partiesCollective(mention);
}

// What makes a deal one that may not come: "a possible deal between …", "a draft accord".
const NOT_YET_DEAL = /^(possible|potential|proposed|prospective|future|eventual|draft|new|any|no|lasting)$/;

/**
 * The deal noun at `at` names a deal made, not one sought: not "to broker a ceasefire between",
 * "efforts to revive the 2015 deal between", "a return to the agreement between", "a possible
 * deal between", nor one a stance or a condition holds.
 */
function dealNamedAsFact(sentence: Sentence, at: number): boolean {
  const { tokens, from, cues, negatedBefore, modalBefore, conditionalBefore } = sentence;
  // The start of the noun phrase: its determiner, adjectives, years and names.
  let k = at - 1;
  while (
    k >= from &&
    at - k <= 5 &&
    tokens[k].kind === 'word' &&
    !/^(to|of|for|on|in|at|with|by|after|before|from|and|or|is|was|were|are|be)$/.test(tokens[k].lower)
  ) {
    if (NOT_YET_DEAL.test(tokens[k].lower)) return false;
    k--;
  }
  // "to broker a ceasefire between", "to revive the deal between", "a return to the agreement".
  if (tokens[k]?.lower === 'to' || tokens[k - 1]?.lower === 'to') return false;
  if (/^(for|on)$/.test(tokens[k]?.lower ?? '')) return false; // "talks on a deal between", "hopes for"
  if (stanceBefore(cues, k + 1, from) || negatedBefore(k + 1) || modalBefore(k + 1, 4)) return false;
  // "Washington wanted a final agreement between": a stance that takes the noun phrase itself.
  if (stanceBefore(cues, at, from)) return false;
  return !conditionalBefore(at);
}

/** Past a short name in brackets before `k` ("Agreement (PCA)"): where the named thing ends. */
function beforeShortName(tokens: Sentence['tokens'], from: number, k: number): number {
  return tokens[k]?.text === ')' &&
    k - 2 > from &&
    tokens[k - 2].text === '(' &&
    /^\p{Lu}/u.test(tokens[k - 1].text)
    ? k - 3
    : k;
}

/** A date written to the day starts at token `at` ("of 3 May 2021", "of October 23, 2020"). */
function dayAt({ index, timexes }: Sentence, at: number): boolean {
  const start = index.tokens[at]?.start;
  return start !== undefined && timexes.some((t) => t.start === start && t.precision === 'day');
}

// How far before a deal participle its passive auxiliary may stand, past a participle coordinated
// with it ("was finalised and signed").
const PASSIVE_REACH = 4;
const PASSIVE_BE = new Set(['was', 'were', 'is', 'are', 'been', 'be']);

/** "… was (finalised and) signed between X and Y": a participle in the passive whose two or more
 * parties follow "between", whatever the thing signed is called. */
function passiveBetweenParties(sentence: Sentence, c: Cue): boolean {
  const { ctx, index, tokens, from, to } = sentence;
  if (tokens[c.end]?.lower !== 'between') return false;
  let passive = false;
  for (let k = c.start - 1; k >= Math.max(from, c.start - PASSIVE_REACH); k--)
    if (PASSIVE_BE.has(tokens[k].lower)) {
      passive = true;
      break;
    }
  return passive && partnersAfter(ctx, index, c.end, to, true).length >= 2;
}

/**
 * The relative clause set off by commas that holds token `at` (", who signed …,"): its tokens
 * [from, to), the commas excluded; none when `at` stands in no such clause.
 */
function closedRelativeAround(
  tokens: Sentence['tokens'],
  sentenceFrom: number,
  sentenceTo: number,
  at: number,
): { from: number; to: number } | undefined {
  let opener = -1;
  for (let k = at - 1; k > sentenceFrom; k--) {
    if (tokens[k].text === ',' || tokens[k].text === ';') return undefined;
    if (/^(who|which)$/.test(tokens[k].lower) && tokens[k - 1].text === ',') {
      opener = k;
      break;
    }
  }
  if (opener < 0) return undefined;
  for (let k = at + 1; k < sentenceTo; k++) if (tokens[k].text === ',') return { from: opener, to: k };
  return undefined;
}

/** "met to try and reach a deal": "try and" before the verb is "try to", an aim. */
const tryAndBefore = (tokens: Sentence['tokens'], at: number) =>
  tokens[at - 1]?.lower === 'and' && /^(try|tries|tried|trying)$/.test(tokens[at - 2]?.lower ?? '');

/** A verb of agreeing in the past tense: the deal it tells of is done. */
const PAST_DEAL_VERB = /^(\w+ed|struck|made|came|won)$/;
/** "Under that agreement", "Under the 2015 deal": the determiners of a deal told before. */
const TOLD_DEAL_DETERMINERS = new Set(['the', 'that', 'this', 'its', 'their']);
/** How many words may stand between the determiner and the deal noun ("the 2015 nuclear deal"). */
const TOLD_DEAL_MODIFIERS = 3;

/** How far after an agreeing verb "at the talks" may name the meeting it was reached at. */
const MEETING_PLACE_TOKENS = 8;
// A day that a focusing word puts on the verb, not on the meeting agreed to: "only on", "finally on".
const AGREED_ONLY_ON = /\b(?:only|finally|eventually|not\s+until)\s+(?:on\s+)?$/i;

/** Words that may open a clause before its meeting noun: "The second ministerial meeting". */
const MEETING_SUBJECT_OPENERS = 5;

/**
 * "The second ministerial meeting between Veska and Ormund, held in Lumen under the mediation of
 * Tarsia, agreed on a truce": a meeting that agrees speaks for the parties it was between, not for
 * the mediator or host named in the aside. Their codes, or [] when the clause opens otherwise.
 */
function meetingSubjectParties(sentence: Sentence, at: number): string[] {
  const { index, tokens, from, list } = sentence;
  let start = from;
  const stmt = index.statementOf[at];
  if (stmt >= 0) while (start < at && index.statementOf[start] !== stmt) start++;
  while (start < at && tokens[start].kind !== 'word') start++;
  const noun = list('consult_nouns').find(
    (n) => n.start >= start && n.start <= start + MEETING_SUBJECT_OPENERS && n.end < at,
  );
  if (!noun || tokens[noun.end]?.lower !== 'between') return [];
  // Nothing but modifiers before the noun: "The second ministerial meeting", not "Veska said the meeting".
  for (let k = start; k < noun.start; k++) if (tokens[k].kind !== 'word' || index.mentionAt.has(k)) return [];
  const parties = listAfter(sentence.ctx, index, noun.end + 1, at).codes;
  return parties.length >= 2 ? parties : [];
}

export function readAgree(sentence: Sentence) {
  const { doc, ctx, index, tokens, from, to, cues, sStart, timexes, out, sentenceOut } = sentence;
  const { list, cueText, modalBefore, negatedBefore, conditionalBefore, collectiveBefore } = sentence;
  const agree = list('agree_cues');
  const pendingOpeners = cueWords(ctx, 'pending_openers');
  const { addresseeVerbs } = statementLexicon(ctx);
  /** An agreement told by tokens [evFrom, evTo), dated by what the text writes near `dateAt`. */
  const pushAgree = (
    evFrom: number,
    evTo: number,
    actors: string[],
    how: Pick<
      EventMention,
      'source' | 'rule' | 'cue' | 'inPlay' | 'partial' | 'definite' | 'sought' | 'termsOfDeal'
    >,
    dateAt = evFrom,
    datesBefore = Number.POSITIVE_INFINITY,
  ) => {
    // "agreed at talks in Istanbul to …, negotiators said on Tuesday": reached at the meeting,
    // whose own day dates it (merge.ts), not on the day it was reported.
    const atMeeting = list('consult_nouns').some(
      (n) =>
        n.start > dateAt &&
        n.start <= dateAt + MEETING_PLACE_TOKENS &&
        /^(at|during)$/.test(tokens[dateAt + 1]?.lower ?? ''),
    );
    // "… decided to meet again on September 2,' stressing that all parties reached an
    // understanding": a deal told as done was not made on a day still to come.
    const done = PAST_DEAL_VERB.test(tokens[dateAt]?.lower ?? '');
    // "Reda, who also signed the Pretoria agreement, said on Wednesday": the day of the main
    // clause is not the day of the deal an aside tells of.
    const aside = closedRelativeAround(tokens, from, to, dateAt);
    const dated = timexes.filter(
      (t) =>
        // ("agreed to the meeting only on September 20": the day of the agreeing, however late)
        (t.start < datesBefore || AGREED_ONLY_ON.test(doc.norm.slice(Math.max(0, t.start - 24), t.start))) &&
        (!aside || (t.start >= tokens[aside.from].start && t.end <= tokens[aside.to].start)) &&
        !(atMeeting && reportedOn(index, t)) &&
        !(done && t.value > doc.date.slice(0, t.value.length)),
    );
    const date = pickDate(index, dated, dateAt, undefined, undefined, { deal: true, nouns: 'deal_nouns' });
    out.push({
      type: 'AGREE',
      actors,
      excluded: [],
      ...(date ? { date } : {}),
      evidence: textSpan(index, evFrom, evTo),
      ...how,
    });
  };
  // "Under that agreement, Iran agreed to restrictions …": the terms of a deal told before, which
  // the sentence opens with; no agreement of its own.
  const dealNouns = list('deal_nouns');
  const underToldDeal = (cue: number) =>
    tokens[from]?.lower === 'under' &&
    TOLD_DEAL_DETERMINERS.has(tokens[from + 1]?.lower ?? '') &&
    dealNouns.some((n) => n.start >= from + 2 && n.start <= from + 2 + TOLD_DEAL_MODIFIERS && n.end <= cue);
  for (const c of longestNonOverlapping(agree)) {
    if (negatedBefore(c.start) || modalBefore(c.start, 2) || conditionalBefore(c.start)) continue;
    // "hope the meeting will agree on key principles": an agreement to come, not made.
    if (tokens.slice(Math.max(from, c.start - 2), c.start).some((t) => FUTURE.test(t.lower))) continue;
    // "in exchange for", "remains committed to": no act of agreeing.
    if (/^(in|for)$/.test(tokens[c.start - 1]?.lower ?? '')) continue;
    if (STATE_VERBS.has(tokens[c.start - 1]?.lower ?? '')) continue;
    // "promised to order a ceasefire if Veska withdrew": an offer on a condition, no promise made.
    if (
      /^(promis|pledg)/.test(tokens[c.start].lower) &&
      tokens.slice(c.end, to).some((t) => CONDITION_AFTER.has(t.lower))
    )
      continue;
    // "agreed on Monday to impose sanctions on Ormund": a sanction decided (sanction.ts), no deal.
    if (
      list('sanction_cues').some(
        (s) =>
          tokens[s.start - 1]?.lower === 'to' &&
          agreedBefore(sentence, s.start) &&
          s.start > c.start &&
          s.start - c.start <= AGREED_SPAN + 1,
      )
    )
      continue;
    if (sanctionsAgreedOn(sentence, /^(on|upon)$/.test(tokens[c.end - 1].lower) ? c.end - 1 : c.end))
      continue;
    // "a commitment … to promptly convene and agree upon", "ready to agree": not yet agreed.
    if (tokens.slice(Math.max(from, c.start - 3), c.start).some((t) => t.lower === 'to')) continue;
    // "urged Ormund to seize the opportunity and agree to a truce": what one was asked to do.
    if (tokens[c.start].lower === 'agree' && /^(and|or)$/.test(tokens[c.start - 1]?.lower ?? '')) {
      let infinitive = c.start - 2;
      while (
        infinitive > Math.max(from, c.start - COORDINATED_INFINITIVE) &&
        tokens[infinitive].lower !== 'to'
      )
        infinitive--;
      if (
        tokens[infinitive].lower === 'to' &&
        (tokens.slice(from, infinitive).some((t) => addresseeVerbs.has(t.lower)) ||
          // "planned to hold talks and agree not to strike": an aim that the agreement shares
          stanceBefore(cues, infinitive + 1, from))
      )
        continue;
    }
    // "the agreed ceasefire", "the previously agreed date": a participle describing a noun.
    let det = c.start - 1;
    while (det > from && /ly$/.test(tokens[det].lower)) det--;
    if (['the', 'an', 'a'].includes(tokens[det]?.lower ?? '')) continue;
    // "the committee agreed on at the congress will comprise": a participle that describes what
    // was agreed, with no object of its own; no act of the sentence's subject.
    if (/^(on|upon|to)$/.test(tokens[c.end - 1].lower) && PARTICIPLE_AFTER.has(tokens[c.end]?.lower ?? ''))
      continue;
    // "Yemen's warring parties had agreed", "X said the parties had agreed": the collective
    // nearest the verb is its subject, not a party named before it nor the statement's speaker.
    const named = namedCollective(sentence, c.start);
    // "Rubio said they had agreed to a truce": a named person's "they" is the story's parties.
    // So is a "they" that opens the sentence and stands for no party the text names ("The
    // ministers were willing to … . They also agreed to …").
    const they = pronounSubjectBefore(index, from, c.start, 'they');
    const theirs =
      they && (reportedByNamedPerson(doc, index, c.start) || unnamedSentenceSubject(index, from, c.start));
    const collective = (collectiveBefore(c.start) || theirs) && !named;
    const meeting = collective ? [] : meetingSubjectParties(sentence, c.start);
    const agentBefore = collective ? [] : meeting.length ? meeting : agentOf(doc, index, from, c.start);
    const subject = named && agentBefore.length === 0 ? countryOfCollective(sentence, c.start) : agentBefore;
    // "Yemen's warring parties had agreed": the state and the groups the story tells facing it.
    const agent = named && subject.length === 1 ? withGroupsFacing(doc, ctx, subject) : subject;
    if (agent.length === 0 && !collective) continue;
    // "demanded that Veska and Ormund agree on a buffer zone": what the parties were pressed to
    // do, no agreement of theirs.
    if (!collective && pressedBy(index, subjectBefore(index, from, c.start)) !== undefined) continue;
    // "'We have agreed on a ceasefire,' he said": "we" at the table are the speaker's side and the
    // story's others.
    // "Tarsia agreed to host talks with Ormund": the host agrees alone; the talks are others'.
    const host = tokens
      .slice(c.end, Math.min(to, c.end + HOST_SPAN))
      .some((t) => /^(host|hosts|hosting)$/.test(t.lower));
    const partners = host || promisedTalks(sentence, c) ? [] : partnersAfter(ctx, index, c.end, to);
    const we =
      pronounSubjectBefore(index, from, c.start, 'we') &&
      index.statementOf[c.start] >= 0 &&
      partners.length === 0;
    pushAgree(
      c.start,
      Math.min(to, c.end + 12),
      // ("promised Trump that …": the party promised is named in the cue)
      uniq([...agent, ...accompanying(ctx, index, from, c.start), ...c.actors.flat(), ...partners]),
      {
        source: agent,
        inPlay: collective || we,
        rule: 'event.agree',
        cue: cueText(c),
        partial: coordinatedWithUnknown(index, from, c.start),
        ...(underToldDeal(c.start) ? { termsOfDeal: true } : {}),
      },
      c.start,
      // "agreed to meet again in July", "agreed to a truce and to a meeting of their commanders on
      // Tuesday": a date after the meeting agreed to is the meeting's, not the day they agreed.
      MEET_AFTER.test(tokens[c.end]?.lower ?? '') ? tokens[c.end].start : meetingAgreedTo(sentence, c.end),
    );
  }
  // AGREE by a deal: "X and Y reached (signed, struck) an agreement", "the mini-summit concluded
  // with an agreement", "X came to an understanding with Y".
  const dealAt = new Set<number>();
  for (const c of list('deal_nouns')) dealAt.add(c.start);
  // The deal nouns a verb or a participle of this sentence has read (not read again as a noun).
  const dealRead = new Set<number>();
  const notDeal = cueWords(ctx, 'deal_object_not');
  const leaving = cueWords(ctx, 'deal_object_leaving');
  for (const c of longestNonOverlapping(list('deal_verbs'))) {
    if (negatedBefore(c.start) || modalBefore(c.start, 2) || stanceBefore(cues, c.start, from)) continue;
    // "the aim was to reach an agreement", "his failure to sign": an aim, not a deal ("agreed to
    // sign" is read by the agree cues); "Reaching a deal is possible": nobody's act.
    if (
      tokens[c.start - 1]?.lower === 'to' ||
      tryAndBefore(tokens, c.start) ||
      conditionalBefore(c.start) ||
      helpedToward(tokens, from, c.start)
    )
      continue;
    // "the signed trilateral statement": a participle describing the deal, told elsewhere.
    if (/^(the|a|an|this|that)$/.test(tokens[c.start - 1]?.lower ?? '') && /ed$/.test(tokens[c.start].lower))
      continue;
    if (
      /ing$/.test(tokens[c.start].lower) &&
      (c.start === from || !subjectBefore(index, from, c.start).length)
    )
      continue;
    // "with the purpose of reaching a deal", "expectations for reaching an accord", "aimed at
    // signing": a deal sought, not made.
    const sought = /ing$/.test(tokens[c.start].lower) && aimedAt(tokens, from, c.start);
    // The deal heads the verb's object: "signed a complete, countrywide and permanent ceasefire
    // agreement", not "signed off on talks about an agreement".
    let noun = -1;
    let none = false;
    const objectFrom = afterShiftedAdjuncts(sentence, c.end);
    for (let j = objectFrom; j < Math.min(to, objectFrom + 9); j++) {
      // "reached no breakthrough agreements": none made.
      if (tokens[j].lower === 'no') none = true;
      if (dealAt.has(j)) {
        noun = j;
        while (dealAt.has(noun + 1)) noun++; // "ceasefire agreement"
        break;
      }
      if (DEAL_OBJECT_BREAK.has(tokens[j].lower) || index.mentionAt.has(j)) break;
      // "called the Veskan strikes a clear breach of the truce": the object is a breach, no deal.
      if (notDeal.has(tokens[j].lower)) break;
      if (leavesDeal(tokens, j, leaving)) break;
    }
    if (noun < 0) continue;
    dealRead.add(noun);
    if (none || sanctionsAgreedOn(sentence, noun + 1)) continue;
    // "announced/declared a deal" names the deal's parties after it, or is one party's own.
    const agent = agentOf(doc, index, from, c.start);
    const between = partnersAfter(ctx, index, noun + 1, to, true);
    const partners = partnersAfter(ctx, index, noun + 1, to);
    // "Veska and Ormund signed a truce. Tarsia signed trade agreements with both": the pair the
    // sentence before has for its subject.
    if (!partners.length && pronounPartner(tokens, noun + 1, to)) {
      const pair = subjectOfSentenceBefore(sentence);
      if (pair.length >= 2) partners.push(...pair);
    }
    const actors =
      between.length >= 2
        ? between
        : uniq([...agent, ...accompanying(ctx, index, from, c.start), ...partners]);
    pushAgree(c.start, Math.min(to, noun + 8), actors, {
      source: agent,
      rule: 'event.agree.deal',
      cue: doc.text.slice(tokens[c.start].start, tokens[noun].end),
      inPlay: actors.length === 0 || (agent.length === 0 && collectiveBefore(c.start)),
      partial: agent.length > 0 && coordinatedWithUnknown(index, from, c.start),
      ...(sought ? { sought } : {}),
    });
  }
  // "The agreement was signed by X and Y", "the grain deal signed in Istanbul in July", "an
  // agreement was reached", "a ceasefire brokered by X": the deal as the subject.
  for (const c of longestNonOverlapping([...list('deal_participles'), ...list('deal_brokers')])) {
    let k = c.start - 1;
    while (k > from && PASSIVE_AUX.has(tokens[k].lower)) k--;
    // "the Permanent Ceasefire Agreement (PCA) signed between …": the deal before its short name.
    k = beforeShortName(tokens, from, k);
    // (a participle that opens its sentence, "Signed in Geneva, …", has no deal before it to read)
    if (k < from) continue;
    if (dealAt.has(k)) dealRead.add(k);
    // "the plan, which was agreed upon by the two countries": whatever was agreed by parties.
    const relative =
      /^(which|that)$/.test(tokens[k].lower) && k < c.start - 1 && /^by$/.test(tokens[c.end]?.lower ?? '');
    // "similar to the one agreed upon by the four countries": "one" stands for a deal.
    const one =
      tokens[k].lower === 'one' && tokens[k - 1]?.lower === 'the' && /^by$/.test(tokens[c.end]?.lower ?? '');
    // "the annual report was finalised and signed between X and Y", "an accord on fishing was signed
    // between X and Y": whatever is signed in the passive between two named parties is their deal.
    if (!dealAt.has(k) && !relative && !one && !passiveBetweenParties(sentence, c)) continue;
    // "a partial withdrawal from the nuclear accord signed with …": the deal left, told as known.
    if (dealAt.has(k) && leftDealBefore(tokens, from, k, leaving)) continue;
    // "No agreement was reached", "a deal that could be signed", "until a deal is reached".
    if (negatedBefore(k) || tokens[k - 1]?.lower === 'no' || modalBefore(c.start, 3) || conditionalBefore(k))
      continue;
    // "before a final peace agreement is signed": a deal still to come.
    if (tokens.slice(Math.max(from, k - 5), k).some((t) => pendingOpeners.has(t.lower))) continue;
    if (tokens.slice(k + 1, c.start).some((t) => t.lower === 'not' || t.lower === "n't")) continue;
    const broker = c.pattern.payload === 'deal_brokers';
    const by = tokens[c.end]?.lower === 'by' || tokens[c.end]?.lower === 'upon';
    const named = by
      ? listAfter(ctx, index, c.end + (tokens[c.end + 1]?.lower === 'by' ? 2 : 1), to).codes
      : [];
    const partners = partnersAfter(ctx, index, c.end, to);
    const actors = uniq([...named, ...partners]);
    // "the peace agreement signed today": a deal the story has told of.
    let det = k - 1;
    while (
      det > Math.max(from, k - 4) &&
      tokens[det].kind === 'word' &&
      !/^(the|this|that)$/.test(tokens[det].lower)
    )
      det--;
    pushAgree(
      Math.max(from, k - 2),
      Math.min(to, c.end + 8),
      actors,
      {
        rule: broker ? 'event.agree.brokered' : 'event.agree.passive',
        cue: doc.text.slice(tokens[k].start, tokens[c.end - 1].end),
        inPlay: broker || actors.length < 2,
        definite: det >= from && /^(the|this)$/.test(tokens[det].lower),
      },
      c.start,
    );
  }
  // "a deal between X and Y", "the Lumen accord between X and Y in 2019": a deal named by its
  // parties, with no verb of its own; "the Ceasefire Agreement of 3 May 2021": by its day, a deal
  // of the story's sides.
  for (const c of list('deal_nouns')) {
    let noun = c.end - 1;
    while (dealAt.has(noun + 1)) noun++; // "ceasefire agreement"
    if (dealRead.has(noun) || dealAt.has(c.start - 1)) continue;
    const definite = /^(the|this)$/.test(tokens[c.start - 1]?.lower ?? '');
    if (tokens[noun + 1]?.lower === 'of' && dayAt(sentence, noun + 2) && dealNamedAsFact(sentence, c.start)) {
      dealRead.add(noun);
      pushAgree(
        Math.max(from, c.start - 2),
        Math.min(to, noun + 6),
        [],
        {
          rule: 'event.agree.dated',
          cue: doc.text.slice(tokens[c.start].start, tokens[noun + 1].end),
          inPlay: true,
          definite,
        },
        noun + 2,
      );
      continue;
    }
    if (tokens[noun + 1]?.lower !== 'between') continue;
    const l = listAfter(ctx, index, noun + 2, to);
    if (l.codes.length < 2 || !dealNamedAsFact(sentence, c.start)) continue;
    dealRead.add(noun);
    pushAgree(Math.max(from, c.start - 2), Math.max(l.end, noun + 1), l.codes, {
      rule: 'event.agree.between',
      cue: doc.text.slice(tokens[c.start].start, tokens[noun + 1].end),
      definite,
    });
  }
  // "Veska agreed to release …, and Ormund agreed to free …": one agreement between the two.
  const sentenceAgrees = out
    .slice(sentenceOut)
    .filter((e) => e.type === 'AGREE' && e.evidence.start >= sStart && e.actors.length === 1);
  if (sentenceAgrees.length >= 2 && new Set(sentenceAgrees.flatMap((e) => e.actors)).size >= 2) {
    const [first, ...rest] = sentenceAgrees;
    first.actors = uniq(sentenceAgrees.flatMap((e) => e.actors));
    first.evidence = { start: first.evidence.start, end: rest[rest.length - 1].evidence.end };
    for (const e of rest) out.splice(out.indexOf(e, sentenceOut), 1);
  }
}

// How far after "promised to" the talks promised may begin ("promised to continue negotiations").
const PROMISED_TALKS_SPAN = 3;

/**
 * "Erdogan promised to continue negotiations with Putin", "pledged to hold talks with Ormund": a
 * promise is its maker's alone; the party to be talked with has promised nothing.
 */
function promisedTalks(sentence: Sentence, c: Cue): boolean {
  if (!/^(promis|pledg|vow)/.test(sentence.tokens[c.start].lower)) return false;
  return [...sentence.list('consult_nouns'), ...sentence.list('consult_verbs')].some(
    (n) => n.start >= c.end && n.start <= c.end + PROMISED_TALKS_SPAN,
  );
}

/**
 * The token after the place and day that stand between a deal verb and its object ("signed in
 * Vienna on December 30 a new transit contract", "signed on Monday in Ankara an accord", "signed
 * Wednesday in Luanda a memorandum"), as wire copy translated from other languages often orders
 * them; `at` when none stand there, or when no article opens an object after them ("signed in
 * Vienna on Monday" ends there). A day may come bare or with its preposition inside the date
 * expression ("on Tuesday" is read as one).
 */
function afterShiftedAdjuncts({ ctx, index, tokens, timexes, to }: Sentence, at: number): number {
  let k = at;
  while (k < to) {
    const dayHere = timexes.find((t) => t.start === tokens[k].start);
    const prepositioned = /^(in|on|at)$/.test(tokens[k].lower);
    const place = prepositioned ? placeAt(ctx, index, k + 1) : undefined;
    const day =
      dayHere ?? (prepositioned ? timexes.find((t) => t.start === tokens[k + 1]?.start) : undefined);
    const end = place ? place.end : day ? tokensBefore(index, day.end) + 1 : -1;
    if (end <= k) break;
    k = end;
  }
  return k > at && /^(a|an|the)$/.test(tokens[k]?.lower ?? '') ? k : at;
}

/**
 * Where a meeting that the agreement is to ("to a meeting of the commanders", "and to hold talks")
 * starts in the object after `from`, else infinity. A meeting the deal was reached at ("at talks
 * on Monday") dates the deal.
 */
function meetingAgreedTo(sentence: Sentence, from: number): number {
  const { tokens, to } = sentence;
  for (const n of sentence.list('consult_nouns')) {
    if (n.start < from || n.start >= to) continue;
    const k = /^(a|an|the)$/.test(tokens[n.start - 1]?.lower ?? '') ? n.start - 2 : n.start - 1;
    if (tokens[k]?.lower === 'to') return tokens[n.start].start;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * "EU ambassadors reached a political agreement on new sanctions against Ormund", "member states
 * agreed on a fresh round of sanctions against Ormund": agreeing on sanctions against a party is
 * the decision to sanction it (sanction.ts), not a deal made with anyone; "an agreement on
 * sanctions relief", "a deal on lifting sanctions on Veska" stay deals. `on`: the preposition.
 */
function sanctionsAgreedOn({ ctx, tokens, to }: Sentence, on: number): boolean {
  if (!/^(on|over|upon)$/.test(tokens[on]?.lower ?? '')) return false;
  const sanctions = cueWords(ctx, 'sanction_nouns');
  for (let k = on + 1; k < Math.min(to - 1, on + 2 + SANCTION_MODIFIERS); k++) {
    if (/ing$/.test(tokens[k].lower) || tokens[k].kind !== 'word') return false;
    if (sanctions.has(tokens[k].lower)) return /^(against|on)$/.test(tokens[k + 1].lower);
  }
  return false;
}

/** Words that may stand between "agreement on" and the sanctions ("a fresh round of"). */
const SANCTION_MODIFIERS = 4;

/** How many words may name those helped between "help" and the deal verb ("help the two sides reach"). */
const HELPED_SPAN = 5;
/**
 * "to help the two sides reach an agreement", "helping you reach a deal": a deal that help is
 * offered toward is not made ("Tarsia helped them reach a truce" tells one made).
 */
function helpedToward(tokens: Sentence['tokens'], from: number, at: number): boolean {
  for (let k = at - 1; k >= Math.max(from, at - HELPED_SPAN); k--) {
    if (/^(help|helps|helping)$/.test(tokens[k].lower)) return true;
    if (tokens[k].kind !== 'word') return false;
  }
  return false;
}
