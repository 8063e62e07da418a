/**
 * Stage `actors`: finds every mention of an actor in the story paragraphs and clusters them into
 * the document's entities.
 *
 * - states by name, short name, demonym, capital and seat of government (metonyms), governments
 *   named after their leader ("Trump's administration") and ministries the text ties to a state;
 * - organisations, non-state groups, collectives ("European capitals"), and their anaphors
 *   ("the alliance") once the organisation has been named;
 * - persons from names with titles, roles and appositives ("U.S. National Security Adviser Mike
 *   Waltz", "Michael McFaul, who served as U.S. ambassador to Russia"), with role, party and
 *   former roles read from the text, completed by the codebook's dated roles;
 * - anonymous sources ("a senior U.S. official"), news outlets (nobody's side), "both sides",
 *   and the pronouns "he"/"she" resolved to the person they stand for.
 *
 * `resolveSpeaker` answers, for a speaker span that the statements stage found, who that is.
 * Knowledge (names, titles, cue words) comes from the codebook; this file holds only the rules.
 */

import type { ActorEntry, Codebook } from '../../codebook/codebook.js';
import type {
  Entity,
  Mention,
  MentionKind,
  ParleyDocument,
  PipelineContext,
  Span,
  Stage,
} from '../../model.js';
import { Appended, firstAtLeast, overlapping, sortedView, startingIn, within } from '../../sorted.js';
import { Gazetteer, type GazMatch, type GazToken, phraseSet, tokenize } from '../gazetteer.js';
import { canonicalPerson, lastRoleBefore, nameKey, personsNamed, surnameKey } from '../persons.js';
import type { SpeakerRef, SpeakerResolver } from '../speaker.js';

type Via = NonNullable<Mention['via']>;
type Gender = 'f' | 'm';

type NamePayload =
  | {
      t: 'actor';
      code: string;
      kind: ActorEntry['kind'];
      via: Via | 'anaphor';
      rank: number;
      /** An anaphor without its article ("Council" of "the Council"): only before a title. */
      bare?: boolean;
    }
  | { t: 'person'; id: string }
  | { t: 'outlet' };

interface Lexicon {
  names: Gazetteer<NamePayload>;
  roles: Gazetteer<true>;
  roleWords: Set<string>;
  honorifics: Set<string>;
  formers: Set<string>;
  formerVerbs: Gazetteer<true>;
  female: Set<string>;
  male: Set<string>;
  verbs: Set<string>;
  anonHeads: Set<string>;
  anonMarkers: Gazetteer<true>;
  groupNouns: Gazetteer<true>;
  govNouns: Set<string>;
  ministryHeads: Set<string>;
  bothSides: Gazetteer<true>;
  orgHeads: Set<string>;
  nonPersonHeads: Set<string>;
  actors: Map<string, ActorEntry>;
}

const LEXICON_KEY = 'actors.lexicon';

const keysOf = (list: string[] | undefined): Set<string> =>
  new Set(
    (list ?? []).flatMap((w) =>
      tokenize(w)
        .filter((t) => t.word)
        .map((t) => t.key),
    ),
  );

// Which reading wins when one name has several (Brussels: the EU's seat over Belgium's capital).
const VIA_RANK: Record<string, number> = {
  seat: 5,
  name: 4,
  alias: 4,
  short: 4,
  capital: 3,
  demonym: 2,
  anaphor: 1,
};

export function actorLexicon(ctx: Pick<PipelineContext, 'codebook' | 'cache'>): Lexicon {
  const cached = ctx.cache.get(LEXICON_KEY) as Lexicon | undefined;
  if (cached) return cached;
  const book = ctx.codebook;
  const cues = book.cues;
  const names = new Gazetteer<NamePayload>();
  const actors = new Map<string, ActorEntry>();
  for (const a of book.actors) {
    actors.set(a.code, a);
    const add = (list: string[], via: Via | 'anaphor') => {
      for (const n of list)
        names.add(n, { t: 'actor', code: a.code, kind: a.kind, via, rank: VIA_RANK[via] });
    };
    add([a.name], 'name');
    add(
      a.aliases.filter((s) => !/^[A-Z.]+$/.test(s)),
      'alias',
    );
    add(
      a.aliases.filter((s) => /^[A-Z.]+$/.test(s)),
      'short',
    );
    add(a.demonyms, 'demonym');
    add(a.capitals, 'capital');
    add(a.seats, 'seat');
    add(a.anaphors, 'anaphor');
    // "Council Secretary-General Agnes Rook", "Alliance spokesman": the anaphor as a title's modifier.
    for (const n of a.anaphors) {
      const bare = n.replace(/^the\s+/i, '');
      if (bare !== n)
        names.add(bare, { t: 'actor', code: a.code, kind: a.kind, via: 'anaphor', rank: 0, bare: true });
    }
  }
  for (const p of book.persons)
    for (const n of [p.name, ...p.aliases]) names.add(n, { t: 'person', id: p.id });
  for (const o of cues.outlets ?? []) names.add(o, { t: 'outlet' });
  const lexicon: Lexicon = {
    names,
    roles: phraseSet(cues.role_titles ?? []),
    // The words of titles, less the little words inside them ("of" in "Secretary of State").
    roleWords: new Set(
      [...keysOf([...(cues.role_titles ?? []), ...(cues.role_modifiers ?? [])])].filter(
        (w) => !NOT_NAME.has(w),
      ),
    ),
    honorifics: keysOf(cues.honorifics),
    formers: keysOf(cues.former_markers),
    formerVerbs: phraseSet(cues.former_appositive_verbs ?? []),
    female: keysOf(cues.female_cues),
    male: keysOf(cues.male_cues),
    verbs: keysOf(cues.name_cue_verbs),
    anonHeads: keysOf(cues.anonymous_heads),
    anonMarkers: phraseSet(cues.anonymous_markers ?? []),
    groupNouns: phraseSet(cues.group_nouns ?? []),
    govNouns: keysOf(cues.government_nouns),
    ministryHeads: keysOf(cues.ministry_heads),
    bothSides: phraseSet(cues.both_sides ?? []),
    orgHeads: keysOf(cues.organisation_heads),
    nonPersonHeads: keysOf([...(cues.organisation_heads ?? []), ...(cues.place_heads ?? [])]),
    actors,
  };
  ctx.cache.set(LEXICON_KEY, lexicon);
  return lexicon;
}

// Grammar, not knowledge: words that open a sentence or a clause and are never names.
const NOT_NAME = new Set(
  'the a an and but or as in on at of to for by with from if when while after before even so this that these those it its he she they we i you his her their our there here what who which both some many all no not yes also then yet still meanwhile however although though because since until once'.split(
    ' ',
  ),
);
const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);
const NAME_PARTICLES = new Set(
  'bin ibn al el de da di du van von der den la le abu ben dos das del'.split(' '),
);
const INDEFINITE = new Set('a an one two three four several some another other'.split(' '));
const QUANTIFIERS = new Set('some many several other most few senior top two three'.split(' '));
const PRONOUN_GENDER = new Map<string, Gender>([
  ['he', 'm'],
  ['she', 'f'],
]);
const PLURAL_PRONOUNS = new Set(['they', 'we', 'it']);
const APPOSITIVE_STOP = new Set(
  'under until from between during when who which and while since after before in'.split(' '),
);

type Tok = GazToken;

/** What one document's analysis knows about a person while it reads. */
interface PersonEnt {
  kind: 'person';
  name: string;
  nameTokens: number;
  actor: string | null | undefined;
  /** How sure the party is: 3 text affiliation, 2 ministry tie, 1 codebook. */
  actorStrength: number;
  role?: string;
  former?: boolean;
  gender?: Gender;
  codebookId?: string;
  /** Found only as a bare capitalised name: a pronoun's last resort. */
  weak?: boolean;
  /** The codebook identity is backed by a full name or an agreeing title, not a bare surname. */
  idConfirmed?: boolean;
  roleFromCodebook?: boolean;
}

interface OtherEnt {
  kind: Exclude<MentionKind, 'person' | 'pronoun'>;
  name: string;
  actor: string | string[] | null;
  anonymous?: boolean;
  key: string;
}

type Ent = PersonEnt | OtherEnt;

interface WorkMention {
  start: number;
  end: number;
  /** Token range. */
  from: number;
  to: number;
  kind: MentionKind;
  via?: Via;
  actor?: string | string[] | null;
  ent?: Ent;
  rule: string;
  cue?: string;
  confidence: number;
  /** For pronouns: the gender the pronoun demands. */
  gender?: Gender;
  /** For unnamed sources: the head noun ("officials"), and the first mention of the same sources. */
  head?: string;
  antecedent?: WorkMention;
}

/**
 * "South Sudan's opposition leader Riek Machar", "a Syrian rebel commander": a role that stands
 * against its country's government names the country, not the party the person speaks for (the
 * codebook's, if it knows the person). Role words: `roles.yaml`, `non_government_roles`.
 */
function againstItsState(r: Reader, role: string | undefined, actor: string | null): boolean {
  if (!role || !actor) return false;
  const words = cachedNonGovernment(r.codebook);
  if (
    !role
      .toLowerCase()
      .split(/[^a-z-]+/)
      .some((w) => words.has(w))
  )
    return false;
  return r.codebook.actors.find((a) => a.code === actor)?.kind === 'state';
}
const nonGovernment = new WeakMap<Codebook, Set<string>>();
function cachedNonGovernment(codebook: Codebook): Set<string> {
  let words = nonGovernment.get(codebook);
  if (!words) {
    words = new Set((codebook.cues.non_government_roles ?? []).map((w) => w.toLowerCase()));
    nonGovernment.set(codebook, words);
  }
  return words;
}

class Reader {
  readonly toks: Tok[] = [];
  /** Token index → the mention that consumed it. */
  readonly owner: (WorkMention | undefined)[] = [];
  readonly mentions: WorkMention[] = [];
  readonly persons: PersonEnt[] = [];
  readonly others = new Map<string, OtherEnt>();
  readonly lowerSeen = new Set<string>();
  /** Token ranges that introduce a person (titles), so they are not read as anonymous sources. */
  readonly premodified = new Set<number>();
  readonly ministryTies = new Map<string, string>();
  /** The state whose government the story named last ("the Veskan government"). */
  governmentTie: string | undefined;
  /** The state of the dateline's city ("KESSEL, April 2 (Northwire) -"), if any. */
  datelineState: string | undefined;

  constructor(
    readonly doc: ParleyDocument,
    readonly lex: Lexicon,
    readonly codebook: Codebook,
  ) {
    this.tokenizeStory();
    this.datelineState = this.readDateline();
    for (const t of this.toks) if (t.word && !t.cap && t.text === t.key) this.lowerSeen.add(t.key);
  }

  private readDateline(): string | undefined {
    const dateline = this.doc.blocks.find((b) => b.kind === 'dateline');
    if (!dateline) return undefined;
    const toks = tokenize(this.doc.norm, dateline.start, dateline.end);
    for (const t of toks) {
      // Datelines are written in capitals: match them as names ("KESSEL" is Kessel).
      if (t.word)
        Object.assign(t, { text: t.key[0].toUpperCase() + t.key.slice(1), cap: true, upper: false });
    }
    for (let i = 0; i < toks.length; i++) {
      const m = this.lex.names.longest(toks, i);
      const actor = m?.payloads.find((p) => p.t === 'actor' && p.kind === 'state');
      if (actor?.t === 'actor' && (actor.via === 'capital' || actor.via === 'name')) return actor.code;
    }
    return undefined;
  }

