/**
 * Phrase patterns over tokens, and the issue matcher built from the codebook's `issues`.
 *
 * One small pattern language serves both the issue patterns (codebooks/issues.yaml) and the cue
 * lexicons (codebooks/stance.yaml): words (`a|b` alternatives, `word*` prefixes), gaps (`*` up to
 * three words, `...` any words within the sentence), `{ACTOR}` (an actor mention, or a pronoun
 * that stands for the holder), `{PERSON}` (a mention of a person with a party), and a leading `!` for a pattern that states the opposite of the
 * issue's proposition. Patterns are compiled once per codebook and indexed by their first word,
 * so matching a sentence costs one map lookup per token.
 */

import type { Codebook } from '../codebook/codebook.js';
import type { ParleyDocument, PipelineContext, Token } from '../model.js';
import { framePatterns } from './issue-frames.js';

export type PatternElement =
  | ({ kind: 'word' } & WordElement)
  | { kind: 'gap'; max: number }
  | { kind: 'actor'; person?: boolean };

export interface CompiledPattern<P = unknown> {
  source: string;
  elements: PatternElement[];
  /** The pattern states the opposite of the proposition (`!` prefix). */
  negated: boolean;
  payload: P;
}

/** Where the text names an actor, by token: the mention's last token (exclusive) and its codes. */
export interface ActorSlot {
  end: number;
  /** Actor codes; empty for a pronoun (it/its/their), which stands for the holder. */
  codes: string[];
  /** The mention names a person (what a `{PERSON}` slot takes). */
  person?: boolean;
}

export interface MatchEnv {
  tokens: Token[];
  /** Token range to search, [from, to). */
  from: number;
  to: number;
  /** The actor mention that begins at token i, if any. */
  actorAt: (i: number) => ActorSlot | undefined;
}

export interface PhraseMatch<P = unknown> {
  /** Token range [start, end). */
  start: number;
  end: number;
  pattern: CompiledPattern<P>;
  /** Actor codes bound by `{ACTOR}` slots, in order (an empty list for a pronoun slot). */
  actors: string[][];
  /** Token ranges [from, to) that the pattern's gaps skipped (other words may stand there). */
  gaps: Array<[number, number]>;
}

const ANY_GAP = 25;
const PRONOUN_SLOTS = new Set(['it', 'its', 'their', 'them', 'they', 'our', 'us', 'we', 'his', 'her']);
const PRONOUN_MAX = Math.max(...[...PRONOUN_SLOTS].map((w) => w.length));
/** A pronoun slot's word; the length is compared first, as this is asked at every token. */
const isPronounSlot = (lower: string): boolean => lower.length <= PRONOUN_MAX && PRONOUN_SLOTS.has(lower);

export class PatternError extends Error {}

const NO_PATTERNS: never[] = [];
// Shared by the matches that bind no actor or skip no words; no reader of a match changes these.
const NO_ACTORS: string[][] = [];
const NO_GAPS: Array<[number, number]> = [];

/** Compile one pattern; throws a PatternError that names the pattern when it cannot be used. */
export function compilePattern<P>(source: string, payload: P): CompiledPattern<P> {
  let text = source.trim();
  const negated = text.startsWith('!');
  if (negated) text = text.slice(1).trim();
  const elements: PatternElement[] = [];
  for (const part of text.split(/\s+/).filter(Boolean)) {
    if (part === '*') elements.push({ kind: 'gap', max: 3 });
    else if (part === '...') elements.push({ kind: 'gap', max: ANY_GAP });
    else if (part === '{ACTOR}') elements.push({ kind: 'actor' });
    else if (part === '{PERSON}') elements.push({ kind: 'actor', person: true });
    else {
      // An alternative is one word: "{ACTOR}" or a gap among them would be read as a literal word.
      if (part.includes('|') && part.split('|').some((alt) => /^(\{ACTOR\}|\{PERSON\}|\*|\.\.\.)$/.test(alt)))
        throw new PatternError(`pattern "${source}": "${part}": {ACTOR} and gaps cannot be alternatives`);
      const exact = new Set<string>();
      const prefixes: string[] = [];
      for (const alt of part.toLowerCase().split('|')) {
        if (!alt) continue;
        if (alt.endsWith('*') && alt.length > 1) prefixes.push(alt.slice(0, -1));
        else exact.add(alt);
      }
      elements.push({ kind: 'word', ...wordElement(exact, prefixes) });
    }
  }
  if (elements.length === 0 || elements[0].kind === 'gap' || elements[elements.length - 1].kind === 'gap')
    throw new PatternError(`pattern "${source}": must start and end with a word or {ACTOR}`);
  return { source, elements, negated, payload };
}

