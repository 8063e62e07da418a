/**
 * Stage `events`: what happened, as PLOVER event types (codebooks/stance.yaml lists the cues).
 *
 * - CONSULT: meetings, talks, visits and calls. Participants come from the text's own
 *   constructions ("a meeting between X and Y", "U.S.-Russia talks", "talks with X", "a visit to
 *   X", "X met Y", "X and Y sat down"); status from postponed/cancelled/planned cues; the date,
 *   the place ("in the Saudi capital" → Riyadh, SAU), the duration ("the 4-1/2-hour meeting" →
 *   PT4H30M) and who was left out ("a meeting that excluded Kyiv").
 *   A definite mention without named parties ("the talks", "Tuesday's meeting") is the same
 *   event as the one the article is about: it adds its details to it instead of counting twice.
 *   A meeting that nobody has scheduled ("no date had been set") is a proposal, not an event.
 * - AGREE: "agreed to", "signed", "pledged": the subject and the parties named in the clause.
 * - SANCTION: "imposed sanctions on X": imposers and target.
 * - ACCUSE: "X accused Y", "X criticised Y".
 * - REQUEST, REJECT, THREATEN: only in their clearest forms ("urged X to", "rejected X's
 *   proposal", "threatened to …"), both sides named.
 */

import type { Codebook } from '../../codebook/codebook.js';
import type {
  EventStatus,
  EventType,
  NegotiationEvent,
  ParleyDocument,
  PipelineContext,
  Span,
  Stage,
  Timex,
  Token,
} from '../../model.js';
import { startingIn, within } from '../../sorted.js';
import { mainParties as storyParties } from '../actors/main-parties.js';
import { cached, longestNonOverlapping, type PhraseMatch } from '../issues.js';
import {
  type ActorMention,
  codesOfName,
  type DocIndex,
  docIndex,
  EVENT_TRIGGER_LISTS,
  mentionsWithin,
  subjectBefore,
} from '../textindex.js';

type Cue = PhraseMatch<string>;
type ConsultKind = 'meeting' | 'call' | 'visit';

interface EventMention {
  type: EventType;
  kind?: ConsultKind;
  /** Named participants (for CONSULT: the parties the construction names). */
  actors: string[];
  source?: string[];
  target?: string[];
  excluded: string[];
  status?: EventStatus;
  date?: string;
  location?: NegotiationEvent['location'];
  duration?: string;
  evidence: Span;
  rule: string;
  cue: string;
  /** A definite mention that names nobody: it refers to an event named elsewhere. */
  anaphoric?: boolean;
  /** "the talks", "Tuesday's meeting": a meeting the story has already told of. */
  definite?: boolean;
  /** Told without its parties ("an agreement was reached"): the parties the story is about. */
  inPlay?: boolean;
  /** Its subject coordinates a party with someone the text does not resolve ("X and Machar"). */
  partial?: boolean;
  /** "X arrived in Asmara": the state of the place arrived in, a party only if one of the story's. */
  host?: string[];
  /** One side is named ("X complained of violations"): the other is the story's other party. */
  otherSide?: boolean;
  /** "met on the sidelines of the summit": a meeting of its own, not the summit. */
  sideline?: boolean;
  /** "agreed to meet again soon": planned, though no date is given. */
  scheduled?: boolean;
  /** "talks mediated by the AU": parties that take part as mediators. */
  mediators?: string[];
}

interface Place {
  name: string;
  country?: string;
}

/** Venues: the codebook's places and the states' capitals, by lower-cased name. */
function placeIndex(codebook: Codebook) {
  const places = new Map<string, Place>();
  const capitalOf = new Map<string, Place>();
  for (const a of codebook.actors) {
    if (a.kind !== 'state') continue;
    const capital = a.capitals[0];
    if (!capital) continue;
    for (const c of a.capitals)
      if (!places.has(c.toLowerCase())) places.set(c.toLowerCase(), { name: capital, country: a.code });
    for (const word of [a.name, ...a.aliases, ...a.demonyms])
      capitalOf.set(word.toLowerCase(), { name: capital, country: a.code });
  }
  for (const p of codebook.places)
    for (const n of [p.name, ...p.aliases]) places.set(n.toLowerCase(), { name: p.name, country: p.country });
  return { places, capitalOf };
}

/** The place named at token i ("Riyadh", "Abu Dhabi", "the Saudi capital"), and its last token. */
function placeAt(
  ctx: PipelineContext,
  index: DocIndex,
  i: number,
): { place: Place; end: number } | undefined {
  const { places, capitalOf } = cached(ctx, 'events.places', () => placeIndex(ctx.codebook));
  const toks = index.tokens;
  if (
    toks[i]?.lower === 'the' &&
    toks[i + 1]?.lower !== 'capital' &&
    /^\p{Lu}/u.test(toks[i + 1]?.text ?? '')
  ) {
    const seat = placeAt(ctx, index, i + 1);
    if (seat && toks[seat.end]?.lower !== 'capital') return seat;
  }
  if (toks[i]?.lower === 'the') {
    // "the Saudi capital": the capital of the state whose name or demonym this is.
    for (let k = 1; k <= 2 && i + k + 1 <= toks.length; k++) {
      if (toks[i + k + 1]?.lower !== 'capital') continue;
      const words = toks
        .slice(i + 1, i + k + 1)
        .map((t) => t.text)
        .join(' ')
        .toLowerCase();
      const hit = capitalOf.get(words);
      if (hit) return { place: hit, end: i + k + 2 };
    }
    return undefined;
  }
  if (!/^\p{Lu}/u.test(toks[i]?.text ?? '')) return undefined;
  for (let k = 3; k >= 1; k--) {
    if (i + k > toks.length) continue;
    const words = toks
      .slice(i, i + k)
      .map((t) => t.text)
      .join(' ')
      .toLowerCase();
    const hit = places.get(words);
    if (hit) return { place: hit, end: i + k };
  }
  return undefined;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  half: 0.5,
};
const DURATION = /^(\d+(?:\.\d+)?|\d+-\d+\/\d+|[a-z]+)-(hour|minute|day|week)s?(?:-long)?$/i;

/** "4-1/2-hour" → PT4H30M, "two-day" → P2D. */
export function isoDuration(token: string): string | undefined {
  const m = DURATION.exec(token);
  if (!m) return undefined;
  let n: number;
  const frac = /^(\d+)-(\d+)\/(\d+)$/.exec(m[1]);
  if (frac) n = Number(frac[1]) + Number(frac[2]) / Number(frac[3]);
  else if (/^\d/.test(m[1])) n = Number(m[1]);
  else if (m[1].toLowerCase() in NUMBER_WORDS) n = NUMBER_WORDS[m[1].toLowerCase()];
  else return undefined;
  const unit = m[2].toLowerCase();
  if (unit === 'day') return `P${n}D`;
  if (unit === 'week') return `P${n}W`;
  const minutes = Math.round(unit === 'hour' ? n * 60 : n);
  const h = Math.floor(minutes / 60);
  const min = minutes % 60;
  return `PT${h ? `${h}H` : ''}${min ? `${min}M` : ''}` || 'PT0M';
}

const DURATION_PHRASE =
  /\bfor\s+(?:about|around|nearly|almost|more than|less than|over|under|some|roughly|just over|just under)?\s*(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(hours?|minutes?|days?)\b/i;

/** "for three hours", "for about an hour" just after a meeting word. */
export function durationPhrase(after: string): string | undefined {
  const m = DURATION_PHRASE.exec(after);
  if (!m) return undefined;
  const n = /^an?$/i.test(m[1]) ? 1 : /^\d/.test(m[1]) ? m[1] : m[1].toLowerCase();
  return isoDuration(`${n}-${m[2].replace(/s$/, '')}`);
}

const SUBORDINATORS = new Set([
  'but',
  'after',
  'before',
  'while',
  'when',
  'because',
  'amid',
  'despite',
  'following',
  'although',
  'though',
  'which',
  'since',
]);
const SPEAKER_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'it', 'they']);
const MODAL = new Set(['would', 'could', 'might', 'may', 'should', 'can', 'cannot']);
const NEGATION = new Set(['not', "n't", 'never', 'no', 'nor', 'neither', 'without', 'failed', 'refused']);
const EXCLUDING = new Set([
  'excluded',
  'excluding',
  'excludes',
  'exclude',
  'without',
  'sidelining',
  'sidelined',
]);
// "postponed until next month", "the first time since 2019": not the event's own date.
const UNTIL = new Set(['until', 'till', 'to', 'into', 'since', 'by']);
const PLANNED_FOR = new Set(['for', 'on']);
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

const uniq = <T>(xs: T[]) => [...new Set(xs)];

const NO_CUES: Cue[] = [];

/** The cue lists whose words can start an event mention. */
const TRIGGERS = new Set(EVENT_TRIGGER_LISTS);