  private tokenizeStory() {
    const { doc } = this;
    const paragraphs = doc.blocks.length
      ? doc.blocks.filter((b) => b.kind === 'paragraph')
      : [{ start: 0, end: doc.text.length }];
    const sentences = doc.sentences;
    let fallbackSent = 0;
    let sent = 0;
    for (const p of paragraphs) {
      const toks = tokenize(doc.norm, p.start, p.end);
      fallbackSent++;
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i] as Tok;
        if (sentences.length) {
          // Tokens come in text order: the sentence index only moves forward.
          while (sent + 1 < sentences.length && sentences[sent + 1].start <= t.start) sent++;
          t.sent = sent;
        } else {
          t.sent = fallbackSent;
          const prev = toks[i - 1];
          if (prev && /^[.!?]$/.test(prev.text) && t.cap && !isInitial(toks, i - 1)) t.sent = ++fallbackSent;
        }
        this.toks.push(t);
      }
    }
  }

  tok(i: number): Tok | undefined {
    return this.toks[i];
  }

  sentenceStart(i: number): boolean {
    const prev = this.toks[i - 1];
    return !prev || prev.sent !== this.toks[i].sent || prev.text === '"';
  }

  text(from: number, to: number): string {
    return this.doc.text.slice(this.toks[from].start, this.toks[to - 1].end);
  }

  add(m: Omit<WorkMention, 'start' | 'end'>, consume = true): WorkMention {
    const mention = m as WorkMention;
    mention.start = this.toks[m.from].start;
    mention.end = this.toks[m.to - 1].end;
    this.mentions.push(mention);
    if (consume) for (let k = m.from; k < m.to; k++) this.owner[k] ??= mention;
    return mention;
  }

  /** The actor mention (state, org, collective) that owns token `i`, if any. */
  actorAt(i: number): WorkMention | undefined {
    const m = this.owner[i];
    return m && (m.kind === 'state' || m.kind === 'org' || m.kind === 'group' || m.kind === 'collective')
      ? m
      : undefined;
  }

  isCueVerb(i: number): boolean {
    const t = this.toks[i];
    return !!t && this.lex.verbs.has(t.key);
  }
}

/** Where each sentence starts, once per document. */
const sentenceStartsOf = new WeakMap<ParleyDocument['sentences'], number[]>();
function sentenceStarts(doc: ParleyDocument): number[] {
  let starts = sentenceStartsOf.get(doc.sentences);
  if (!starts || starts.length !== doc.sentences.length) {
    starts = doc.sentences.map((x) => x.start);
    sentenceStartsOf.set(doc.sentences, starts);
  }
  return starts;
}