interface WordElement {
  exact: Set<string>;
  prefixes: string[];
  /**
   * Bit masks of what a matching word can be like: bit `c & 31` of its first character's code,
   * bit min(length, 31) of its length (a prefix: every length from its own on). Most words fail
   * on these two bit tests, which cost far less than the set's lookup they spare: this runs for
   * every word a gap's end is tried at, the matcher's most frequent question.
   */
  firsts: number;
  lengths: number;
}

/** A word element's alternatives and their masks (see WordElement). */
function wordElement(exact: Set<string>, prefixes: string[]): WordElement {
  let firsts = 0;
  let lengths = 0;
  for (const w of exact) {
    firsts |= 1 << (w.charCodeAt(0) & 31);
    lengths |= 1 << Math.min(w.length, 31);
  }
  for (const p of prefixes) {
    firsts |= 1 << (p.charCodeAt(0) & 31);
    for (let n = Math.min(p.length, 31); n <= 31; n++) lengths |= 1 << n;
  }
  return { exact, prefixes, firsts, lengths };
}

// A loop, not `prefixes.some(…)`: this runs for every pattern element at every token, and the
// closure `some` needs was the matcher's main garbage.
function wordMatches(el: WordElement, lower: string): boolean {
  if (((el.firsts >>> (lower.charCodeAt(0) & 31)) & (el.lengths >>> Math.min(lower.length, 31)) & 1) === 0)
    return false;
  if (el.exact.has(lower)) return true;
  for (const p of el.prefixes) if (lower.startsWith(p)) return true;
  return false;
}

/** Index key for a first word: exact words by themselves, prefixes by their first three letters. */
const prefixKey = (p: string) => `~${p.slice(0, 3)}`;

/**
 * Patterns that can match from a token on, and per next word those of them that can go on with it
 * (`narrowed`): kept together, so that a token costs one lookup of its word, not a second one of
 * its list.
 */
interface Candidates<P> {
  list: CompiledPattern<P>[];
  /** By the next token's lower-cased text (bounded, reset when full). */
  byNext?: Map<string, CompiledPattern<P>[]>;
}

/** A set of compiled patterns, indexed by first word, matched over token ranges. */
export class PhraseMatcher<P> {
  private readonly byWord = new Map<string, CompiledPattern<P>[]>();
  private readonly actorFirst: Candidates<P> = { list: [] };
  /** Short prefixes (under three letters) cannot be indexed; they are tried at every token. */
  private readonly unindexed: CompiledPattern<P>[] = [];

  constructor(readonly patterns: CompiledPattern<P>[]) {
    for (const p of patterns) {
      const first = p.elements[0];
      if (first.kind === 'actor') {
        this.actorFirst.list.push(p);
        continue;
      }
      if (first.kind !== 'word') continue;
      for (const w of first.exact) this.add(w, p);
      for (const pre of first.prefixes) {
        if (pre.length < 3) this.unindexed.push(p);
        else this.add(prefixKey(pre), p);
      }
    }
  }

  private add(key: string, p: CompiledPattern<P>) {
    const list = this.byWord.get(key);
    if (list) {
      if (!list.includes(p)) list.push(p);
    } else this.byWord.set(key, [p]);
  }

  /** Candidate patterns by a token's lower-cased text, merged once (bounded, reset when full). */
  private readonly candidatesByWord = new Map<string, Candidates<P>>();

  private candidates(lower: string): Candidates<P> {
    const hit = this.candidatesByWord.get(lower);
    if (hit) return hit;
    const list: CompiledPattern<P>[] = [];
    for (const group of [
      this.byWord.get(lower),
      lower.length >= 3 ? this.byWord.get(prefixKey(lower)) : undefined,
      this.unindexed,
    ])
      for (const p of group ?? []) {
        const first = p.elements[0];
        if (!list.includes(p) && (first.kind !== 'word' || wordMatches(first, lower))) list.push(p);
      }
    if (this.candidatesByWord.size > 50_000) this.candidatesByWord.clear();
    const candidates: Candidates<P> = { list };
    this.candidatesByWord.set(lower, candidates);
    return candidates;
  }

