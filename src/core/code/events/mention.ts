/**
 * An event mention: one telling of an event in one sentence, with the parties it names and what
 * it says of date, place, status and duration, before the mentions of one event are merged.
 */

import type {
  EventStatus,
  EventType,
  NegotiationEvent,
  ParleyDocument,
  PipelineContext,
  Span,
  Timex,
} from '../../model.js';
import type { PhraseMatch } from '../issues.js';
import type { DocIndex } from '../textindex.js';

// Words that may stand between a subject pronoun and its verb: "we have (now) agreed", "they had
// already agreed", "they were ready to", "they further (again, then) agreed".
const PRONOUN_GAP = new Set([
  'further',
  'again',
  'then',
  'have',
  'has',
  'had',
  "'ve",
  "'d",
  'also',
  'now',
  'finally',
  'just',
  'already',
  'all',
  'both',
  'jointly',
  'would',
  'will',
  'could',
  'were',
  'are',
]);

/** The token before the verb at `at` past the words that may stand between a subject and it. */
function subjectSlotBefore(index: DocIndex, from: number, at: number): number {
  let k = at - 1;
  while (k > from && PRONOUN_GAP.has(index.tokens[k].lower)) k--;
  return k;
}

/** The subject of the verb at token `at` is `pronoun` ("we", "they"), within [from, at). */
export function pronounSubjectBefore(
  index: DocIndex,
  from: number,
  at: number,
  pronoun: 'we' | 'they',
): boolean {
  const k = subjectSlotBefore(index, from, at);
  return k >= from && index.tokens[k].lower === pronoun;
}

/**
 * "They also agreed …": the pronoun before `at` (as pronounSubjectBefore finds it) opens the
 * sentence, in the reporter's own words (a statement's "they" is its speaker's business), and the
 * text resolves it to no party.
 */
export function unnamedSentenceSubject(index: DocIndex, from: number, at: number): boolean {
  const k = subjectSlotBefore(index, from, at);
  return k === from && index.statementOf[at] < 0 && !index.mentionAt.get(k)?.codes.length;
}

/**
 * The words at token `at` are reported by a named person: the "they" of a named person is other
 * parties than the speaker ("Rubio said they had agreed to a truce").
 */
export function reportedByNamedPerson(doc: ParleyDocument, index: DocIndex, at: number): boolean {
  const stmt = index.statementOf[at];
  const entity = stmt >= 0 ? doc.statements[stmt].entity : undefined;
  const speaker = entity !== undefined ? doc.entities[entity] : undefined;
  return speaker?.kind === 'person' && !speaker.anonymous;
}

/** Modals before an event cue that make it one to come or asked for ("Ormund MUST agree to a truce"), not done. */
export const MODAL = new Set(['would', 'could', 'might', 'may', 'should', 'can', 'cannot', 'must']);
export const NEGATION = new Set([
  'not',
  "n't",
  'never',
  'no',
  'nor',
  'neither',
  'without',
  'failed',
  'refused',
]);

export type Cue = PhraseMatch<string>;

/** A "conversation" may be a call or a meeting: it is told again as either. */
export type ConsultKind = 'meeting' | 'call' | 'visit' | 'conversation';

export interface EventMention {
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
  /** "with the purpose of reaching a deal": a deal its parties seek, not one made (no event). */
  sought?: boolean;
  /** "during their meeting", "after three rounds of negotiations": a meeting told as held. */
  toldHeld?: boolean;
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
  /** "a luncheon meeting of the Veska-Ormund-Tarsia grouping" (a body's members meet), "their
   * separate talks with Kest": a meeting of its own beside another of some of its parties that day. */
  apart?: boolean;
  /** "Blinken told Aliyev that …": a word between two, never the meeting a later "the meeting" tells. */
  spokenTo?: boolean;
  /** "Kest also met with Brisk": a meeting besides the one told before it, never that one again. */
  another?: boolean;
  /** "agreed to meet again soon": planned, though no date is given. */
  scheduled?: boolean;
  /** "talks mediated by the AU": parties that take part as mediators. */
  mediators?: string[];
  /** "the first round of the negotiations": an earlier meeting of a series than others told. */
  earlierRound?: boolean;
  /** "on the sidelines of a NATO summit": the meeting where another was held. */
  setting?: boolean;
  /** "Since 2016, X and Y have been in talks": talks told as a process that goes on, no one meeting. */
  ongoing?: boolean;
  /** "The US previously designated the group": an earlier occurrence than the story's, told as such. */
  previously?: boolean;
  /** "Under that agreement, X agreed to …": the terms of a deal the story told before, no deal of its own. */
  termsOfDeal?: boolean;
}

export const uniq = <T>(xs: T[]) => [...new Set(xs)];

const PROPOSAL_LISTS = new Set(['stance_propose', 'stance_demand', 'stance_open', 'stance_reject']);

const _DETERMINER = new Set(['a', 'an', 'the', 'new', 'more', 'further', 'direct', 'fresh', 'any']);

/**
 * A propose/demand/open/reject cue right before token `at` (determiners aside): "proposed talks";
 * not one that `except` sets aside.
 */
export function stanceBefore(cues: Cue[], at: number, from: number, except?: (c: Cue) => boolean): boolean {
  return cues.some(
    (c) =>
      PROPOSAL_LISTS.has(c.pattern.payload) && c.end <= at && c.end >= Math.max(from, at - 3) && !except?.(c),
  );
}

export function textSpan(index: DocIndex, from: number, to: number): Span {
  return { start: index.tokens[from].start, end: index.tokens[Math.max(from, to - 1)].end };
}

/** One sentence as the reader of each event type reads it, and where it puts what it finds. */
export interface Sentence {
  doc: ParleyDocument;
  ctx: PipelineContext;
  index: DocIndex;
  tokens: DocIndex['tokens'];
  /** The sentence's tokens: [from, to). */
  from: number;
  to: number;
  /** The sentence's cues, in text order. */
  cues: Cue[];
  /** The sentence's cues of one list ("consult_nouns"). */
  list: (name: string) => Cue[];
  /** Where the sentence starts in the text. */
  sStart: number;
  /** The sentence's dates, less a dateline's. */
  timexes: Timex[];
  /** The document's mentions so far; those of this sentence start at `sentenceOut`. */
  out: EventMention[];
  sentenceOut: number;
  cueText: (c: Cue) => string;
  /** A cue of the list starts in tokens [a, b). */
  near: (name: string, a: number, b: number) => boolean;
  /** "would", "could" … in the `span` tokens before `at`. */
  modalBefore: (at: number, span?: number) => boolean;
  /** "not", "never", "refused" … in the 3 tokens before `at`. */
  negatedBefore: (at: number) => boolean;
  /** "if", "unless" … earlier in the sentence. */
  conditionalBefore: (at: number) => boolean;
  /** "the warring parties", "all" before `at`, with no party named since. */
  collectiveBefore: (at: number) => boolean;
}
