/**
 * From mentions to events: mentions told without all their parties are completed with the
 * story's, repeated mentions of one event merge, definite ones ("the talks") add their details to
 * the event they refer to, and events told without a date take the one the story implies.
 */

import type { EventStatus, NegotiationEvent, ParleyDocument, PipelineContext, Span } from '../../model.js';
import { firstAtLeast } from '../../sorted.js';
import { cached } from '../issues.js';
import { docIndex } from '../textindex.js';
import { LEAD_SENTENCES, leadDate } from './dates.js';
import { type ConsultKind, type EventMention, uniq } from './mention.js';
import { findEventMentions } from './mentions.js';
import { mediatorsOf, partiesInPlay } from './parties.js';

const jaccard = (a: string[], b: string[]) => {
  const A = new Set(a);
  const inter = b.filter((x) => A.has(x)).length;
  const union = new Set([...a, ...b]).size;
  return union === 0 ? 1 : inter / union;
};

/** Who a directed mention or event acts on: its target, else (completed from the story) the rest. */
const targetOf = (x: { actors: string[]; source?: string[]; target?: string[] }) =>
  x.target?.length ? x.target : x.actors.filter((a) => !x.source?.includes(a));

/**
 * "X criticised Y for hosting it" and Y's "we condemn this aggression": two accusations, one
 * each way, not one told twice.
 */
const reversed = (e: NegotiationEvent, m: EventMention) =>
  e.type === 'ACCUSE' &&
  !!e.source?.length &&
  !!m.source?.length &&
  m.source.every((a) => targetOf(e).includes(a)) &&
  e.source.every((a) => targetOf(m).includes(a));

const datesAgree = (a?: string, b?: string) => !a || !b || a.startsWith(b) || b.startsWith(a);

/** "the summit was postponed" and "the summit was cancelled": one meeting, called off. */
const sameStatus = (a?: EventStatus, b?: EventStatus) =>
  a === b || ((a === 'postponed' || a === 'cancelled') && (b === 'postponed' || b === 'cancelled'));

/**
 * "The summit was to bring the leaders together on Sunday … the summit was postponed", "cancelled a
 * meeting … were going to meet on Sunday": a plan and its calling off are one meeting, when they
 * tell the same day or one tells none (a plan dated apart from the one called off is its new date).
 */
const planCalledOff = (e: NegotiationEvent, m: EventMention) => {
  const offE = e.status === 'postponed' || e.status === 'cancelled';
  const offM = m.status === 'postponed' || m.status === 'cancelled';
  const plans = (offE && m.status === 'planned') || (offM && e.status === 'planned');
  return plans && (!e.date || !m.date || e.date === m.date);
};

// "for a third round of trade talks", "for the talks": a meeting word told as what another is
// for, up to six words after "for", read this far before the mention's evidence.
const PURPOSE_CHARS = 60;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "cancelled a planned trip to Geneva for talks with Lavrov": a meeting told as what a meeting of
 * its sentence is for (a trip, a visit) is that meeting.
 */
const forPurpose = (doc: ParleyDocument, e: NegotiationEvent, m: EventMention) =>
  sameSentence(doc, e.evidence.start, m.evidence.start) &&
  new RegExp(`\\bfor\\s+(?:\\S+\\s+){0,6}${escapeRegExp(m.cue)}\\b`, 'i').test(
    doc.norm.slice(Math.max(0, m.evidence.start - PURPOSE_CHARS), m.evidence.end),
  );

/** The same kind, or a conversation (a call or a meeting: "a call, their second conversation"). */
const kindsMatch = (a?: ConsultKind, b?: ConsultKind) =>
  a === b || a === 'conversation' || b === 'conversation';

/**
 * A visit and a meeting of the same day are one occurrence ("arrived in Asmara … at a dinner"); so
 * are a visit told without a day (a headline's "X visits Y") and a meeting of the story's day.
 */
const sameKind = (a?: ConsultKind, b?: ConsultKind, da?: string, db?: string) =>
  kindsMatch(a, b) ||
  (a !== 'call' &&
    b !== 'call' &&
    (da !== undefined && db !== undefined ? da === db && da.length === 10 : (da ?? db ?? '').length === 10));