  /** Every match of every pattern in the range (overlaps included; callers choose). */
  matchAll(env: MatchEnv): PhraseMatch<P>[] {
    const out: PhraseMatch<P>[] = [];
    const actors: string[][] = [];
    const gaps: Array<[number, number]> = [];
    for (let i = env.from; i < env.to; i++) {
      const lower = env.tokens[i].lower;
      const words = this.candidates(lower);
      if (words.list.length) {
        // The first word matched already (`candidates`); matching goes on from the second.
        this.matchAt(this.narrowed(words, this.lowerAt(env, i + 1)), 1, i, env, out, actors, gaps);
      }
      if (this.actorFirst.list.length) {
        const actorFirst = this.actorFirstAt(env, i, lower);
        if (actorFirst.length) this.matchAt(actorFirst, 0, i, env, out, actors, gaps);
      }
    }
    return out;
  }

  /** The lower-cased token at `t`, or '' past the range (which no pattern word matches). */
  private lowerAt(env: MatchEnv, t: number): string {
    return t < env.to ? env.tokens[t].lower : '';
  }

  /**
   * The `{ACTOR}`-first patterns that can go on after the actor at token i: an actor is named at
   * nearly every other token and most of these patterns failed on the word after it. The slot
   * binds up to the mention's end, a pronoun one token; when both can bind, every pattern is tried.
   */
  private actorFirstAt(env: MatchEnv, i: number, lower: string): CompiledPattern<P>[] {
    const slot = env.actorAt(i);
    const pronoun = isPronounSlot(lower);
    if (slot && pronoun) return this.actorFirst.list;
    if (slot) return this.narrowed(this.actorFirst, this.lowerAt(env, slot.end));
    if (pronoun) return this.narrowed(this.actorFirst, this.lowerAt(env, i + 1));
    return NO_PATTERNS;
  }

  /**
   * The candidates whose second element is not a word, or is one that `next` matches, in their
   * order: a common first word ("the", "in") begins many patterns, and trying each at every
   * occurrence made the matchers an eighth of all extraction time.
   */
  private narrowed(candidates: Candidates<P>, next: string): CompiledPattern<P>[] {
    const { list } = candidates;
    if (list.length < 3) return list;
    candidates.byNext ??= new Map();
    const byNext = candidates.byNext;
    let hit = byNext.get(next);
    if (!hit) {
      hit = list.filter((p) => {
        const second = p.elements[1];
        return second?.kind !== 'word' || wordMatches(second, next);
      });
      if (byNext.size > 20_000) byNext.clear();
      byNext.set(next, hit);
    }
    return hit;
  }

  /** Match each pattern at token i, its elements before `first` known to match tokens i, i+1…. */
  private matchAt(
    patterns: CompiledPattern<P>[],
    first: number,
    i: number,
    env: MatchEnv,
    out: PhraseMatch<P>[],
    actors: string[][],
    gaps: Array<[number, number]>,
  ): void {
    for (const p of patterns) {
      if (actors.length) actors.length = 0;
      if (gaps.length) gaps.length = 0;
      const end = matchFrom(p.elements, first, i + first, env, actors, gaps);
      if (end > i)
        out.push({
          start: i,
          end,
          pattern: p,
          // (most matches bind no actor and skip no words: those share one empty list, read only)
          actors: actors.length ? [...actors] : NO_ACTORS,
          gaps: gaps.length ? [...gaps] : NO_GAPS,
        });
    }
  }
}

function matchFrom(
  els: PatternElement[],
  e: number,
  t: number,
  env: MatchEnv,
  actors: string[][],
  gaps: Array<[number, number]>,
): number {
  if (e === els.length) return t;
  const el = els[e];
  if (el.kind === 'gap') {
    // Lazy: the shortest gap that lets the rest match keeps evidence spans tight.
    // The gap is recorded once the rest has matched (in its place, before the later gaps): a
    // range for every length tried was most of what matching allocated.
    // A word after the gap is checked here, before a call: most lengths fail on it.
    const next = els[e + 1];
    const word = next.kind === 'word' ? next : undefined;
    const mark = actors.length;
    const gapMark = gaps.length;
    // Quotation marks and symbols are no words: `allow "even 1%" of enrichment` skips three.
    for (
      let skip = 0, words = 0;
      words <= el.max && t + skip <= env.to;
      words += gapWeight(env, t + skip), skip++
    ) {
      if (word && (t + skip >= env.to || !wordMatches(word, env.tokens[t + skip].lower))) continue;
      const end = matchFrom(els, e + 1, t + skip, env, actors, gaps);
      if (end >= 0) {
        if (skip > 0) gaps.splice(gapMark, 0, [t, t + skip]);
        return end;
      }
      // Setting an array's length is a runtime call: only when it changed.
      if (actors.length !== mark) actors.length = mark;
      if (gaps.length !== gapMark) gaps.length = gapMark;
    }
    return -1;
  }
  if (t >= env.to) return -1;
  if (el.kind === 'actor') {
    const slot = env.actorAt(t);
    if (slot && (el.person ? slot.person : slot.codes.length > 0)) {
      actors.push(slot.codes);
      const end = matchFrom(els, e + 1, slot.end, env, actors, gaps);
      if (end >= 0) return end;
      actors.pop();
    }
    if (!el.person && isPronounSlot(env.tokens[t].lower)) {
      actors.push([]);
      const end = matchFrom(els, e + 1, t + 1, env, actors, gaps);
      if (end >= 0) return end;
      actors.pop();
    }
    return -1;
  }
  return wordMatches(el, env.tokens[t].lower) ? matchFrom(els, e + 1, t + 1, env, actors, gaps) : -1;
}