function sentenceIndex(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** "J." in "J. Smith", "U.S." — a period after a single capital letter. */
function isInitial(toks: GazToken[], dot: number): boolean {
  const before = toks[dot - 1];
  return !!before && before.word && before.text.length === 1 && before.cap;
}

// ---------------------------------------------------------------------------------------------
// Pass 1: names from the gazetteer (states, organisations, persons the codebook knows, outlets)

function pickPayload(payloads: NamePayload[]): NamePayload {
  const person = payloads.find((p) => p.t === 'person');
  if (person) return person;
  const outlet = payloads.find((p) => p.t === 'outlet');
  if (outlet) return outlet;
  return payloads.reduce((best, p) =>
    p.t === 'actor' && best.t === 'actor' && p.rank > best.rank ? p : best,
  );
}

/** A capitalised word next to a place name makes it part of another name ("Washington Post"). */
/** "ambassador to Russia", "envoy to the United Nations": the place a post is at, not its party. */
function isDestination(r: Reader, at: number): boolean {
  const before = r.tok(at - 1)?.key;
  return (
    before === 'to' ||
    before === 'in' ||
    (before === 'the' && (r.tok(at - 2)?.key === 'to' || r.tok(at - 2)?.key === 'in'))
  );
}

/**
 * A state named inside another body's name ("the United Mine Workers of America", "the Center for
 * American Progress", "the African-American Women Caucus") is no affiliation of its members.
 */
function insideName(r: Reader, m: WorkMention): boolean {
  const { lex } = r;
  const nameWord = (k: number) => {
    const t = r.tok(k);
    return !!t && t.word && t.cap && !lex.roleWords.has(t.key) && !r.actorAt(k) && !r.sentenceStart(k);
  };
  if (nameWord(m.to)) return true;
  const before = r.tok(m.from - 1);
  if (before?.text === '-' && nameWord(m.from - 2)) return true;
  if ((before?.key === 'of' || before?.key === 'for') && nameWord(m.from - 2)) return true;
  return nameWord(m.from - 1) && !lex.honorifics.has(r.toks[m.from - 1].key);
}

const PLACE_PREPOSITIONS = new Set(['to', 'of', 'in', 'for', 'from', 'with', 'at']);

function partOfLongerName(r: Reader, m: GazMatch<NamePayload>): boolean {
  // "Ambassador to Ukraine William Taylor": after a preposition the place stands on its own.
  if (PLACE_PREPOSITIONS.has(r.tok(m.from - 1)?.key ?? '')) return false;
  const next = r.tok(m.to);
  if (next?.word && next.cap && next.sent === r.toks[m.from].sent && !r.lex.roleWords.has(next.key)) {
    if (!r.lex.names.longest(r.toks, m.to) && !r.lowerSeen.has(next.key)) return true;
  }
  const prev = r.tok(m.from - 1);
  if (prev?.word && prev.cap && !r.sentenceStart(m.from - 1) && prev.sent === r.toks[m.from].sent) {
    if (!r.lex.roleWords.has(prev.key) && !r.lex.honorifics.has(prev.key) && !r.lowerSeen.has(prev.key))
      return !r.owner[m.from - 1];
  }
  return false;
}

function readNames(r: Reader, pendingPersons: GazMatch<NamePayload>[]) {
  const seenCodes = new Set<string>();
  for (let i = 0; i < r.toks.length; i++) {
    const t = r.toks[i];
    if (!t.word) continue;
    const m = r.lex.names.longest(r.toks, i);
    if (!m) continue;
    const p = pickPayload(m.payloads);
    if (p.t === 'person') {
      // "Ivanka Trump": a longer name that merely ends in a known one is read as a name chunk.
      if (!extendsName(r, m.from - 1)) pendingPersons.push(m);
      i = m.to - 1;
      continue;
    }
    if (p.t === 'outlet') {
      r.add({ from: m.from, to: m.to, kind: 'outlet', actor: null, rule: 'actors.outlet', confidence: 0.9 });
      i = m.to - 1;
      continue;
    }
    if (p.via === 'anaphor') {
      // "the alliance" refers back only to an organisation the story has already named.
      const candidates = m.payloads.filter((x) => x.t === 'actor' && seenCodes.has(x.code)) as Extract<
        NamePayload,
        { t: 'actor' }
      >[];
      const beforeTitle = r.lex.roleWords.has(r.tok(m.to)?.key ?? '');
      const last = lastMentioned(
        r,
        candidates.filter((c) => !c.bare || beforeTitle),
      );
      if (!last) continue;
      r.add({
        from: m.from,
        to: m.to,
        kind: kindOf(last.kind),
        via: 'coref',
        actor: last.code,
        rule: 'actors.anaphor',
        cue: r.text(m.from, m.to),
        confidence: 0.8,
      });
      i = m.to - 1;
      continue;
    }
    if (
      (p.via === 'name' || p.via === 'alias' || p.via === 'capital') &&
      !t.upper &&
      partOfLongerName(r, m)
    ) {
      i = skipCapitalised(r, m.to) - 1;
      continue;
    }
    seenCodes.add(p.code);
    r.add({
      from: m.from,
      to: m.to,
      kind: kindOf(p.kind),
      via: p.via,
      actor: p.code,
      rule: `actors.${p.via}`,
      confidence: p.via === 'capital' || p.via === 'demonym' ? 0.85 : 0.95,
    });
    i = m.to - 1;
  }
}

function extendsName(r: Reader, k: number): boolean {
  const t = r.tok(k);
  if (!t?.word || !t.cap || r.owner[k] || t.sent !== r.toks[k + 1].sent) return false;
  if (r.lex.roleWords.has(t.key) || r.lex.honorifics.has(t.key) || r.lex.formers.has(t.key)) return false;
  if (NOT_NAME.has(t.key) || CALENDAR.has(t.key)) return false;
  return !(r.sentenceStart(k) && r.lowerSeen.has(t.key));
}

function skipCapitalised(r: Reader, i: number): number {
  while (r.tok(i)?.cap) i++;
  return i;
}

function lastMentioned(r: Reader, candidates: Extract<NamePayload, { t: 'actor' }>[]) {
  for (let k = r.mentions.length - 1; k >= 0 && candidates.length; k--) {
    const hit = candidates.find((c) => c.code === r.mentions[k].actor);
    if (hit) return hit;
  }
  return undefined;
}

const kindOf = (k: ActorEntry['kind']): MentionKind => (k === 'outlet' ? 'outlet' : k);

// ---------------------------------------------------------------------------------------------
// Pass 2: persons — name chunks with the evidence that they are persons

interface Chunk {
  from: number;
  to: number;
  codebookId?: string;
}

function isNameWord(r: Reader, i: number): boolean {
  const t = r.tok(i);
  if (!t?.word || !t.cap || r.owner[i]) return false;
  if (CALENDAR.has(t.key)) return false;
  if (NOT_NAME.has(t.key) && r.sentenceStart(i)) return false;
  return true;
}

/** Maximal runs of capitalised words (with initials, particles, hyphens) not owned by a mention. */
function nameChunks(r: Reader): Chunk[] {
  const chunks: Chunk[] = [];
  const n = r.toks.length;
  for (let i = 0; i < n; i++) {
    if (!isNameWord(r, i)) continue;
    let j = i + 1;
    for (;;) {
      const t = r.tok(j);
      if (!t || t.sent !== r.toks[i].sent) break;
      if (isNameWord(r, j)) {
        j++;
        continue;
      }
      // "el-Sisi", "Jean-Noel", "O'Brien", "J. Smith", "Mohammed bin Salman"
      const joiner = (t.text === '-' || t.text === "'") && t.start === r.toks[j - 1].end;
      if (joiner && r.tok(j + 1)?.start === t.end && isNameWord(r, j + 1)) {
        j += 2;
        continue;
      }
      if (t.text === '.' && isInitial(r.toks, j) && isNameWord(r, j + 1)) {
        j += 1;
        continue;
      }
      // "Mohammed bin Salman", "Ursula von der Leyen"
      if (NAME_PARTICLES.has(t.key) && !t.cap) {
        let p = j;
        while (r.tok(p) && NAME_PARTICLES.has(r.toks[p].key) && !r.toks[p].cap && p - j < 3) p++;
        if (isNameWord(r, p)) {
          j = p;
          continue;
        }
      }
      break;
    }
    chunks.push({ from: i, to: j });
    i = j - 1;
  }
  return chunks;
}

function afterHonorific(r: Reader, i: number): boolean {
  const k = r.tok(i - 1)?.text === '.' ? i - 2 : i - 1;
  return !!r.tok(k) && r.lex.honorifics.has(r.toks[k].key);
}

/** Drop leading role titles, honorifics and sentence-opening words from a chunk. */
function trimChunk(r: Reader, c: Chunk): Chunk | undefined {
  let { from, to } = c;
  while (from < to) {
    const t = r.toks[from];
    const role = r.lex.roles.longest(r.toks, from);
    if (role && role.to < to) {
      from = role.to;
      continue;
    }
    // A title word ends the run only when a name follows it ("Mr. King" keeps King).
    const titleWord = r.lex.roleWords.has(t.key) || r.lex.honorifics.has(t.key) || r.lex.formers.has(t.key);
    if (titleWord && (from + 1 < to || !afterHonorific(r, from))) {
      from++;
      if (r.tok(from)?.text === '.') from++;
      continue;
    }
    if (r.sentenceStart(from) && r.lowerSeen.has(t.key) && to - from > 1) {
      from++;
      continue;
    }
    break;
  }
  // Titles inside the run: "Council Secretary-General Agnes Rook" is Agnes Rook.
  for (let k = from; k < to - 1; k++) {
    const role = r.lex.roles.longest(r.toks, k);
    if (role && role.to < to) {
      from = role.to;
      k = role.to - 1;
    } else if (r.lex.honorifics.has(r.toks[k].key)) from = r.tok(k + 1)?.text === '.' ? k + 2 : k + 1;
  }
  while (from < to && !r.toks[from].word) from++;
  // "High Representative for Maritime Affairs and Fisheries Policy Ana Veldt": a run that closes a
  // title's capitalised complement holds the complement's last words before the name; the name is
  // the run's last two words (three with a particle: "Staffan de Mistura").
  if (to - from > 2 && !c.codebookId && closesTitleComplement(r, from - 1)) {
    const particle = NAME_PARTICLES.has(r.toks[to - 2].key);
    from = Math.max(from, to - (particle ? 3 : 2));
  }
  // "Would I": the pronoun I is no part of a name.
  if (to - from > 1 && r.toks[to - 1].text === 'I') to--;
  if (from >= to || !r.toks[from].word) return undefined;
  return { from, to, codebookId: c.codebookId };
}

interface PersonFacts {
  premodFrom: number;
  role?: string;
  former: boolean;
  actor?: string | null;
  actorStrength: number;
  gender?: Gender;
  titled: boolean;
  appositive: boolean;
  ministry: boolean;
}

const BETWEEN_TITLE_WORDS = new Set(['of', 'for', 'to', 'the']);

/** A title ends at token `k`: "chairman", "envoy to the United Nations". */
function titleEndsAt(r: Reader, k: number): boolean {
  for (let steps = 0; k >= 0 && steps < 6; steps++) {
    const t = r.toks[k];
    if (r.lex.roleWords.has(t.key)) return true;
    const actor = r.actorAt(k);
    if (actor) k = actor.from - 1;
    else if (BETWEEN_TITLE_WORDS.has(t.key)) k--;
    else return false;
  }
  return false;
}

/** Title words before a name: "U.S. Secretary of State", "Kremlin foreign policy aide", "former". */
function readPremodifier(r: Reader, c: Chunk, facts: PersonFacts) {
  const { lex } = r;
  const sent = r.toks[c.from].sent;
  let k = c.from - 1;
  let affiliation: WorkMention | undefined;
  let patron: PersonEnt | undefined;
  let roleFrom = -1;
  let roleTo = -1;
  let steps = 0;
  // "The Assembly's chairman, Oskar Fenn, said": the title stands before the name, set off by commas.
  if (r.tok(k)?.text === ',' && r.tok(c.to)?.text === ',' && titleEndsAt(r, k - 1)) k--;
  while (k >= 0 && r.toks[k].sent === sent && steps++ < 12) {
    const t = r.toks[k];
    const actor = r.actorAt(k);
    if (actor) {
      if (!isDestination(r, actor.from) && !insideName(r, actor)) affiliation = actor;
      k = actor.from - 1;
      continue;
    }
    // "Clinton spokesman Nick Merrill", "Zelenskiy's chief of staff": the aide of a person.
    const owner = r.owner[k];
    if (owner?.kind === 'person' && owner.ent?.kind === 'person') {
      patron = owner.ent;
      k = owner.from - 1;
      continue;
    }
    if (lex.honorifics.has(t.key)) {
      facts.titled = true;
      setGender(facts, lex, t.key);
      k--;
      continue;
    }
    if (lex.formers.has(t.key)) {
      facts.former = true;
      k--;
      continue;
    }
    // "Foreign Ministry spokeswoman", "Veskan government spokeswoman": an office the text ties to a state.
    const office = lex.ministryHeads.has(t.key) || (lex.govNouns.has(t.key) && roleFrom >= 0);
    if (lex.roleWords.has(t.key) || office) {
      if (office) facts.ministry = true;
      setGender(facts, lex, t.key);
      if (roleTo < 0) roleTo = k + 1;
      roleFrom = k;
      k--;
      continue;
    }
    if (t.text === '.' && r.tok(k - 1) && lex.honorifics.has(r.toks[k - 1].key)) {
      k--;
      continue;
    }
    // "High Representative for Foreign Affairs and Security Policy Josep Borrell": a capitalised
    // complement of the title, between it and the name.
    const complement = roleComplementStart(r, k, sent);
    if (complement >= 0) {
      k = complement;
      continue;
    }
    if (
      BETWEEN_TITLE_WORDS.has(t.key) &&
      (roleFrom >= 0 || r.actorAt(k + 1) || r.actorAt(k + 2)) &&
      r.tok(k - 1) &&
      (lex.roleWords.has(r.toks[k - 1].key) || r.actorAt(k - 1) || BETWEEN_TITLE_WORDS.has(r.toks[k - 1].key))
    ) {
      k--;
      continue;
    }
    // "then-Foreign Minister", "Secretary-General"
    if (
      t.text === '-' &&
      r.tok(k - 1) &&
      (lex.formers.has(r.toks[k - 1].key) || lex.roleWords.has(r.toks[k - 1].key))
    ) {
      k--;
      continue;
    }
    if (
      t.key === 's' &&
      r.tok(k - 1)?.text === "'" &&
      (r.actorAt(k - 2) || r.owner[k - 2]?.kind === 'person')
    ) {
      k -= 2;
      continue;
    }
    break;
  }
  facts.premodFrom = k + 1;
  for (let i = facts.premodFrom; i < c.from; i++) r.premodified.add(i);
  if (roleFrom >= 0) {
    let hasTitle = false;
    for (let i = roleFrom; i < roleTo; i++) if (lex.roles.longest(r.toks, i)) hasTitle = true;
    if (hasTitle) {
      facts.titled = true;
      facts.role = facts.former ? `former ${r.text(roleFrom, roleTo)}` : r.text(roleFrom, roleTo);
    }
  }
  if (affiliation && facts.titled && typeof affiliation.actor === 'string') {
    facts.actor = affiliation.actor;
    facts.actorStrength = 3;
  } else if (
    affiliation &&
    typeof affiliation.actor === 'string' &&
    affiliation.to === c.from - 2 &&
    r.tok(c.from - 2)?.text === "'" &&
    r.tok(c.from - 1)?.key === 's'
  ) {
    // "America's Lighthizer", "Russia's Lavrov": a state's own person, as headlines name them.
    facts.actor = affiliation.actor;
    facts.actorStrength = 2;
  } else if (patron && facts.titled && patron.actor !== undefined) {
    facts.actor = patron.actor;
    facts.actorStrength = 2;
  }
}

/** Token `k` ("and", "for") lies inside a title's capitalised complement that runs on to the next
 * capitalised run: "… for Maritime Affairs and | Fisheries Policy Ana Veldt". */
function closesTitleComplement(r: Reader, k: number): boolean {
  const t = r.tok(k);
  if (!t || (t.key !== 'and' && t.key !== 'for' && t.key !== 'of' && t.key !== 'on')) return false;
  if (t.key !== 'and') return r.tok(k - 1) !== undefined && r.lex.roleWords.has(r.toks[k - 1].key);
  return roleComplementStart(r, k - 1, t.sent) >= 0;
}

/** Walking back from `k` over capitalised words (and "and"), the title word before a "for"/"of"/"on"
 * that opens them; -1 when `k` ends no such complement. Returns the index of the title word. */
function roleComplementStart(r: Reader, k: number, sent: number): number {
  for (let i = k, words = 0; i >= 0 && words < 7; i--, words++) {
    const t = r.toks[i];
    if (t.sent !== sent) return -1;
    if ((t.key === 'for' || t.key === 'of' || t.key === 'on') && i < k) {
      const prev = r.tok(i - 1);
      return prev && r.lex.roleWords.has(prev.key) ? i - 1 : -1;
    }
    if (!(t.word && t.cap) && t.key !== 'and' && t.text !== '&') return -1;
  }
  return -1;
}

function setGender(facts: { gender?: Gender }, lex: Lexicon, key: string) {
  if (lex.female.has(key)) facts.gender = 'f';
  else if (lex.male.has(key)) facts.gender = 'm';
}

/** ", who served as U.S. ambassador to Russia under …", ", a former adviser to …", ", Veska's envoy," */
function readAppositive(r: Reader, c: Chunk, facts: PersonFacts) {
  const { lex } = r;
  if (r.tok(c.to)?.text !== ',') return;
  let k = c.to + 1;
  let former = false;
  if (r.tok(k)?.key === 'who') {
    const verb = lex.formerVerbs.longest(r.toks, k + 1);
    if (verb) {
      former = true;
      k = verb.to;
    } else if (r.tok(k + 1)?.key === 'is') k += 2;
    else return;
    if (r.tok(k)?.key === 'as') k++;
  } else {
    // An appositive is a noun phrase: "a former adviser", "Veska's envoy", "chairman of …" —
    // not a clause ("Clinton, succeeded the campaign manager …").
    const t = r.tok(k);
    const opens =
      !!t &&
      (t.key === 'a' ||
        t.key === 'an' ||
        t.key === 'the' ||
        lex.formers.has(t.key) ||
        lex.roleWords.has(t.key) ||
        !!r.actorAt(k) ||
        titleAfterModifiers(r, k));
    if (!opens) return;
  }
  while (r.tok(k) && (r.toks[k].key === 'a' || r.toks[k].key === 'an' || r.toks[k].key === 'the')) k++;
  if (r.tok(k) && lex.formers.has(r.toks[k].key)) {
    former = true;
    k++;
  }
  const start = k;
  let hasTitle = false;
  let affiliation: WorkMention | undefined;
  while (k < r.toks.length && k - start < 14) {
    const t = r.toks[k];
    if (t.sent !== r.toks[c.from].sent || /^[,.;:()"]$/.test(t.text) || APPOSITIVE_STOP.has(t.key)) break;
    if (lex.verbs.has(t.key)) break;
    const actor = r.actorAt(k);
    if (actor) {
      if (!affiliation && !isDestination(r, actor.from) && !insideName(r, actor)) affiliation = actor;
      k = actor.to;
      continue;
    }
    const role = lex.roles.longest(r.toks, k);
    if (role) {
      hasTitle = true;
      for (let i = role.from; i < role.to; i++) setGender(facts, lex, r.toks[i].key);
      k = role.to;
      continue;
    }
    k++;
  }
  if (!hasTitle || k <= start) return;
  facts.appositive = true;
  const phrase = r.text(start, k);
  if (!facts.role) facts.role = former ? `former ${phrase}` : phrase;
  if (former) facts.former = true;
  if (affiliation && typeof affiliation.actor === 'string' && facts.actorStrength < 3) {
    facts.actor = affiliation.actor;
    facts.actorStrength = 3;
  }
}

/** "political spokesman for …", "top military commander of …": a title after one or two
 * lower-case modifiers, so an appositive may open with them. */
function titleAfterModifiers(r: Reader, k: number): boolean {
  for (let i = k; i < k + 3; i++) {
    const t = r.tok(i);
    if (!t?.word || t.cap) return false;
    if (r.lex.roles.longest(r.toks, i)) return i > k;
  }
  return false;
}

/**
 * Look-ups over the mentions a reader has found so far, for the passes that ask "which earlier
 * mention …" once per name, ministry or source: each reads the few mentions that can answer
 * instead of all of them. Each structure takes in the mentions added since it was last asked, and
 * reads what it is keyed by when it takes them in, so it serves the passes in which that does not
 * change any more (noted at each).
 */
interface MentionLookups {
  /** Mentions taken in by each structure so far. */
  seen: Record<'byEnd' | 'bySentence' | 'governments' | 'heads', number>;
  /** The first person mention ending at a token. */
  personByEnd: Map<number, WorkMention>;
  /** Capital (metonym) and state mentions with a single party, by the sentence they start in. */
  capitals: Map<number, WorkMention[]>;
  states: Map<number, WorkMention[]>;
  /** "Veskan government", "Russia's Foreign Ministry": states that name a government. */
  governments: Appended<WorkMention>;
  /** Unnamed sources and groups by their head noun ("officials"). */
  heads: Map<string, Appended<WorkMention>>;
}
const lookups = new WeakMap<Reader, MentionLookups>();

function mentionLookups(r: Reader): MentionLookups {
  let l = lookups.get(r);
  if (!l) {
    l = {
      seen: { byEnd: 0, bySentence: 0, governments: 0, heads: 0 },
      personByEnd: new Map(),
      capitals: new Map(),
      states: new Map(),
      governments: new Appended((m) => m.from),
      heads: new Map(),
    };
    lookups.set(r, l);
  }
  return l;
}

/** Take the mentions added since `part` was last brought up to date into it. */
function takeNew(r: Reader, part: keyof MentionLookups['seen'], take: (m: WorkMention) => void) {
  const l = mentionLookups(r);
  for (; l.seen[part] < r.mentions.length; l.seen[part]++) take(r.mentions[l.seen[part]]);
  return l;
}

const pushTo = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Mentions with a single party by sentence (a mention's start is fixed until extendGroups). */
function bySentence(r: Reader) {
  return takeNew(r, 'bySentence', (m) => {
    if (typeof m.actor !== 'string') return;
    const sentence = r.toks[m.from].sent;
    if (m.via === 'capital') pushTo(mentionLookups(r).capitals, sentence, m);
    if (m.kind === 'state') pushTo(mentionLookups(r).states, sentence, m);
  });
}

/** A ministry with no state named: tie it to the state the sentence places it in ("in Moscow"). */
function ministryTie(
  r: Reader,
  at: number,
  name = 'ministry',
): { actor: string; strength: number } | undefined {
  const sentence = r.toks[at].sent;
  for (const m of bySentence(r).capitals.get(sentence) ?? []) {
    if (r.tok(m.from - 1)?.key === 'in') return { actor: m.actor as string, strength: 2 };
  }
  // Weaker than the codebook: the story's earlier ministry, government or dateline.
  const guess = r.ministryTies.get(name) ?? recentGovernment(r, at) ?? r.datelineState;
  return guess ? { actor: guess, strength: 0.5 } : undefined;
}

/** The nearest state named before token `at`, in its sentence or the one before. */
function nearestState(r: Reader, at: number): string | undefined {
  const sent = r.toks[at].sent;
  const { states } = bySentence(r);
  // A state of this sentence starts after any of the one before: look there first.
  for (const s of [sent, sent - 1]) {
    let best: WorkMention | undefined;
    for (const m of states.get(s) ?? []) if (m.to <= at && (!best || m.from > best.from)) best = m;
    if (best) return best.actor as string;
  }
  return undefined;
}

/** The state of the nearest earlier "Veskan government" / "Russia's Foreign Ministry". */
function recentGovernment(r: Reader, at: number): string | undefined {
  const { lex } = r;
  // Asked before extendGroups only, while a mention's tokens are those it was found with.
  const { governments } = takeNew(r, 'governments', (m) => {
    if (m.kind !== 'state' || typeof m.actor !== 'string') return;
    let next = m.to;
    if (r.tok(next)?.text === "'" && r.tok(next + 1)?.key === 's') next += 2;
    while (r.tok(next)?.cap && !lex.ministryHeads.has(r.toks[next].key) && next - m.to < 3) next++;
    const head = r.tok(next)?.key ?? '';
    const last = r.toks[m.to - 1].key;
    if (lex.ministryHeads.has(head) || lex.govNouns.has(head) || lex.ministryHeads.has(last))
      mentionLookups(r).governments.push(m);
  });
  return governments.lastBefore(at)?.actor as string | undefined;
}

/** Could a name with this codebook identity be the same person as `ent`? */
function sameIdentity(r: Reader, ent: PersonEnt, name: string, codebookId?: string): boolean {
  if (!ent.codebookId || !ent.idConfirmed) return true;
  // The codebook knows this person's full names: another full name is another person
  // ("Michelle Obama" is not the "Obama" the codebook lists).
  return ent.codebookId === (codebookId ?? canonicalPerson(name, r.doc.date, r.codebook)?.id);
}

/**
 * A reader's persons by codebook id, by name key and by surname key, each list in the order the
 * persons were found: a chunk's person is looked up, not compared with every person so far.
 */
interface PersonKeys {
  found: Map<PersonEnt, number>;
  byId: Map<string, PersonEnt[]>;
  byName: Map<string, PersonEnt[]>;
  bySurname: Map<string, PersonEnt[]>;
}
const personKeys = new WeakMap<Reader, PersonKeys>();

function personKeysOf(r: Reader): PersonKeys {
  let keys = personKeys.get(r);
  if (!keys) {
    keys = { found: new Map(), byId: new Map(), byName: new Map(), bySurname: new Map() };
    personKeys.set(r, keys);
  }
  return keys;
}

/** Move a person from one key's list to another's, keeping each list in the order found. */
function rekey(keys: PersonKeys, map: Map<string, PersonEnt[]>, ent: PersonEnt, from?: string, to?: string) {
  if (from === to) return;
  const old = from === undefined ? undefined : map.get(from);
  const at = old ? old.indexOf(ent) : -1;
  if (old && at >= 0) old.splice(at, 1);
  if (to === undefined) return;
  let list = map.get(to);
  if (!list) {
    list = [];
    map.set(to, list);
  }
  const order = keys.found.get(ent) ?? 0;
  list.splice(
    firstAtLeast(list, order, (p) => keys.found.get(p) ?? 0),
    0,
    ent,
  );
}

/**
 * Make a new person's name and codebook id properties that keep the reader's PersonKeys up to
 * date: they change as the story tells more (a fuller name, an identity confirmed or dropped), in
 * several places, and the keys must follow whatever sets them.
 */
function keepKeyed(r: Reader, ent: PersonEnt, name: string) {
  const keys = personKeysOf(r);
  keys.found.set(ent, keys.found.size);
  let current: string | undefined;
  let id: string | undefined;
  Object.defineProperty(ent, 'name', {
    enumerable: true,
    get: () => current,
    set: (value: string) => {
      rekey(keys, keys.byName, ent, current === undefined ? undefined : nameKey(current), nameKey(value));
      rekey(
        keys,
        keys.bySurname,
        ent,
        current === undefined ? undefined : surnameKey(current),
        surnameKey(value),
      );
      current = value;
    },
  });
  Object.defineProperty(ent, 'codebookId', {
    enumerable: true,
    get: () => id,
    set: (value: string | undefined) => {
      rekey(keys, keys.byId, ent, id, value);
      id = value;
    },
  });
  ent.name = name;
}

function findPersonEntity(r: Reader, c: Chunk, key: string, gender?: Gender): PersonEnt | undefined {
  const { codebookId } = c;
  const keys = personKeysOf(r);
  if (codebookId) {
    const byId = keys.byId.get(codebookId)?.[0];
    if (byId) return byId;
  }
  const exact = keys.byName.get(key)?.[0];
  if (exact) return exact;
  const words = key.split(' ');
  const last = words[words.length - 1];
  const name = r.text(c.from, c.to);
  // A bare surname, or "Mr. Waltz": the most recent person of that family name (and gender).
  if (words.length === 1) {
    const same = keys.bySurname.get(last) ?? [];
    for (let i = same.length - 1; i >= 0; i--) {
      const p = same[i];
      if (!compatible(p, gender)) continue;
      if (p.codebookId && codebookId && p.codebookId !== codebookId) continue;
      return p;
    }
    // "Kim Jong-un" … "Mr. Kim", "Xi Jinping" … "Mr. Xi": names that put the family name first;
    // only when one person of the story bears it (two Kims leave "Mr. Kim" to the codebook).
    const first = new Set<PersonEnt>();
    for (const [full, list] of keys.byName)
      if (full.startsWith(`${last} `))
        for (const p of list)
          if (compatible(p, gender) && !(p.codebookId && codebookId && p.codebookId !== codebookId))
            first.add(p);
    return first.size === 1 ? [...first][0] : undefined;
  }
  // A fuller name after a bare surname ("Kest" … "Davor Kest").
  return (keys.byName.get(last) ?? []).find(
    (p) => p.nameTokens === 1 && sameIdentity(r, p, name, codebookId),
  );
}

function readPersons(r: Reader, known: GazMatch<NamePayload>[]) {
  const chunks: Chunk[] = [];
  for (const m of known) {
    const p = m.payloads.find((x) => x.t === 'person') as Extract<NamePayload, { t: 'person' }>;
    chunks.push({ from: m.from, to: m.to, codebookId: p.id });
  }
  // Known names are in text order: the one that may overlap a chunk reaches furthest among those
  // that start before the chunk ends (a running maximum of their ends).
  const reach: number[] = [];
  for (const k of known) reach.push(Math.max(k.to, reach[reach.length - 1] ?? Number.NEGATIVE_INFINITY));
  for (const c of nameChunks(r)) {
    const trimmed = trimChunk(r, c);
    const before = firstAtLeast(known, trimmed?.to ?? 0, (k) => k.from) - 1;
    if (trimmed && !(before >= 0 && reach[before] > trimmed.from)) chunks.push(trimmed);
  }
  chunks.sort((a, b) => a.from - b.from);
  const rejected = chunks.filter((c) => !readPerson(r, c));
  // "Tom Harl, a fisherman, …" then "Mr. Harl said": a full name is a person once the story
  // refers to that person by the family name alone.
  const surnames = new Set(r.persons.filter((p) => p.nameTokens === 1).map((p) => nameKey(p.name)));
  for (const c of rejected) {
    if (r.owner[c.from]) continue;
    if (c.to - c.from > 1 && surnames.has(r.toks[c.to - 1].key)) readPerson(r, c, true);
    else if (looksLikeBareName(r, c)) readPerson(r, c, true, true);
  }
}

/**
 * "Maria Lopez and Juan Perez met in Madrid": two or three capitalised words that are no known
 * name, no common word, no body or place, used as a subject. A weak person: a pronoun prefers
 * any person the text introduces more clearly.
 */
function looksLikeBareName(r: Reader, c: Chunk): boolean {
  const n = c.to - c.from;
  if (n < 2 || n > 3) return false;
  for (let k = c.from; k < c.to; k++) {
    const t = r.toks[k];
    if (!t.word || !t.cap || t.upper || t.text.length < 2) return false;
    if (r.lowerSeen.has(t.key) || r.lex.nonPersonHeads.has(t.key)) return false;
  }
  const next = r.tok(c.to);
  if (!next || !(next.text === ',' || (next.word && !next.cap))) return false;
  // Only where the story goes on to speak of a person: "he", "she", "his", "her" follows soon.
  const sent = r.toks[c.from].sent;
  for (let k = c.to; k < r.toks.length && r.toks[k].sent - sent <= 1; k++)
    if (PERSONAL_PRONOUNS.has(r.toks[k].key)) return true;
  return false;
}

const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him']);

function readPerson(r: Reader, c: Chunk, force = false, weak = false): boolean {
  const { lex } = r;
  const facts: PersonFacts = {
    premodFrom: c.from,
    former: false,
    actorStrength: 0,
    titled: false,
    appositive: false,
    ministry: false,
  };
  readPremodifier(r, c, facts);
  readAppositive(r, c, facts);
  // "President Anton Brisk of Veska"
  const ofAt = r.tok(c.to + 1)?.key === 'the' ? c.to + 2 : c.to + 1;
  const of = r.tok(c.to)?.key === 'of' ? r.actorAt(ofAt) : undefined;
  if (of && facts.titled && !facts.former && facts.actorStrength < 3 && typeof of.actor === 'string') {
    facts.actor = of.actor;
    facts.actorStrength = 3;
  }
  const name = r.text(c.from, c.to);
  const key = nameKey(name);
  const single = c.to - c.from === 1;
  const next = r.tok(c.to);
  const existing = findPersonEntity(r, c, key, facts.gender);
  // "Kowalski said", "said Jan Kowalski", "according to Jan Kowalski"
  const prevKey = r.tok(c.from - 1)?.key;
  const introduced =
    !single && (r.isCueVerb(c.from - 1) || (prevKey === 'to' && r.tok(c.from - 2)?.key === 'according'));
  const speaks = r.isCueVerb(c.to) || introduced || (next?.text === ',' && facts.appositive);
  const governs = !!next && lex.govNouns.has(next.key);
  const possessiveGov =
    next?.text === "'" && r.tok(c.to + 1)?.key === 's' && lex.govNouns.has(r.tok(c.to + 2)?.key ?? '');
  const plainWord = single && r.lowerSeen.has(r.toks[c.from].key);
  const isPerson =
    force ||
    !!c.codebookId ||
    facts.titled ||
    facts.appositive ||
    !!existing ||
    (!plainWord && (speaks || governs || possessiveGov) && !lex.anonHeads.has(r.toks[c.from].key));
  if (!isPerson) return false;
  // "Amnesty International said", "the FBI said": a body the codebook does not know, not a person.
  const acronym = r.toks.slice(c.from, c.to).every((t) => t.upper);
  if (!c.codebookId && !facts.titled && (acronym || lex.orgHeads.has(r.toks[c.to - 1].key))) {
    r.add({ from: c.from, to: c.to, kind: 'org', actor: null, rule: 'actors.org.unknown', confidence: 0.6 });
    return true;
  }

  if (facts.ministry && facts.actorStrength < 3) {
    const tie = ministryTie(r, c.from);
    if (tie) {
      facts.actor = tie.actor;
      facts.actorStrength = tie.strength;
    }
  }
  const ent = existing ?? newPerson(r, name, c.to - c.from);
  ent.weak = weak && (existing ? ent.weak : true);
  if (c.to - c.from > ent.nameTokens) {
    ent.name = name;
    ent.nameTokens = c.to - c.from;
    // A bare "Vance" the codebook read as its own Vance, then "Teodor Vance": the story's person.
    if (
      ent.codebookId &&
      !ent.idConfirmed &&
      canonicalPerson(name, r.doc.date, r.codebook)?.id !== ent.codebookId
    )
      forgetCodebook(ent);
  }
  if (facts.role && !ent.role) ent.role = facts.role;
  if (facts.former) ent.former = true;
  if (facts.gender && !ent.gender) ent.gender = facts.gender;
  if (facts.former && facts.actorStrength >= ent.actorStrength) {
    ent.actor = null;
    ent.actorStrength = 3;
  } else if (
    facts.actor !== undefined &&
    facts.actorStrength > ent.actorStrength &&
    !againstItsState(r, facts.role, facts.actor)
  ) {
    ent.actor = facts.actor;
    ent.actorStrength = facts.actorStrength;
  }
  const canon = canonicalPerson(ent.name, r.doc.date, r.codebook);
  if (
    canon &&
    (!c.codebookId || canon.id === c.codebookId) &&
    (!ent.codebookId || ent.codebookId === canon.id)
  ) {
    ent.codebookId = canon.id;
    // The identity is sure when the text gives the full name, or a title the codebook agrees with.
    if (ent.nameTokens > 1 || sharesWord(facts.role, canon.role)) ent.idConfirmed = true;
    ent.gender ??= canon.gender;
    if (ent.actorStrength < 1) {
      ent.actor = canon.actor;
      ent.actorStrength = 1;
      if (canon.former) ent.former = true;
    }
    if (!ent.role) {
      ent.role = canon.role;
      ent.roleFromCodebook = true;
    }
  }
  // "X said he …", "X said her government …": the pronoun that follows tells the gender.
  let verbAt = c.to;
  if (r.tok(c.to)?.text === ',') {
    // "Lund, a Tarsian envoy, said her …": past the appositive.
    let k = c.to + 1;
    while (r.tok(k) && r.toks[k].text !== ',' && r.toks[k].sent === r.toks[c.from].sent && k - c.to < 16) k++;
    verbAt = k + 1;
  }
  if (!ent.gender && r.isCueVerb(verbAt)) {
    const next = r.tok(verbAt + 1)?.key ?? '';
    const g = PRONOUN_GENDER.get(next) ?? (next === 'his' ? 'm' : next === 'her' ? 'f' : undefined);
    if (g) ent.gender = g;
  }
  r.add({
    from: c.from,
    to: c.to,
    kind: 'person',
    via: facts.titled ? 'title' : existing ? 'coref' : 'name',
    ent,
    actor: ent.actor ?? null,
    rule: facts.titled
      ? 'actors.person.title'
      : facts.appositive
        ? 'actors.person.appositive'
        : weak
          ? 'actors.person.bare'
          : 'actors.person.name',
    cue: facts.role,
    confidence: facts.titled || c.codebookId ? 0.9 : weak ? 0.5 : 0.75,
  });
  return true;
}

function sharesWord(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const words = new Set(nameKey(a).split(' '));
  return nameKey(b)
    .split(' ')
    .some((w) => words.has(w));
}

/** Undo what the codebook said of a person the story turns out to name differently. */
function forgetCodebook(ent: PersonEnt) {
  ent.codebookId = undefined;
  if (ent.actorStrength <= 1) {
    ent.actor = undefined;
    ent.actorStrength = 0;
    ent.former = undefined;
  }
  if (ent.roleFromCodebook) {
    ent.role = undefined;
    ent.roleFromCodebook = undefined;
  }
}

function newPerson(r: Reader, name: string, tokens: number): PersonEnt {
  const ent = { kind: 'person', nameTokens: tokens, actor: undefined, actorStrength: 0 } as PersonEnt;
  keepKeyed(r, ent, name);
  r.persons.push(ent);
  return ent;
}

// ---------------------------------------------------------------------------------------------
// Pass 3: governments, ministries, groups, anonymous sources, "both sides", pronouns

function personMentionEndingAt(r: Reader, to: number): WorkMention | undefined {
  const { personByEnd } = takeNew(r, 'byEnd', (m) => {
    if (m.kind === 'person' && !mentionLookups(r).personByEnd.has(m.to))
      mentionLookups(r).personByEnd.set(m.to, m);
  });
  return personByEnd.get(to);
}

function personParty(r: Reader, ent: PersonEnt): string | null {
  if (ent.actor) return ent.actor;
  const canon = ent.codebookId ? r.codebook.persons.find((p) => p.id === ent.codebookId) : undefined;
  return (canon && lastRoleBefore(canon, r.doc.date)?.actor) ?? null;
}

/** "Trump's administration", "the Biden administration", "the Russian government", "Kyiv's government". */
function readGovernments(r: Reader) {
  for (let i = 1; i < r.toks.length; i++) {
    if (!r.lex.govNouns.has(r.toks[i].key)) continue;
    let end = i;
    if (r.toks[i - 1].key === 's' && r.toks[i - 2]?.text === "'") end = i - 2;
    const person = personMentionEndingAt(r, end);
    const actorMention = person ? undefined : r.actorAt(end - 1);
    let actor: string | null = null;
    let from: number;
    if (person?.ent?.kind === 'person') {
      actor = personParty(r, person.ent);
      // Start at the person's titles: "U.S. President Donald Trump's administration".
      from = person.from;
      for (let k = person.from - 1; k >= 0 && r.premodified.has(k); k--) from = k;
    } else if (actorMention && actorMention.kind === 'state' && typeof actorMention.actor === 'string') {
      actor = actorMention.actor;
      from = actorMention.from;
    } else if (r.toks[i - 1].key === 'the' && r.governmentTie && !r.owner[i]) {
      // "the government said": the government the story last named.
      actor = r.governmentTie;
      from = i - 1;
    } else continue;
    if (!actor) continue;
    r.governmentTie = actor;
    let to = i + 1;
    const group = r.lex.groupNouns.longest(r.toks, to);
    if (group) to = group.to;
    r.add(
      {
        from,
        to,
        kind: 'state',
        via: 'government',
        actor,
        rule: 'actors.government',
        cue: r.toks[i].text,
        confidence: 0.85,
      },
      false,
    );
    for (let k = i; k < to; k++) r.owner[k] ??= r.mentions[r.mentions.length - 1];
  }
}

/** "the Foreign Ministry", "Russia's Defence Ministry", "the Ministry of Foreign Affairs". */
function readMinistries(r: Reader) {
  for (let i = 0; i < r.toks.length; i++) {
    const t = r.toks[i];
    if (!r.lex.ministryHeads.has(t.key) || r.owner[i]) continue;
    let from = i;
    // "the Foreign Ministry", "its foreign ministry": the words that name the ministry.
    const modifier = (k: number) =>
      !r.owner[k] &&
      r.toks[k].sent === t.sent &&
      !NOT_NAME.has(r.toks[k].key) &&
      (r.toks[k].cap || r.lex.roleWords.has(r.toks[k].key));
    while (from > 0 && modifier(from - 1) && i - from < 3) from--;
    if (!t.cap && from === i) {
      // "the ministry said": the ministry the story last tied to a state.
      const tie = r.ministryTies.get('ministry') ?? recentGovernment(r, i);
      if (r.tok(i - 1)?.key === 'the' && tie)
        r.add({
          from: i - 1,
          to: i + 1,
          kind: 'state',
          via: 'ministry',
          actor: tie,
          rule: 'actors.ministry.definite',
          confidence: 0.7,
        });
      continue;
    }
    let to = i + 1;
    if (r.tok(to)?.key === 'of') {
      let k = to + 1;
      while (r.tok(k)?.cap) k++;
      if (k > to + 1) to = k;
    }
    let actor: string | undefined;
    const before = r.tok(from - 1)?.key === 's' && r.tok(from - 2)?.text === "'" ? from - 3 : from - 1;
    const owner = r.actorAt(before);
    const name = nameKey(r.text(from, to));
    if (owner && typeof owner.actor === 'string') {
      actor = owner.actor;
      from = owner.from;
      r.ministryTies.set(name, actor);
      r.ministryTies.set('ministry', actor);
    } else if (r.tok(from - 1)?.key === 'its' || r.tok(from - 1)?.key === 'their') {
      // "Ormund did not comment. Its foreign ministry said …"
      actor = nearestState(r, from - 1);
    } else actor = ministryTie(r, i, name)?.actor;
    if (!actor) {
      // Leave the tie to a later sentence of the same story.
      continue;
    }
    r.ministryTies.set(name, actor);
    r.ministryTies.set('ministry', actor);
    r.add({
      from,
      to,
      kind: 'state',
      via: 'ministry',
      actor,
      rule: 'actors.ministry',
      cue: r.text(from, to),
      confidence: owner ? 0.9 : 0.7,
    });
  }
}

/** "U.S. officials", "some European politicians", "the Russian side". */
function extendGroups(r: Reader) {
  for (const m of [...r.mentions]) {
    if (m.kind !== 'state' && m.kind !== 'collective' && m.kind !== 'org') continue;
    if (m.via === 'government' || m.via === 'ministry') continue;
    if (readGroupPair(r, m)) continue;
    const group = r.lex.groupNouns.longest(r.toks, m.to);
    if (!group || r.owner[group.from]) continue;
    if (m.via === 'demonym' && r.premodified.has(m.from)) continue;
    let from = m.from;
    const prev = r.tok(from - 1);
    if (prev && QUANTIFIERS.has(prev.key)) from--;
    m.from = from;
    m.to = group.to;
    m.start = r.toks[from].start;
    m.end = r.toks[group.to - 1].end;
    m.rule = `actors.group.${m.via}`;
    m.head = r.toks[group.to - 1].key;
    for (let k = from; k < group.to; k++) r.owner[k] ??= m;
  }
}

/** "U.S. and Russian officials", "Russian and Ukrainian negotiators": one group of two parties. */
function readGroupPair(r: Reader, first: WorkMention): boolean {
  if (r.tok(first.to)?.key !== 'and' || typeof first.actor !== 'string') return false;
  const second = r.actorAt(first.to + 1);
  if (!second || second.from !== first.to + 1 || typeof second.actor !== 'string') return false;
  const group = r.lex.groupNouns.longest(r.toks, second.to);
  if (!group || r.owner[group.from] || second.actor === first.actor) return false;
  const m = r.add(
    {
      from: first.from,
      to: group.to,
      kind: first.kind,
      via: first.via,
      actor: [first.actor, second.actor],
      rule: 'actors.group.pair',
      confidence: 0.8,
    },
    false,
  );
  m.head = r.toks[group.to - 1].key;
  for (let k = group.from; k < group.to; k++) r.owner[k] = m;
  return true;
}

/** "sources familiar with the matter", "a senior U.S. official", "people close to the Kremlin". */
function readAnonymous(r: Reader) {
  const { lex } = r;
  for (let i = 0; i < r.toks.length; i++) {
    const t = r.toks[i];
    if (!lex.anonHeads.has(t.key) || r.premodified.has(i)) continue;
    const owner = r.owner[i];
    if (owner && owner.kind !== 'state' && owner.kind !== 'collective') continue;
    let k = i + 1;
    if (r.tok(k)?.text === ',') k++;
    const marker = lex.anonMarkers.longest(r.toks, k);
    // Walk back over adjectives and demonyms to an indefinite determiner: "a senior U.S. official".
    let from = i;
    let determined = false;
    for (let b = i - 1, steps = 0; b >= 0 && steps < 6 && r.toks[b].sent === t.sent; steps++) {
      const bt = r.toks[b];
      // "one of the officials"
      if (bt.key === 'the' && r.tok(b - 1)?.key === 'of' && INDEFINITE.has(r.tok(b - 2)?.key ?? '')) {
        from = b - 2;
        determined = true;
        break;
      }
      if (INDEFINITE.has(bt.key)) {
        from = b;
        determined = true;
        break;
      }
      const actor = r.actorAt(b);
      if (actor) {
        from = actor.from;
        // "Two Carnessan diplomats": the group took in its number.
        if (INDEFINITE.has(r.toks[actor.from].key)) {
          determined = true;
          break;
        }
        b = actor.from - 1;
        continue;
      }
      if (bt.word && !bt.cap && !lex.verbs.has(bt.key) && !NOT_NAME.has(bt.key)) {
        from = b;
        b--;
        continue;
      }
      if (bt.text === '-') {
        b--;
        continue;
      }
      break;
    }
    const plainSources = t.key === 'sources' && (r.sentenceStart(from) || r.isCueVerb(i + 1));
    if (!marker && !determined && !plainSources) {
      readDefiniteSource(r, i);
      continue;
    }
    if (!marker && !determined && from !== i) from = i;
    let to = i + 1;
    // ", speaking on condition of anonymity" marks the source but is not part of its name.
    // "who asked not to be named" marks the source but is no part of its name either.
    const clause = marker && /^(?:who|speaking|on)$/.test(r.toks[marker.from].key);
    if (marker && marker.from === i + 1 && !clause) {
      to = marker.to;
      // The object of "familiar with …": up to the verb or the clause's end.
      while (to < r.toks.length && to - marker.to < 5) {
        const nt = r.toks[to];
        if (!nt.word || lex.verbs.has(nt.key) || nt.key === 'that' || nt.key === 'who') break;
        if (r.actorAt(to)) {
          to = r.actorAt(to)!.to;
          continue;
        }
        to++;
      }
    }
    let actor: string | null = null;
    for (let k2 = from; k2 < to; k2++) {
      const a = r.actorAt(k2);
      if (a && typeof a.actor === 'string' && a.via !== 'government') {
        actor = a.actor;
        break;
      }
    }
    // "one of the officials": the officials the story named before.
    const antecedent = r.toks[i - 1]?.key === 'the' ? antecedentOf(r, i) : undefined;
    if (antecedent && actor === null) actor = (antecedent.actor as string | null) ?? null;
    const m = r.add(
      {
        from,
        to,
        kind: 'anonymous',
        actor,
        rule: marker ? 'actors.anonymous.marker' : 'actors.anonymous.indefinite',
        head: t.key,
        antecedent: antecedent?.kind === 'anonymous' ? (antecedent.antecedent ?? antecedent) : undefined,
        cue: marker ? r.text(marker.from, marker.to) : t.text,
        confidence: 0.8,
      },
      false,
    );
    for (let k2 = from; k2 < to; k2++) r.owner[k2] = m;
    i = to - 1;
  }
}

/** "The officials said": the unnamed sources named just before ("two officials familiar with …"). */
function antecedentOf(r: Reader, i: number): WorkMention | undefined {
  // Asked after extendGroups only, once every group has its head and its tokens.
  const { heads } = takeNew(r, 'heads', (m) => {
    if (m.head === undefined) return;
    let list = mentionLookups(r).heads.get(m.head);
    if (!list) {
      list = new Appended((x) => x.from);
      mentionLookups(r).heads.set(m.head, list);
    }
    list.push(m);
  });
  return heads.get(r.toks[i].key)?.lastBefore(i);
}

function readDefiniteSource(r: Reader, i: number) {
  if (r.tok(i - 1)?.key !== 'the' || r.owner[i]) return;
  const a = antecedentOf(r, i);
  if (!a) return;
  const m = r.add({
    from: i - 1,
    to: i + 1,
    kind: a.kind,
    actor: a.actor,
    antecedent: a.antecedent ?? a,
    head: a.head,
    rule: 'actors.anonymous.definite',
    cue: r.text(i - 1, i + 1),
    confidence: 0.7,
  });
  r.owner[i - 1] = m;
}

/**
 * "the French president", "the Tarsian envoy": a title with the article, no name after it, that
 * refers back to the person the story introduced with that title (and party, where given).
 */
function readDescriptions(r: Reader) {
  const { lex } = r;
  // The mentions of persons with a current role, by party: what a description may refer back to
  // (mentions and persons do not change in this pass; the ones it adds are added here too).
  const described = new Map<string, Appended<WorkMention>>();
  const describable = (m: WorkMention) => {
    const ent = m.ent;
    if (ent?.kind !== 'person' || !ent.role || ent.former || typeof ent.actor !== 'string') return;
    let list = described.get(ent.actor);
    if (!list) {
      list = new Appended((x) => x.from);
      described.set(ent.actor, list);
    }
    list.push(m);
  };
  for (const m of r.mentions) describable(m);
  for (let i = 0; i < r.toks.length; i++) {
    if (r.toks[i].key !== 'the' || r.owner[i]) continue;
    // Only with the party named ("the French president"): a bare "the president" is left as the
    // text's own words, since a story may speak of more than one president.
    const party = r.actorAt(i + 1);
    if (!party || party.from !== i + 1 || typeof party.actor !== 'string') continue;
    const k = party.to;
    const role = lex.roles.longest(r.toks, k);
    if (!role || r.owner[role.from]) continue;
    const after = r.tok(role.to);
    if (after?.cap || after?.key === 'of' || after?.text === "'") continue; // a name or a longer title follows
    const words = new Set(r.toks.slice(role.from, role.to).map((t) => t.key));
    const found = described
      .get(party.actor)
      ?.lastBefore(i, (m) => tokenize((m.ent as PersonEnt).role ?? '').some((t) => words.has(t.key)))?.ent as
      | PersonEnt
      | undefined;
    if (!found) continue;
    const added = r.add({
      from: i,
      to: role.to,
      kind: 'person',
      via: 'coref',
      ent: found,
      actor: found.actor ?? null,
      rule: 'actors.person.description',
      cue: r.text(i, role.to),
      confidence: 0.7,
    });
    describable(added);
    i = role.to - 1;
  }
}

function readBothSides(r: Reader) {
  for (let i = 0; i < r.toks.length; i++) {
    const m = r.lex.bothSides.longest(r.toks, i);
    if (!m) continue;
    r.add({ from: m.from, to: m.to, kind: 'collective', rule: 'actors.both-sides', confidence: 0.7 });
    i = m.to - 1;
  }
}

function readPronouns(r: Reader) {
  for (let i = 0; i < r.toks.length; i++) {
    const t = r.toks[i];
    if (!t.word) continue;
    const gender = PRONOUN_GENDER.get(t.key);
    if (gender || (PLURAL_PRONOUNS.has(t.key) && r.isCueVerb(i + 1))) {
      r.add({ from: i, to: i + 1, kind: 'pronoun', gender, rule: 'actors.pronoun', confidence: 0.7 });
    }
  }
}

const compatible = (ent: PersonEnt, gender?: Gender) => !gender || !ent.gender || ent.gender === gender;

/**
 * "he said" → the person the pronoun stands for: in the nearest earlier sentence that names a
 * person of the right gender, the first such person (the sentence's subject, as a rule).
 */
function antecedentPerson(
  r: Reader,
  ordered: WorkMention[],
  idx: number,
  weakToo: boolean,
  knownOnly = false,
) {
  const p = ordered[idx];
  const sent = r.toks[p.from].sent;
  let chosen: PersonEnt | undefined;
  let chosenSent = -1;
  for (let k = idx - 1; k >= 0; k--) {
    const m = ordered[k];
    const s = r.toks[m.from].sent;
    if (chosen && s !== chosenSent) break;
    if (sent - s > 4) break;
    const ent = m.ent;
    if (ent?.kind !== 'person' || !compatible(ent, p.gender) || (ent.weak && !weakToo)) continue;
    if (knownOnly && ent.gender !== p.gender) continue;
    chosen = ent;
    chosenSent = s;
  }
  return chosen;
}

function resolvePronouns(r: Reader) {
  const ordered = [...r.mentions].sort((a, b) => a.start - b.start);
  for (let idx = 0; idx < ordered.length; idx++) {
    const p = ordered[idx];
    if (p.kind !== 'pronoun') continue;
    if (!p.gender) continue; // "it said", "they said": resolved once doc.mentions is built.
    // A person known to be of the pronoun's gender first, then anyone who may be.
    const chosen =
      antecedentPerson(r, ordered, idx, true, true) ??
      antecedentPerson(r, ordered, idx, false) ??
      antecedentPerson(r, ordered, idx, true);
    if (chosen) {
      p.ent = chosen;
      p.actor = chosen.actor ?? null;
      chosen.gender ??= p.gender;
    }
  }
}

const PREPOSITION_BEFORE =
  /\b(?:in|at|to|from|with|into|on|over|for|against|of|by|between|near|toward|towards)\s+(?:the\s+)?$/i;

/**
 * What "it"/"they" stands for: among the parties named in this or the two previous sentences
 * (not persons, not places after a preposition), the subject of the nearest sentence that has one,
 * else the nearest.
 */
function groupAntecedent(doc: ParleyDocument, at: number, plural: boolean): number | undefined {
  const starts = sentenceStarts(doc);
  const sentenceOf = (offset: number) => (starts.length ? sentenceIndex(starts, offset) : 0);
  const here = sentenceOf(at);
  let nearest: number | undefined;
  // From the last mention that starts before `at` (the mentions are in text order).
  for (let k = firstAtLeast(doc.mentions, at, (m) => m.start) - 1; k >= 0; k--) {
    const m = doc.mentions[k];
    if (m.start >= at) continue;
    // Of mentions that start together ("Spanish" in "Spanish government"), the longest speaks.
    if (k > 0 && doc.mentions[k - 1].start === m.start) continue;
    const s = sentenceOf(m.start);
    if (here - s > 2 || at - m.start > 800) break;
    if (m.kind === 'person' || m.kind === 'pronoun' || m.entity === undefined) continue;
    if (!plural && (m.kind === 'anonymous' || m.kind === 'collective')) continue;
    const before = doc.norm.slice(Math.max(0, m.start - 16), m.start);
    if (PREPOSITION_BEFORE.test(before)) continue;
    nearest ??= k;
    const opening = doc.norm.slice(starts.length ? starts[s] : 0, m.start).trim();
    if (opening === '' || /^(?:the|"|')$/i.test(opening)) return k;
  }
  return nearest;
}

/**
 * The two parties an article is about, for "both sides": the parties that speak most, that the
 * text pairs ("U.S.-Russia talks"), and that it mentions most — never a fixed pair.
 */
/** A named pair ("talks between Veska and Ormund") outweighs a mediator's many mentions. */
const PAIR_WEIGHT = 10;

export function mainParties(doc: ParleyDocument, ctx: Pick<PipelineContext, 'codebook' | 'cache'>): string[] {
  const actors = actorLexicon(ctx).actors;
  const bumper = (score: Map<string, number>) => (code: unknown, by: number) => {
    if (typeof code !== 'string') return;
    const kind = actors.get(code)?.kind;
    if (kind !== 'state' && kind !== 'org' && kind !== 'group') return;
    score.set(code, (score.get(code) ?? 0) + by);
  };
  // The scores of the statements and of the mentions, kept per document and brought up to date
  // (statements are added one by one as they are resolved, and a speaker "both sides" asks for
  // the pair each time), then added up in the order a single pass would have met the parties.
  const parts = partyScores(doc, bumper);
  const score = new Map(parts.statements);
  for (const [code, n] of parts.mentions) score.set(code, (score.get(code) ?? 0) + n);
  return [...score.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([code]) => code);
}

const partyScoresOf = new WeakMap<
  ParleyDocument,
  {
    statements: Map<string, number>;
    seen: number;
    list: ParleyDocument['statements'];
    mentions: Map<string, number>;
    of: Mention[];
  }
>();

function partyScores(
  doc: ParleyDocument,
  bumper: (score: Map<string, number>) => (code: unknown, by: number) => void,
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
      mentions: mentionScores(doc, bumper),
      of: doc.mentions,
    };
    partyScoresOf.set(doc, cached);
  }
  const bump = bumper(cached.statements);
  for (; cached.seen < doc.statements.length; cached.seen++) bump(doc.statements[cached.seen].actor, 3);
  return cached;
}

function mentionScores(
  doc: ParleyDocument,
  bumper: (score: Map<string, number>) => (code: unknown, by: number) => void,
): Map<string, number> {
  const score = new Map<string, number>();
  const bump = bumper(score);
  const ms = doc.mentions;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    if (m.kind === 'pronoun') continue;
    bump(m.actor ?? (m.entity !== undefined ? doc.entities[m.entity]?.actor : undefined), 1);
    const next = ms[i + 1];
    // "U.S.-Russia talks", "talks between Veska and Ormund": the pair at the table.
    const joint = next && doc.norm.slice(m.end, next.start);
    const between =
      joint === ' and ' &&
      /\bbetween\s+(?:the\s+)?$/i.test(doc.norm.slice(Math.max(0, m.start - 14), m.start));
    if (next && (joint === '-' || between) && typeof m.actor === 'string') {
      bump(m.actor, PAIR_WEIGHT);
      bump(next.actor, PAIR_WEIGHT);
    }
  }
  return score;
}

// ---------------------------------------------------------------------------------------------
// Entities and the stage

function otherEntity(r: Reader, m: WorkMention): OtherEnt | undefined {
  if (m.kind === 'person' || m.kind === 'pronoun') return undefined;
  let key: string;
  let name: string;
  if (m.kind === 'anonymous') {
    const first = m.antecedent ?? m;
    key = `anon:${first.start}`;
    name = r.doc.text.slice(first.start, first.end);
  } else if (m.kind === 'outlet') {
    name = r.doc.text.slice(m.start, m.end);
    key = `outlet:${nameKey(name)}`;
  } else {
    if (m.actor === undefined || m.actor === null) return undefined;
    key = `actor:${Array.isArray(m.actor) ? m.actor.join('+') : m.actor}`;
    name = Array.isArray(m.actor)
      ? r.doc.text.slice(m.start, m.end)
      : (r.lex.actors.get(m.actor)?.name ?? r.doc.text.slice(m.start, m.end));
  }
  let ent = r.others.get(key);
  if (!ent) {
    ent = {
      kind: m.kind,
      name,
      actor: m.actor ?? null,
      key,
      anonymous: m.kind === 'anonymous' || undefined,
    };
    r.others.set(key, ent);
  }
  return ent;
}

/** Merge person entities known first by a bare surname into the full name given later. */
function mergeSurnames(r: Reader) {
  const keys = personKeysOf(r);
  // The mentions of each person; a merged person was a surname alone, never the fuller name
  // another is merged into, so these lists stay right through the loop.
  const mentionsOf = new Map<Ent, WorkMention[]>();
  for (const m of r.mentions) if (m.ent) pushTo(mentionsOf, m.ent, m);
  for (const short of r.persons) {
    if (short.nameTokens !== 1) continue;
    const full = (keys.bySurname.get(nameKey(short.name)) ?? []).find(
      (p) =>
        p !== short &&
        p.nameTokens > 1 &&
        sameIdentity(r, short, p.name, p.codebookId) &&
        compatible(p, short.gender),
    );
    if (!full) continue;
    for (const m of mentionsOf.get(short) ?? []) m.ent = full;
    if (short.codebookId && !short.idConfirmed && short.codebookId !== full.codebookId) forgetCodebook(short);
    if (full.actorStrength < short.actorStrength) {
      full.actor = short.actor;
      full.actorStrength = short.actorStrength;
    }
    full.role ??= short.role;
    full.gender ??= short.gender;
    short.nameTokens = -1;
  }
}

function analyse(doc: ParleyDocument, ctx: PipelineContext) {
  const lex = actorLexicon(ctx);
  const r = new Reader(doc, lex, ctx.codebook);
  const known: GazMatch<NamePayload>[] = [];
  readNames(r, known);
  readPersons(r, known);
  readGovernments(r);
  readMinistries(r);
  extendGroups(r);
  readAnonymous(r);
  readBothSides(r);
  readPronouns(r);
  mergeSurnames(r);
  readDescriptions(r);
  resolvePronouns(r);

  const mentions = [...r.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const entityIndex = new Map<Ent, number>();
  const entities: Entity[] = [];
  doc.mentions = [];
  for (const m of mentions) {
    const ent = m.ent ?? otherEntity(r, m);
    let index: number | undefined;
    if (ent) {
      index = entityIndex.get(ent);
      if (index === undefined) {
        index = entities.length;
        entityIndex.set(ent, index);
        entities.push(
          ent.kind === 'person'
            ? {
                kind: 'person',
                name: ent.name,
                actor: ent.actor ?? null,
                role: ent.role,
                former: ent.former,
                codebookId: ent.codebookId,
                mentions: [],
              }
            : {
                kind: ent.kind,
                name: ent.name,
                actor: ent.actor,
                anonymous: ent.anonymous,
                codebookId: typeof ent.actor === 'string' ? ent.actor : undefined,
                mentions: [],
              },
        );
      }
      entities[index].mentions.push(doc.mentions.length);
    }
    doc.mentions.push({
      start: m.start,
      end: m.end,
      kind: m.kind,
      entity: index,
      via: m.via,
      actor: m.kind === 'person' || m.kind === 'pronoun' ? (ent?.actor ?? null) : m.actor,
      provenance: { rule: m.rule, cue: m.cue, confidence: m.confidence },
    });
  }
  doc.entities = entities;
  genders.set(
    doc,
    new Map([...entityIndex].map(([ent, i]) => [i, ent.kind === 'person' ? ent.gender : undefined])),
  );
  for (const [i, m] of doc.mentions.entries()) {
    if (m.kind !== 'pronoun' || m.entity !== undefined) continue;
    const word = doc.norm.slice(m.start, m.end).toLowerCase();
    if (PRONOUN_GENDER.has(word)) continue;
    const k = groupAntecedent(doc, m.start, word !== 'it');
    if (k === undefined) continue;
    m.entity = doc.mentions[k].entity;
    m.actor = doc.mentions[k].actor;
    if (m.entity !== undefined) entities[m.entity].mentions.push(i);
  }
  // "Both sides": the article's two main parties, once every mention is known.
  const pair = mainParties(doc, ctx);
  let pairEntity: number | undefined;
  for (const [i, m] of doc.mentions.entries()) {
    if (m.provenance.rule !== 'actors.both-sides') continue;
    m.actor = pair.length === 2 ? pair : null;
    if (!m.actor) continue;
    // One entity for "both sides" throughout the story: the pair (looked for once: entities are
    // only added to, so the first that fits stays the first).
    pairEntity ??= entities.findIndex((e) => e.kind === 'collective' && Array.isArray(e.actor));
    let index = pairEntity;
    if (index < 0) {
      index = entities.length;
      entities.push({
        kind: 'collective',
        name: doc.text.slice(m.start, m.end),
        actor: m.actor,
        mentions: [],
      });
    }
    pairEntity = index;
    m.entity = index;
    entities[index].mentions.push(i);
  }
}

/** Genders of the person entities, per document (not part of the shared model). */
const genders = new WeakMap<ParleyDocument, Map<number, Gender | undefined>>();
const analysed = new WeakSet<ParleyDocument>();

export const actorsStage: Stage = {
  name: 'actors',
  run(doc, ctx) {
    analyse(doc, ctx);
    analysed.add(doc);
  },
};

function ensureAnalysed(doc: ParleyDocument, ctx: PipelineContext) {
  if (analysed.has(doc)) return;
  analyse(doc, ctx);
  analysed.add(doc);
}

// ---------------------------------------------------------------------------------------------
// The speaker resolver

const SPEAKER_PRIORITY: Record<string, number> = {
  government: 6,
  anonymous: 6,
  'both-sides': 6,
  person: 5,
  group: 4,
  outlet: 3,
  pronoun: 2,
  actor: 1,
};

function priorityOf(m: Mention): number {
  if (m.via === 'government') return SPEAKER_PRIORITY.government;
  if (m.kind === 'anonymous') return SPEAKER_PRIORITY.anonymous;
  if (m.provenance.rule === 'actors.both-sides') return SPEAKER_PRIORITY['both-sides'];
  if (m.kind === 'person') return SPEAKER_PRIORITY.person;
  if (m.provenance.rule.startsWith('actors.group')) return SPEAKER_PRIORITY.group;
  if (m.kind === 'outlet') return SPEAKER_PRIORITY.outlet;
  if (m.kind === 'pronoun') return SPEAKER_PRIORITY.pronoun;
  return SPEAKER_PRIORITY.actor;
}

function refFromEntity(doc: ParleyDocument, index: number): SpeakerRef {
  const e = doc.entities[index];
  return { entity: index, name: e.name, actor: e.actor, role: e.role, anonymous: e.anonymous };
}

/** The previous statement's speaker, when the pronoun can stand for that person. */
function previousSpeaker(doc: ParleyDocument, span: Span, gender?: Gender): number | undefined {
  // The statement of an entity that starts last before the span (the first of those that start
  // together), read back from the span in the statements sorted by start.
  const byStart = sortedView(
    doc.statements,
    'entity statements by start',
    (s) => s.start,
    (s) => s.entity !== undefined,
  );
  let best: (typeof doc.statements)[number] | undefined;
  for (let k = firstAtLeast(byStart, span.start, (s) => s.start) - 1; k >= 0; k--) {
    const s = byStart[k];
    if (best && s.start < best.start) break;
    if (s.speakerSpan && s.speakerSpan.start >= span.start) continue;
    best = s;
  }
  if (!best || best.entity === undefined) return undefined;
  const ent = doc.entities[best.entity];
  if (ent?.kind !== 'person') return undefined;
  const g = genders.get(doc)?.get(best.entity);
  if (gender && g && g !== gender) return undefined;
  // Only a recent statement: within the last few paragraphs of text.
  if (span.start - best.end > 1200) return undefined;
  return best.entity;
}

/**
 * Who a speaker span (found by the statements stage) is: the entity, the fullest name the text
 * gives, the party, the role, whether anonymous.
 */
export const resolveSpeaker: SpeakerResolver = (doc, span, ctx) => {
  ensureAnalysed(doc, ctx);
  // "Russia's envoy to the United Nations, Vassily Nebenzia,": the name set off by commas speaks.
  const named = startingIn(doc.mentions, span.start + 1, span.end).find(
    (m) =>
      m.kind === 'person' &&
      m.start > span.start &&
      m.end <= span.end &&
      /,\s*$/.test(doc.norm.slice(span.start, m.start)) &&
      /^\s*(?:,|$)/.test(doc.norm.slice(m.end, span.end)),
  );
  if (named?.entity !== undefined) return refFromEntity(doc, named.entity);
  const core = speakerCore(doc, span, ctx);
  let inside = overlapping(doc.mentions, core.start, core.end);
  // "Prime Minister Oren Taskel of Carnessa": the person is the head, "of …" their post.
  const person = inside.find((m) => m.kind === 'person' && /^\s+of\s/.test(doc.norm.slice(m.end, core.end)));
  if (person) {
    core.end = person.end;
    inside = inside.filter((m) => m.start < core.end);
  }
  const text = doc.text.slice(core.start, core.end);
  if (inside.length === 0) return fallbackSpeaker(doc, core, ctx);
  const pair = pairSpeaker(doc, core, inside, ctx);
  if (pair) return pair;
  // A phrase that is one mention as a whole: "a senior U.S. official", "Trump's administration".
  const whole = inside.find(
    (m) =>
      m.end >= core.end &&
      (m.via === 'government' || m.kind === 'anonymous' || m.provenance.rule === 'actors.both-sides'),
  );
  if (whole) return fromMention(doc, whole, span, ctx);
  // Otherwise the head, the last word of the phrase, decides: "Clinton spokesman Nick Merrill" is
  // Merrill; "the Trump campaign" is the campaign, speaking for Trump's side.
  let head: Mention | undefined;
  for (const m of inside) if (m.end >= core.end && (!head || priorityOf(m) > priorityOf(head))) head = m;
  if (head && dependsOnPreposition(doc, core, head, ctx)) {
    // "advisers to Mr. Obama", "a spokesman for the Kremlin": the phrase speaks, for that side —
    // or for the party named before the preposition ("Russia's envoy to the United Nations").
    const own = inside.find((m) => m.end <= head.start && m.kind !== 'pronoun');
    return { name: text, actor: fromMention(doc, own ?? head, span, ctx).actor };
  }
  if (head) {
    const ref = fromMention(doc, head, span, ctx);
    return head.kind === 'person' ? withHonorific(doc, core, head, ref, ctx) : ref;
  }
  let modifier = inside[0];
  // The modifier nearest the head wins a tie: "Yemen's Houthi rebels" speak for the Houthis.
  for (const m of inside) if (priorityOf(m) >= priorityOf(modifier)) modifier = m;
  const party = fromMention(doc, modifier, span, ctx).actor;
  return { name: text, actor: party };
};

const HEAD_PREPOSITIONS = new Set(['to', 'of', 'for', 'at', 'with', 'from']);

/** The last mention hangs on a preposition after other words: it is not the phrase's head. */
function dependsOnPreposition(doc: ParleyDocument, core: Span, head: Mention, ctx: PipelineContext): boolean {
  if (head.start <= core.start) return false;
  const lex = actorLexicon(ctx);
  const before = tokenize(doc.norm, core.start, head.start).filter((t) => t.word);
  let k = before.length - 1;
  while (k >= 0 && (before[k].key === 'the' || lex.honorifics.has(before[k].key))) k--;
  return k > 0 && HEAD_PREPOSITIONS.has(before[k].key);
}

/** "Veska and Ormund said": two parties speaking together. */
function pairSpeaker(
  doc: ParleyDocument,
  core: Span,
  inside: Mention[],
  ctx: PipelineContext,
): SpeakerRef | undefined {
  // The first party may carry a title: "Mr. Grassley and Mr. Leahy".
  const lex = actorLexicon(ctx);
  const titleOnly = (from: number, to: number) =>
    tokenize(doc.norm, from, to).every(
      (t) => !t.word || lex.honorifics.has(t.key) || lex.roleWords.has(t.key),
    );
  const first = inside.find(
    (m) => m.start === core.start || (m.start > core.start && titleOnly(core.start, m.start)),
  );
  const last = inside.find((m) => m.end === core.end && m !== first);
  if (!first || !last) return undefined;
  const joint = doc.norm.slice(first.end, last.start);
  if (!/^ and /.test(joint) || !titleOnly(first.end + 5, last.start)) return undefined;
  const actorOf = (m: Mention) => (m.entity !== undefined ? doc.entities[m.entity].actor : m.actor);
  const codes = [...new Set([actorOf(first), actorOf(last)].flat())].filter((c): c is string => !!c);
  return { name: doc.text.slice(core.start, core.end), actor: codes.length ? codes : null };
}

/** The speaker phrase without an appositive: "Michael McFaul, who served as …" → "Michael McFaul". */
function speakerCore(doc: ParleyDocument, span: Span, ctx: PipelineContext): Span {
  const norm = doc.norm.slice(span.start, span.end);
  const cut = /,|\(| who | which | -- | - /.exec(norm);
  let end = span.start + (cut && cut.index > 0 ? cut.index : norm.length);
  let start = span.start;
  const trim = () => {
    while (end > start && /[\s.,;:'"]/.test(doc.norm[end - 1])) end--;
    while (start < end && /[\s"']/.test(doc.norm[start])) start++;
  };
  trim();
  // A span that caught its cue ("Rubio said", "according to Rubio") names the speaker without it.
  const toks = tokenize(doc.norm, start, end);
  const verbs = actorLexicon(ctx).verbs;
  if (toks.length > 1 && toks[0].key === 'according' && toks[1].key === 'to') start = toks[2]?.start ?? start;
  else if (toks.length > 1 && verbs.has(toks[0].key)) start = toks[1].start;
  if (toks.length > 1 && verbs.has(toks[toks.length - 1].key)) end = toks[toks.length - 2].end;
  trim();
  return { start, end };
}

/** "Mr. Clarke said": the speaker keeps the courtesy title the article gives ("Mr. Tom Clarke"). */
function withHonorific(
  doc: ParleyDocument,
  core: Span,
  person: Mention,
  ref: SpeakerRef,
  ctx: PipelineContext,
) {
  // The title may stand just outside the span the statements stage found ("Mr. [Clarke] said").
  const before = tokenize(doc.norm, Math.max(0, Math.min(core.start, person.start - 6)), person.start);
  const words = before.filter((t) => t.word);
  const last = words[words.length - 1];
  if (
    !last ||
    !actorLexicon(ctx).honorifics.has(last.key) ||
    before[before.length - 1].end < person.start - 2
  )
    return ref;
  if (/[^\s.]/.test(doc.norm.slice(last.end, person.start))) return ref;
  const title = doc.norm[last.end] === '.' ? `${last.text}.` : last.text;
  return ref.name.startsWith(title) ? ref : { ...ref, name: `${title} ${ref.name}` };
}

function fromMention(doc: ParleyDocument, best: Mention, span: Span, ctx: PipelineContext): SpeakerRef {
  const mentionText = doc.text.slice(best.start, best.end);
  if (best.kind === 'pronoun') {
    const word = mentionText.toLowerCase();
    const gender = PRONOUN_GENDER.get(word);
    if (!gender) return groupSpeaker(doc, best.start, word, mentionText, ctx);
    const index = previousSpeaker(doc, span, gender) ?? best.entity;
    if (index !== undefined) return refFromEntity(doc, index);
    return { name: mentionText, actor: null };
  }
  if (best.kind === 'person' && best.entity !== undefined) return refFromEntity(doc, best.entity);
  if (best.kind === 'anonymous') {
    const name = best.entity !== undefined ? doc.entities[best.entity].name : mentionText;
    return { entity: best.entity, name, actor: best.actor ?? null, anonymous: true };
  }
  if (best.provenance.rule === 'actors.both-sides') {
    const pair = mainParties(doc, ctx);
    return { entity: best.entity, name: mentionText, actor: pair.length === 2 ? pair : null };
  }
  // States, organisations, collectives, outlets: the words the text uses ("Kyiv", "Russia").
  const name = best.via === 'government' ? governmentName(doc, best) : mentionText;
  return { entity: best.entity, name, actor: best.actor ?? null };
}

/** "U.S. President Donald Trump's administration" → "Donald Trump's administration". */
function governmentName(doc: ParleyDocument, m: Mention): string {
  const person = within(doc.mentions, m.start, m.end).find((p) => p.kind === 'person');
  return person ? doc.text.slice(person.start, m.end) : doc.text.slice(m.start, m.end);
}

/** A span with no mention in it: a name the stage did not know; match it by surname if possible. */
const POSSESSIVES = new Map<string, Gender | 'group'>([
  ['his', 'm'],
  ['her', 'f'],
  ['its', 'group'],
  ['their', 'group'],
]);

/** "his office", "its chief negotiator": the party of whom the possessive refers back to. */
function possessiveParty(
  doc: ParleyDocument,
  at: number,
  reference: Gender | 'group',
): string | string[] | null {
  const k = possessorsOf(doc)[reference][firstAtLeast(doc.mentions, at, (m) => m.start) - 1] ?? -1;
  if (k < 0) return null;
  const m = doc.mentions[k];
  return reference === 'group' ? (m.actor ?? null) : doc.entities[m.entity!].actor;
}

/** What a possessive can refer back to: the party (its, their) or person of a gender (his, her). */
function possessorFits(doc: ParleyDocument, m: Mention, reference: Gender | 'group'): boolean {
  if (m.kind === 'pronoun' || m.kind === 'anonymous' || m.kind === 'outlet') return false;
  if (reference === 'group') return m.kind !== 'person' && !!m.actor;
  if (m.kind !== 'person' || m.entity === undefined) return false;
  const g = genders.get(doc)?.get(m.entity);
  return !g || g === reference;
}

/**
 * For each reference and each mention, the last mention up to it that the possessive can refer
 * to (-1: none): built once per document, so that each "his office said" is one look-up.
 */
const possessors = new WeakMap<Mention[], { length: number } & Record<Gender | 'group', Int32Array>>();
function possessorsOf(doc: ParleyDocument) {
  const hit = possessors.get(doc.mentions);
  if (hit && hit.length === doc.mentions.length) return hit;
  const last = (reference: Gender | 'group') => {
    const out = new Int32Array(doc.mentions.length);
    let found = -1;
    doc.mentions.forEach((m, k) => {
      if (possessorFits(doc, m, reference)) found = k;
      out[k] = found;
    });
    return out;
  };
  const built = { length: doc.mentions.length, group: last('group'), m: last('m'), f: last('f') };
  possessors.set(doc.mentions, built);
  return built;
}

/** "it said" → the party named as "it": the words the text used for it ("The Alder Palace"). */
function groupSpeaker(
  doc: ParleyDocument,
  at: number,
  word: string,
  text: string,
  ctx: PipelineContext,
): SpeakerRef {
  const k = groupAntecedent(doc, at, word !== 'it');
  if (k === undefined) return { name: text, actor: null };
  const m = doc.mentions[k];
  return fromMention(doc, m, m, ctx);
}

/**
 * The document's person entities by name key and by surname key, with where each is mentioned
 * (sorted): built once per document, so that a speaker named by a name no mention covers is
 * looked up rather than compared with every entity.
 */
const personIndexes = new WeakMap<
  Entity[],
  {
    mentions: number;
    byName: Map<string, number[]>;
    bySurname: Map<string, number[]>;
    mentionStarts: number[][];
  }
>();
function personsByName(doc: ParleyDocument) {
  const hit = personIndexes.get(doc.entities);
  if (hit && hit.mentions === doc.mentions.length) return hit;
  const byName = new Map<string, number[]>();
  const bySurname = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  const mentionStarts: number[][] = doc.entities.map((e, i) => {
    if (e.kind !== 'person') return [];
    add(byName, nameKey(e.name), i);
    add(bySurname, surnameKey(e.name), i);
    return e.mentions.map((m) => doc.mentions[m].start).sort((a, b) => a - b);
  });
  const built = { mentions: doc.mentions.length, byName, bySurname, mentionStarts };
  personIndexes.set(doc.entities, built);
  return built;
}

function fallbackSpeaker(doc: ParleyDocument, core: Span, ctx: PipelineContext): SpeakerRef {
  const text = doc.text.slice(core.start, core.end);
  const key = nameKey(text);
  if (key === 'it' || key === 'they' || key === 'we') return groupSpeaker(doc, core.start, key, text, ctx);
  if (key === 'both') {
    // "Both agreed …, it said": the two parties the article is about.
    const pair = mainParties(doc, ctx);
    return { name: text, actor: pair.length === 2 ? pair : null };
  }
  const reference = POSSESSIVES.get(key.split(' ')[0]);
  if (reference && key.includes(' '))
    return { name: text, actor: possessiveParty(doc, core.start, reference) };
  const last = key.split(' ').pop() ?? '';
  // The person of that name mentioned last before the span.
  let index = -1;
  let lastSeen = -1;
  const persons = personsByName(doc);
  const named = [...new Set([...(persons.byName.get(key) ?? []), ...(persons.bySurname.get(last) ?? [])])];
  for (const i of named.sort((a, b) => a - b)) {
    const starts = persons.mentionStarts[i];
    const k = firstAtLeast(starts, core.start, (at) => at) - 1;
    if (k >= 0 && starts[k] > lastSeen) {
      lastSeen = starts[k];
      index = i;
    }
  }
  if (index >= 0 && last) return refFromEntity(doc, index);
  const canon = personsNamed(text, ctx.codebook).length
    ? canonicalPerson(text, doc.date, ctx.codebook)
    : undefined;
  if (canon) return { name: text, actor: canon.actor, role: canon.role };
  return { name: text, actor: null };
}

export { canonicalPerson } from '../persons.js';