// Words that end the object of a deal verb before any deal noun: "signed off on talks about …".
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
]);
// Words that open an adverbial clause, whose subject is its own.
const ADVERBIAL = new Set([
  'after',
  'before',
  'when',
  'while',
  'because',
  'since',
  'although',
  'though',
  'until',
  'unless',
  'once',
  'whereas',
]);
// "if these answers are positive, we can sign", "until Kim agrees": a condition, not an act.
const CONDITIONS = new Set(['if', 'unless', 'until', 'whether']);
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
]);
// Words that cannot stand between a party and the noun it modifies ("U.S. oil sanctions").
const NOT_MODIFIER = new Set([
  'that',
  'which',
  'who',
  'to',
  'and',
  'or',
  'the',
  'a',
  'an',
  'of',
  'on',
  'in',
  'for',
  'with',
  'by',
  'demands',
  'wants',
  'said',
  'says',
]);
// Verbs of a conversation that has one other side per person named: "spoke to A and B".
const SPOKE_TO = /^(spoke|spoken|speaks|talked|phoned|called)$/;
// A lower-case word that names what talks are about ("peace talks", "nuclear talks").
const TOPIC_MODIFIER = /^[a-z][a-z-]+$/;
const BE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);
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

const PROPOSAL_LISTS = new Set(['stance_propose', 'stance_demand', 'stance_open', 'stance_reject']);
const _DETERMINER = new Set(['a', 'an', 'the', 'new', 'more', 'further', 'direct', 'fresh', 'any']);

/** A propose/demand/open/reject cue right before token `at` (determiners aside): "proposed talks". */
function stanceBefore(cues: Cue[], at: number, from: number): boolean {
  return cues.some(
    (c) => PROPOSAL_LISTS.has(c.pattern.payload) && c.end <= at && c.end >= Math.max(from, at - 3),
  );
}

function textSpan(index: DocIndex, from: number, to: number): Span {
  return { start: index.tokens[from].start, end: index.tokens[Math.max(from, to - 1)].end };
}

/** Actor codes of the mentions in [from, to) (with compounds like "Putin-Trump" split). */
function actorsIn(ctx: PipelineContext, index: DocIndex, from: number, to: number): string[] {
  const out: string[] = [];
  for (const m of within(index.mentions, from, to)) out.push(...m.codes);
  for (let i = from; i < to; i++) {
    const t = index.tokens[i];
    // "Putin-Trump": a mention may cover the compound with one party only; split it.
    if (t.text.includes('-') && /^\p{Lu}/u.test(t.text))
      for (const part of t.text.split('-')) out.push(...codesOfName(ctx, part));
  }
  return uniq(out);
}

/** Single words of role titles ("president", "envoy", "negotiator"): they stand between a
 * list word and the name it introduces ("with envoy Mira Solenne"). */
function titleWords(ctx: PipelineContext): Set<string> {
  return cached(ctx, 'events.titleWords', () => {
    const words = new Set([
      'chief',
      'officials',
      'official',
      'delegation',
      'delegations',
      'leaders',
      'leader',
      'team',
      'counterpart',
      'counterparts',
      'negotiators',
      'negotiator',
      'envoy',
      'envoys',
      'representatives',
      // and what stands before them: "with major Taliban leaders", "senior U.S. officials"
      'senior',
      'top',
      'major',
      'key',
      'high-level',
      'high-ranking',
      'visiting',
      'military',
      'rebel',
    ]);
    // The content words of titles: "in" of "commander in chief" must not carry a list on into
    // "talks in Lumen".
    for (const t of ctx.codebook.cues.role_titles ?? [])
      for (const w of t.toLowerCase().split(/\s+/)) if (!TITLE_FUNCTION_WORDS.has(w)) words.add(w);
    return words;
  });
}

const TITLE_FUNCTION_WORDS = new Set(['in', 'of', 'for', 'to', 'the', 'on', 'and', 'at', 'a', 'an']);

/**
 * The parties listed from token `i` on ("Russia, the U.S. and Britain", "envoy Mira Solenne",
 * "Veskan President Anton Brisk and Ormundi President Davor Kest"), up to the first word that
 * belongs to none of them.
 */
function listAfter(
  ctx: PipelineContext,
  index: DocIndex,
  i: number,
  limit: number,
): { codes: string[]; end: number } {
  const titles = titleWords(ctx);
  const codes: string[] = [];
  let end = i;
  for (let t = i; t < limit; t++) {
    const m = index.mentionAt.get(t);
    if (m) {
      codes.push(...m.codes);
      t = m.end - 1;
      end = m.end;
      continue;
    }
    const tok = index.tokens[t];
    const compound = tok.text.includes('-') ? actorsIn(ctx, index, t, t + 1) : [];
    if (compound.length) {
      codes.push(...compound);
      end = t + 1;
      continue;
    }
    const w = tok.lower;
    const joiner =
      w === ',' ||
      w === 'and' ||
      w === 'or' ||
      w === "'s" ||
      w === 'of' ||
      ['the', 'a', 'an', 'other', 'its', 'their', 'both', 'her', 'his', 'our'].includes(w);
    const title =
      titles.has(w) || titles.has(w.replace(/s$/, '')) || (/^\p{Lu}/u.test(tok.text) && tok.kind === 'word');
    if (!joiner && !title) break;
    // A comma not followed by another party ends the list ("with Russia, a departure from …");
    // "Vallo, Assembly chairman Oskar Fenn and …" goes on.
    if (w === ',') {
      let next: ActorMention | undefined;
      for (let j = t + 1; j <= t + 4 && !next; j++)
        if (index.mentionAt.get(j)?.codes.length) next = index.mentionAt.get(j);
      const lead = next ? index.tokens.slice(t + 1, next.start) : [];
      if (!next || !lead.every((k) => titles.has(k.lower) || k.lower === 'the' || /^\p{Lu}/u.test(k.text)))
        break;
    }
    // "the presidents of Veska and Ormund"
    if (w === 'of' && !titles.has((index.tokens[t - 1]?.lower ?? '').replace(/s$/, ''))) break;
  }
  return { codes: uniq(codes), end };
}

/**
 * The parties a clause names as the other side of what its subject does: "with Russia", "from
 * Russia, the U.S. and Britain", "between …", "in the presence of …" — not the parties a noun is
 * about ("frozen Russian assets"). `betweenOnly`: only a "between X and Y" list.
 */
function partnersAfter(
  ctx: PipelineContext,
  index: DocIndex,
  at: number,
  to: number,
  betweenOnly = false,
): string[] {
  const { tokens } = index;
  const out: string[] = [];
  for (let i = at; i < to; i++) {
    const t = tokens[i];
    // "… agreed to a truce after talks mediated by Qatar": the rest is another clause.
    if (t.text === ';' || SUBORDINATORS.has(t.lower)) break;
    if (
      t.text === ',' &&
      !index.mentionAt.has(i + 1) &&
      !(tokens[i + 1]?.lower === 'the' && index.mentionAt.has(i + 2))
    )
      break;
    const presence = t.lower === 'presence' && tokens[i + 1]?.lower === 'of' && !betweenOnly ? i + 2 : -1;
    if (presence < 0 && !(betweenOnly ? /^between$/ : /^(with|from|between|among)$/).test(t.lower)) continue;
    const l = listAfter(ctx, index, presence >= 0 ? presence : i + 1, to);
    out.push(...l.codes);
    if (l.end > i + 1) i = l.end - 1;
  }
  return uniq(out);
}

/** "The two presidents, together with the leaders of Germany and France, signed": those with the subject. */
function accompanying(ctx: PipelineContext, index: DocIndex, from: number, at: number): string[] {
  const { tokens } = index;
  for (let i = from; i + 1 < at; i++)
    if (/^(together|along)$/.test(tokens[i].lower) && tokens[i + 1].lower === 'with')
      return listAfter(ctx, index, i + 2, at).codes;
  return [];
}

/** "Kiir and arch-foe Riek Machar agreed": a subject of two, only one of whom the text resolves. */
function coordinatedWithUnknown(index: DocIndex, sentenceFrom: number, at: number): boolean {
  const subject = subjectBefore(index, sentenceFrom, at);
  if (subject.length !== 1) return false;
  const m = subject[0];
  const { tokens } = index;
  // "X and <unresolved> …" up to the verb, or "<unresolved> and X".
  for (let i = m.end; i < at; i++) {
    if (tokens[i].lower === 'and')
      return i + 1 < at && /^\p{Lu}|^(its|their|the|his)$/u.test(tokens[i + 1].text);
    if (tokens[i].kind === 'word' && !/^\p{Lu}/u.test(tokens[i].text)) break;
  }
  const before = tokens[m.start - 1];
  return before?.lower === 'and' && m.start - 2 >= sentenceFrom && /^\p{Lu}/u.test(tokens[m.start - 2].text);
}

/**
 * "ASTANA, Kazakhstan (UPDATED) - Russia, Iran and Turkey agreed …": a dateline before the story's
 * first words names where it was filed, not who acts. The token after it, or `from`.
 */
function afterDateline(index: DocIndex, from: number, at: number): number {
  const first = index.tokens[from];
  if (!first || !/^\p{Lu}{3,}$/u.test(first.text)) return from;
  for (let k = from + 1; k < Math.min(at, from + 12); k++)
    if (/^(-|--|—|–|:)$/.test(index.tokens[k].text)) return k + 1;
  return from;
}

