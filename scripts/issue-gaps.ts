/**
 * Where the issue vocabulary has gaps, read off unlabelled news:
 * `npx tsx scripts/issue-gaps.ts FOLDER… [--top N] [--min-docs K]`.
 *
 * Runs the default pipeline over every `*.txt` of the folders (a first line `date YYYY-MM-DD`, a
 * blank line, the text: the layout of `eval/*\/texts`) and, for every stance cue of
 * codebooks/stance.yaml (demand, propose, accept, open, reject, and the noun cues: "demands for",
 * "a proposal to"), reads the phrase the cue governs: the words after it up to the end of its
 * clause (a comma, a conjunction, a relative or a subordinator), at most MAX_WORDS of them. Where
 * no issue pattern of codebooks/issues.yaml matches in that clause, the phrase is a gap: a stance
 * Parley sees but cannot place on an issue. The gaps are printed, ranked by the number of
 * documents they occur in, with a count and one short example each, in four views: the whole
 * phrase (determiners dropped, actor mentions as {ACTOR}, numbers as #), its first two content
 * words, any two successive content words, and its single content words. Nothing is written: the examples are the texts' own
 * words, to read, never to copy into the repository.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type IssuePayload, issueMatcher, type PhraseMatch, preferTight } from '../src/core/code/issues.js';
import { MAX_CUE_DISTANCE, STANCE_LISTS as STANCE_CUE_LISTS } from '../src/core/code/positions.js';
import { docIndex, slotLookup } from '../src/core/code/textindex.js';
import type { PipelineContext } from '../src/core/model.js';
import { createDocument } from '../src/core/pipeline.js';
import { defaultPipeline } from '../src/core/stages.js';

/** The cue lists whose object is a stance's target: the positions stage's stance lists and the noun cues. */
const STANCE_LISTS = new Set([...Object.keys(STANCE_CUE_LISTS), 'proposal_nouns', 'demand_nouns']);
/** Words of the governed phrase read after the cue. */
const MAX_WORDS = 6;
/** Words that end the governed phrase: the clause goes on about something else. */
const BREAKS = new Set([
  'and',
  'but',
  'or',
  'nor',
  'if',
  'unless',
  'until',
  'because',
  'while',
  'whereas',
  'which',
  'who',
  'whom',
  'when',
  'as',
  'after',
  'before',
  'since',
  'so',
  'than',
  'said',
  'says',
  'say',
  'told',
  'according',
]);
/** Words skipped at the start of the phrase ("calls for the …", "ready to …"). */
const LEADING = new Set([
  'for',
  'of',
  'to',
  'on',
  'upon',
  'that',
  'the',
  'a',
  'an',
  'any',
  'all',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'these',
  'those',
  'such',
  'be',
  'is',
  'are',
  'was',
  'were',
  'been',
  'it',
  'them',
  'there',
  'further',
  'more',
  'new',
]);
/** Words that are no content of their own in a head ("the release of …" → "release"). */
const STOP = new Set([
  ...LEADING,
  ...'in with by from at into over under within during between about against without beyond through toward towards per via'.split(
    ' ',
  ),
  ...'not no will would could can may might must should shall do does did has have had being'.split(' '),
  ..."they we he she you i us him me what whether how where why 's other some only also just very last next first".split(
    ' ',
  ),
  ...'make made take took get got put set keep give go come down up out off back way part sure'.split(' '),
  '{actor}',
  '#',
]);

interface Gap {
  docs: Set<string>;
  count: number;
  example: string;
}

