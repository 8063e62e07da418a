/**
 * Issues named by reference: a stance whose object is a generic noun ("rejected the agreement",
 * "accepted the invitation", "ready to sign that deal", "negotiated the exchange") takes the issue
 * of what the noun refers to. A careful reader finds it where the noun was last used with its
 * issue ("a prisoner exchange … the exchange", "a ceasefire agreement … the agreement"), else in
 * the story's main issue (the issue its sentences name most).
 *
 * The nouns are codebook data (codebooks/stance.yaml `reference_nouns`); the issues are the issue
 * patterns' (codebooks/issues.yaml). What this module adds is a match of the issue over the noun,
 * which the positions stage reads as it reads any other: its stance cue, its holder, its polarity.
 */
import type { PipelineContext } from '../model.js';
import { cueWords } from './actors/resolve-speaker.js';
import {
  cached,
  compilePattern,
  type IssuePayload,
  issueMatcher,
  type MatchEnv,
  type PhraseMatch,
  preferTight,
} from './issues.js';
import { type DocIndex, FINITE_BE } from './textindex.js';

/** How far back (sentences) an antecedent of the same noun may stand; the lead is always in reach. */
const ANTECEDENT_REACH = 8;
const LEAD_SENTENCES = 3;
/** The story's issue must be named in at least this many sentences. */
const STORY_MIN_SENTENCES = 2;
/** Words that make a reference noun a noun phrase's head ("the deal", "any exchange", "their talks"). */
const DETERMINERS = new Set([
  'the',
  'this',
  'that',
  'a',
  'an',
  'such',
  'its',
  'their',
  'our',
  'his',
  'her',
  'these',
  'those',
]);
/** Determiners that point back to a thing told before ("the proposal", "that plan"). */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
/** How many modifiers may stand between the determiner and the noun ("the framework peace deal"). */
const MODIFIERS = 3;

/** A noun's singular form for comparison ("agreements" is "agreement"). */
const stem = (w: string) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/** The issue matches synthesised for reference nouns: the positions stage marks their provenance. */
export const referenceMatches = new WeakSet<PhraseMatch<IssuePayload>>();

/** Words that cannot stand between a determiner and its noun ("a mediator in negotiations"). */
const BREAKS = new Set([
  'of',
  'on',
  'in',
  'for',
  'with',
  'to',
  'at',
  'by',
  'from',
  'and',
  'or',
  'as',
  'that',
  'which',
]);
/** Words before a meeting word that make it the setting, not the object ("concessions in the talks"). */
const SETTING = new Set([
  'in',
  'at',
  'during',
  'after',
  'before',
  'since',
  'throughout',
  'amid',
  'ahead',
  // conjunctions whose clause the meeting opens as its subject: the time of what the sentence
  // tells ("announced in a tweet as the meeting began", "when the talks opened")
  'as',
  'when',
  'while',
  'once',
]);

/**
 * The determiner that opens the noun phrase the token at `k` heads, within a few modifiers (else
 * -1): "the deal", "that agreement", "these talks", "a three-way deal".
 */
function determinerOf(index: DocIndex, from: number, k: number): number {
  const { tokens } = index;
  // a capitalised noun names a deal of its own ("the Lumen Agreement"), not one told before
  if (/^\p{Lu}/u.test(tokens[k].text) && k > from) return -1;
  for (let j = k - 1; j >= Math.max(from, k - 1 - MODIFIERS); j--) {
    const t = tokens[j];
    if (DETERMINERS.has(t.lower)) return j;
    if ((t.kind !== 'word' && t.kind !== 'number') || BREAKS.has(t.lower)) return -1;
  }
  return -1;
}

/**
 * The story's issue: the one its sentences name most (a sentence of the lead counts twice), if
 * named in a few sentences and more than any other. `chosen`: each sentence's issue matches.
 */
export function storyIssue(chosen: PhraseMatch<IssuePayload>[][]): string | undefined {
  const score = new Map<string, number>();
  const sentences = new Map<string, number>();
  chosen.forEach((ms, s) => {
    for (const issue of new Set(ms.filter((m) => !m.pattern.negated).map((m) => m.pattern.payload.issue))) {
      score.set(issue, (score.get(issue) ?? 0) + (s < LEAD_SENTENCES ? 2 : 1));
      sentences.set(issue, (sentences.get(issue) ?? 0) + 1);
    }
  });
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  return ranked[0] &&
    (sentences.get(ranked[0][0]) ?? 0) >= STORY_MIN_SENTENCES &&
    (ranked[1]?.[1] ?? 0) < ranked[0][1]
    ? ranked[0][0]
    : undefined;
}

const stories = new WeakMap<DocIndex, string | undefined>();

