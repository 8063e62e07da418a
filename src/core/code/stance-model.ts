/**
 * The stance reader: for a party and an issue that meet in a sentence where no rule read a stance,
 * the stance the sentence most likely gives the party, from weights learnt on coded news
 * (scripts/learn-stance-model.ts → codebooks/optional/stance-reader.yaml, which a user adds with
 * `--codebook`: measured on held-out news it added as many wrong stances as right ones, see
 * eval/README.md).
 *
 * A candidate is a sentence, an issue named in it (by a pattern or a reference) and a party: one
 * the sentence names near the issue, or the speaker of the statement the sentence is in. What is
 * read of it are named features: the lower-case words near the issue; the cue lists of
 * codebooks/stance.yaml that fire there, and those that fire between the party and the issue; how
 * the party stands to the issue (the speaker, named before it or after it, how far, the first party
 * named, the words beside it); the issue; how prominent the party is in the story. A multinomial logistic model over them gives the odds of no stance and of
 * each stance; a stance whose probability reaches the model's threshold is the party's.
 *
 * Every feature is a string a person can read (`cue:stance_demand`, `before`, `w:ceasefire`), and
 * the model file gives each one's weight for each class.
 */
import type { StanceModel } from '../codebook/codebook.js';
import type { ParleyDocument, Span, Stance, Token } from '../model.js';
import { startingIn, within } from '../sorted.js';
import type { IssuePayload, PhraseMatch } from './issues.js';
import type { DocIndex } from './textindex.js';

export interface StanceCandidate {
  sentence: number;
  actor: string;
  issue: string;
  /** The issue's match in the sentence. */
  match: PhraseMatch<IssuePayload>;
  /** The sentence's characters. */
  span: Span;
  /** The features every candidate of the issue's match shares (one array, not copied). */
  shared: string[];
  /** The candidate's own features: how its party stands to the issue. */
  own: string[];
}

/** All of a candidate's features. */
export const candidateFeatures = (c: StanceCandidate): string[] => [...c.shared, ...c.own];

/** Cue lists that say nothing of a stance and fire everywhere. */
const QUIET_LISTS = new Set(['speech_verbs']);

/** The words the reader weighs: those written in lower case (names tie it to the talks it learnt from). */
function featureWords(tokens: Token[], from = 0, to = tokens.length): string[] {
  const words: string[] = [];
  for (let i = from; i < to; i++) if (isFeature(tokens[i])) words.push(tokens[i].lower);
  return words;
}

const isFeature = (t: Token) => t.kind === 'word' && t.text.length > 1 && /^[a-z]/.test(t.text);

/** A token as a feature: its lower-cased form, or `Name` for a capitalised word (names tie a model to its talks). */
const wordOrName = (t: Token) => (t.kind === 'word' && /^\p{Lu}/u.test(t.text) ? 'Name' : t.lower);

const bucket = (n: number) => (n <= 2 ? 'near' : n <= 6 ? 'mid' : 'far');

const ranksOf = new WeakMap<ParleyDocument, Map<string, number>>();