/**
 * The subject before `at` is a party or its people ("Abiy", "Veskan negotiators"), not something
 * a demonym describes ("Iranian prisoners").
 */
function partyAsSubject(ctx: PipelineContext, index: DocIndex, from: number, at: number): boolean {
  const subject = subjectBefore(index, from, at).at(-1);
  if (!subject) return false;
  const next = index.tokens[subject.end];
  return (
    subject.end === at ||
    !next ||
    next.kind !== 'word' ||
    !/^\p{Ll}/u.test(next.text) ||
    titleWords(ctx).has(next.lower) ||
    titleWords(ctx).has(next.lower.replace(/s$/, ''))
  );
}

/** "to mediate (direct) talks": the noun at `at` is the object of an infinitive. */
function infinitiveObject(tokens: Token[], from: number, at: number): boolean {
  let k = at - 1;
  for (
    let n = 0;
    n < 2 && k > from && /^(a|an|the|new|more|further|direct|peace|formal)$/.test(tokens[k].lower);
    n++
  )
    k--;
  return (
    k > from &&
    /^[a-z]+$/.test(tokens[k].text) &&
    !/^(to|of|for|in|at)$/.test(tokens[k].lower) &&
    tokens[k - 1].lower === 'to'
  );
}

/** Tokens [from, to) are exactly one place name ("Astana", "Geneva"), not a pair ("U.S.-Russia"). */
function isPlaceName(ctx: PipelineContext, index: DocIndex, from: number, to: number): boolean {
  const p = placeAt(ctx, index, from);
  return p !== undefined && p.end === to && !index.tokens[from].text.includes('-');
}

/** The codes of the first actor mention in [from, to) before a clause ends ("over China's …"). */
function firstPartyAfter(index: DocIndex, from: number, to: number): string[] {
  for (let i = from; i < to; i++) {
    const t = index.tokens[i];
    if (t.text === ';' || t.text === ',' || SUBORDINATORS.has(t.lower)) return [];
    const m = index.mentionAt.get(i);
    if (m?.codes.length) return m.codes;
  }
  return [];
}

/** Who acts: the clause's subject, or the statement's speaker when the content says "he/it/we". */
function agentOf(doc: ParleyDocument, index: DocIndex, sentenceFrom: number, at: number): string[] {
  const stmt = index.statementOf[at];
  let from = sentenceFrom;
  if (stmt >= 0) while (from < at && index.statementOf[from] !== stmt) from++;
  // "… contacts that China severed after Pelosi visited Taiwan": an open adverbial clause has its
  // own subject ("After the talks, Russia agreed" closes it with a comma).
  for (let k = at - 1; k > from; k--) {
    const w = index.tokens[k].lower;
    if (w === ',' || w === ';') break;
    // "He spoke after meeting Berri": a gerund's subject is the main clause's.
    if (ADVERBIAL.has(w) && !/ing$/.test(index.tokens[k + 1]?.lower ?? '')) {
      from = k + 1;
      break;
    }
  }
  from = afterDateline(index, from, at);
  // "Just over a week after talks began in Pretoria, delegates from both sides signed": a clause
  // of time fronted before the subject ends at its comma.
  for (let k = from; k < Math.min(at, from + 5); k++) {
    if (index.mentionAt.has(k)) break;
    if (!ADVERBIAL.has(index.tokens[k].lower)) continue;
    for (let j = at - 1; j > k; j--)
      if (index.tokens[j].text === ',') {
        from = j + 1;
        break;
      }
    break;
  }
  const subject = subjectBefore(index, from, at);
  if (subject.length) return uniq(subject.flatMap((m) => m.codes));
  // "he had postponed a visit": the speaker; "the parties will meet": nobody named.
  if (stmt >= 0 && index.tokens.slice(from, at).some((t) => SPEAKER_PRONOUNS.has(t.lower))) {
    const a = doc.statements[stmt].actor;
    return a == null ? [] : Array.isArray(a) ? a : [a];
  }
  // A statement whose content begins mid-clause: the sentence's own subject acts — unless the
  // content names its own subject, one the text does not resolve ("… announced that Machar had
  // agreed").
  const namedSubject = index.tokens.slice(from, at).some((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text));
  if (stmt >= 0 && from > sentenceFrom && !namedSubject) {
    const outer = subjectBefore(index, sentenceFrom, from);
    const speaker = doc.statements[stmt].speakerSpan;
    if (outer.length && speaker && index.tokens[outer[0].start].start >= speaker.start)
      return uniq(outer.flatMap((m) => m.codes));
  }
  return [];
}

