/**
 * The reader of one document: the story's tokens (paragraphs only, with their sentences), the
 * mentions found so far and which tokens they own, the persons and other entities it knows while it
 * reads; and look-ups over those mentions for the passes that ask "which earlier mention …".
 */

import type { Codebook } from '../../codebook/codebook.js';
import type { MentionKind, ParleyDocument } from '../../model.js';
import { Appended } from '../../sorted.js';
import { type GazToken, tokenize } from '../gazetteer.js';
import { datelineState } from './governments.js';
import type { Gender, Lexicon, Via } from './lexicon.js';

type Tok = GazToken;

/** Words this long are capitalised in a title-case headline; shorter ones ("to", "on", "and") may not be. */
const TITLE_CASE_MIN_LETTERS = 4;
/** A word of letters only (a module constant: a literal in the loop was a new RegExp at each word). */
const LETTERS_ONLY = /^\p{L}+$/u;
/** So many capitalised long words, and no lower-case one, make a sentence a title-case headline. */
const TITLE_CASE_MIN_WORDS = 3;

/** What one document's analysis knows about a person while it reads. */
export interface PersonEnt {
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

export interface OtherEnt {
  kind: Exclude<MentionKind, 'person' | 'pronoun'>;
  name: string;
  actor: string | string[] | null;
  anonymous?: boolean;
  key: string;
}

export type Ent = PersonEnt | OtherEnt;

export interface WorkMention {
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

export class Reader {
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
  /** Sentences written in title case ("Veska, Ormund Agree To Resume Talks"): headlines. */
  readonly titleCased = new Set<number>();

  constructor(
    readonly doc: ParleyDocument,
    readonly lex: Lexicon,
    readonly codebook: Codebook,
  ) {
    this.tokenizeStory();
    this.datelineState = datelineState(doc, lex);
    for (const t of this.toks) if (t.word && !t.cap && t.text === t.key) this.lowerSeen.add(t.key);
    this.findTitleCased();
  }

  /**
   * A headline in title case capitalises every word but the short ones, so a capital next to a
   * party's name there tells nothing of a longer name ("China Agree To …" is China). A sentence is
   * read so when it has at least three words of four letters or more and all of them capitalised.
   */
  private findTitleCased() {
    const long = new Map<number, number>();
    const lower = new Set<number>();
    // A lower-case word of a sentence already known to hold one changes nothing: skipped before the
    // letters test, which ran at nearly every word.
    let lastLower = -1;
    for (const t of this.toks) {
      if (!t.word || t.text.length < TITLE_CASE_MIN_LETTERS || (!t.cap && t.sent === lastLower)) continue;
      if (!LETTERS_ONLY.test(t.text)) continue;
      if (t.cap) long.set(t.sent, (long.get(t.sent) ?? 0) + 1);
      else {
        lower.add(t.sent);
        lastLower = t.sent;
      }
    }
    for (const [sent, n] of long)
      if (n >= TITLE_CASE_MIN_WORDS && !lower.has(sent)) this.titleCased.add(sent);
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
    // Every mention gets the same fields in the same order (one hidden class): the passes build
    // them from object literals of a dozen different shapes, and the code that reads mentions
    // went megamorphic on them.
    const mention: WorkMention = {
      start: this.toks[m.from].start,
      end: this.toks[m.to - 1].end,
      from: m.from,
      to: m.to,
      kind: m.kind,
      via: m.via,
      actor: m.actor,
      ent: m.ent,
      rule: m.rule,
      cue: m.cue,
      confidence: m.confidence,
      gender: m.gender,
      head: m.head,
      antecedent: m.antecedent,
    };
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

/** "J." in "J. Smith", "U.S." — a period after a single capital letter. */
export function isInitial(toks: GazToken[], dot: number): boolean {
  const before = toks[dot - 1];
  return !!before && before.word && before.text.length === 1 && before.cap;
}

/**
 * Look-ups over the mentions a reader has found so far, for the passes that ask "which earlier
 * mention …" once per name, ministry or source: each reads the few mentions that can answer
 * instead of all of them. Each structure takes in the mentions added since it was last asked, and
 * reads what it is keyed by when it takes them in, so it serves the passes in which that does not
 * change any more (noted at each).
 */
export interface MentionLookups {
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

export function mentionLookups(r: Reader): MentionLookups {
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
export function takeNew(r: Reader, part: keyof MentionLookups['seen'], take: (m: WorkMention) => void) {
  const l = mentionLookups(r);
  for (; l.seen[part] < r.mentions.length; l.seen[part]++) take(r.mentions[l.seen[part]]);
  return l;
}

export const pushTo = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};
