/**
 * `parley demo` (what `npm start` runs): ingest the sample corpus in `examples/` and report what
 * the store holds. Later stages extend `runDemo` (the brief, the dashboard) step by step.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { IngestSummary } from '../../core/ingest/ingest.js';
import { displayLocation } from '../../core/store/index.js';
import type { Store, StoreStats } from '../../core/store/store.js';
import {
  dbPath,
  type GlobalOptions,
  givenCodebooks,
  printJson,
  storeNegotiations,
  withStore,
  withUserErrors,
} from '../context.js';
import { briefText } from './brief.js';
import { runIngest, summaryText } from './ingest.js';
import { serveAfterDemo } from './serve.js';

/** `examples/` of the installed package (src/cli/commands or dist/cli/commands → repo root). */
export const examplesDir = (): string =>
  join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'examples');

export interface DemoResult {
  db: string;
  examples: string;
  ingest: IngestSummary;
  store: StoreStats;
  /** The codebook file(s) the corpus was coded with (examples/codebook.yaml unless --codebook). */
  codebook?: string[];
  /** The negotiations of the sample corpora. */
  negotiations: { id: string; name: string }[];
  /** The brief of the corpus's first negotiation in Markdown, the changes taken from its middle date on. */
  brief?: string;
}

/** Ingest the examples into the store and say what it holds. Extend with further steps. */
export async function runDemo(
  store: Store,
  opts: GlobalOptions & { examples?: string },
): Promise<DemoResult> {
  const examples = opts.examples ?? examplesDir();
  if (!existsSync(examples))
    throw new Error(`the sample corpus ${examples} is missing: reinstall parley or pass --examples DIR`);
  // The sample articles live in corpus/, formats/ and corpus-second/ (a second negotiation, in the
  // same weeks); examples/ also holds their codebooks.
  const articleDirs = ['corpus', 'formats', 'corpus-second']
    .map((d) => join(examples, d))
    .filter((d) => existsSync(d));
  // Each corpus is about an invented negotiation: its parties, issues and the negotiation itself
  // are in its own codebook.
  const exampleCodebooks = ['codebook.yaml', 'second-codebook.yaml']
    .map((f) => join(examples, f))
    .filter((f) => existsSync(f));
  const codebook = givenCodebooks(opts) ?? (exampleCodebooks.length ? exampleCodebooks : undefined);
  const ingest = await runIngest(articleDirs.length ? articleDirs : [examples], store, { ...opts, codebook });
  // What changed over the second half of the corpus: since the median document's date.
  const dates = (await store.listDocuments()).map((d) => d.date).sort();
  const since = dates[Math.floor(dates.length / 2)];
  // The brief of the first negotiation (the others are a `-n ID` away).
  const negotiations = await storeNegotiations(store, { ...opts, codebook });
  const [first] = negotiations;
  const brief = dates.length
    ? await briefText(store, { ...opts, codebook, since, format: 'md', negotiation: first?.id })
    : undefined;
  return {
    db: displayLocation(dbPath(opts)),
    examples,
    ingest,
    store: await store.stats(),
    codebook,
    negotiations: negotiations.map((n) => ({ id: n.id, name: n.name })),
    brief,
  };
}

export function register(program: Command): void {
  program
    .command('demo')
    .description(
      'ingest the sample corpus (examples/) into the store, print its brief, then serve the dashboard (on a terminal)',
    )
    .option('--examples <dir>', 'the sample corpus to use instead of examples/')
    .option('--no-serve', 'do not serve the dashboard afterwards (it is served only on a terminal anyway)')
    .action((_options: unknown, cmd: Command) =>
      withUserErrors(cmd, async () => {
        const opts = cmd.optsWithGlobals<GlobalOptions & { examples?: string; serve?: boolean }>();
        await withStore(
          opts,
          async (store) => {
            const result = await runDemo(store, opts);
            if (opts.json) printJson(result);
            else {
              const s = result.store;
              process.stdout.write(
                [
                  `ingest of ${result.examples}: ${summaryText(result.ingest)}`,
                  `store ${result.db}: ${s.documents} documents (${s.nearDuplicates} near-duplicate${s.nearDuplicates === 1 ? '' : 's'}, ${s.skipped} not English), ${s.statements} statements, ${s.positions} positions, ${s.events} events`,
                  ...(result.negotiations.length > 1
                    ? [
                        `${result.negotiations.length} negotiations: ${result.negotiations.map((n) => `${n.id} (${n.name})`).join(', ')}; every question takes -n ID (\`parley negotiations\` lists them); the brief below is of ${result.negotiations[0].id}`,
                      ]
                    : []),
                  `next: \`parley docs\` lists them, \`parley show ID\` prints one, \`parley brief${result.negotiations.length > 1 ? ` -n ${result.negotiations[0].id}` : ''} --format html\` writes the brief below as a page`,
                ].join('\n') + '\n',
              );
              if (result.brief) process.stdout.write(`\n${result.brief}`);
            }
            if (result.ingest.failed) process.exitCode = 1;
            await serveAfterDemo(store, result.codebook, opts);
          },
          { create: true },
        );
      }),
    );
}
