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

import type {
  EventStatus,
  EventType,
  NegotiationEvent,
  ParleyDocument,
  PipelineContext,
  Span,
  Stage,
  Timex,
} from '../model.js';
import type { Codebook } from './codebook.js';
import { cached, longestNonOverlapping, type PhraseMatch } from './issues.js';
import { firstAtLeast, startingIn, within } from './sorted.js';
import { codesOfName, type DocIndex, docIndex, mentionsEndingAt, subjectBefore } from './textindex.js';

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
const MODAL = new Set(['would', 'could', 'might', 'may', 'should']);
const NEGATION = new Set(['not', "n't", 'never', 'no', 'failed', 'refused']);
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

const uniq = <T>(xs: T[]) => [...new Set(xs)];

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
      const next = startingIn(index.mentions, t + 1, t + 5).find((x) => x.codes.length);
      const lead = next ? index.tokens.slice(t + 1, next.start) : [];
      if (!next || !lead.every((k) => titles.has(k.lower) || k.lower === 'the' || /^\p{Lu}/u.test(k.text)))
        break;
    }
    // "the presidents of Veska and Ormund"
    if (w === 'of' && !titles.has((index.tokens[t - 1]?.lower ?? '').replace(/s$/, ''))) break;
  }
  return { codes: uniq(codes), end };
}