/** What a skipped token counts against a gap's length: a quotation mark or a symbol nothing. */
const gapWeight = (env: MatchEnv, t: number): number => {
  const kind = env.tokens[t]?.kind;
  return kind === 'quote' || kind === 'symbol' ? 0 : 1;
};

/** Keep the longest of overlapping matches (earliest first on ties). */
export function longestNonOverlapping<P>(matches: PhraseMatch<P>[]): PhraseMatch<P>[] {
  // (none or one: nothing to choose; most sentences' lists, spared the sort and its copies)
  if (matches.length < 2) return [...matches];
  const sorted = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: PhraseMatch<P>[] = [];
  for (const m of sorted) if (!taken.some((t) => m.start < t.end && t.start < m.end)) taken.push(m);
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * A pattern's shape as preferTight ranks it: whether it holds an open-ended gap, and how many of
 * its elements are not gaps. Read once per pattern: the sort asked for both at every comparison,
 * and each answer allocated (a closure, a filtered copy of the elements).
 */
const shapes = new WeakMap<CompiledPattern<unknown>, { loose: boolean; words: number }>();

function shapeOf(p: CompiledPattern<unknown>): { loose: boolean; words: number } {
  let shape = shapes.get(p);
  if (!shape) {
    let loose = false;
    let words = 0;
    for (const e of p.elements) {
      if (e.kind === 'gap') loose ||= e.max > 3;
      else words++;
    }
    shape = { loose, words };
    shapes.set(p, shape);
  }
  return shape;
}

/**
 * Overlapping issue matches: patterns without an open-ended gap first, then the longer one, then the
 * one with more words; an inverse pattern that contains a chosen match ("win back … territory" over
 * "territory") wins.
 */
export function preferTight(matches: PhraseMatch<IssuePayload>[]): PhraseMatch<IssuePayload>[] {
  if (matches.length === 0) return [];
  // One match is the choice: the sort and the overlap tests below make closures and copies for
  // every sentence that names an issue, and most name one.
  if (matches.length === 1) return [matches[0]];
  const loose = (m: PhraseMatch<IssuePayload>) => shapeOf(m.pattern).loose;
  const overlaps = (x: PhraseMatch<IssuePayload>, y: PhraseMatch<IssuePayload>) =>
    x.start < y.end && y.start < x.end;
  // Over the same span, the pattern that spells out more words is the more specific reading
  // ("end * trade war" over "end * conflict|war").
  const words = (m: PhraseMatch<IssuePayload>) => shapeOf(m.pattern).words;
  const sorted = [...matches].sort(
    (a, b) =>
      Number(loose(a)) - Number(loose(b)) ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start ||
      words(b) - words(a),
  );
  let taken: PhraseMatch<IssuePayload>[] = [];
  for (const m of sorted) {
    if (!taken.some((t) => overlaps(m, t))) taken.push(m);
    // The same words listed under two issues name both ("the nuclear deal" limits a programme
    // and lifts sanctions): a match of another issue over exactly a chosen one's span and words
    // is read too.
    else if (!m.pattern.negated && taken.some((t) => sameReading(m, t))) taken.push(m);
  }
  for (const inv of sorted) {
    if (!inv.pattern.negated || taken.includes(inv)) continue;
    const hit = taken.filter((t) => overlaps(inv, t));
    // An inverse of the same span as a chosen inverse is the less specific of two opposite
    // readings ("!escalate * war" against "!escalate * trade war"): the sort's choice stands.
    const sameInverse = (t: PhraseMatch<IssuePayload>) =>
      t.pattern.negated && t.start === inv.start && t.end === inv.end;
    if (hit.length && hit.every((t) => t.start >= inv.start && t.end <= inv.end && !sameInverse(t)))
      taken = [...taken.filter((t) => !hit.includes(t)), inv];
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Two matches of different issues over the same tokens, neither stating the opposite. */
function sameReading(m: PhraseMatch<IssuePayload>, t: PhraseMatch<IssuePayload>): boolean {
  return (
    m.start === t.start &&
    m.end === t.end &&
    !t.pattern.negated &&
    m.pattern.payload.issue !== t.pattern.payload.issue &&
    m.pattern.elements.length === t.pattern.elements.length
  );
}

export interface IssuePayload {
  issue: string;
  about?: string;
}

/** Compile a codebook's issue patterns; a bad pattern is reported with its issue code. */
export function compileIssues(codebook: Codebook): PhraseMatcher<IssuePayload> {
  const patterns: CompiledPattern<IssuePayload>[] = [];
  for (const issue of codebook.issues)
    for (const source of [...issue.patterns, ...(issue.frames ?? []).flatMap(framePatterns)]) {
      try {
        patterns.push(compilePattern(source, { issue: issue.code, about: issue.about }));
      } catch (error) {
        throw new PatternError(`issues.${issue.code}: ${(error as Error).message}`);
      }
    }
  return new PhraseMatcher(patterns);
}

/** Compile named cue lists (payload: the list name). Missing lists are simply empty. */
export function compileCues(codebook: Codebook, names: string[]): PhraseMatcher<string> {
  const patterns: CompiledPattern<string>[] = [];
  for (const name of names)
    for (const source of codebook.cues[name] ?? []) {
      try {
        patterns.push(compilePattern(source, name));
      } catch (error) {
        throw new PatternError(`cues.${name}: ${(error as Error).message}`);
      }
    }
  return new PhraseMatcher(patterns);
}

/** Cached per pipeline context (one codebook): built once, read-only afterwards. */
export function cached<T>(ctx: PipelineContext, key: string, build: () => T): T {
  const hit = ctx.cache.get(key) as T | undefined;
  if (hit !== undefined) return hit;
  const value = build();
  ctx.cache.set(key, value);
  return value;
}

export const issueMatcher = (ctx: PipelineContext): PhraseMatcher<IssuePayload> =>
  cached(ctx, 'issues.matcher', () => compileIssues(ctx.codebook));

/** A bare "truce" read as the trade truce a story has named (see `tradeTruces`). */
const TRADE_TRUCE = compilePattern<IssuePayload>('truce*', { issue: 'sanctions_relief' });

/** "the trade war", "a tariff war": the story's war is fought with tariffs, not arms. */
function namesTradeWar(tokens: Token[]): boolean {
  return tokens.some(
    (t, i) => (t.lower === 'trade' || t.lower === 'tariff') && /^wars?$/.test(tokens[i + 1]?.lower ?? ''),
  );
}

/**
 * "the tariff truce … if Beijing failed to honor the truce": in a story whose truce is one on trade
 * (a sanctions_relief pattern that names a truce: "trade truce", "tariff truce"; or a story of a
 * "trade war" or "tariff war") and that names no other ceasefire, a bare "truce" is that truce, not an end to fighting. Returns the matches by
 * sentence with those "truce" matches read so.
 */
export function tradeTruces(
  tokens: Token[],
  bySentence: PhraseMatch<IssuePayload>[][],
): PhraseMatch<IssuePayload>[][] {
  const all = bySentence.flat();
  const truceIn = (m: PhraseMatch<IssuePayload>) =>
    tokens.slice(m.start, m.end).some((t) => t.lower.startsWith('truce'));
  const bare = (m: PhraseMatch<IssuePayload>) =>
    m.pattern.payload.issue === 'ceasefire' && m.end - m.start === 1 && truceIn(m);
  const tradeTruce =
    all.some((m) => m.pattern.payload.issue === 'sanctions_relief' && truceIn(m)) || namesTradeWar(tokens);
  if (!tradeTruce || all.some((m) => m.pattern.payload.issue === 'ceasefire' && !bare(m))) return bySentence;
  return bySentence.map((ms) => ms.map((m) => (bare(m) ? { ...m, pattern: TRADE_TRUCE } : m)));
}

/** Issues named in a span of text, for callers outside the stages (queries, the dashboard). */
export function issuesIn(doc: ParleyDocument, ctx: PipelineContext, from: number, to: number): string[] {
  const m = issueMatcher(ctx).matchAll({ tokens: doc.tokens, from, to, actorAt: () => undefined });
  return [...new Set(m.map((x) => x.pattern.payload.issue))];
}