function pickDate(
  index: DocIndex,
  timexes: Timex[],
  at: number,
  status?: EventStatus,
  window?: number,
  /** `deal`: not the day it takes effect; `since`: "since July 2018" dates a measure's start. */
  read: { deal?: boolean; since?: boolean } = {},
): string | undefined {
  const deal = read.deal === true;
  const tokens = index.tokens;
  if (window !== undefined) {
    const lo = tokens[Math.max(0, at - window)].start;
    const hi = tokens[Math.min(tokens.length - 1, at + window)].end;
    timexes = timexes.filter((t) => t.start >= lo && t.end <= hi);
  }
  if (timexes.length === 0) return undefined;
  const before = (t: Timex) => {
    const k = tokensBefore(index, t.start);
    return k >= 0 ? tokens[k].lower : '';
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
  const earlier = (t: Timex) => {
    const k = tokensBefore(index, t.start);
    const w = tokens[k]?.lower === 'on' ? tokens[k - 1]?.lower : tokens[k]?.lower;
    if (!w || !REPORT_VERBS.has(w)) return false;
    for (let i = k + 1; i < at; i++) if (tokens[i].lower === 'had') return true;
    return false;
  };
  let usable = timexes.filter(
    (t) =>
      !(UNTIL.has(before(t)) && !(read.since && before(t) === 'since')) &&
      !(deal && effect(t)) &&
      !earlier(t),
  );
  if (status === 'postponed' || status === 'planned') {
    const planned = usable.filter((t) => PLANNED_FOR.has(before(t)));
    if (planned.length) usable = planned;
  }
  if (usable.length === 0) return undefined;
  // A date written after the event word belongs to it ("talks … in Lumen on May 12"); one before
  // it often dates the report instead ("Tarsia said on Tuesday that the talks …").
  const pos = tokens[at].start;
  const horizon = tokens[Math.min(tokens.length - 1, at + 14)].end;
  const after = usable.filter(
    (t) => t.start >= pos && t.end <= horizon && !crossesClause(index, pos, t.start),
  );
  const pool = after.length ? after : usable;
  pool.sort((a, b) => Math.abs(a.start - pos) - Math.abs(b.start - pos));
  return pool[0].value;
}

/** A semicolon or a new sentence between two offsets. */
function crossesClause(index: DocIndex, from: number, to: number): boolean {
  for (let k = tokensBefore(index, from) + 1; k < index.tokens.length && index.tokens[k].start < to; k++)
    if (index.tokens[k].text === ';') return true;
  return false;
}

/** Index of the token that ends right before a character offset, or -1. */
function tokensBefore(index: DocIndex, offset: number): number {
  let lo = 0;
  let hi = index.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const mentionsCache = new WeakMap<
  ParleyDocument,
  { index: DocIndex; timexes: Timex[]; mentions: EventMention[] }
>();

/** Every event mention of the document, before mentions of one event are merged. */
export function findEventMentions(doc: ParleyDocument, ctx: PipelineContext): EventMention[] {
  const index = docIndex(doc, ctx);
  const hit = mentionsCache.get(doc);
  if (hit && hit.index === index && hit.timexes === doc.timexes) return hit.mentions;
  const { tokens } = index;
  const out: EventMention[] = [];
  let cursor = 0;
  for (let s = 0; s < index.sentenceTokens.length; s++) {
    const { from, to } = index.sentenceTokens[s];
    if (to <= from) continue;
    while (cursor < index.cues.length && index.cues[cursor].start < from) cursor++;
    const cues: Cue[] = [];
    for (let c = cursor; c < index.cues.length && index.cues[c].start < to; c++) cues.push(index.cues[c]);
    // Most sentences tell no event: nothing to read without a word that could start one.
    if (!cues.some((c) => TRIGGERS.has(c.pattern.payload))) continue;
    const byList = new Map<string, Cue[]>();
    for (const c of cues) {
      const l = byList.get(c.pattern.payload);
      if (l) l.push(c);
      else byList.set(c.pattern.payload, [c]);
    }
    const list = (name: string): Cue[] => byList.get(name) ?? NO_CUES;
    const sStart = tokens[from].start;
    const sEnd = tokens[to - 1].end;
    // The timexes are in text order (the dates stage reads sentence after sentence).
    const timexes = within(doc.timexes, sStart, sEnd).filter((t) => !isDateline(doc, t));
    const sentenceOut = out.length;
    const cueText = (c: Cue) => doc.text.slice(tokens[c.start].start, tokens[c.end - 1].end);
    const near = (name: string, a: number, b: number) => list(name).some((c) => c.start >= a && c.start < b);
    const modalBefore = (at: number, span = 3) =>
      tokens.slice(Math.max(from, at - span), at).some((t) => MODAL.has(t.lower));
    const negatedBefore = (at: number) =>
      tokens.slice(Math.max(from, at - 3), at).some((t) => NEGATION.has(t.lower));
    const agree = list('agree_cues');
    // "If these answers are positive, we can sign": a condition, not a deal.
    const conditionalBefore = (at: number) => tokens.slice(from, at).some((t) => CONDITIONS.has(t.lower));
    // "The warring parties had agreed", "the four emerged …, all agreeing": the story's sides.
    const collectiveBefore = (at: number) =>
      list('collective_parties').some(
        (k) => k.end <= at && !mentionsWithin(index, k.start, at).some((m) => m.codes.length),
      );

    // CONSULT
    for (const c of longestNonOverlapping([...list('consult_nouns'), ...list('consult_verbs')])) {
      const word = tokens[c.start].lower;
      const isVerb = c.pattern.payload === 'consult_verbs';
      // "agreed to hold talks" is the agreement's; "agreed to meet again soon" also plans a meeting.
      const agreedTo = agree.some((a) => a.end <= c.start && a.end >= c.start - 5);
      const timeframe = list('plan_timeframes').some((t) => t.start >= c.end && t.start <= c.end + 6);
      if (agreedTo && !timeframe) continue;
      // "proposed talks", "does not rule out a summit", "wants a meeting": a stance, not an event.
      // ("was not invited to the summit" tells who was left out of a meeting that did happen)
      const before5 = tokens.slice(Math.max(from, c.start - 5), c.start).map((t) => t.lower);
      const invitedAt = before5.indexOf('invited');
      const leftOut = invitedAt > 0 && /^(not|never)$/.test(before5[invitedAt - 1]);
      if (!isVerb && !leftOut && stanceBefore(cues, c.start, from)) continue;
      // "more than a year of talks": a process, not a meeting.
      if (
        tokens[c.start - 1]?.lower === 'of' &&
        /^(years?|months?|weeks?|decades?)$/.test(tokens[c.start - 2]?.lower ?? '')
      )
        continue;
      // "he told a meeting", "addressing a summit": an audience, not a consultation.
      if (
        tokens
          .slice(Math.max(from, c.start - 2), c.start)
          .some((t) => /^(told|tells|addressed|addressing|addresses)$/.test(t.lower))
      )
        continue;
      if (list('not_planned').some((n) => n.start < c.start)) continue; // "no date had been set for a meeting"
      // "a press conference", "a Cabinet meeting": no consultation between parties.
      if (list('consult_not_after').some((n) => n.end === c.start)) continue;
      // "the need for eventual talks", "a prerequisite for talks": a meeting that may not come.
      if (list('consult_not_held').some((n) => n.end <= c.start && n.end >= c.start - 3)) continue;
      // "decided to meet Tehran's remaining demands": no meeting.
      if (isVerb && list('meet_objects').some((n) => n.start >= c.end && n.start <= c.end + 4)) continue;
      const kind: ConsultKind = /call|phone/.test(cueText(c).toLowerCase())
        ? 'call'
        : /visit|trip|host|arriv|land/.test(word)
          ? 'visit'
          : 'meeting';
      if (
        word === 'call' &&
        !/^(phone|telephone|video)$/.test(tokens[c.start - 1]?.lower ?? '') &&
        !tokens[c.start - 1]?.text.includes('-')
      )
        continue;
      // Participants the construction names.
      const named: string[] = [];
      let objectEnd = c.end;
      const nextWord = tokens[c.end]?.lower;
      if (nextWord === 'between' || nextWord === 'with' || (nextWord === 'to' && kind === 'visit')) {
        const l = listAfter(ctx, index, c.end + 1, to);
        named.push(...l.codes);
        objectEnd = l.end;
      } else if (isVerb) {
        const l = listAfter(ctx, index, c.end, to);
        named.push(...l.codes);
        objectEnd = l.end;
      }
      // "talks in Muscat, mediated by Oman": the mediator takes part (but names no side).
      const mediators: string[] = [];
      for (let i = c.end; i < Math.min(to, objectEnd + 10); i++) {
        if (tokens[i].text === ';') break;
        if (
          /^(mediated|hosted|brokered|chaired|facilitated)$/.test(tokens[i].lower) &&
          tokens[i + 1]?.lower === 'by'
        ) {
          mediators.push(...listAfter(ctx, index, i + 2, to).codes);
          break;
        }
      }
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
      }
      // "U.S.-Russia talks", "a Putin-Trump phone call", "Lavrov's meeting".
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
      named.push(...compound);
      let agent: string[] = [];
      // "X and Y held (their first round of) talks": the subject of the light verb takes part.
      const light = list('consult_light_verbs')
        .filter((v) => v.end <= c.start && v.end >= c.start - 30)
        .filter(
          (v) =>
            !tokens
              .slice(v.end, c.start)
              .some((t) => t.text === ';' || t.lower === 'that' || t.lower === 'which'),
        )
        .at(-1);
      if (isVerb || nextWord === 'with' || nextWord === 'to' || withAt >= 0 || light)
        agent = agentOf(doc, index, from, light ? light.start : c.start);
      // "X joined Y and Z for talks", "X hosted Y for talks": the verb's objects take part too.
      if (
        light &&
        /^(joined|join|joins|hosted|hosts|host|received|welcomed)$/.test(tokens[light.start].lower)
      )
        named.push(...listAfter(ctx, index, light.end, c.start).codes);
      // "Kest received envoy Solenne": hosting takes a guest; "Veska welcomed the decision" is none.
      if (/^(received|receives|hosted|hosts)$/.test(word) && named.length === 0) continue;
      // "The two met for three hours": a verb whose parties the text does not name here is a
      // further mention of a meeting told elsewhere (anaphoric below).
      // Who was left out.
      const excluded: string[] = [];
      for (let i = objectEnd; i < Math.min(to, objectEnd + 5); i++)
        if (EXCLUDING.has(tokens[i].lower)) excluded.push(...listAfter(ctx, index, i + 1, to).codes);
      // "The Assembly was again excluded from the talks", "X was not invited to the meeting".
      let k2 = c.start - 1;
      if (tokens[k2]?.lower === 'the') k2--;
      if (
        /^(from|to)$/.test(tokens[k2]?.lower ?? '') &&
        /^(excluded|barred|invited|left)$/.test(tokens[k2 - 1]?.lower ?? '')
      ) {
        const invited = tokens[k2 - 1].lower === 'invited';
        const negatedInvite =
          invited && tokens.slice(Math.max(from, k2 - 4), k2 - 1).some((t) => t.lower === 'not');
        if (!invited || negatedInvite) {
          excluded.push(...subjectBefore(index, from, k2 - 1).flatMap((m) => m.codes));
          agent = agent.filter((a) => !excluded.includes(a));
        }
      }
      // "Abiy arrived in Asmara": the host state is a party only if it is one of the story's
      // (a visit); "negotiators arrived in Stockholm" came to a venue (decided in eventsOf).
      const arrival = isVerb && /^(arriv|land)/.test(word);
      if (arrival && (agent.length === 0 || !partyAsSubject(ctx, index, from, c.start))) continue;
      const host = arrival ? named.filter((a) => !agent.includes(a)) : [];
      if (arrival) named.length = 0;
      const actors = uniq([...agent, ...named, ...mediators]).filter((a) => !excluded.includes(a));
      // Status words before the meeting or after what names it, up to the next comma.
      let statusEnd = Math.max(c.end, objectEnd);
      while (statusEnd < Math.min(to, Math.max(c.end, objectEnd) + 8) && tokens[statusEnd].text !== ',')
        statusEnd++;
      let status: EventStatus = near('status_postponed', Math.max(from, c.start - 6), statusEnd)
        ? 'postponed'
        : near('status_cancelled', Math.max(from, c.start - 6), statusEnd)
          ? 'cancelled'
          : agreedTo ||
              near(
                'status_planned',
                Math.max(from, c.start - 4),
                Math.max(statusEnd, Math.min(to, c.end + 6)),
              )
            ? 'planned'
            : 'held';
      // A mention that names nobody takes only a date written close to it ("Tuesday's meeting").
      const anaphoric = uniq([...agent, ...named]).length < 2;
      // "would halt fire and begin negotiations if Kyiv …": a condition, not a meeting.
      if (
        anaphoric &&
        (negatedBefore(c.start) ||
          modalBefore(c.start, 8) ||
          tokens.slice(from, to).some((t) => t.lower === 'if' || t.lower === 'unless'))
      )
        continue;
      // "would not engage in talks with M23", "nor the peace summit".
      if (negatedBefore(c.start) && !leftOut) continue;
      // "ready to meet Kest", "wants to visit Kyiv": an intention, at most a plan.
      if (isVerb && status === 'held' && tokens[c.start - 1]?.lower === 'to') status = 'planned';
      // "tasked to mediate talks", "efforts to organise direct talks": the object of an aim.
      if (!isVerb && status === 'held' && infinitiveObject(tokens, from, c.start)) status = 'planned';
      let date = pickDate(index, timexes, c.start, status, anaphoric ? 10 : undefined);
      // A meeting dated after the article's own date has not happened yet.
      const dated: EventStatus =
        status === 'held' && date && date.slice(0, 10) > doc.date.slice(0, date.length) ? 'planned' : status;
      // "will resume dialogue, Trump said Sunday": a plan is not dated by the day it was told.
      if (dated === 'planned' && date && date < doc.date.slice(0, date.length)) date = undefined;
      if (dated === 'held' && modalBefore(c.start) && !date) continue; // "would begin talks"
      // Place: "in Riyadh", "in the Saudi capital", or "the Riyadh talks".
      let location: NegotiationEvent['location'];
      for (let i = Math.max(from, c.start - 8); i < Math.min(to, objectEnd + 12); i++) {
        if (i >= c.end && (tokens[i].text === ',' || tokens[i].text === ';')) break;
        const w = tokens[i].lower;
        // "in Geneva", "at the Grey House", or the destination of a trip ("travel to Kessel for talks").
        const travel =
          w === 'to' &&
          /^(travel|travels|travelled|traveled|travelling|fly|flies|flew|go|goes|went|heading|headed|arrived|arrive|arrives)$/.test(
            tokens[i - 1]?.lower ?? '',
          );
        if (w !== 'in' && w !== 'at' && !travel && !(w === 'to' && kind === 'visit')) continue;
        if (i < c.end && !travel) continue;
        // "in Riyadh", "in the Saudi capital", "in the Saudi city of Jeddah", "in Oman's Muscat".
        let p = placeAt(ctx, index, i + 1);
        for (let j = i + 2; !p && j <= i + 6 && j < to; j++) {
          if (/^[,;]$/.test(tokens[j - 1].text)) break;
          p =
            /^\p{Lu}/u.test(tokens[j].text) && /^(of|'s)$/.test(tokens[j - 1].lower)
              ? placeAt(ctx, index, j)
              : undefined;
        }
        if (p) {
          location = {
            name: p.place.name,
            ...(p.place.country ? { country: p.place.country } : {}),
            span: textSpan(index, i + 1, p.end),
          };
          break;
        }
      }
      const prior = placeAt(ctx, index, c.start - 1);
      if (!location && prior && prior.end === c.start)
        location = {
          name: prior.place.name,
          ...(prior.place.country ? { country: prior.place.country } : {}),
          span: textSpan(index, c.start - 1, c.start),
        };
      let duration: string | undefined;
      for (let i = Math.max(from, c.start - 3); i < c.start; i++) duration ??= isoDuration(tokens[i].text);
      // "six hours of talks"
      const before = doc.norm.slice(tokens[Math.max(from, c.start - 4)].start, tokens[c.start].start);
      const ofTalks =
        /\b(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(hours?|minutes?|days?)\s+of\s+$/i.exec(
          before,
        );
      if (ofTalks)
        duration ??= isoDuration(
          `${/^an?$/i.test(ofTalks[1]) ? 1 : ofTalks[1].toLowerCase()}-${ofTalks[2].replace(/s$/i, '')}`,
        );
      const lasted =
        /\blast(?:ed|s)?\s+(?:about|around|nearly|almost|more than|less than|over|under|some|just over|just under|roughly)?\s*(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(hours?|minutes?|days?)\b/i.exec(
          doc.norm.slice(tokens[c.end - 1].end, tokens[Math.min(to, c.end + 8) - 1].end),
        );
      if (lasted)
        duration ??= isoDuration(
          `${/^an?$/i.test(lasted[1]) ? 1 : lasted[1].toLowerCase()}-${lasted[2].replace(/s$/i, '')}`,
        );
      // "met Putin in Moscow for more than four hours": within the clause after the meeting word.
      let durEnd = c.end;
      while (
        durEnd < Math.min(to, Math.max(c.end, objectEnd) + 10) &&
        tokens[durEnd].text !== ',' &&
        tokens[durEnd].text !== ';'
      )
        durEnd++;
      duration ??= durationPhrase(
        doc.norm.slice(tokens[c.end - 1].end, tokens[Math.max(c.end, durEnd) - 1].end),
      );
      const future = dated === 'planned';
      if (future && !date && !location && !timeframe) continue; // nothing scheduled yet
      const evFrom = Math.min(c.start, compound.length ? k + 1 : c.start, Math.max(from, c.start - 3));
      // "he had spoken to Netanyahu and Lebanon's Prime Minister": a conversation with each.
      const each = agent.length > 0 && SPOKE_TO.test(word) ? named.filter((a) => !agent.includes(a)) : [];
      for (const group of each.length >= 2 ? each.map((a) => uniq([...agent, a])) : [actors])
        out.push({
          type: 'CONSULT',
          kind,
          actors: group,
          excluded: uniq(excluded),
          status: dated,
          ...(date ? { date } : {}),
          ...(location ? { location } : {}),
          ...(duration ? { duration } : {}),
          evidence: textSpan(
            index,
            evFrom,
            Math.max(objectEnd, location?.span ? tokensBefore(index, location.span.end) + 1 : objectEnd),
          ),
          rule: `event.consult.${isVerb ? 'verb' : 'noun'}${anaphoric ? '.anaphoric' : ''}`,
          cue: cueText(c),
          anaphoric,
          ...(host.length ? { host } : {}),
          ...(list('sideline_markers').some((m) => m.start >= c.end && m.start <= c.end + 12)
            ? { sideline: true }
            : {}),
          ...(timeframe ? { scheduled: true } : {}),
          ...(mediators.length ? { mediators } : {}),
          definite:
            /^(the|this|that|these|those)$/.test(tokens[c.start - 1]?.lower ?? '') ||
            tokens[c.start - 1]?.lower === "'s",
        });
    }

    // AGREE
    /** An agreement told by tokens [evFrom, evTo), dated by what the text writes near `dateAt`. */
    const pushAgree = (
      evFrom: number,
      evTo: number,
      actors: string[],
      how: Pick<EventMention, 'source' | 'rule' | 'cue' | 'inPlay' | 'partial'>,
      dateAt = evFrom,
    ) => {
      const date = pickDate(index, timexes, dateAt, undefined, undefined, { deal: true });
      out.push({
        type: 'AGREE',
        actors,
        excluded: [],
        ...(date ? { date } : {}),
        evidence: textSpan(index, evFrom, evTo),
        ...how,
      });
    };
    for (const c of longestNonOverlapping(agree)) {
      if (negatedBefore(c.start) || modalBefore(c.start, 2) || conditionalBefore(c.start)) continue;
      // "in exchange for", "remains committed to": no act of agreeing.
      if (/^(in|for)$/.test(tokens[c.start - 1]?.lower ?? '')) continue;
      if (STATE_VERBS.has(tokens[c.start - 1]?.lower ?? '')) continue;
      // "a commitment … to promptly convene and agree upon", "ready to agree": not yet agreed.
      if (tokens.slice(Math.max(from, c.start - 3), c.start).some((t) => t.lower === 'to')) continue;
      if (['the', 'an', 'a'].includes(tokens[c.start - 1]?.lower ?? '')) continue; // "the agreed ceasefire"
      const agent = agentOf(doc, index, from, c.start);
      const collective = agent.length === 0 && collectiveBefore(c.start);
      if (agent.length === 0 && !collective) continue;
      pushAgree(
        c.start,
        Math.min(to, c.end + 12),
        uniq([...agent, ...accompanying(ctx, index, from, c.start), ...partnersAfter(ctx, index, c.end, to)]),
        {
          source: agent,
          inPlay: collective,
          rule: 'event.agree',
          cue: cueText(c),
          partial: coordinatedWithUnknown(index, from, c.start),
        },
      );
    }
    // AGREE by a deal: "X and Y reached (signed, struck) an agreement", "the mini-summit concluded
    // with an agreement", "X came to an understanding with Y".
    const dealAt = new Set<number>();
    for (const c of list('deal_nouns')) dealAt.add(c.start);
    for (const c of longestNonOverlapping(list('deal_verbs'))) {
      if (negatedBefore(c.start) || modalBefore(c.start, 2) || stanceBefore(cues, c.start, from)) continue;
      // "the aim was to reach an agreement", "his failure to sign": an aim, not a deal ("agreed to
      // sign" is read by the agree cues); "Reaching a deal is possible": nobody's act.
      if (tokens[c.start - 1]?.lower === 'to' || conditionalBefore(c.start)) continue;
      // "the signed trilateral statement": a participle describing the deal, told elsewhere.
      if (
        /^(the|a|an|this|that)$/.test(tokens[c.start - 1]?.lower ?? '') &&
        /ed$/.test(tokens[c.start].lower)
      )
        continue;
      if (
        /ing$/.test(tokens[c.start].lower) &&
        (c.start === from || !subjectBefore(index, from, c.start).length)
      )
        continue;
      // The deal heads the verb's object: "signed a complete, countrywide and permanent ceasefire
      // agreement", not "signed off on talks about an agreement".
      let noun = -1;
      for (let j = c.end; j < Math.min(to, c.end + 9); j++) {
        if (dealAt.has(j)) {
          noun = j;
          while (dealAt.has(noun + 1)) noun++; // "ceasefire agreement"
          break;
        }
        if (DEAL_OBJECT_BREAK.has(tokens[j].lower) || index.mentionAt.has(j)) break;
      }
      if (noun < 0) continue;
      // "announced/declared a deal" names the deal's parties after it, or is one party's own.
      const agent = agentOf(doc, index, from, c.start);
      const between = partnersAfter(ctx, index, noun + 1, to, true);
      const partners = partnersAfter(ctx, index, noun + 1, to);
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
      });
    }
    // "The agreement was signed by X and Y", "the grain deal signed in Istanbul in July", "an
    // agreement was reached", "a ceasefire brokered by X": the deal as the subject.
    for (const c of longestNonOverlapping([...list('deal_participles'), ...list('deal_brokers')])) {
      let k = c.start - 1;
      while (k > from && PASSIVE_AUX.has(tokens[k].lower)) k--;
      // "the plan, which was agreed upon by the two countries": whatever was agreed by parties.
      const relative =
        /^(which|that)$/.test(tokens[k].lower) && k < c.start - 1 && /^by$/.test(tokens[c.end]?.lower ?? '');
      // "similar to the one agreed upon by the four countries": "one" stands for a deal.
      const one =
        tokens[k].lower === 'one' &&
        tokens[k - 1]?.lower === 'the' &&
        /^by$/.test(tokens[c.end]?.lower ?? '');
      if (!dealAt.has(k) && !relative && !one) continue;
      // "No agreement was reached", "a deal that could be signed".
      if (negatedBefore(k) || tokens[k - 1]?.lower === 'no' || modalBefore(c.start, 3)) continue;
      if (tokens.slice(k + 1, c.start).some((t) => t.lower === 'not' || t.lower === "n't")) continue;
      const broker = c.pattern.payload === 'deal_brokers';
      const by = tokens[c.end]?.lower === 'by' || tokens[c.end]?.lower === 'upon';
      const named = by
        ? listAfter(ctx, index, c.end + (tokens[c.end + 1]?.lower === 'by' ? 2 : 1), to).codes
        : [];
      const partners = partnersAfter(ctx, index, c.end, to);
      const actors = uniq([...named, ...partners]);
      pushAgree(
        Math.max(from, k - 2),
        Math.min(to, c.end + 8),
        actors,
        {
          rule: broker ? 'event.agree.brokered' : 'event.agree.passive',
          cue: doc.text.slice(tokens[k].start, tokens[c.end - 1].end),
          inPlay: broker || actors.length < 2,
        },
        c.start,
      );
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

    // SANCTION
    const pushSanction = (
      evFrom: number,
      evTo: number,
      imposers: string[],
      target: string[],
      rule: string,
      cue: string,
    ) => {
      const date = pickDate(index, timexes, evFrom, undefined, 12, { since: true });
      out.push({
        type: 'SANCTION',
        actors: uniq([...imposers, ...target]),
        source: imposers,
        target,
        excluded: [],
        ...(date ? { date } : {}),
        evidence: textSpan(index, evFrom, evTo),
        rule,
        cue,
        otherSide: !imposers.length || !target.length,
      });
    };
    for (const c of longestNonOverlapping(list('sanction_cues'))) {
      if (negatedBefore(c.start) || modalBefore(c.start, 4) || tokens[c.start - 1]?.lower === 'to') continue;
      if (
        tokens
          .slice(Math.max(from, c.start - 4), c.start)
          .some((t) => /^(threaten|call|urg|demand|push)/.test(t.lower))
      )
        continue;
      const imposers = agentOf(doc, index, from, c.start);
      let target: string[] = [];
      // "expelled two Ormundi diplomats": the party named inside the cue.
      target = actorsIn(ctx, index, c.start + 1, c.end).filter((a) => !imposers.includes(a));
      for (let i = c.end - 1; i < Math.min(to, c.end + 6) && !target.length; i++) {
        if (tokens[i].text === ',') break;
        if (
          ['on', 'against'].includes(tokens[i].lower) ||
          (i === c.end - 1 && /^(sanctioned|expelled)$/.test(tokens[i].lower))
        ) {
          target = listAfter(ctx, index, i + 1, to).codes;
          if (target.length) break;
        }
      }
      // "China severed military contacts": with the story's other side.
      if (
        !imposers.length ||
        (!target.length && !/^(sever|suspend|cut|froze|freez|halt)/.test(tokens[c.start].lower))
      )
        continue;
      pushSanction(c.start, Math.min(to, c.end + 3), imposers, target, 'event.sanction', cueText(c));
    }
    // A sanction named by its noun: "U.S. sanctions on Venezuela", "the sanctions imposed by the
    // United States and Europe on officials", "10% tariffs on $200 billion worth of Chinese goods".
    for (const c of longestNonOverlapping(list('sanction_nouns'))) {
      // The act read it already ("imposed sanctions on"), or set it aside ("called for … to impose").
      if (list('sanction_cues').some((v) => v.start <= c.start && v.end >= c.end)) continue;
      if (
        tokens
          .slice(Math.max(from, c.start - 4), c.start)
          .some((t) => /^(threaten|call|urg|push|new|more|further|possible)/.test(t.lower))
      )
        continue;
      // Who imposes it: "U.S. sanctions", "Washington's sanctions", "… imposed by X".
      let imposers = mentionsWithin(index, from, c.start)
        .filter(
          (m) =>
            m.end >= c.start - 3 &&
            m.codes.length &&
            tokens
              .slice(m.end, c.start)
              .every((t) => t.lower === "'s" || (t.kind === 'word' && !NOT_MODIFIER.has(t.lower))),
        )
        .flatMap((m) => m.codes);
      let target: string[] = [];
      let namedBy = false;
      for (let i = c.end; i < Math.min(to, c.end + 12); i++) {
        const w = tokens[i].lower;
        if (w === ';' || w === 'that' || SUBORDINATORS.has(w)) break;
        if (w === 'by' && !imposers.length) {
          const l = listAfter(ctx, index, i + 1, to);
          imposers = l.codes;
          namedBy = l.codes.length > 0;
          if (l.end > i + 1) i = l.end - 1;
        } else if ((w === 'on' || w === 'against') && !target.length) {
          target = listAfter(ctx, index, i + 1, to).codes;
          // "on $200 billion worth of Chinese goods", "against Iran's Revolutionary Guard"
          if (!target.length) target = firstPartyAfter(index, i + 1, Math.min(to, i + 8));
        }
      }
      // "the sanctions imposed by the United States and Europe on officials": its target is
      // whoever the clause is about (or the story's other side).
      const byImposers = namedBy && !target.length;
      if (!target.length && !byImposers) continue;
      // "sanctions on North Korea could be raised": talk of sanctions, not their imposition.
      if (tokens.slice(c.end, Math.min(to, c.end + 8)).some((t) => MODAL.has(t.lower))) continue;
      if (byImposers) target = agentOf(doc, index, from, c.start).filter((a) => !imposers.includes(a));
      if (!imposers.length) imposers = agentOf(doc, index, from, c.start);
      imposers = imposers.filter((a) => !target.includes(a));
      pushSanction(c.start, Math.min(to, c.end + 6), imposers, target, 'event.sanction.noun', cueText(c));
    }

    // ACCUSE: "X accused Y", "X expressed concern over Y's …", "criticism from X", "Y denies the
    // allegations". A side the clause leaves unnamed is the story's other party (eventsOf).
    const accuseCues = [...list('accuse_cues'), ...list('accuse_from'), ...list('accuse_denied')];
    for (const c of longestNonOverlapping(accuseCues)) {
      if (negatedBefore(c.start) || modalBefore(c.start, 2) || conditionalBefore(c.start)) continue;
      const how = c.pattern.payload;
      let accuser: string[];
      let accused: string[];
      if (how === 'accuse_from') {
        // "The remarks drew criticism from Hamas": the critic is named in the cue.
        accuser = c.actors.flat();
        accused = agentOf(doc, index, from, c.start);
      } else if (how === 'accuse_denied') {
        // "… supported by Rwanda, which denies the allegations": who denies is accused.
        const which =
          /^(which|who)$/.test(tokens[c.start - 1]?.lower ?? '') && tokens[c.start - 2]?.text === ',';
        const antecedent = which ? index.mentionEndingAt.get(c.start - 2) : undefined;
        accused = antecedent ? antecedent.codes : agentOf(doc, index, from, c.start);
        // "rejected Ja'afari's allegation": the accuser, where the text names one; "seen by
        // Kinshasa as supported by Rwanda, which denies the allegations": the party that sees it.
        accuser = actorsIn(ctx, index, c.start + 1, c.end);
        if (!accuser.length && antecedent)
          accuser =
            mentionsWithin(index, from, antecedent.start)
              .filter((m) => m.codes.length && !m.codes.some((x) => accused.includes(x)))
              .at(-1)?.codes ?? [];
      } else {
        // "was accused of treason", "has been criticised for": the accuser is not the subject.
        // "an ally of Putin accused of treason": a participle straight before "of"/"for".
        const be = tokens.slice(Math.max(from, c.start - 3), c.start).some((t) => BE.has(t.lower));
        if (/ed$/.test(tokens[c.start].lower) && (be || /^(of|for)$/.test(tokens[c.end]?.lower ?? '')))
          continue;
        accuser = agentOf(doc, index, from, c.start);
        accused = listAfter(ctx, index, c.end, Math.min(to, c.end + 6)).codes;
        // "expressed concerns over China's provocative actions": the first party named after it.
        if (!accused.length) accused = firstPartyAfter(index, c.end, Math.min(to, c.end + 6));
      }
      accused = accused.filter((a) => !accuser.includes(a));
      if (!accuser.length && !accused.length) continue;
      // "complained of violations" leaves the accused to the story; "accuses rich countries of"
      // names one the codebook does not know: no guess.
      const objectless =
        how !== 'accuse_cues' || /^(of|about|over|that|,|\.|;)$/.test(tokens[c.end]?.lower ?? '.');
      out.push({
        type: 'ACCUSE',
        actors: uniq([...accuser, ...accused]),
        source: accuser,
        target: accused,
        excluded: [],
        // An accusation is reported the day it is made unless the text dates it.
        date: pickDate(index, timexes, c.start, undefined, 6) ?? doc.date,
        evidence: textSpan(index, c.start, Math.min(to, c.end + 8)),
        rule: how === 'accuse_cues' ? 'event.accuse' : `event.${how.replace('_', '.')}`,
        cue: cueText(c),
        otherSide: (!accuser.length || !accused.length) && objectless,
      });
    }

    // REQUEST, REJECT, THREATEN: only with both sides named.
    const directed: Array<[string, EventType]> = [
      ['request_cues', 'REQUEST'],
      ['reject_event_cues', 'REJECT'],
      ['threaten_cues', 'THREATEN'],
    ];
    for (const [name, type] of directed)
      for (const c of longestNonOverlapping(list(name))) {
        if (negatedBefore(c.start) || modalBefore(c.start, 3)) continue;
        if (
          tokens
            .slice(Math.max(from, c.start - 3), c.start)
            .some((t) => t.lower === 'free' || t.lower === 'to')
        )
          continue;
        const agent = agentOf(doc, index, from, c.start);
        let target = c.actors.flat();
        if (!target.length) target = listAfter(ctx, index, c.end, Math.min(to, c.end + 8)).codes;
        // "threatened new sanctions against Ormund": the first party named after the cue.
        if (!target.length && type === 'THREATEN')
          target =
            startingIn(index.mentions, c.end, Math.min(to, c.end + 8)).find((x) => x.codes.length)?.codes ??
            [];
        target = target.filter((a) => !agent.includes(a));
        if (!agent.length || !target.length) continue;
        out.push({
          type,
          actors: uniq([...agent, ...target]),
          source: agent,
          target,
          excluded: [],
          date: pickDate(index, timexes, c.start, undefined, 6) ?? doc.date,
          evidence: textSpan(index, c.start, Math.min(to, c.end + 8)),
          rule: `event.${type.toLowerCase()}`,
          cue: cueText(c),
        });
      }
  }
  mentionsCache.set(doc, { index, timexes: doc.timexes, mentions: out });
  return out;
}

/** The two parties the article is mostly about: the pair most often named together in events. */
export function mainParties(doc: ParleyDocument, ctx: PipelineContext, fromEventsOnly = false): string[] {
  const best = mostPaired(
    findEventMentions(doc, ctx).map((e) => e.actors.filter((x) => /^[A-Z]{3}$/.test(x))),
  );
  if (best.length) return best;
  if (fromEventsOnly) return [];
  // No event names two parties: the two states the article names most.
  const counts = new Map<string, number>();
  for (const m of docIndex(doc, ctx).mentions)
    for (const c of m.codes) if (/^[A-Z]{3}$/.test(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts.entries()]
    .sort((x, y) => y[1] - x[1])
    .slice(0, 2)
    .map(([c]) => c);
}

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
  if (best.length) return best;
  const ranked = [...counts.entries()].sort((x, y) => y[1] - x[1]).map(([c]) => c);
  const story = storyParties(doc, ctx).filter(party);
  return story.some((c) => mediators.has(c)) && ranked.length >= 2 ? ranked.slice(0, 2) : story;
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
function mediatorsOf(index: DocIndex): Set<string> {
  const out = new Set<string>();
  for (const c of index.cues) {
    if (c.pattern.payload === 'mediator_cues') for (const a of c.actors) for (const x of a) out.add(x);
    if (c.pattern.payload === 'mediator_after')
      for (const x of index.mentionEndingAt.get(c.start)?.codes ?? []) out.add(x);
  }
  for (const m of index.mentions)
    if (/-(brokered|mediated|sponsored|facilitated|hosted)$/i.test(index.tokens[m.end - 1].text))
      for (const x of m.codes) out.add(x);
  return out;
}

const jaccard = (a: string[], b: string[]) => {
  const A = new Set(a);
  const inter = b.filter((x) => A.has(x)).length;
  const union = new Set([...a, ...b]).size;
  return union === 0 ? 1 : inter / union;
};

const datesAgree = (a?: string, b?: string) => !a || !b || a.startsWith(b) || b.startsWith(a);

/** "the summit was postponed" and "the summit was cancelled": one meeting, called off. */
const sameStatus = (a?: EventStatus, b?: EventStatus) =>
  a === b || ((a === 'postponed' || a === 'cancelled') && (b === 'postponed' || b === 'cancelled'));

/** A visit and a meeting of the same day are one occurrence ("arrived in Asmara … at a dinner"). */
const sameKind = (a?: ConsultKind, b?: ConsultKind, da?: string, db?: string) =>
  a === b || (a !== 'call' && b !== 'call' && da !== undefined && da === db && da.length === 10);

function toEvent(m: EventMention): NegotiationEvent {
  return {
    start: m.evidence.start,
    end: m.evidence.end,
    type: m.type,
    actors: m.actors,
    ...(m.source ? { source: m.source } : {}),
    ...(m.target ? { target: m.target } : {}),
    ...(m.excluded.length ? { excluded: m.excluded } : {}),
    ...(m.date ? { date: m.date } : {}),
    ...(m.location ? { location: m.location } : {}),
    ...(m.type === 'CONSULT' ? { status: m.status ?? 'held' } : {}),
    ...(m.duration ? { duration: m.duration } : {}),
    evidence: m.evidence,
    provenance: { rule: m.rule, cue: m.cue, confidence: m.anaphoric ? 0.6 : 0.75 },
  };
}

/** Fold a mention's details into an event that it refers to. */
function absorb(e: NegotiationEvent, m: EventMention) {
  if (!e.date && m.date) e.date = m.date;
  if (!e.location && m.location) e.location = m.location;
  if (!e.duration && m.duration) e.duration = m.duration;
  if (m.excluded.length) {
    e.excluded = uniq([...(e.excluded ?? []), ...m.excluded]);
    e.actors = e.actors.filter((a) => !e.excluded?.includes(a));
  }
}

/**
 * How many of the latest events a mention is compared with when it may tell one of them again. An
 * article tells a handful (at most 6 in some 1,400 real and generated reports); a document made of
 * thousands of articles would otherwise compare each mention with every event before it.
 */
const MERGE_WINDOW = 500;

/** The first of the latest MERGE_WINDOW events that `fits`. */
const recentEvent = (events: NegotiationEvent[], fits: (e: NegotiationEvent) => boolean) => {
  for (let i = Math.max(0, events.length - MERGE_WINDOW); i < events.length; i++)
    if (fits(events[i])) return events[i];
  return undefined;
};

export function eventsOf(doc: ParleyDocument, ctx: PipelineContext): NegotiationEvent[] {
  // Told without all its parties: the story's parties complete it (the cached mentions stay as read).
  // The story's sides, worked out only for a document that tells something without them.
  const raw = findEventMentions(doc, ctx);
  const inPlay = raw.some((m) => m.inPlay || m.partial || m.otherSide || m.host || m.anaphoric)
    ? partiesInPlay(doc, ctx)
    : [];
  const mentions = raw.map((m) => {
    if (m.inPlay || (m.partial && m.actors.length === 1 && inPlay.includes(m.actors[0])))
      return { ...m, actors: uniq([...m.actors, ...inPlay]), guessed: true };
    if (m.otherSide)
      return m.actors.length === 1 && inPlay.includes(m.actors[0])
        ? { ...m, actors: uniq([...m.actors, ...inPlay]), guessed: true }
        : m;
    if (m.host?.some((a) => inPlay.includes(a))) {
      const actors = uniq([...m.actors, ...m.host]);
      return { ...m, actors, anaphoric: actors.length < 2 };
    }
    return m;
  });
  const events: NegotiationEvent[] = [];
  const kinds = new Map<NegotiationEvent, ConsultKind | undefined>();
  const sidelines = new Set<NegotiationEvent>();
  const kindOf = cached(
    ctx,
    'events.actorKinds',
    () => new Map(ctx.codebook.actors.map((a) => [a.code, a.kind])),
  );
  const isOrg = (code: string | undefined) => code !== undefined && kindOf.get(code) === 'org';
  const recent = (date: string) =>
    Math.abs(
      Date.parse(doc.date) -
        Date.parse(date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date),
    ) <=
    RECENT_DAYS * 86_400_000;
  // An undated mention is of the story's days: it joins a dated one only if that one is recent.
  const datesMerge = (a?: string, b?: string) =>
    datesAgree(a, b) && (a !== undefined) === (b !== undefined)
      ? true
      : datesAgree(a, b) && recent((a ?? b) as string);
  // Pass 1: mentions that name their parties; repeated mentions of one event merge. Those whose
  // parties were guessed from the story come last, and join an event of theirs that shares a party.
  const guessed = (m: EventMention) => 'guessed' in m;
  for (const m of [...mentions.filter((x) => !guessed(x)), ...mentions.filter(guessed)]) {
    if (m.anaphoric) continue;
    if (m.type !== 'CONSULT' && m.actors.length === 0) continue;
    const told = guessed(m)
      ? recentEvent(
          events,
          (e) =>
            e.type === m.type &&
            e.type !== 'CONSULT' &&
            datesMerge(e.date, m.date) &&
            (e.date ?? m.date) !== undefined &&
            e.actors.some((a) => m.actors.includes(a)),
        )
      : undefined;
    if (told) {
      absorb(told, m);
      continue;
    }
    const same = recentEvent(
      events,
      (e) =>
        e.type === m.type &&
        sameKind(kinds.get(e), m.kind, e.date, m.date) &&
        (m.type !== 'CONSULT' || sameStatus(e.status, m.status)) &&
        datesMerge(e.date, m.date) &&
        jaccard(e.actors, m.actors) >= 0.5 &&
        // A meeting on the sidelines of another, and the other, are two.
        !((m.sideline || sidelines.has(e)) && jaccard(e.actors, m.actors) < 1),
    );
    if (same) {
      absorb(same, m);
      same.actors = uniq([...same.actors, ...m.actors]).filter((a) => !same.excluded?.includes(a));
      continue;
    }
    const e = toEvent(m);
    kinds.set(e, m.kind);
    if (m.sideline) sidelines.add(e);
    events.push(e);
  }
  // Pass 2: "the meeting", "Tuesday's talks": details of the meeting the article is about.
  const parties = inPlay;
  for (const m of mentions) {
    if (!m.anaphoric) continue;
    // A plan needs a date to be one; a meeting called off or put off is news without one.
    const calledOff = m.status === 'cancelled' || m.status === 'postponed';
    if (m.status !== 'held' && !m.date && !m.scheduled && !calledOff) continue;
    // "a summit in Bucharest in 2008": another, older meeting whose parties the text does not name.
    const namesInPlay = m.actors.some((a) => parties.includes(a));
    if (m.date && Number(m.date.slice(0, 4)) < Number(doc.date.slice(0, 4)) - 1 && !namesInPlay) continue;
    const days = (a?: string, b?: string) =>
      a && b ? Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000 : 0;
    const target =
      recentEvent(
        events,
        (e) =>
          e.type === 'CONSULT' &&
          (kinds.get(e) === m.kind || (kinds.get(e) !== 'call' && m.kind !== 'call')) &&
          sameStatus(e.status, m.status) &&
          datesAgree(e.date, m.date) &&
          (!m.location || !e.location || m.location.name === e.location.name),
      ) ??
      // "who flew to Kessel on Monday for the talks": the talks already told of, days apart.
      (m.definite
        ? recentEvent(
            events,
            (e) =>
              e.type === 'CONSULT' &&
              kinds.get(e) === m.kind &&
              sameStatus(e.status, m.status) &&
              days(e.date, m.date) <= 7,
          )
        : undefined);
    if (target) {
      absorb(target, m);
      target.actors = uniq([...target.actors, ...m.actors]).filter((a) => !target.excluded?.includes(a));
      continue;
    }
    // Named by its date or place only: the main parties met, less anyone left out.
    // Only a meeting of this story's days, between the parties its events name.
    // "Leaders of the Group of Seven met in Italy": an organisation's own meeting, its members'.
    if (
      m.actors.length === 1 &&
      isOrg(m.actors[0]) &&
      !m.mediators?.length &&
      !namesInPlay &&
      (m.date || m.location)
    ) {
      const e = toEvent(m);
      kinds.set(e, m.kind);
      events.push(e);
      continue;
    }
    // A party it names that is not one of the story's: another meeting, whose other side is unknown.
    if (m.actors.length && !namesInPlay) continue;
    const told = m.date || m.location || m.excluded.length || namesInPlay || calledOff;
    if (told && parties.length >= 2) {
      const e = toEvent({
        ...m,
        actors: uniq([...m.actors, ...parties]).filter((a) => !m.excluded.includes(a)),
      });
      kinds.set(e, m.kind);
      events.push(e);
    }
  }
  // An event told without a date happened when the story's lead says things happened.
  // An agreement told without its date was reached at the parties' latest meeting the story dates.
  for (const [i, e] of events.entries()) {
    if (e.type !== 'AGREE' || e.date) continue;
    // Among the meetings told near it (see MERGE_WINDOW), not every one of a long document.
    const met = events
      .slice(Math.max(0, i - MERGE_WINDOW), i + MERGE_WINDOW)
      .filter(
        (c) =>
          c.type === 'CONSULT' &&
          c.status === 'held' &&
          c.date !== undefined &&
          c.date <= doc.date &&
          recent(c.date) &&
          jaccard(c.actors, e.actors) >= 0.5,
      )
      .map((c) => c.date as string)
      .sort();
    if (met.length) e.date = met[met.length - 1];
  }
  // Without one, the news a headline or lead tells happened by the day the story was published.
  const lead = leadDate(doc);
  const leadEnd = doc.sentences[Math.min(doc.sentences.length, LEAD_SENTENCES) - 1]?.end ?? 0;
  for (const e of events) {
    if (e.date || (e.status ?? 'held') !== 'held') continue;
    if (lead) e.date = lead;
    else if (e.evidence.start < leadEnd) e.date = doc.date;
  }
  // A meeting, a sanction or an accusation takes two; an agreement may be one party's own
  // ("the rebels declared a unilateral ceasefire"), a meeting an organisation's members'.
  return events.filter(
    (e) => e.actors.length >= (e.type === 'AGREE' || (e.type === 'CONSULT' && isOrg(e.actors[0])) ? 1 : 2),
  );
}

/**
 * "19 Mar 2023; AA: …", "December 9, 2023 (KHARTOUM) -", "Kazan, October 23: …": the day a
 * dateline gives dates the story, not what it tells.
 */
function isDateline(doc: ParleyDocument, t: Timex): boolean {
  if (t.value !== doc.date) return false;
  if (/\b\d{4}\b/.test(doc.text.slice(t.start, t.end)) && t.start < (doc.sentences[0]?.end ?? 0) + 200)
    return true;
  return /^\s*(?:[;:(]|-|—|–)/.test(doc.norm.slice(t.end, t.end + 3));
}

/**
 * The day the story's lead says things happened: the first day-precise date of its first
 * sentences (a headline has none; the lead paragraph under it does), if it lies within a week
 * before the article.
 */
function leadDate(doc: ParleyDocument): string | undefined {
  for (const s of doc.sentences.slice(0, LEAD_SENTENCES)) {
    // "19 Mar 2023; AA: …", "August 2, 2024 (ADDIS ABABA) -": a dateline dates the story, not
    // what it tells.
    const t = doc.timexes.find(
      (x) =>
        x.precision === 'day' &&
        x.start >= s.start &&
        x.end <= s.end &&
        !isDateline(doc, x) &&
        // "a truce starting on Wednesday", "postponed until Friday": not when things happened.
        !/\b(?:starting|effective|from|until|till|beginning|by)\s+(?:on\s+)?$/i.test(
          doc.norm.slice(Math.max(0, x.start - 16), x.start),
        ),
    );
    if (!t) continue;
    const days = (Date.parse(doc.date) - Date.parse(t.value)) / 86_400_000;
    if (days >= 0 && days <= 7) return t.value;
  }
  return undefined;
}
const LEAD_SENTENCES = 8;
// A date this close to the story's is of the story's days ("a next round scheduled for January").
const RECENT_DAYS = 62;

export const eventsStage: Stage = {
  name: 'events',
  run(doc: ParleyDocument, ctx: PipelineContext) {
    doc.events = eventsOf(doc, ctx);
  },
};

/** The event types that gold files score (TAXONOMY.md). */
export const GOLD_EVENT_TYPES: readonly EventType[] = ['CONSULT', 'AGREE', 'SANCTION', 'ACCUSE'];
