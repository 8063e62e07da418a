/**
 * When an event happened: the date written nearest its words (not the day a deal takes effect, a
 * meeting is put off until, or a report was told), and the day a story's lead gives; datelines
 * date the story, not what it tells.
 */

import type { EventStatus, ParleyDocument, Timex } from '../../model.js';
import { COUNT_WORDS } from '../dates.js';
import { type DocIndex, tokenRange } from '../textindex.js';

// "postponed until next month", "the first time since 2019": not the event's own date.
const UNTIL = new Set(['until', 'till', 'to', 'into', 'since', 'by']);

const PLANNED_FOR = new Set(['for', 'on']);

// Words between a preposition and its date: "since a February 1 coup", "in early May".
const MODIFIERS = new Set(['a', 'an', 'the', 'early', 'late', 'mid', '-']);

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'last', 'next']);

const IN_FORCE = new Set(['place', 'force', 'effect']);

// "hours after a truce took effect", "days before the talks": a clause that the main clause is
// counted from, at another time (", after talks in Istanbul" may be the same day).
const TEMPORAL_OPENERS = new Set(['after', 'before']);
const TIME_UNITS = new Set(['minutes', 'hours', 'days', 'weeks', 'months', 'years']);
// "His trip comes months before the presidential vote in November": an after/before phrase counted
// in units of time that names another occasion by a noun phrase, whose date is that occasion's
// ("severed contacts after a clash at sea in May" may be of the clash's month).
const OTHER_OCCASION = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);
// "before the end of next week": a part of a time, the event's own bound, no other occasion.
const SPAN_PARTS = new Set(['end', 'start', 'beginning', 'middle', 'close']);

// Words that open a clause of its own: a date after one belongs to that clause.
const SUBORDINATORS = new Set('which that who whom whose where when while after before'.split(' '));
// "a meeting with Kest which was due to take place on Thursday", "the last of which was …": a
// clause that still tells when the event was held.
const OWN_CLAUSE_WORDS = new Set('held scheduled due planned set place slated expected'.split(' '));
// How many tokens after the event word a clause still tells of the event ("talks, which …").
const OWN_CLAUSE_TOKENS = 3;

// "Like last time on September 5, the talks involve …", "as on May 3": a date brought in by a
// comparison is the day of the earlier occasion compared with. The words that open one, and those
// that may stand between them and the date.
const COMPARISON_OPENERS = new Set(['like', 'as']);
const COMPARED_OCCASION = new Set(['last', 'previous', 'first', 'the', 'time', 'on', 'in', 'at']);
// "as soon as", "as early as": a bound on the event's own day, no comparison.
const AS_SOON = new Set(['soon', 'early']);

// "since early last year": words that may stand between "since" and its own date.
const SINCE_DATE_TOKENS = 2;

// ", which holds the chair this year,": a relative clause before the event word, up to this many
// tokens before its date.
const RELATIVES = new Set(['which', 'who', 'whose']);
const ASIDE_TOKENS = 10;
// Words that open a concessive phrase before the main clause: "Despite the talks, …".
const CONCESSIVE_OPENERS = new Set(['despite', 'notwithstanding']);
// The marks that set an aside off inside a sentence (" - ", an en or em dash).
const ASIDE_DASHES = new Set(['-', '\u2013', '\u2014']);

// "a January 1 deadline": a date that names the day of something else.
const OTHER_DAYS = new Set(['deadline', 'deadlines']);

// "said on Friday that …": the verbs whose date is the report's.
const REPORT_VERBS = new Set([
  'said',
  'says',
  'told',
  'announced',
  'stated',
  'confirmed',
  'reported',
  'revealed',
  'added',
]);

// "a ceasefire starting on February 15", "extended from November 19": not the day of the deal.
const TAKES_EFFECT = new Set([
  'starting',
  'effective',
  'from',
  'within',
  'beginning',
  'begins',
  'until',
  'by',
]);

// The nouns that name an event of each kind (codebooks/stance.yaml): "a landmark July 17
// power-sharing deal" dates the deal, not a meeting told beside it.
const EVENT_NOUN_LISTS = ['consult_nouns', 'deal_nouns', 'sanction_nouns'] as const;
type EventNouns = (typeof EVENT_NOUN_LISTS)[number];

// Words that may stand between a date and the noun it qualifies: "the 2003 ceasefire agreement",
// "a 11-12 July NATO summit".
const NOUN_MODIFIER = /^[a-zA-Z][a-zA-Z-]*$/;
const NOT_NOUN_MODIFIER = new Set(
  'and or but of in on at by for to from with that which who when where as than is are was were has have had will would said during after before over near amid under between among through following despite without within since until against'.split(
    ' ',
  ),
);
const MAX_NOUN_MODIFIERS = 2;

const eventNounsCache = new WeakMap<DocIndex, Map<number, EventNouns>>();

/** The event noun that starts at each token, by the list that names it. */
function eventNouns(index: DocIndex): Map<number, EventNouns> {
  let nouns = eventNounsCache.get(index);
  if (!nouns) {
    nouns = new Map();
    for (const c of index.cues)
      if ((EVENT_NOUN_LISTS as readonly string[]).includes(c.pattern.payload))
        nouns.set(c.start, c.pattern.payload as EventNouns);
    eventNounsCache.set(index, nouns);
  }
  return nouns;
}