/**
 * "The first round of consultations was held in April when Saudi envoys visited Sanaa": a visit
 * told in the sentence of the talks, of the talks' own date, is how they were held, not a second
 * meeting (whatever the dates' precision).
 */
const visitOfTheTalks = (doc: ParleyDocument, e: NegotiationEvent, m: EventMention) =>
  m.type === 'CONSULT' &&
  !!e.date &&
  e.date === m.date &&
  sameSentence(doc, e.evidence.start, m.evidence.start);

// A multilateral round: this many parties at least.
const ROUND_PARTIES = 5;

/**
 * "Iran and world powers held talks … EU, Iranian and Russian delegates to the talks": some of a
 * multilateral round's parties told of talks of its day (or of none) are that round (two of three
 * of them among its parties), however few of its parties they name. Two parties alone may have
 * met apart, on its margins ("Veska and Ormund held talks in Lumen"): a meeting of their own.
 */
const partOfRound = (e: NegotiationEvent, m: EventMention) => {
  if (e.type !== 'CONSULT' || (m.date && e.date !== m.date)) return false;
  const [small, large] = e.actors.length < m.actors.length ? [e.actors, m.actors] : [m.actors, e.actors];
  const shared = small.filter((a) => large.includes(a)).length;
  return large.length >= ROUND_PARTIES && small.length >= 3 && shared >= 2 && shared * 3 >= small.length * 2;
};

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

/**
 * Where each event is told again: the mentions merged into it after the first, each with the span
 * that tells it and the parties it names. A deal's content is read in every sentence that tells it
 * ("Agreement reached" in a headline, "A truce agreement has been reached …" in the lead). Kept
 * beside the events, not in the record.
 */
export interface Retelling {
  evidence: Span;
  actors: string[];
}
const retellings = new WeakMap<NegotiationEvent, Retelling[]>();

/** The mentions that tell an event again after its evidence (none for an event told once). */
export const retold = (e: NegotiationEvent): readonly Retelling[] => retellings.get(e) ?? [];

/** Days between two dates (0 when either is missing). */
const daysApart = (a?: string, b?: string) =>
  a && b ? Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000 : 0;

// How far apart a definite deal ("the agreement signed today") and the deal told may be dated.
const DEFINITE_DAYS = 3;

// How long before the story a day may be and still be the headline's news (leadDate's week).
const NEWS_DAYS = 7;

/**
 * "U.S. and China agree on framework to revive Geneva truce" over "In Geneva on May 12, the two
 * countries agreed …" a month before: an undated headline tells the story's news, not an older
 * event the story dates further down.
 */
function headlineNewsAndOlder(doc: ParleyDocument, e: NegotiationEvent, m: EventMention): boolean {
  const headlineEnd = doc.sentences[0]?.end ?? 0;
  const older = (date?: string) =>
    !!date &&
    Date.parse(doc.date) - Date.parse(date.length === 7 ? `${date}-28` : date) > NEWS_DAYS * 86_400_000;
  return (
    (!e.date && e.evidence.start < headlineEnd && older(m.date)) ||
    (!m.date && m.evidence.start < headlineEnd && older(e.date))
  );
}