/** The story's issue of a document (as `storyIssue` reads it), once per document. */
export function storyIssueOf(
  ctx: PipelineContext,
  index: DocIndex,
  actorAt: MatchEnv['actorAt'],
): string | undefined {
  if (stories.has(index)) return stories.get(index);
  const matcher = issueMatcher(ctx);
  const { tokens } = index;
  const story = storyIssue(
    index.sentenceTokens.map(({ from, to }) =>
      to > from ? preferTight(matcher.matchAll({ tokens, from, to, actorAt })) : [],
    ),
  );
  stories.set(index, story);
  return story;
}

/** A match of `issue` over tokens [start, end), as if a pattern had named it there. */
export function issueAt(
  start: number,
  end: number,
  word: string,
  payload: IssuePayload,
): PhraseMatch<IssuePayload> {
  const m: PhraseMatch<IssuePayload> = {
    start,
    end,
    pattern: compilePattern(word, payload),
    actors: [],
    gaps: [],
  };
  referenceMatches.add(m);
  return m;
}

/**
 * Per sentence, the matches to add for the reference nouns it holds (sentences with none are
 * absent). `raw` is each sentence's own issue matches.
 */
export function referenceIssues(
  ctx: PipelineContext,
  index: DocIndex,
  raw: PhraseMatch<IssuePayload>[][],
): Map<number, PhraseMatch<IssuePayload>[]> {
  const nouns = cached(
    ctx,
    'references.nouns',
    () => new Set((ctx.codebook.cues.reference_nouns ?? []).map((w) => stem(w.toLowerCase()))),
  );
  const meetings = cached(
    ctx,
    'references.meetings',
    () => new Set((ctx.codebook.cues.consult_nouns ?? []).map((w) => stem(w.toLowerCase()))),
  );
  const out = new Map<number, PhraseMatch<IssuePayload>[]>();
  if (nouns.size === 0) return out;
  // Built by push, not `map`: an optimised `map` makes its result with another elements kind than
  // the interpreter's, and `sentenceReferences` was recompiled for each.
  const chosen: PhraseMatch<IssuePayload>[][] = [];
  for (const ms of raw) chosen.push(preferTight(ms).filter((m) => !m.pattern.negated));
  const story = storyIssue(chosen);
  stories.set(index, story);
  const deals = cached(
    ctx,
    'references.deals',
    () => new Set((ctx.codebook.cues.deal_nouns ?? []).map((w) => stem(w.toLowerCase()))),
  );
  const notAfter = cueWords(ctx, 'reference_not_after');
  const reading: ReferenceReading = { nouns, meetings, deals, notAfter, chosen, story, out };
  for (let s = 0; s < index.sentenceTokens.length; s++) sentenceReferences(index, reading, s);
  return out;
}

/** What `referenceIssues` reads in every sentence, and where it puts what it finds. */
interface ReferenceReading {
  nouns: Set<string>;
  meetings: Set<string>;
  /** Deal nouns ("agreement", "truce"): "the agreement" may refer back to "the truce". */
  deals: Set<string>;
  /** Words that govern a reference noun's phrase as no stance object ("resumption", "received"). */
  notAfter: ReadonlySet<string>;
  chosen: PhraseMatch<IssuePayload>[][];
  story: string | undefined;
  out: Map<number, PhraseMatch<IssuePayload>[]>;
}

/**
 * Token k lies in one of the matches. A loop, not a closure over the token loop's `k`: that made
 * the engine allocate a scope for every token of the story.
 */
function covered(matches: PhraseMatch<IssuePayload>[], k: number): boolean {
  for (const m of matches) if (k >= m.start && k < m.end) return true;
  return false;
}

/**
 * The noun phrase opened by the determiner at `det` is governed by one of `words`, right before it
 * or before an "of": "resume the talks", "received the proposal", "the resumption of the talks".
 */
function governedBy(index: DocIndex, det: number, words: ReadonlySet<string>): boolean {
  const { tokens } = index;
  const before = tokens[det - 1]?.lower ?? '';
  if (words.has(before)) return true;
  return before === 'of' && words.has(tokens[det - 2]?.lower ?? '');
}