function main() {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const top = option('--top', 40);
  const minDocs = option('--min-docs', 2);
  const folders = args.filter(
    (a, i) => !a.startsWith('--') && !['--top', '--min-docs'].includes(args[i - 1]),
  );
  if (folders.length === 0) {
    console.error('usage: npx tsx scripts/issue-gaps.ts FOLDER… [--top N] [--min-docs K]');
    process.exitCode = 2;
    return;
  }
  const files = folders.flatMap((f) =>
    statSync(f).isDirectory()
      ? readdirSync(f)
          .filter((n) => n.endsWith('.txt'))
          .sort()
          .map((n) => join(f, n))
      : [f],
  );
  const pipeline = defaultPipeline();
  const views = {
    phrase: new Map<string, Gap>(),
    head: new Map<string, Gap>(),
    pair: new Map<string, Gap>(),
    word: new Map<string, Gap>(),
  };
  let cuesSeen = 0;
  let gapsSeen = 0;
  for (const file of files) {
    const raw = readFileSync(file, 'utf8');
    const m = /^date (\d{4}-\d{2}-\d{2})\s*\n/.exec(raw);
    const text = m ? raw.slice(m[0].length).trimStart() : raw;
    const doc = pipeline.run(createDocument(text, { date: m?.[1] ?? '2020-01-01', source: file }));
    const found = gapsIn(doc, pipeline.ctx);
    cuesSeen += found.cues;
    for (const g of found.gaps) {
      gapsSeen++;
      const content = g.words.filter((w) => !STOP.has(w));
      note(views.phrase, g.words.join(' '), file, g.example);
      if (content.length >= 2) note(views.head, content.slice(0, 2).join(' '), file, g.example);
      for (let i = 0; i + 1 < content.length; i++)
        note(views.pair, `${content[i]} ${content[i + 1]}`, file, g.example);
      for (const w of new Set(content)) note(views.word, w, file, g.example);
    }
  }
  console.log(
    `${files.length} documents, ${cuesSeen} stance cues, ${gapsSeen} governing a phrase with no issue`,
  );
  for (const [name, map] of Object.entries(views)) {
    console.log(`\n== ${name} (documents / occurrences / example)`);
    const ranked = [...map]
      .filter(([, g]) => g.docs.size >= minDocs)
      .sort((a, b) => b[1].docs.size - a[1].docs.size || b[1].count - a[1].count || a[0].localeCompare(b[0]))
      .slice(0, top);
    for (const [key, g] of ranked)
      console.log(
        `${String(g.docs.size).padStart(4)} ${String(g.count).padStart(4)}  ${key.padEnd(36)} ${g.example}`,
      );
  }
}

function note(map: Map<string, Gap>, key: string, file: string, example: string) {
  if (!key) return;
  const g = map.get(key) ?? { docs: new Set<string>(), count: 0, example };
  g.docs.add(file);
  g.count++;
  map.set(key, g);
}

/**
 * The stance cues of a document whose governed phrase names no issue: the phrase's words
 * (normalised) and a short example (the cue and the phrase as written).
 */
export function gapsIn(
  doc: ReturnType<typeof createDocument>,
  ctx: PipelineContext,
): { cues: number; gaps: Array<{ words: string[]; example: string }> } {
  const index = docIndex(doc, ctx);
  const { tokens } = index;
  const matcher = issueMatcher(ctx);
  const actorAt = slotLookup(index);
  const gaps: Array<{ words: string[]; example: string }> = [];
  let cues = 0;
  for (const { from, to } of index.sentenceTokens) {
    if (to <= from) continue;
    const issues: PhraseMatch<IssuePayload>[] = preferTight(matcher.matchAll({ tokens, from, to, actorAt }));
    const stance = index.cues.filter(
      (c) => c.start >= from && c.start < to && STANCE_LISTS.has(c.pattern.payload),
    );
    for (const c of stance) {
      // A cue inside a longer one ("call on X to demand …") is read once, by the outer cue.
      if (
        stance.some(
          (o) => o !== c && o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start,
        )
      )
        continue;
      cues++;
      let k = c.end;
      while (k < to && LEADING.has(tokens[k].lower)) k++;
      const words: string[] = [];
      let end = k;
      while (end < to && words.length < MAX_WORDS) {
        const w = tokens[end].lower;
        if (!/[\p{L}\p{N}]/u.test(w) || BREAKS.has(w)) break;
        const mention = index.mentionAt.get(end);
        if (mention && mention.codes.length > 0) {
          words.push('{actor}');
          end = mention.end;
          continue;
        }
        words.push(/^\d/.test(w) ? '#' : w);
        end++;
      }
      if (words.length === 0 || words.every((w) => STOP.has(w))) continue;
      // The clause of the cue: back to the last break before it.
      let start = c.start;
      while (
        start > from &&
        /[\p{L}\p{N}]/u.test(tokens[start - 1].lower) &&
        !BREAKS.has(tokens[start - 1].lower)
      )
        start--;
      // An issue further on in the clause, within the positions stage's reach, is governed too.
      let clauseEnd = end;
      while (
        clauseEnd < to &&
        clauseEnd < c.end + MAX_CUE_DISTANCE &&
        /[\p{L}\p{N}]/u.test(tokens[clauseEnd].lower) &&
        !BREAKS.has(tokens[clauseEnd].lower)
      )
        clauseEnd++;
      if (issues.some((m) => m.start < clauseEnd && m.end > start)) continue;
      const example = doc.text
        .slice(tokens[c.start].start, tokens[end - 1].end)
        .replace(/\s+/g, ' ')
        .slice(0, 90);
      gaps.push({ words, example });
    }
  }
  return { cues, gaps };
}

// Run as a script, not when a test imports gapsIn.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