/** Fold a mention's details into an event that it refers to. */
function absorb(e: NegotiationEvent, m: EventMention) {
  const told = { evidence: m.evidence, actors: m.actors };
  const list = retellings.get(e);
  if (list) list.push(told);
  else retellings.set(e, [told]);
  // "Liu will visit this month … The trip will take place on January 30": the closer date.
  if (m.date && (!e.date || (m.date.startsWith(e.date) && m.date.length > e.date.length))) e.date = m.date;
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

/** A deal that parties seek ("with the purpose of reaching a deal"): no event, their proposal. */
export interface SoughtDeal {
  evidence: Span;
  actors: string[];
}
const sought = new WeakMap<ParleyDocument, SoughtDeal[]>();

/** The deals the document tells as sought by their parties (read by the positions stage). */
export const soughtDeals = (doc: ParleyDocument): readonly SoughtDeal[] => sought.get(doc) ?? [];

/** The document's events: its mentions completed with the story's parties, merged, and dated. */
export function eventsOf(doc: ParleyDocument, ctx: PipelineContext): NegotiationEvent[] {
  const completed = completedMentions(doc, ctx);
  const { inPlay } = completed;
  sought.set(
    doc,
    completed.mentions.filter((m) => m.sought).map((m) => ({ evidence: m.evidence, actors: m.actors })),
  );
  const mentions = completed.mentions.filter((m) => !m.sought);
  const merging = startMerging(doc, ctx);
  mergeNamed(merging, mentions);
  mergeAnaphoric(merging, mentions, inPlay);
  dateAgreements(merging);
  dateByLead(doc, merging.events, new Set([...merging.ongoing, ...merging.previous]));
  const { events, isOrg } = merging;
  // A meeting, a sanction or an accusation takes two; an agreement may be one party's own
  // ("the rebels declared a unilateral ceasefire"), a meeting an organisation's members'.
  return events.filter(
    (e) => e.actors.length >= (e.type === 'AGREE' || (e.type === 'CONSULT' && isOrg(e.actors[0])) ? 1 : 2),
  );
}

/** The document's event mentions, and the story's sides (`inPlay`) that complete some of them. */
function completedMentions(
  doc: ParleyDocument,
  ctx: PipelineContext,
): { mentions: EventMention[]; inPlay: string[] } {
  // Told without all its parties: the story's parties complete it (the cached mentions stay as read).
  // The story's sides, worked out only for a document that tells something without them.
  const raw = findEventMentions(doc, ctx);
  const inPlay = raw.some((m) => m.inPlay || m.partial || m.otherSide || m.host || m.anaphoric)
    ? partiesInPlay(doc, ctx)
    : [];
  let mediators: Set<string> | undefined;
  const storyMediators = () => {
    mediators ??= mediatorsOf(docIndex(doc, ctx));
    return mediators;
  };
  const mentions: EventMention[] = raw.map((m) => {
    const met =
      m.type === 'AGREE' && m.inPlay && m.actors.length === 0 ? meetingJustBefore(doc, raw, m) : undefined;
    if (met) return { ...m, actors: [...met.actors], guessed: true };
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
    // "Israel sent a delegation to Cairo" in a story Egypt mediates: the mediator hosts the talks
    // and takes part in them (a host that is neither side nor mediator is only the venue).
    const mediating = m.host?.filter((a) => storyMediators().has(a)) ?? [];
    if (mediating.length) return { ...m, actors: uniq([...m.actors, ...mediating]) };
    return m;
  });
  return { mentions, inPlay };
}

// The words that tell the meeting a deal was reached at, before its noun ("during the Normandy summit").
const REACHED_AT = /\b(?:during|at)\s+(?:the\s+|a\s+|an\s+)?(?:\S+\s+){0,3}$/i;

/** How many sentences back a meeting still names who "the sides" that agreed are (a meeting, a few
 * sentences of what was said at it, then "the sides agreed"). */
const AGREED_AFTER_MEETING = 4;

/**
 * "Tshisekedi and Biruta met in Luanda … the sides agreed to a ceasefire": a deal whose parties
 * only a collective names was reached by the meeting held in the sentences just before it (of two
 * parties or more, named there), rather than by the story's usual pair.
 */
function meetingJustBefore(
  doc: ParleyDocument,
  raw: EventMention[],
  m: EventMention,
): EventMention | undefined {
  const sentenceOf = (offset: number) => doc.sentences.findIndex((x) => x.start <= offset && offset < x.end);
  const at = sentenceOf(m.evidence.start);
  // "the agreements reached during the Normandy summit": a deal that names the meeting it was
  // reached at, after its own words, is that meeting's, not the one told before it.
  const reachedAt = raw.some((c) => {
    if (c.type !== 'CONSULT' || c.evidence.start <= m.evidence.start || sentenceOf(c.evidence.start) !== at)
      return false;
    const cue = doc.norm.indexOf(c.cue, c.evidence.start);
    return cue > 0 && REACHED_AT.test(doc.norm.slice(m.evidence.start, cue));
  });
  if (reachedAt) return undefined;
  return raw
    .filter((c) => {
      if (c.type !== 'CONSULT' || c.anaphoric || c.actors.length < 2 || c.status !== 'held') return false;
      const s = sentenceOf(c.evidence.start);
      // (a meeting of the deal's own sentence is how the one who reports it learnt of it: "said
      // she had spoken to both presidents and that they had agreed")
      return s >= 0 && s < at && at - s <= AGREED_AFTER_MEETING;
    })
    .at(-1);
}

/** The events made so far, and what merging asks of them and of the story. */
interface Merging {
  doc: ParleyDocument;
  events: NegotiationEvent[];
  /** The kind of each CONSULT event (meeting, call, visit). */
  kinds: Map<NegotiationEvent, ConsultKind | undefined>;
  /** Meetings on the sidelines of another. */
  sidelines: Set<NegotiationEvent>;
  /** Talks told as a process that goes on ("have been in talks since 2016"). */
  ongoing: Set<NegotiationEvent>;
  /** Words between two told in passing ("Blinken told Aliyev"): no "the meeting" refers to one. */
  spoken: Set<NegotiationEvent>;
  /** Occurrences told as earlier than the story's ("previously designated"): each its own. */
  previous: Set<NegotiationEvent>;
  /** What each deal is about, where its words tell it (a truce, a trade deal): see `dealMatter`. */
  matters: Map<NegotiationEvent, string | undefined>;
  /** What a mention's deal is about, by the words of its cue. */
  matterOf: (m: EventMention) => string | undefined;
  isOrg: (code: string | undefined) => boolean;
  /** A date of the story's days (see RECENT_DAYS). */
  recent: (date: string) => boolean;
  /** Two dates that may be of one event. */
  datesMerge: (a?: string, b?: string) => boolean;
}

/**
 * What a deal is about where its cue's words tell it: the codebook's `deal_matter_*` lists
 * (`deal_matter_truce`: truce, ceasefire …; `deal_matter_trade`: trade, tariff …). "Veska and
 * Ormund signed a truce on Sunday. Tarsia signed trade agreements with both": two deals of one day.
 */
function dealMatter(ctx: PipelineContext, cue: string): string | undefined {
  const byWord = cached(ctx, 'events.dealMatters', () => {
    const map = new Map<string, string>();
    for (const [list, words] of Object.entries(ctx.codebook.cues))
      if (list.startsWith(DEAL_MATTER)) for (const w of words) map.set(w.toLowerCase(), list);
    return map;
  });
  for (const w of cue.toLowerCase().split(/[^\p{L}-]+/u)) {
    const matter = byWord.get(w);
    if (matter) return matter;
  }
  return undefined;
}
const DEAL_MATTER = 'deal_matter_';

/** Two deals told as about different matters are two deals, whatever their day and parties. */
const otherMatter = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && a !== b;

function startMerging(doc: ParleyDocument, ctx: PipelineContext): Merging {
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
  // An undated mention is of the story's days: it joins a dated one only if that one is recent,
  // or holds the story's date ("this year").
  const datesMerge = (a?: string, b?: string) => {
    if (!datesAgree(a, b)) return false;
    const date = a ?? b;
    return (
      (a !== undefined) === (b !== undefined) || recent(date as string) || doc.date.startsWith(date as string)
    );
  };
  return {
    doc,
    events,
    kinds,
    sidelines,
    ongoing: new Set(),
    spoken: new Set(),
    previous: new Set(),
    matters: new Map(),
    matterOf: (m) => (m.type === 'AGREE' ? dealMatter(ctx, m.cue) : undefined),
    isOrg,
    recent,
    datesMerge,
  };
}

/**
 * A deal the story's sides are told to have "agreed", undated, and a definite deal the text dates
 * outside the story's days: the agreeing is news, the other an older deal, not its date.
 */
const agreedLongAfter = (e: NegotiationEvent, m: EventMention, recent: (date: string) => boolean) =>
  e.date === undefined && e.provenance.rule === 'event.agree' && m.date !== undefined && !recent(m.date);

/**
 * Pass 1: mentions that name their parties; repeated mentions of one event merge. Those whose
 * parties were guessed from the story come last, and join an event of theirs that shares a party.
 */
function mergeNamed(merging: Merging, mentions: EventMention[]) {
  const { events, kinds, sidelines, datesMerge, previous, matters, recent } = merging;
  const guessed = (m: EventMention) => 'guessed' in m;
  for (const m of [...mentions.filter((x) => !guessed(x)), ...mentions.filter(guessed)]) {
    if (m.anaphoric) continue;
    const matter = merging.matterOf(m);
    if (m.type !== 'CONSULT' && m.actors.length === 0) continue;
    // "The US previously designated the group": an earlier occurrence, not the story's told again.
    if (m.previously) {
      const e = toEvent(m);
      kinds.set(e, m.kind);
      previous.add(e);
      events.push(e);
      continue;
    }
    // "Under that agreement, X agreed to …": the deal told before, whatever its date.
    const terms = m.termsOfDeal
      ? recentEvent(events, (e) => e.type === 'AGREE' && e.actors.some((a) => m.actors.includes(a)))
      : undefined;
    if (terms) {
      absorb(terms, m);
      continue;
    }
    const told = guessed(m)
      ? recentEvent(
          events,
          (e) =>
            e.type === m.type &&
            e.type !== 'CONSULT' &&
            !previous.has(e) &&
            // "the agreement signed today", quoted days after the signing: the deal told before.
            (datesMerge(e.date, m.date) ||
              // (not a deal the sides "agreed" undated and a definite one the text dates long before:
              // "agreed on measures … since the armistice was signed in 1953" are two deals)
              (m.definite === true &&
                !agreedLongAfter(e, m, recent) &&
                daysApart(e.date, m.date) <= DEFINITE_DAYS)) &&
            (e.date ?? m.date) !== undefined &&
            e.actors.some((a) => m.actors.includes(a)) &&
            !otherMatter(matters.get(e), matter) &&
            !reversed(e, m),
        )
      : undefined;
    if (told) {
      // "Reda, who signed the Pretoria agreement, said …" told first and undated: the deal that
      // the story's sides made, told again with its day, is theirs.
      if (!told.date && m.date) told.actors = uniq([...told.actors, ...m.actors]);
      absorb(told, m);
      continue;
    }
    const same = recentEvent(
      events,
      (e) =>
        e.type === m.type &&
        !previous.has(e) &&
        (sameKind(kinds.get(e), m.kind, e.date, m.date) ||
          (m.type === 'CONSULT' && forPurpose(merging.doc, e, m)) ||
          visitOfTheTalks(merging.doc, e, m)) &&
        (m.type !== 'CONSULT' || sameStatus(e.status, m.status)) &&
        datesMerge(e.date, m.date) &&
        !headlineNewsAndOlder(merging.doc, e, m) &&
        (jaccard(e.actors, m.actors) >= 0.5 || partOfRound(e, m)) &&
        !otherMatter(matters.get(e), matter) &&
        !reversed(e, m) &&
        // A meeting on the sidelines of another, and the other, are two; so are a body's meeting
        // and a meeting of some of its members, "separate talks" and the joint ones, and "X also met
        // with Y" and the meeting told before.
        !((m.sideline || m.apart || m.another || sidelines.has(e)) && jaccard(e.actors, m.actors) < 1),
    );
    if (same) {
      absorb(same, m);
      same.actors = uniq([...same.actors, ...m.actors]).filter((a) => !same.excluded?.includes(a));
      if (!matters.get(same)) matters.set(same, matter);
      continue;
    }
    const e = toEvent(m);
    kinds.set(e, m.kind);
    matters.set(e, matter);
    if (m.sideline || m.apart) sidelines.add(e);
    if (m.spokenTo) merging.spoken.add(e);
    if (m.ongoing) merging.ongoing.add(e);
    events.push(e);
  }
}

/** Pass 2: "the meeting", "Tuesday's talks": details of the meeting the article is about. */
function mergeAnaphoric(merging: Merging, mentions: EventMention[], parties: string[]) {
  const { doc, events, kinds, isOrg, datesMerge, ongoing, previous, spoken } = merging;
  for (const m of mentions) {
    if (!m.anaphoric) continue;
    // A plan needs a date to be one; a meeting called off or put off is news without one.
    const calledOff = m.status === 'cancelled' || m.status === 'postponed';
    if (m.status !== 'held' && !m.date && !m.scheduled && !calledOff) continue;
    // "a summit in Bucharest in 2008": another, older meeting whose parties the text does not name.
    const namesInPlay = m.actors.some((a) => parties.includes(a));
    // "met Xi in Kazan on the sidelines of the BRICS Summit": the summit is the setting of the
    // meeting its sentence tells, neither that meeting told again nor news of its own here.
    if (m.setting && recentEvent(events, (e) => sameSentence(doc, e.evidence.start, m.evidence.start)))
      continue;
    if (m.date && Number(m.date.slice(0, 4)) < Number(doc.date.slice(0, 4)) - 1 && !namesInPlay) continue;
    const target =
      recentEvent(
        events,
        (e) =>
          e.type === 'CONSULT' &&
          // ("Hochstein also met with Aoun": one more meeting, not the one told before)
          !m.another &&
          !previous.has(e) &&
          !spoken.has(e) &&
          (kindsMatch(kinds.get(e), m.kind) || (kinds.get(e) !== 'call' && m.kind !== 'call')) &&
          // "are set to meet in Stockholm next week for a third round of trade talks", "received
          // Witkoff on Thursday for a three-hour meeting": what the meeting is for is that meeting,
          // of the status it is told with.
          (sameStatus(e.status, m.status) || planCalledOff(e, m) || forPurpose(doc, e, m)) &&
          // "after Pelosi visited Taiwan in August 2022": a dated mention long before the story's
          // days is not an undated meeting of them.
          datesMerge(e.date, m.date) &&
          // "The first round of the negotiations was held on Sept. 1": dated, it is the event
          // of that date, not an undated meeting told before it.
          !(m.earlierRound && m.date && !e.date) &&
          // "Since 2016, X and Y have been in talks … The signing ceremony took place at Kessel":
          // "the meeting" told is one of its own, not the talks that go on.
          !ongoing.has(e) &&
          // "on the sidelines of the conference, on November 13": a day within the days of the
          // conference dates a meeting held there, not the conference.
          !(m.setting && m.date && e.date && m.date.length > e.date.length) &&
          // "unveiled his plan at a NATO summit in Wales": an organisation's own meeting, told as
          // a new one (not "met on the sidelines of a NATO summit": the meeting's setting).
          !(!m.definite && !m.setting && m.actors.some((a) => isOrg(a) && !e.actors.includes(a))) &&
          (!m.location || !e.location || m.location.name === e.location.name),
      ) ??
      // "who flew to Kessel on Monday for the talks": the talks already told of, days apart.
      (m.definite
        ? recentEvent(
            events,
            (e) =>
              e.type === 'CONSULT' &&
              !previous.has(e) &&
              !spoken.has(e) &&
              kindsMatch(kinds.get(e), m.kind) &&
              sameStatus(e.status, m.status) &&
              !ongoing.has(e) &&
              !(m.earlierRound && m.date && !e.date) &&
              daysApart(e.date, m.date) <= 7,
          )
        : undefined);
    if (target) {
      absorb(target, m);
      if (calledOff) target.status = m.status;
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
      // "Leaders of the Group of Seven met": the organisation as the verb's subject is concrete.
      (m.date || m.location || m.rule.startsWith('event.consult.verb'))
    ) {
      const e = toEvent(m);
      kinds.set(e, m.kind);
      events.push(e);
      continue;
    }
    // A party it names that is not one of the story's: another meeting, whose other side is unknown.
    // Its host or mediator ("a meeting hosted by X") is none of its sides.
    if (m.actors.some((a) => !m.mediators?.includes(a)) && !namesInPlay) continue;
    // "look forward to meeting again soon": a plan of the story's parties with its time.
    // "The agreement was finalised after three rounds of negotiations": in a story that tells no
    // other meeting, the meeting of the story's sides.
    const firstHeld =
      m.status === 'held' &&
      m.toldHeld === true &&
      !events.some((e) => e.type === 'CONSULT' && !ongoing.has(e));
    const told =
      m.date || m.location || m.excluded.length || namesInPlay || calledOff || m.scheduled || firstHeld;
    if (told && parties.length >= 2) {
      const e = toEvent({
        ...m,
        actors: uniq([...m.actors, ...parties]).filter((a) => !m.excluded.includes(a)),
      });
      kinds.set(e, m.kind);
      // "during their last meeting in Paris": an earlier meeting, undated, is not of the lead's day
      if (m.previously) previous.add(e);
      events.push(e);
    }
  }
}

/** Offsets `a` and `b` lie in one sentence of the document. */
function sameSentence(doc: ParleyDocument, a: number, b: number): boolean {
  const s = doc.sentences[firstAtLeast(doc.sentences, a + 1, (x) => x.start) - 1];
  return s !== undefined && a < s.end && s.start <= b && b < s.end;
}

/** An agreement told without its date was reached at the parties' latest meeting the story dates. */
function dateAgreements(merging: Merging) {
  const { doc, events, recent, previous } = merging;
  for (const [i, e] of events.entries()) {
    if (e.type !== 'AGREE' || e.date || previous.has(e)) continue;
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
          !roundOpenedOn(doc, c.date) &&
          jaccard(c.actors, e.actors) >= 0.5,
      )
      .map((c) => c.date as string)
      .sort();
    if (met.length) e.date = met[met.length - 1];
  }
}