const statementCuesCache = new WeakMap<DocIndex, Uint8Array>();

/** The token at `k` is (part of) the cue of a statement: "insisted", "told reporters". */
function isStatementCue(index: DocIndex, k: number): boolean {
  let cues = statementCuesCache.get(index);
  if (!cues) {
    // (marked once per document: a scan of its statements per question would grow with their number)
    cues = new Uint8Array(index.tokens.length);
    for (const s of index.built.statements) {
      if (!s.cueSpan) continue;
      const r = tokenRange(index.tokens, s.cueSpan.start, s.cueSpan.end);
      cues.fill(1, r.from, r.to);
    }
    statementCuesCache.set(index, cues);
  }
  return cues[k] === 1;
}

/**
 * The event noun that the date `t` qualifies as a modifier ("the March 5 talks", "a landmark
 * July 17 power-sharing deal", "the 2003 ceasefire agreement"): its token, or -1.
 */
function qualifiedNoun(index: DocIndex, t: Timex): number {
  const tokens = index.tokens;
  const nouns = eventNouns(index);
  let k = tokensBefore(index, t.end) + 1;
  // ("on Wednesday, undisclosed discussions": a date whose span holds its comma qualifies no noun)
  if (tokens[k - 1]?.text === ',') return -1;
  for (let n = 0; n <= MAX_NOUN_MODIFIERS && k < tokens.length; n++, k++) {
    if (nouns.has(k)) return k;
    if (!NOUN_MODIFIER.test(tokens[k].text) || NOT_NOUN_MODIFIER.has(tokens[k].lower)) return -1;
    // "The Authority on Tuesday insisted talks were underway": a statement's cue is the clause's
    // verb, which the date qualifies, not the noun after it.
    if (isStatementCue(index, k)) return -1;
  }
  return -1;
}