/** The matches for the reference nouns of sentence `s` (a function of its own: compiled alone). */
function sentenceReferences(index: DocIndex, r: ReferenceReading, s: number) {
  const { nouns, meetings, deals, chosen, story, out } = r;
  const { tokens } = index;
  const { from, to } = index.sentenceTokens[s];
  // A sentence that names an issue itself says what its nouns hold ("a proposal to reopen the
  // roads"): there a noun refers only to a match before it in the sentence that holds the same
  // noun ("a peace agreement that enables withdrawal … would conclude an agreement").
  const naming = chosen[s].length > 0;
  for (let k = from; k < to; k++) {
    const noun = stem(tokens[k].lower);
    if (!nouns.has(noun) || tokens[k].kind !== 'word') continue;
    if (covered(chosen[s], k)) continue;
    const det = determinerOf(index, from, k);
    if (det < 0) continue;
    // "pressing for concessions in the negotiations": talks where something happens, not its object
    if (meetings.has(noun) && SETTING.has(tokens[det - 1]?.lower ?? '')) continue;
    // "The meeting was positive": a meeting judged by its mood, no stance on what it discussed
    // (a copula after the meeting word)
    if (meetings.has(noun) && FINITE_BE.has(tokens[k + 1]?.lower ?? '')) continue;
    // "ready for the resumption of the talks", "confirmed it received the proposal": a stance on
    // holding the talks or on having the paper, not on what they are about
    if (governedBy(index, det, r.notAfter)) continue;
    // "the deal's", "the talks": the noun ends its phrase (not "the deal noun …" compounds).
    const next = tokens[k + 1];
    if (next && next.kind === 'word' && nouns.has(stem(next.lower))) continue;
    // (none is undefined, not an empty array: an empty literal has another elements kind)
    // "the proposal" after "a ceasefire proposal": a definite noun also refers to a compound it headed.
    const definite = DEFINITE.has(tokens[det].lower);
    // "the agreement" after "the Gaza truce": a definite deal noun with no antecedent of its own
    // word refers to the deal told last by another deal word, before the story's issue.
    const anyDeal = () =>
      definite && deals.has(noun) ? antecedent(index, chosen, s, deals, false) : undefined;
    const issues = naming
      ? (sameSentence(index, chosen[s], k, noun) ?? antecedent(index, chosen, s, noun, definite))
      : (antecedent(index, chosen, s, noun, definite) ??
        anyDeal() ??
        (story ? [{ issue: story }] : undefined));
    if (!issues) continue;
    for (const payload of issues) {
      const m = issueAt(k, k + 1, tokens[k].lower, payload);
      const list = out.get(s);
      if (list) list.push(m);
      else out.set(s, [m]);
    }
  }
}

/** The issues of the last match before token `k` (in its sentence's matches) whose own words hold `noun`. */
function sameSentence(
  index: DocIndex,
  matches: PhraseMatch<IssuePayload>[],
  k: number,
  noun: string,
): IssuePayload[] | undefined {
  return holding(
    index,
    matches.filter((m) => m.end <= k),
    noun,
  );
}

/**
 * The issues named over the last of `matches` whose own words hold `noun` (each issue once); with
 * `headed`, also over one that `noun` heads right after it ("a ceasefire proposal").
 */
function holding(
  index: DocIndex,
  matches: PhraseMatch<IssuePayload>[],
  noun: string | ReadonlySet<string>,
  headed = false,
): IssuePayload[] | undefined {
  const { tokens } = index;
  const is = (w: string) => (typeof noun === 'string' ? stem(w) === noun : noun.has(stem(w)));
  const hits = matches.filter((m) => {
    for (let k = m.start; k < m.end; k++) if (is(tokens[k].lower)) return true;
    return headed && m.end < tokens.length && tokens[m.end].kind === 'word' && is(tokens[m.end].lower);
  });
  if (hits.length === 0) return undefined;
  const last = hits[hits.length - 1];
  const over = hits.filter((m) => m.start === last.start && m.end === last.end);
  // (by push: one elements kind whichever tier runs it, see `referenceIssues`)
  const seen = new Set<string>();
  const issues: IssuePayload[] = [];
  for (const m of over) {
    const x = m.pattern.payload;
    if (seen.has(x.issue)) continue;
    seen.add(x.issue);
    issues.push(x);
  }
  return issues;
}

/**
 * The issues of the nearest match before sentence `s` (in reach, or in the lead) whose own words
 * hold the same noun ("a prisoner exchange", "the ceasefire agreement"): each issue named over its
 * span.
 */
function antecedent(
  index: DocIndex,
  chosen: PhraseMatch<IssuePayload>[][],
  s: number,
  noun: string | ReadonlySet<string>,
  definite: boolean,
): IssuePayload[] | undefined {
  // The sentences in reach, nearest first, then those of the lead above them.
  const near = Math.max(0, s - ANTECEDENT_REACH);
  const order: number[] = [];
  for (let p = s - 1; p >= near; p--) order.push(p);
  for (let p = Math.min(LEAD_SENTENCES, near) - 1; p >= 0; p--) order.push(p);
  for (const p of order) {
    const found =
      holding(index, chosen[p], noun) ?? (definite ? holding(index, chosen[p], noun, true) : undefined);
    if (found) return found;
  }
  return undefined;
}