/** "negotiations began last Sunday", "the round opened on Monday": the day a round of talks began. */
const ROUND_OPENED = /\b(?:began|begun|begins|started|opened|kicked\s+off|got\s+under\s*way)\b/i;

/**
 * The meeting's date is only the day its round opened ("Last Sunday, negotiations began …"): an
 * agreement reached in the round came later, so it is no date for one told without a day.
 */
function roundOpenedOn(doc: ParleyDocument, date: string): boolean {
  const told = doc.timexes.filter((t) => t.value === date);
  if (told.length === 0) return false;
  return told.every((t) => {
    const sentence = doc.sentences.find((s) => s.start <= t.start && t.end <= s.end);
    return !!sentence && ROUND_OPENED.test(doc.text.slice(sentence.start, sentence.end));
  });
}

/**
 * An event told without a date happened when the story's lead says things happened; without one,
 * the news a headline or lead tells happened on the first day of the story's week the text gives
 * further down ("Thursday's move is designed to …"), else by the day it was published; and what the
 * story tells further down in its month (news tells the events of its days; an older one the text
 * dates).
 */
function dateByLead(doc: ParleyDocument, events: NegotiationEvent[], undated: Set<NegotiationEvent>) {
  const lead = leadDate(doc);
  let storyDay: string | undefined;
  const leadEnd = doc.sentences[Math.min(doc.sentences.length, LEAD_SENTENCES) - 1]?.end ?? 0;
  for (const e of events) {
    if (e.date || (e.status ?? 'held') !== 'held' || undated.has(e)) continue;
    // An accusation is told: the day the lead says its accuser told things ("X said on Thursday
    // that … the talks on Saturday") dates it, not the day of what the lead tells of.
    const day = e.type === 'ACCUSE' && e.source?.length ? leadDate(doc, e.source) : lead;
    if (day) e.date = day;
    else if (e.evidence.start < leadEnd)
      e.date = storyDay ??= leadDate(doc, undefined, doc.sentences.length) ?? doc.date;
    else e.date = doc.date.slice(0, 7);
  }
}

// A date this close to the story's is of the story's days ("a next round scheduled for January").
const RECENT_DAYS = 62;