export function pickDate(
  index: DocIndex,
  timexes: Timex[],
  at: number,
  status?: EventStatus,
  window?: number,
  /**
   * `deal`: not the day it takes effect; `since`: "since July 2018" dates a measure's start;
   * `nouns`: the list of the nouns that name the event (a date that qualifies a noun of another
   * list dates another event); 'none' for an event no noun names (an accusation: "commitments
   * under the 2015 deal" dates the deal).
   */
  read: { deal?: boolean; since?: boolean; nouns?: EventNouns | 'none' } = {},
): string | undefined {
  const deal = read.deal === true;
  const tokens = index.tokens;
  // (a "when" clause may hold a long list of parties: its date stands before the window)
  const inSentence = timexes;
  if (window !== undefined) {
    const lo = tokens[Math.max(0, at - window)].start;
    const hi = tokens[Math.min(tokens.length - 1, at + window)].end;
    timexes = timexes.filter((t) => t.start >= lo && t.end <= hi);
  }
  if (timexes.length === 0 && inSentence.length === 0) return undefined;
  // The word that introduces a date, past an article or "early": "since a February 1 coup".
  const introducer = (t: Timex) => {
    let k = tokensBefore(index, t.start);
    while (k > 0 && MODIFIERS.has(tokens[k].lower)) k--;
    return k;
  };
  const before = (t: Timex) => tokens[introducer(t)]?.lower ?? '';
  // "a ceasefire … has been in place since late December": a deal in force since the day it began.
  const inForce = (t: Timex) => IN_FORCE.has(tokens[introducer(t) - 1]?.lower ?? '');
  // "ahead of a January 1 deadline": the day of something else; "signed at a ceremony …, builds
  // on a landmark July 17 power-sharing deal": the day of another event.
  const another = (t: Timex) => {
    // ("ahead of a 11-12 July NATO summit": the day of the summit the event word names)
    if (qualifiedNoun(index, t) === at) return false;
    const k = introducer(t);
    const next = tokens[tokensBefore(index, t.end) + 1]?.lower ?? '';
    if ((tokens[k]?.lower === 'of' && tokens[k - 1]?.lower === 'ahead') || OTHER_DAYS.has(next)) return true;
    if (!read.nouns) return false;
    const noun = qualifiedNoun(index, t);
    return noun >= 0 && noun !== at && eventNouns(index).get(noun) !== read.nouns;
  };
  // "a truce starting on February 15", "effective from 6 p.m.": when a deal takes effect.
  const effect = (t: Timex) => {
    const k = tokensBefore(index, t.start);
    const w = tokens[k]?.lower ?? '';
    const w2 = /^(on|at|in|from)$/.test(w) ? (tokens[k - 1]?.lower ?? '') : w;
    return TAKES_EFFECT.has(w) || TAKES_EFFECT.has(w2);
  };
  // "China said on Friday that it had reached a consensus": the day of the saying, not of what
  // had happened before it.
  // So too "said at a press briefing on Monday that the Muscat negotiations were not secret": talks
  // named again by a definite noun phrase in what was said were held before the saying.
  const earlier = (t: Timex) => {
    if (t.start > pos) return false;
    const k = tokensBefore(index, t.start);
    if (frameVerb(index, k) < 0) return false;
    for (let i = k + 1; i < at; i++) if (tokens[i].lower === 'had') return true;
    const next = tokensBefore(index, t.end) + 1;
    return tokens[next]?.lower === 'that' && definiteAt(at);
  };
  // "the Muscat negotiations", "the talks": a definite article before the event word, past names.
  const definiteAt = (word: number) => {
    for (let i = word - 1; i >= Math.max(0, word - 1 - DEFINITE_MODIFIERS); i--) {
      if (tokens[i].lower === 'the') return true;
      if (!/^[A-Z\u201c"]/.test(tokens[i].text)) return false;
    }
    return false;
  };
  const compared = (t: Timex) => comparedOccasion(index, t);
  // "will resume dialogue, Trump said Sunday": a plan is not dated by the day it was told.
  const toldOn = (t: Timex) => reportedOn(index, t);
  // "agreed to resume contacts that China severed after … in August 2022", "met … in Geneva, where
  // talks began Friday": a date in a clause that tells of something else. A clause opened right
  // after the event word tells of the event itself ("talks, which were held on Friday").
  const pos = tokens[at].start;
  const subordinate = (t: Timex) => {
    if (t.start < pos) return false;
    let opened = false;
    for (let k = at + OWN_CLAUSE_TOKENS + 1; k < tokens.length && tokens[k].end <= t.start; k++) {
      if (SUBORDINATORS.has(tokens[k].lower) && tokens[k - 1].lower !== 'of') opened = true;
      // (A deal "which is scheduled to be signed on Tuesday" was reached before that day.)
      else if (opened && !deal && OWN_CLAUSE_WORDS.has(tokens[k].lower)) opened = false;
    }
    return opened;
  };
  // "paid his first visit to Tarsia after seizing power in a coup in May": an after/before clause
  // led by a gerund tells of another act, however close to the event word it opens.
  const gerundClause = (t: Timex) => {
    if (t.start < pos) return false;
    for (let k = at + 1; k + 1 < tokens.length && tokens[k + 1].end <= t.start; k++)
      if (
        TEMPORAL_OPENERS.has(tokens[k].lower) &&
        (/^[a-z]{2,}ing$/.test(tokens[k + 1].text) ||
          (OTHER_OCCASION.has(tokens[k + 1].lower) &&
            TIME_UNITS.has(tokens[k - 1]?.lower ?? '') &&
            !SPAN_PARTS.has(tokens[k + 2]?.lower ?? '')))
      )
        return true;
    return false;
  };
  // "the first such meeting since Duterte took office in June": a date in a clause that "since"
  // opens tells of that clause ("since last May", the date's own word, is read above).
  const sinceClause = (t: Timex) => {
    if (t.start < pos) return false;
    const last = introducer(t) - SINCE_DATE_TOKENS;
    for (let k = at + 1; k < last; k++) if (tokens[k].lower === 'since') return true;
    return false;
  };
  // "Brunei, which holds the chair this year, said a consensus was reached": a date in a relative
  // clause set off by commas before the event word tells of that clause.
  const aside = (t: Timex) => {
    if (t.start >= pos) return false;
    const first = tokensBefore(index, t.start) + 1;
    let closed = false;
    for (let k = tokensBefore(index, t.end) + 1; k < at; k++) if (tokens[k].text === ',') closed = true;
    if (!closed) return false;
    for (let k = first - 1; k > 0 && k >= first - ASIDE_TOKENS; k--) {
      if (tokens[k].text === ',' || tokens[k].text === ';') return false;
      if (RELATIVES.has(tokens[k].lower)) return tokens[k - 1].text === ',';
    }
    return false;
  };
  // "Fatah, whose head is at meetings in Kazakhstan rather than at the talks in Algiers, sparked doubts
  // on Wednesday night": the event word stands in a relative clause set off by commas; a date after
  // the comma that closes it tells of the main clause.
  const relativeEnd = (() => {
    const sentence = index.sentenceTokens[tokens[at].sentence];
    let open = false;
    for (let k = at - 1; k > (sentence?.from ?? 0); k--) {
      if (tokens[k].text === ',' || tokens[k].text === ';') return -1;
      if (RELATIVES.has(tokens[k].lower) && tokens[k - 1].text === ',') {
        open = true;
        break;
      }
    }
    if (!open) return -1;
    for (let k = at + 1; k < (sentence?.to ?? tokens.length); k++)
      if (tokens[k].text === ',') return tokens[k].start;
    return -1;
  })();
  // "Despite these agreements, as well as the meeting between Kest and Brisk, Aliyev on Tuesday went
  // on a tirade": an event told in a concessive phrase that opens the sentence is not dated by the
  // clause that the phrase's last comma opens.
  const sentenceFrom = index.sentenceTokens[tokens[at].sentence]?.from ?? 0;
  const concessive = CONCESSIVE_OPENERS.has(tokens[sentenceFrom]?.lower ?? '');
  const outsideRelative = (t: Timex) =>
    (relativeEnd >= 0 && t.start > relativeEnd) ||
    (concessive && t.start > pos && crossesComma(index, pos, t.start));
  // "The 42nd round of the talks - the forum set up to address the war of August 2008 - was held
  // on December 12": a date inside a dashed aside after the event word tells of what the aside
  // describes, unless the aside tells when the event was held ("the talks - held on May 3 - …").
  const dashedAside = (t: Timex) => {
    if (t.start < pos) return false;
    const first = tokensBefore(index, t.start) + 1;
    const last = tokensBefore(index, t.end);
    let open = -1;
    for (let k = at + 1; k < first; k++) if (ASIDE_DASHES.has(tokens[k].text)) open = k;
    if (open < 0) return false;
    // (a forum "set up" after a war is not one "set" for a day)
    for (let k = open + 1; k < first; k++)
      if (OWN_CLAUSE_WORDS.has(tokens[k].lower) && tokens[k + 1]?.lower !== 'up') return false;
    const sentenceEnd = index.sentenceTokens[tokens[at].sentence]?.to ?? tokens.length;
    for (let k = last + 1; k < sentenceEnd; k++) if (ASIDE_DASHES.has(tokens[k].text)) return true;
    return false;
  };
  // "traded accusations on Tuesday, hours after a ceasefire brokered by Tarsia took effect": a
  // date before the clause counted from that holds the event word dates the clause it stands in.
  const outerClause = (t: Timex) => {
    if (t.end > pos) return false;
    for (let k = tokensBefore(index, t.end) + 1; k < at; k++) {
      if (TEMPORAL_OPENERS.has(tokens[k].lower) && TIME_UNITS.has(tokens[k - 1]?.lower ?? '')) {
        for (let j = k + 1; j < at; j++) if (tokens[j].text === ',' || tokens[j].text === ';') return false;
        return true;
      }
    }
    return false;
  };
  // "Tuesday's meeting", "the March 5 talks": a date that qualifies the event word is its own,
  // whatever word brings the phrase in ("since the December summit", "until the May talks").
  const qualifies = (t: Timex) => {
    let k = tokensBefore(index, t.end) + 1;
    const possessive = tokens[k]?.lower === "'s";
    if (possessive) k++;
    return k === at && (possessive || DETERMINERS.has(tokens[tokensBefore(index, t.start)]?.lower ?? ''));
  };
  // "exchanged the bodies on Friday, two days after Moscow accused Kyiv": the clause counted from
  // the date is that many days earlier (later, "before"); weeks and months stay undated.
  for (const t of timexes) {
    if (t.precision !== 'day' || !outerClause(t)) continue;
    const shifted = countedFrom(index, t, at);
    if (shifted) return shifted;
  }
  const own = timexes.find((t) => (qualifies(t) || qualifiedNoun(index, t) === at) && !another(t));
  if (own) return own.value;
  // "since March, when the emir brought them together": the date a "when" clause after it tells.
  // So too "The feud erupted last month when Saudi Arabia, the United Arab Emirates, Bahrain and
  // Egypt severed ties": a "when" right after the date, its clause unbroken up to the event word
  // (a subject list may be long).
  const whenOf = inSentence.find((t) => {
    if (t.start >= pos) return false;
    // (the date's span may hold its comma: "March,"; a dash sets the clause off too: "since 1988 -
    // when Veska and Ormund agreed")
    let k = tokensBefore(index, t.end) + 1;
    const setOff = (w?: string) => w === ',' || (w !== undefined && ASIDE_DASHES.has(w));
    const comma = setOff(tokens[k]?.text) || tokens[k - 1]?.text === ',';
    if (setOff(tokens[k]?.text)) k++;
    if (tokens[k]?.lower !== 'when') return false;
    if (comma) return at - k <= WHEN_TOKENS;
    if (at - k > 2 * WHEN_TOKENS) return false;
    for (let i = k + 1; i < at; i++)
      if (SUBORDINATORS.has(tokens[i].lower) || tokens[i].text === ';') return false;
    return true;
  });
  if (whenOf) return whenOf.value;
  if (timexes.length === 0) return undefined;
  let usable = timexes.filter(
    (t) =>
      !(UNTIL.has(before(t)) && !((read.since || (deal && inForce(t))) && before(t) === 'since')) &&
      !another(t) &&
      !subordinate(t) &&
      !gerundClause(t) &&
      !sinceClause(t) &&
      !aside(t) &&
      !dashedAside(t) &&
      !outsideRelative(t) &&
      !outerClause(t) &&
      !compared(t) &&
      !(deal && effect(t)) &&
      !earlier(t) &&
      // "signed a memorandum … holding more talks in four months": what is to come, not the deal.
      !(t.ahead && (deal || status === 'held')) &&
      !((status === 'planned' || status === 'postponed') && toldOn(t)),
  );
  if (status === 'postponed' || status === 'planned') {
    const planned = usable.filter((t) => PLANNED_FOR.has(before(t)));
    if (planned.length) usable = planned;
  }
  if (usable.length === 0) return undefined;
  // A date written after the event word belongs to it ("talks … in Lumen on May 12"); one before
  // it often dates the report instead ("Tarsia said on Tuesday that the talks …").
  const horizon = tokens[Math.min(tokens.length - 1, at + 14)].end;
  const after = usable.filter(
    (t) => t.start >= pos && t.end <= horizon && !crossesClause(index, pos, t.start),
  );
  const pool = after.length ? after : usable;
  pool.sort((a, b) => Math.abs(a.start - pos) - Math.abs(b.start - pos));
  // "the first summit last year in Wuhan, in April 2018": the same time told twice, the finer.
  // (however far after the event word it stands in its clause)
  const finer = [...pool, ...usable].find(
    (t) =>
      t.value.length > pool[0].value.length &&
      t.value.startsWith(pool[0].value) &&
      (pool.includes(t) || (t.start >= pos && !crossesClause(index, pos, t.start))),
  );
  return firstOfSpan(index, timexes, finer ?? pool[0]).value;
}

/**
 * "On Friday and Saturday, both leaders met": a day joined by "and" to the day before it in the
 * text is the end of a span of days, which is dated by its first (FORMAT: "talks on 12–13 May" is
 * the 12th).
 */
function firstOfSpan(index: DocIndex, timexes: Timex[], t: Timex): Timex {
  if (t.precision !== 'day') return t;
  const k = tokensBefore(index, t.start);
  if (index.tokens[k]?.lower !== 'and') return t;
  const joined = timexes.find(
    (x) => x.precision === 'day' && x.end <= t.start && tokensBefore(index, x.end) === k - 1,
  );
  return joined && joined.value < t.value ? joined : t;
}

/** The day `days` days from the day `value` (YYYY-MM-DD; a negative count goes back). */
function daysFrom(value: string, days: number): string {
  const day = new Date(`${value}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** Day counts a word before "day(s)" gives: "came a day after", "the day after they met" (one). */
const DAY_COUNTS: Readonly<Record<string, number>> = { a: 1, an: 1, the: 1, ...COUNT_WORDS };

/** The count of days before the opener at `k` ("two days after"; "the days after" counts none). */
function daysBefore(index: DocIndex, k: number): number | undefined {
  const unit = index.tokens[k - 1]?.lower ?? '';
  if (!/^days?$/.test(unit)) return undefined;
  const count = index.tokens[k - 2]?.lower ?? '';
  const days = /^\d{1,2}$/.test(count) ? Number(count) : DAY_COUNTS[count];
  return days && (days === 1) === (unit === 'day') ? days : undefined;
}

/**
 * The day of a clause counted in days from the date `t` of the clause around it ("on Friday, two
 * days after …"; "three days before …" counts ahead): the number and the opener between the date and the event word.
 */
function countedFrom(index: DocIndex, t: Timex, at: number): string | undefined {
  const tokens = index.tokens;
  for (let k = tokensBefore(index, t.end) + 1; k < at; k++) {
    const opener = tokens[k].lower;
    if (!TEMPORAL_OPENERS.has(opener)) continue;
    const days = daysBefore(index, k);
    if (!days) return undefined;
    return daysFrom(t.value, opener === 'after' ? -days : days);
  }
  return undefined;
}

/**
 * "Kurti blamed Borrell …, Kosovo media reported on Monday": the day the sentence says it was
 * reported, for an act of speech (an accusation) made that day; not a day after the story's.
 */
export function reportDay(index: DocIndex, timexes: Timex[], published: string): string | undefined {
  const tokens = index.tokens;
  return timexes.find((t) => {
    if (t.precision !== 'day' || t.value > published) return false;
    const k = tokensBefore(index, t.start);
    return REPORT_VERBS.has((tokens[k]?.lower === 'on' ? tokens[k - 1] : tokens[k])?.lower ?? '');
  })?.value;
}

/** How many capitalised words may stand between "the" and a definite event word ("the Muscat negotiations"). */
const DEFINITE_MODIFIERS = 2;

// "said at a press briefing on Monday": the circumstance words between a report verb and its date.
const FRAME_CIRCUMSTANCES = new Set([
  'at',
  'in',
  'a',
  'an',
  'the',
  'press',
  'news',
  'briefing',
  'conference',
]);
const FRAME_REACH = 4;

/**
 * The report verb whose date is the one whose last token before it is `k` ("said on Monday", "said
 * at a press briefing on Monday"): its token, or -1.
 */
function frameVerb(index: DocIndex, k: number): number {
  const tokens = index.tokens;
  let i = tokens[k]?.lower === 'on' ? k - 1 : k;
  for (let n = 0; n <= FRAME_REACH && i >= 0; n++, i--) {
    if (REPORT_VERBS.has(tokens[i].lower)) return i;
    if (!FRAME_CIRCUMSTANCES.has(tokens[i].lower)) return -1;
  }
  return -1;
}

/** "…, negotiators said on Tuesday": the date is the day of a report verb. */
export function reportedOn(index: DocIndex, t: Timex): boolean {
  const k = tokensBefore(index, t.start);
  const tokens = index.tokens;
  return REPORT_VERBS.has((tokens[k]?.lower === 'on' ? tokens[k - 1] : tokens[k])?.lower ?? '');
}

/** Pronouns that carry on the subject of the sentence before ("He also accused …"). */
const CARRIED_SUBJECTS = new Set(['he', 'she', 'they']);

/** How many sentences back a pronoun's speech may be carried through the same speaker's words. */
const CARRY_REACH = 3;

/**
 * "X said on Monday that … . He also accused Y of …": a sentence whose subject is a pronoun
 * carries on the speech of the sentence before it, told the day that sentence says it was — or,
 * through undated sentences of the same speaker ("X said on Sunday … . 'We will not wait,' he
 * said. He accused Y …"), the day the speaker's words were first dated. A speaker named again
 * ("X accused Y …") carries on their own words only.
 */
export function carriedReportDay(doc: ParleyDocument, index: DocIndex, from: number): string | undefined {
  const s = index.tokens[from]?.sentence ?? 0;
  if (s === 0) return undefined;
  // ("Reel accused Y …" after Reel's words: a speaker named again carries them on as well.)
  const pronoun = CARRIED_SUBJECTS.has(index.tokens[from].lower);
  const own = speakersIn(doc, index, s);
  if (!pronoun && own.size === 0) return undefined;
  for (let k = s - 1; k >= Math.max(0, s - CARRY_REACH); k--) {
    const sentence = index.sentenceTokens[k];
    if (sentence.to <= sentence.from) return undefined;
    const start = index.tokens[sentence.from].start;
    const end = index.tokens[sentence.to - 1].end;
    const timexes = doc.timexes.filter((t) => t.start >= start && t.end <= end && !isDateline(doc, t));
    const day = reportDay(index, timexes, doc.date);
    // (The sentence right before is the one carried on, whoever speaks in it.)
    const same = [...speakersIn(doc, index, k)].some((e) => own.has(e));
    if (day && (same || (pronoun && k === s - 1))) return day;
    if (!same) return undefined;
  }
  return undefined;
}

/** The speaker entities of the statements whose cue stands in sentence `s`. */
function speakersIn(doc: ParleyDocument, index: DocIndex, s: number): Set<number> {
  const sentence = index.sentenceTokens[s];
  const out = new Set<number>();
  if (sentence.to <= sentence.from) return out;
  const start = index.tokens[sentence.from].start;
  const end = index.tokens[sentence.to - 1].end;
  for (const st of doc.statements) {
    const at = st.cueSpan?.start ?? st.content.start;
    if (st.entity !== undefined && at >= start && at < end) out.add(st.entity);
  }
  return out;
}

/**
 * "On May 5, 2021, the group was …", "In March, Veska …", "Late last year, …": a date that opens the sentence, set
 * off by a comma, dates the clause after it, however far its verb stands.
 */
export function frontedDate(
  index: DocIndex,
  timexes: Timex[],
  from: number,
  /** The event's word: "Late last month, Trump said a new method to the talks …" dates the saying. */
  at?: number,
): string | undefined {
  const t = timexes[0];
  if (!t) return undefined;
  const first = tokensBefore(index, t.start) + 1;
  const last = tokensBefore(index, t.end);
  if (at !== undefined && index.tokens.slice(last + 1, at).some((w) => REPORT_VERBS.has(w.lower)))
    return undefined;
  if (first > from + 1 || (first === from + 1 && !/^(on|in|at|early|late)$/.test(index.tokens[from].lower)))
    return undefined;
  // (the date's span may hold its comma: "In October,")
  return index.tokens[last]?.text === ',' || index.tokens[last + 1]?.text === ',' ? t.value : undefined;
}

/** A date that a comparison brings in ("like last time on September 5", "as on May 3"). */
function comparedOccasion(index: DocIndex, t: Timex): boolean {
  const { tokens } = index;
  for (let k = tokensBefore(index, t.start); k >= 0 && k > tokensBefore(index, t.start) - 5; k--) {
    // ("will begin talks as soon as Aug. 27", "as early as May 3": the event's own day, no comparison)
    if (tokens[k].lower === 'as' && AS_SOON.has(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.lower === 'as')
      return false;
    if (COMPARISON_OPENERS.has(tokens[k].lower)) return true;
    if (!COMPARED_OCCASION.has(tokens[k].lower)) return false;
  }
  return false;
}

/** A token written `mark` between two offsets. */
function markBetween(index: DocIndex, from: number, to: number, mark: string): boolean {
  for (let k = tokensBefore(index, from) + 1; k < index.tokens.length && index.tokens[k].start < to; k++)
    if (index.tokens[k].text === mark) return true;
  return false;
}

/** A comma between two offsets. */
const crossesComma = (index: DocIndex, from: number, to: number) => markBetween(index, from, to, ',');

/** A semicolon between two offsets: a clause of its own. */
const crossesClause = (index: DocIndex, from: number, to: number) => markBetween(index, from, to, ';');

/** Index of the token that ends right before a character offset, or -1. */
export function tokensBefore(index: DocIndex, offset: number): number {
  let lo = 0;
  let hi = index.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * "19 Mar 2023; AA: …", "December 9, 2023 (KHARTOUM) -", "Kazan, October 23: …": the day a
 * dateline gives dates the story, not what it tells.
 */
export function isDateline(doc: ParleyDocument, t: Timex): boolean {
  if (t.value !== doc.date) return false;
  if (pageTimestamp(doc, t)) return true;
  if (continuesClause(doc, t)) return false;
  if (/\b\d{4}\b/.test(doc.text.slice(t.start, t.end)) && t.start < (doc.sentences[0]?.end ?? 0) + 200)
    return true;
  return /^\s*(?:[;:(]|-|—|–)/.test(doc.norm.slice(t.end, t.end + 3));
}

/** A clock time to the second ("9:00:18"), which no story gives for an event. */
const CLOCK_TO_THE_SECOND = /\b\d{1,2}:\d{2}:\d{2}\b/;

/**
 * "… reach agreement on gas transit Friday, December 20, 2019 9:00:18 AM": a date followed by a
 * clock time to the second is the page's stamp of when it was posted (no story tells an event's
 * time to the second), even where a headline's words run into it.
 */
const pageTimestamp = (doc: ParleyDocument, t: Timex) =>
  CLOCK_TO_THE_SECOND.test(doc.norm.slice(t.start, t.end)) ||
  new RegExp(`^[ \\t]*,?[ \\t]*(?:at[ \\t]+)?${CLOCK_TO_THE_SECOND.source}`).test(
    doc.norm.slice(t.end, t.end + 16),
  );

/**
 * "agreed on Sunday (21 November 2021) to …": a date that a lower-case word on its line leads
 * into runs on a clause, and so does one in brackets after such a date; a dateline stands at a
 * line's start or after its place ("TEHRAN, Nov. 21 (MNA) –").
 */
function continuesClause(doc: ParleyDocument, t: Timex): boolean {
  const lead = doc.norm.slice(Math.max(0, t.start - CLAUSE_LEAD_CHARS), t.start);
  if (/(?:^|[^\p{L}])\p{Ll}+[ \t]*$/u.test(lead)) return true;
  if (!/\([ \t]*$/.test(lead)) return false;
  const bracketed = doc.timexes.find(
    (x) => x.end <= t.start && /^[ \t]*\([ \t]*$/.test(doc.norm.slice(x.end, t.start)),
  );
  return bracketed !== undefined && continuesClause(doc, bracketed);
}
const CLAUSE_LEAD_CHARS = 12;

/**
 * The day the story's lead says things happened: the first day-precise date of its first
 * sentences (a headline has none; the lead paragraph under it does), if it lies within a week
 * before the article. The day something was said or reported counts only when the lead gives no
 * other.
 */
export function leadDate(
  doc: ParleyDocument,
  saidBy?: string[],
  sentences = LEAD_SENTENCES,
): string | undefined {
  let reported: string | undefined;
  for (const s of doc.sentences.slice(0, sentences)) {
    // (`saidBy`: the day the lead says these parties told something, for what is itself told, as
    // an accusation is: "X said on Thursday that … the talks on Saturday"; another's day is not it.)
    const said = saidBy !== undefined && speaksIn(doc, s, saidBy);
    // "19 Mar 2023; AA: …", "August 2, 2024 (ADDIS ABABA) -": a dateline dates the story, not
    // what it tells.
    const dated = doc.timexes.filter(
      (x) =>
        x.precision === 'day' &&
        x.start >= s.start &&
        x.end <= s.end &&
        !isDateline(doc, x) &&
        !photoCaption(doc, x) &&
        // "a truce starting on Wednesday", "postponed until Friday": not when things happened.
        !/\b(?:starting|effective|from|until|till|beginning|by)\s+(?:on\s+)?$/i.test(
          doc.norm.slice(Math.max(0, x.start - 16), x.start),
        ),
    );
    for (const t of dated) {
      const days = (Date.parse(doc.date) - Date.parse(t.value)) / 86_400_000;
      // ("over the next several days," Obama told the press Thursday: the day after the one ahead)
      if (days < 0 || days > 7) continue;
      // "The United States said Sunday that talks in Paris came to an understanding": the day
      // it was told; the day things happened may come after ("in Paris on Friday").
      const telling = REPORT_VERBS.has(wordBefore(doc.norm, t.start));
      if (said ? telling : !telling) return t.value;
      reported ??= t.value;
    }
  }
  return reported;
}

/**
 * "In this March 27, 2014, photo, Secretary of State John Kerry attends a reception": the day a
 * picture was taken, which a caption under the headline gives, is not the day of the story's news.
 */
const photoCaption = (doc: ParleyDocument, t: Timex) =>
  (/\bin this[ \t]+(?:file[ \t]+)?$/i.test(doc.norm.slice(Math.max(0, t.start - 16), t.start)) &&
    /^,?[ \t]*(?:file[ \t]+)?(?:photo|image|picture)/i.test(doc.norm.slice(t.end, t.end + 16))) ||
  captionClose(doc, t);

/**
 * "… protest in Pristina, Sunday Dec. 2, 2018.": a caption closes on the day of its picture,
 * written with its year (a story tells a day of its own week without one). A picture of the day
 * the story was published ("… at Beirut airport on August 31, 2023.") is of the story's own news.
 */
const captionClose = (doc: ParleyDocument, t: Timex) =>
  t.value !== doc.date &&
  /\b(?:1[89]|20)\d{2}$/.test(doc.norm.slice(t.start, t.end)) &&
  /^\.(?:\s|$)/.test(doc.norm.slice(t.end, t.end + 2));

/** A statement of one of `parties` has its cue in the sentence `s`. */
const speaksIn = (doc: ParleyDocument, s: { start: number; end: number }, parties: string[]) =>
  doc.statements.some((st) => {
    const at = st.cueSpan?.start ?? st.content.start;
    return at >= s.start && at < s.end && [st.actor ?? []].flat().some((a) => parties.includes(a));
  });

export const LEAD_SENTENCES = 8;

/** How far after "DATE, when" the event word of the clause may stand. */
const WHEN_TOKENS = 8;

/** The word before a date, past an "on": "said" in "said on Sunday" and in "said Sunday". */
const wordBefore = (text: string, at: number) =>
  /(\w+)\s+(?:on\s+)?$/.exec(text.slice(Math.max(0, at - 24), at))?.[1]?.toLowerCase() ?? '';

// "The announcement came the day after the two leaders met", "Her visit comes two days after the
// talks": a sentence that dates its own subject by what it told just before, and its after-clause
// that many days earlier. The words that may stand between the verb and the count.
const CAME_VERBS = new Set(['came', 'comes', 'come']);
const CAME_HEDGES = new Set(['just', 'only', 'barely', 'exactly']);

/**
 * The day of an event told after "came N days after" in a sentence with no date of its own: N days
 * before the last day the sentence before it tells (the day of what "came").
 */
export function cameDaysAfter(doc: ParleyDocument, index: DocIndex, at: number): string | undefined {
  const tokens = index.tokens;
  const s = tokens[at]?.sentence;
  if (!s) return undefined;
  const own = index.sentenceTokens[s];
  let k = at - 1;
  while (k > own.from && tokens[k].lower !== 'after') k--;
  const days = k > own.from ? daysBefore(index, k) : undefined;
  if (!days) return undefined;
  let verb = k - 3;
  while (verb > own.from && CAME_HEDGES.has(tokens[verb].lower)) verb--;
  if (!CAME_VERBS.has(tokens[verb]?.lower ?? '')) return undefined;
  const span = (sentence: { from: number; to: number }) =>
    doc.timexes.filter(
      (t) =>
        t.start >= tokens[sentence.from].start && t.end <= tokens[sentence.to - 1].end && !isDateline(doc, t),
    );
  if (span(own).length) return undefined;
  const before = index.sentenceTokens[s - 1];
  if (!before || before.to <= before.from) return undefined;
  const anchor = span(before)
    .filter((t) => t.precision === 'day')
    .pop();
  if (!anchor) return undefined;
  return daysFrom(anchor.value, -days);
}

/** The days a speaker names from their own day, by how far each lies from it. */
const SPEAKERS_DAYS: Readonly<Record<string, number>> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

// Words that say the speaker's own voice where quotation marks were lost ("In a very constructive
// meeting today, he confirmed to me …, Blinken told reporters").
const FIRST_PERSON = /\b(?:I|me|my|we|us|our)\b/;

/**
 * "'Today we agreed on a joint statement,' he said" in a story published the day after the talks:
 * a day the speaker names from their own day ("today", "yesterday") is counted from the day they
 * spoke, not from the story's. That day is one the sentence gives outside the quoted words
 * ("a Hamas official speaking on Aug. 13, 'We have finished talks today'"), or else the earlier
 * day whose news the lead tells.
 */
export function quotedDaysFromTheSaying(doc: ParleyDocument): void {
  const speakers = doc.timexes.filter((t) => {
    const shift = speakersShift(doc, t);
    return shift !== undefined && t.value === daysFrom(doc.date, shift) && inSpeakersWords(doc, t);
  });
  if (speakers.length === 0) return;
  // (the lead's day is that of what it tells, not a speaker's "today" in its quotes)
  const lead = leadDate({ ...doc, timexes: doc.timexes.filter((t) => !speakers.includes(t)) });
  // (a speaker at talks "on 29 and 30 May" speaks on the last day: "the protocol signed today")
  const leadThrough = doc.timexes.find((x) => x.value === lead && x.through)?.through;
  const leadDay = leadThrough && leadThrough <= doc.date ? leadThrough : lead;
  for (const t of speakers) {
    const said = sentenceDayOutside(doc, t) ?? leadDay;
    if (said && said < doc.date) t.value = daysFrom(said, speakersShift(doc, t) as number);
  }
}

/** How far the day `t` names ("today", "yesterday") lies from its speaker's own; undefined for any other. */
const speakersShift = (doc: ParleyDocument, t: Timex): number | undefined =>
  SPEAKERS_DAYS[doc.norm.slice(t.start, t.end).toLowerCase()];

/** Whether span `inner` lies within span `outer`. */
const holds = (outer: { start: number; end: number }, inner: { start: number; end: number }) =>
  outer.start <= inner.start && inner.end <= outer.end;

/** The quotation that holds `t`, if one does. */
const quoteHolding = (doc: ParleyDocument, t: Timex) => doc.quotes.find((q) => holds(q, t));

/** `t` stands in quoted words, or in a statement's words in the first person. */
const inSpeakersWords = (doc: ParleyDocument, t: Timex) =>
  quoteHolding(doc, t) !== undefined ||
  doc.statements.some(
    (st) => holds(st.content, t) && FIRST_PERSON.test(doc.norm.slice(st.content.start, st.content.end)),
  );

/** A day the sentence of `t` gives outside the quotation that holds `t` (a speaker's own day is none). */
function sentenceDayOutside(doc: ParleyDocument, t: Timex): string | undefined {
  const sentence = doc.sentences.find((s) => holds(s, t));
  if (!sentence) return undefined;
  const quote = quoteHolding(doc, t);
  return doc.timexes.find(
    (x) =>
      x.precision === 'day' &&
      holds(sentence, x) &&
      !(quote && holds(quote, x)) &&
      speakersShift(doc, x) === undefined &&
      x.value <= doc.date &&
      !isDateline(doc, x),
  )?.value;
}