/** Who acts: the clause's subject, or the statement's speaker when the content says "he/it/we". */
function agentOf(doc: ParleyDocument, index: DocIndex, sentenceFrom: number, at: number): string[] {
  const stmt = index.statementOf[at];
  let from = sentenceFrom;
  if (stmt >= 0) while (from < at && index.statementOf[from] !== stmt) from++;
  const subject = subjectBefore(index, from, at);
  if (subject.length) return uniq(subject.flatMap((m) => m.codes));
  // "he had postponed a visit": the speaker; "the parties will meet": nobody named.
  if (stmt >= 0 && index.tokens.slice(from, at).some((t) => SPEAKER_PRONOUNS.has(t.lower))) {
    const a = doc.statements[stmt].actor;
    return a == null ? [] : Array.isArray(a) ? a : [a];
  }
  // A statement whose content begins mid-clause: the sentence's own subject acts.
  if (stmt >= 0 && from > sentenceFrom) {
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
): string | undefined {
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
  let usable = timexes.filter((t) => !UNTIL.has(before(t)));
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
    const list = (name: string) => cues.filter((c) => c.pattern.payload === name);
    const sStart = tokens[from].start;
    const sEnd = tokens[to - 1].end;
    // The timexes are in text order (the dates stage reads sentence after sentence).
    const timexes = within(doc.timexes, sStart, sEnd);
    const sentenceOut = out.length;
    const cueText = (c: Cue) => doc.text.slice(tokens[c.start].start, tokens[c.end - 1].end);
    const near = (name: string, a: number, b: number) => list(name).some((c) => c.start >= a && c.start < b);
    const modalBefore = (at: number, span = 3) =>
      tokens.slice(Math.max(from, at - span), at).some((t) => MODAL.has(t.lower));
    const negatedBefore = (at: number) =>
      tokens.slice(Math.max(from, at - 3), at).some((t) => NEGATION.has(t.lower));
    const agree = list('agree_cues');

    // CONSULT
    for (const c of longestNonOverlapping([...list('consult_nouns'), ...list('consult_verbs')])) {
      const word = tokens[c.start].lower;
      const isVerb = c.pattern.payload === 'consult_verbs';
      if (agree.some((a) => a.end <= c.start && a.end >= c.start - 5)) continue; // "agreed to hold talks"
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
      if (
        list('process_labels').some(
          (p) =>
            p.start <= c.start && p.end > c.start && p.end - p.start > 1 && tokens[p.start].lower !== 'talks',
        )
      )
        continue;
      const kind: ConsultKind = /call|phone/.test(cueText(c).toLowerCase())
        ? 'call'
        : /visit|trip|host/.test(word)
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
      const compoundFrom = k;
      while (
        k >= from &&
        (tokens[k].text === '-' ||
          mentionsEndingAt(index, k + 1).length > 0 ||
          (tokens[k].text.includes('-') && actorsIn(ctx, index, k, k + 1).length))
      ) {
        const m = mentionsEndingAt(index, k + 1)[0];
        k = m ? m.start - 1 : k - 1;
      }
      const compound = k < compoundFrom ? actorsIn(ctx, index, k + 1, compoundFrom + 1) : [];
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
      const actors = uniq([...agent, ...named, ...mediators]).filter((a) => !excluded.includes(a));
      // Status words before the meeting or after what names it, up to the next comma.
      let statusEnd = Math.max(c.end, objectEnd);
      while (statusEnd < Math.min(to, Math.max(c.end, objectEnd) + 8) && tokens[statusEnd].text !== ',')
        statusEnd++;
      let status: EventStatus = near('status_postponed', Math.max(from, c.start - 6), statusEnd)
        ? 'postponed'
        : near('status_cancelled', Math.max(from, c.start - 6), statusEnd)
          ? 'cancelled'
          : near('status_planned', Math.max(from, c.start - 4), Math.max(statusEnd, Math.min(to, c.end + 6)))
            ? 'planned'
            : 'held';
      // A mention that names nobody takes only a date written close to it ("Tuesday's meeting").
      const anaphoric = uniq([...agent, ...named]).length < 2;
      if (anaphoric && (negatedBefore(c.start) || modalBefore(c.start, 5))) continue;
      // "ready to meet Kest", "wants to visit Kyiv": an intention, at most a plan.
      if (isVerb && status === 'held' && tokens[c.start - 1]?.lower === 'to') status = 'planned';
      const date = pickDate(index, timexes, c.start, status, anaphoric ? 8 : undefined);
      // A meeting dated after the article's own date has not happened yet.
      const dated: EventStatus =
        status === 'held' && date && date.slice(0, 10) > doc.date.slice(0, date.length) ? 'planned' : status;
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
      if (future && !date && !location) continue; // nothing scheduled yet
      const evFrom = Math.min(c.start, compound.length ? k + 1 : c.start, Math.max(from, c.start - 3));
      out.push({
        type: 'CONSULT',
        kind,
        actors,
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
        definite:
          /^(the|this|that|these|those)$/.test(tokens[c.start - 1]?.lower ?? '') ||
          tokens[c.start - 1]?.lower === "'s",
      });
    }

    // AGREE
    for (const c of longestNonOverlapping(agree)) {
      if (negatedBefore(c.start) || modalBefore(c.start, 2)) continue;
      if (['the', 'an', 'a'].includes(tokens[c.start - 1]?.lower ?? '')) continue; // "the agreed ceasefire"
      const agent = agentOf(doc, index, from, c.start);
      if (agent.length === 0) continue;
      const others: string[] = [];
      for (let i = c.end; i < to; i++) {
        const t = tokens[i];
        // "… agreed to a truce after talks mediated by Qatar": the rest is another clause.
        if (t.text === ';' || SUBORDINATORS.has(t.lower)) break;
        if (
          t.text === ',' &&
          !index.mentionAt.has(i + 1) &&
          !(tokens[i + 1]?.lower === 'the' && index.mentionAt.has(i + 2))
        )
          break;
        // The other parties are those agreed with: "with Russia", "from Russia, the U.S. and
        // Britain", "between …" — not the parties a noun is about ("frozen Russian assets").
        if (!/^(with|from|between)$/.test(t.lower)) continue;
        const l = listAfter(ctx, index, i + 1, to);
        others.push(...l.codes);
        if (l.end > i + 1) i = l.end - 1;
      }
      const actors = uniq([...agent, ...others]);
      const date = pickDate(index, timexes, c.start);
      out.push({
        type: 'AGREE',
        actors,
        source: agent,
        excluded: [],
        ...(date ? { date } : {}),
        evidence: textSpan(index, c.start, Math.min(to, c.end + 12)),
        rule: 'event.agree',
        cue: cueText(c),
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
      for (const e of rest) out.splice(out.indexOf(e), 1);
    }

    // SANCTION
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
      if (!imposers.length || !target.length) continue;
      out.push({
        type: 'SANCTION',
        actors: uniq([...imposers, ...target]),
        source: imposers,
        target,
        excluded: [],
        ...(pickDate(index, timexes, c.start) ? { date: pickDate(index, timexes, c.start) } : {}),
        evidence: textSpan(index, c.start, Math.min(to, c.end + 3)),
        rule: 'event.sanction',
        cue: cueText(c),
      });
    }

    // ACCUSE
    for (const c of longestNonOverlapping(list('accuse_cues'))) {
      if (negatedBefore(c.start) || modalBefore(c.start, 2)) continue;
      const accuser = agentOf(doc, index, from, c.start);
      const accused = listAfter(ctx, index, c.end, Math.min(to, c.end + 6)).codes.filter(
        (a) => !accuser.includes(a),
      );
      if (!accuser.length || !accused.length) continue;
      out.push({
        type: 'ACCUSE',
        actors: uniq([...accuser, ...accused]),
        source: accuser,
        target: accused,
        excluded: [],
        // An accusation is reported the day it is made unless the text dates it.
        date: pickDate(index, timexes, c.start, undefined, 6) ?? doc.date,
        evidence: textSpan(index, c.start, Math.min(to, c.end + 8)),
        rule: 'event.accuse',
        cue: cueText(c),
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
  const pairs = new Map<string, number>();
  for (const e of findEventMentions(doc, ctx)) {
    const a = e.actors.filter((x) => /^[A-Z]{3}$/.test(x)).sort();
    for (let i = 0; i < a.length; i++)
      for (let j = i + 1; j < a.length; j++)
        pairs.set(`${a[i]}|${a[j]}`, (pairs.get(`${a[i]}|${a[j]}`) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [k, n] of pairs) if (!best || n > (pairs.get(best) ?? 0)) best = k;
  if (best) return best.split('|');
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

const jaccard = (a: string[], b: string[]) => {
  const A = new Set(a);
  const inter = b.filter((x) => A.has(x)).length;
  const union = new Set([...a, ...b]).size;
  return union === 0 ? 1 : inter / union;
};

const datesAgree = (a?: string, b?: string) => !a || !b || a.startsWith(b) || b.startsWith(a);

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
  const mentions = findEventMentions(doc, ctx);
  const events: NegotiationEvent[] = [];
  const kinds = new Map<NegotiationEvent, ConsultKind | undefined>();
  // Pass 1: mentions that name their parties; repeated mentions of one event merge.
  for (const m of mentions) {
    if (m.anaphoric) continue;
    if (m.type !== 'CONSULT' && m.actors.length === 0) continue;
    const same = recentEvent(
      events,
      (e) =>
        e.type === m.type &&
        kinds.get(e) === m.kind &&
        (m.type !== 'CONSULT' || e.status === m.status) &&
        datesAgree(e.date, m.date) &&
        jaccard(e.actors, m.actors) >= 0.5,
    );
    if (same) {
      absorb(same, m);
      same.actors = uniq([...same.actors, ...m.actors]).filter((a) => !same.excluded?.includes(a));
      continue;
    }
    const e = toEvent(m);
    kinds.set(e, m.kind);
    events.push(e);
  }
  // Pass 2: "the meeting", "Tuesday's talks": details of the meeting the article is about.
  const parties = mainParties(doc, ctx, true);
  const recent = (date: string) =>
    Math.abs(
      Date.parse(doc.date) -
        Date.parse(date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date),
    ) <=
    31 * 86_400_000;
  for (const m of mentions) {
    if (!m.anaphoric) continue;
    if (m.status !== 'held' && !m.date) continue;
    // "a summit in Bucharest in 2008": another, older meeting whose parties the text does not name.
    if (m.date && Number(m.date.slice(0, 4)) < Number(doc.date.slice(0, 4)) - 1) continue;
    const days = (a?: string, b?: string) =>
      a && b ? Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000 : 0;
    const target =
      recentEvent(
        events,
        (e) =>
          e.type === 'CONSULT' &&
          kinds.get(e) === m.kind &&
          e.status === m.status &&
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
              e.status === m.status &&
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
    if ((m.date || m.location || m.excluded.length) && parties.length >= 2 && (!m.date || recent(m.date))) {
      const e = toEvent({
        ...m,
        actors: uniq([...m.actors, ...parties]).filter((a) => !m.excluded.includes(a)),
      });
      kinds.set(e, m.kind);
      events.push(e);
    }
  }
  // An event told without a date happened when the story's lead says things happened.
  const lead = leadDate(doc);
  for (const e of events) if (!e.date && lead && (e.status ?? 'held') === 'held') e.date = lead;
  // A meeting or an agreement takes two; a one-party "agreed to" is a stance, not an event.
  return events.filter((e) => e.actors.length >= (e.type === 'CONSULT' || e.type === 'AGREE' ? 2 : 1));
}

/** The first day-precise date of the first paragraph, if it lies within a week before the article. */
function leadDate(doc: ParleyDocument): string | undefined {
  const first = doc.sentences[0];
  if (!first) return undefined;
  const block = first.block;
  // The sentences of the first paragraph come first; a timex can only be inside the last of them
  // that starts at or before it.
  let count = 0;
  while (count < doc.sentences.length && doc.sentences[count].block === block) count++;
  const inBlock = (x: Timex) => {
    const s = doc.sentences[firstAtLeast(doc.sentences, x.start + 1, (y) => y.start, 0, count) - 1];
    return !!s && x.start >= s.start && x.end <= s.end;
  };
  const t = doc.timexes.find((x) => x.precision === 'day' && inBlock(x));
  if (!t) return undefined;
  const days = (Date.parse(doc.date) - Date.parse(t.value)) / 86_400_000;
  return days >= 0 && days <= 7 ? t.value : undefined;
}

export const eventsStage: Stage = {
  name: 'events',
  run(doc: ParleyDocument, ctx: PipelineContext) {
    doc.events = eventsOf(doc, ctx);
  },
};

/** The event types that gold files score (TAXONOMY.md). */
export const GOLD_EVENT_TYPES: readonly EventType[] = ['CONSULT', 'AGREE', 'SANCTION', 'ACCUSE'];
