/**
 * `npm run bench:corpus -- --docs N --seed S [--out DIR] [--words W] [--format files|jsonl]`
 *
 * Writes the synthetic benchmark corpus. `files` (the default) writes each article in the seed's
 * own form (`date YYYY-MM-DD`, then the body) beside its gold file (`NAME.gold.json`, the shape of
 * shared/eval/FORMAT.md), so that `parley ingest DIR` and `parley eval DIR --codebook
 * bench/codebook.yaml` work on it. `jsonl` writes one `{text, date, title, source}` a line
 * (`corpus.jsonl`) for fast bulk ingest; its gold goes to `gold.jsonl`, one gold object a line.
 */

import { once } from 'node:events';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { generateCorpus, loadWorld } from './generator.js';

const positiveInt = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError(`${name} must be a whole number ≥ 0, got "${value}"`);
  return n;
};

export interface CorpusOptions {
  docs: number;
  seed: number;
  out: string;
  words: number;
  format: 'files' | 'jsonl';
}

/** Write the corpus; returns how many articles and words were written. */
export async function writeCorpus(
  opts: CorpusOptions,
): Promise<{ docs: number; words: number; out: string }> {
  const world = loadWorld();
  const out = resolve(opts.out);
  mkdirSync(out, { recursive: true });
  let words = 0;
  let docs = 0;
  if (opts.format === 'jsonl') {
    const corpus = createWriteStream(join(out, 'corpus.jsonl'));
    const gold = createWriteStream(join(out, 'gold.jsonl'));
    for (const a of generateCorpus(world, opts.seed, opts.docs, { words: opts.words })) {
      const line = `${JSON.stringify({ text: a.text, date: a.date, title: a.title, source: a.source, url: `bench:${a.id}` })}\n`;
      // Respect back-pressure so a 100,000-article corpus streams in constant memory.
      if (!corpus.write(line)) await once(corpus, 'drain');
      if (!gold.write(`${JSON.stringify({ ...a.gold, text: a.text })}\n`)) await once(gold, 'drain');
      words += a.words;
      docs++;
    }
    corpus.end();
    gold.end();
    await Promise.all([once(corpus, 'finish'), once(gold, 'finish')]);
  } else {
    for (const a of generateCorpus(world, opts.seed, opts.docs, { words: opts.words })) {
      writeFileSync(join(out, `${a.id}.txt`), `date ${a.date}\n\n${a.text}\n`);
      writeFileSync(
        join(out, `${a.id}.gold.json`),
        `${JSON.stringify({ ...a.gold, source: `${a.id}.txt` }, null, 2)}\n`,
      );
      words += a.words;
      docs++;
    }
  }
  return { docs, words, out };
}

async function main(argv: string[]): Promise<void> {
  const program = new Command()
    .name('bench:corpus')
    .description('Write the synthetic benchmark corpus with its gold files (deterministic per seed).')
    .option('--docs <n>', 'number of articles', positiveInt('--docs'), 100)
    .option('--seed <s>', 'seed of the corpus', positiveInt('--seed'), 1)
    .option('--words <w>', 'target words per article', positiveInt('--words'), 800)
    .option('--format <f>', 'files (article + gold file each) or jsonl', 'files')
    .option('--out <dir>', 'output folder (default: bench/out/corpus-SEED-DOCS)')
    .parse(argv);
  const o = program.opts<{ docs: number; seed: number; words: number; format: string; out?: string }>();
  if (o.format !== 'files' && o.format !== 'jsonl')
    program.error(`--format must be files or jsonl, got "${o.format}"`);
  const out = o.out ?? join('bench', 'out', `corpus-${o.seed}-${o.docs}`);
  const t0 = performance.now();
  const result = await writeCorpus({
    docs: o.docs,
    seed: o.seed,
    words: o.words,
    format: o.format as 'files' | 'jsonl',
    out,
  });
  const secs = (performance.now() - t0) / 1000;
  console.log(
    `wrote ${result.docs} articles (${result.words} words, ${Math.round(result.words / Math.max(1, result.docs))} per article) to ${result.out} in ${secs.toFixed(1)} s`,
  );
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('bench/corpus.ts')) {
  await main(process.argv);
}