/** Each party's rank in the document by the mentions that name it (1: the most named). */
function actorRanks(doc: ParleyDocument): Map<string, number> {
  let ranks = ranksOf.get(doc);
  if (ranks) return ranks;
  const counts = new Map<string, number>();
  for (const m of doc.mentions) {
    const codes = Array.isArray(m.actor) ? m.actor : m.actor ? [m.actor] : [];
    for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  ranks = new Map([...counts].sort((a, b) => b[1] - a[1]).map(([code], i) => [code, i + 1]));
  ranksOf.set(doc, ranks);
  return ranks;
}

/** How prominent a party is in the story: the few most named hold the stances a report is about. */
const rankFeature = (doc: ParleyDocument, code: string) => {
  const r = actorRanks(doc).get(code);
  return `rank:${r === undefined ? 'unnamed' : r <= 3 ? r : '4+'}`;
};

/**
 * How many tokens on each side of an issue's words the reader looks at: news puts a holder and
 * its stance near the issue, and a window keeps the reading of a sentence with no end (a page
 * without punctuation) in proportion to its length.
 */
const WINDOW = 40;

/**
 * The candidates of one sentence: each issue match with each party the sentence names near it or
 * speaks through (the party nearest the match, when it is named twice).
 */
export function stanceCandidates(
  doc: ParleyDocument,
  index: DocIndex,
  sentence: number,
  matches: PhraseMatch<IssuePayload>[],
  /** Party|issue pairs to leave out (those a rule has read): no features are built for them. */
  skip: ReadonlySet<string> = new Set(),
): StanceCandidate[] {
  const { from, to } = index.sentenceTokens[sentence];
  if (to <= from || matches.length === 0) return [];
  const { tokens } = index;
  const span = { start: tokens[from].start, end: tokens[to - 1].end };
  // A sentence dated years before the story tells of a stance taken then ("agreed in 1994 to …"):
  // the reader leaves the past to the rules that date what they read.
  const docYear = Number(doc.date.slice(0, 4));
  if (within(doc.timexes, span.start, span.end).some((t) => Number(t.value.slice(0, 4)) < docYear - 1))
    return [];
  // The sentence's cues, in order (the index keeps each sentence's together, not sorted inside).
  const cues = startingIn(index.cues, from, to)
    .filter((c) => !QUIET_LISTS.has(c.pattern.payload))
    .sort((x, y) => x.start - y.start);
  const named = within(index.mentions, from, to).filter((m) => m.codes.length);
  // The speaker of the statement the sentence's words are in (the first covered token's).
  const speakers = new Set<string>();
  for (let i = from; i < to; i++) {
    const k = index.statementOf[i];
    if (k < 0) continue;
    const actor = doc.statements[k]?.actor;
    for (const code of Array.isArray(actor) ? actor : actor ? [actor] : []) speakers.add(code);
    break;
  }
  // Each token's word feature, made once for the sentence (its matches' windows overlap).
  const wordFeature: (string | undefined)[] = [];
  for (let i = from; i < to; i++) wordFeature.push(isFeature(tokens[i]) ? `w:${tokens[i].lower}` : undefined);
  const out: StanceCandidate[] = [];
  const seen = new Set<string>();
  for (const match of matches) {
    const issue = match.pattern.payload.issue;
    const lo = Math.max(from, match.start - WINDOW);
    const hi = Math.min(to, match.end + WINDOW);
    const mentions = within(named, lo, hi);
    // Nothing to read when every party near the issue (and the speaker) is left out.
    const open = (code: string) => !skip.has(`${code}|${issue}`) && !seen.has(`${code}|${issue}`);
    if (![...speakers].some(open) && !mentions.some((m) => m.codes.some(open))) continue;
    const near = within(cues, lo, hi);
    const shared = [
      ...new Set(wordFeature.slice(lo - from, hi - from).filter((w): w is string => w !== undefined)),
      ...new Set(near.map((c) => `cue:${c.pattern.payload}`)),
      `parties:${Math.min(new Set(mentions.flatMap((m) => m.codes)).size, 3)}`,
      `issue:${issue}`,
    ];
    const add = (code: string, own: string[]) => {
      seen.add(`${code}|${issue}`);
      out.push({ sentence, actor: code, issue, match, span, shared, own: [rankFeature(doc, code), ...own] });
    };
    for (const code of speakers) if (open(code)) add(code, ['speaker']);
    const gapOf = (m: { start: number; end: number }) =>
      m.end <= match.start ? match.start - m.end : m.start - match.end;
    const nearest = new Map<string, (typeof mentions)[number]>();
    for (const m of mentions) {
      if (m.start < match.end && m.end > match.start) continue; // the issue's own words ("Ukraine's neutrality")
      for (const code of m.codes) {
        const had = nearest.get(code);
        if (!had || gapOf(m) < gapOf(had)) nearest.set(code, m);
      }
    }
    for (const [code, m] of nearest) {
      if (!open(code)) continue;
      const before = m.end <= match.start;
      const [a, b] = before ? [m.end, match.start] : [match.end, m.start];
      const between = within(near, a, b).map((c) => `between:${c.pattern.payload}`);
      const gapWords = featureWords(tokens, a, b).map((w) => `bw:${w}`);
      add(code, [
        before ? 'before' : 'after',
        `${before ? 'before' : 'after'}:${bucket(b - a)}`,
        ...(m === named[0] ? ['first'] : []),
        // The word before the party ("with", "by", "to": not the one who holds the stance) and
        // after it ("said", "'s", "rejected").
        `mprev:${m.start > from ? wordOrName(tokens[m.start - 1]) : 'start'}`,
        `mnext:${m.end < to ? wordOrName(tokens[m.end]) : 'end'}`,
        ...(index.statementOf[m.start] >= 0 ? ['quoted'] : []),
        ...new Set([...between, ...gapWords]),
      ]);
    }
  }
  return out;
}

/** The classes, in the model's order: no stance, then the stances. */
export const STANCE_CLASSES = ['none', 'demand', 'propose', 'accept', 'reject', 'open'] as const;

/** Each class's score: the bias (or `from`) plus the weights of each feature (each listed once). */
function scores(
  model: StanceModel,
  features: Iterable<string>,
  from: readonly number[] = model.bias,
): number[] {
  const out = [...from];
  for (const f of features) {
    const w = model.weights[f];
    if (w) for (let k = 0; k < out.length; k++) out[k] += w[k];
  }
  return out;
}

function softmax(scores: number[]): number[] {
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

/** Each class's probability for a candidate's features (a feature listed twice counts once). */
export const stanceProbabilities = (model: StanceModel, features: string[]): number[] =>
  softmax(scores(model, new Set(features)));

/** The scores of the features a match's candidates share, worked out once per match. */
const sharedScores = new WeakMap<StanceModel, WeakMap<string[], number[]>>();

function scoresOfShared(model: StanceModel, shared: string[]): number[] {
  let byArray = sharedScores.get(model);
  if (!byArray) sharedScores.set(model, (byArray = new WeakMap()));
  let hit = byArray.get(shared);
  if (!hit) byArray.set(shared, (hit = scores(model, shared)));
  return hit;
}

export interface StanceReading {
  stance: Stance;
  probability: number;
}

/** The stance the model reads in a candidate, if one reaches its threshold. */
export function readStance(model: StanceModel, candidate: StanceCandidate): StanceReading | undefined {
  if (model.threshold >= 1 || model.classes.length < 2) return undefined;
  // (the shared features and the candidate's own never overlap: no feature is counted twice)
  const p = softmax(scores(model, candidate.own, scoresOfShared(model, candidate.shared)));
  let best = 1;
  for (let k = 2; k < p.length; k++) if (p[k] > p[best]) best = k;
  if (p[best] < model.threshold || p[best] <= p[0]) return undefined;
  return { stance: model.classes[best] as Stance, probability: p[best] };
}
