/**
 * `parley`, the command-line shell over the core. Each command lives in `commands/` and only
 * parses arguments, calls the core and prints; no extraction or storage logic is here.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { collect, spellOutListOptions } from './list-options.js';

export { failureText } from './failure.js';

export type CommandModule = (program: Command) => void;

// Each command module registers itself on the program; add new ones to this list. `parley --help`
// lists them in this order: a newcomer's way through, from the demo to the analyst's questions.
const commandModules: Array<() => Promise<{ register: CommandModule }>> = [
  () => import('./commands/demo.js'),
  () => import('./commands/ingest.js'),
  () => import('./commands/docs.js'),
  () => import('./commands/show.js'),
  () => import('./commands/negotiations.js'),
  () => import('./commands/positions.js'),
  () => import('./commands/changes.js'),
  () => import('./commands/conflicts.js'),
  () => import('./commands/meetings.js'),
  () => import('./commands/timeline.js'),
  () => import('./commands/quotes.js'),
  () => import('./commands/brief.js'),
  () => import('./commands/serve.js'),
  // Watching the news: feeds on a schedule, alerts, their health.
  () => import('./commands/watch.js'),
  () => import('./commands/extract.js'),
  () => import('./commands/eval.js'),
  () => import('./commands/reprocess.js'),
  // The analyst checks the record: the review queue, confirm/correct/reject/add, undo, the audit log.
  () => import('./commands/review.js'),
  // A team's store: its schema, moving it between engines, ingest spread over machines.
  () => import('./commands/migrate.js'),
  () => import('./commands/copy.js'),
  () => import('./commands/worker.js'),
];

/** The version in package.json (src/cli or dist/cli → the package root). */
const version = (): string =>
  (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string })
    .version;

const START_HERE = `
Start here:
  parley demo                                 the sample corpus into ./parley.db, then its brief
  parley ingest ARTICLES… --db talks.db       your own news (files, folders, feeds) into a store
  parley positions --db talks.db              where each party stands; also changes, conflicts, …
  parley serve --db talks.db                  the dashboard at http://127.0.0.1:4600/

A codebook names a negotiation's parties and issues. Without --codebook, \`extract\` and the first
\`ingest\` into a store use the nearest codebook.yaml in the articles' folder or above it (up to the
top of the repository), and say so; the commands over a store use the codebook it was built with.
\`parley COMMAND --help\` tells more.`;

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  program
    .name('parley')
    .description('Sourced, time-aware records of negotiations from the news.')
    .version(version(), '-V, --version', 'print the version')
    .option(
      '--db <store>',
      'the store: a SQLite file, or postgres://user@host/db for a shared PostgreSQL one (default: $PARLEY_DB, else ./parley.db); ingest, demo, serve, migrate and worker create it, the others need it to exist',
    )
    .option(
      '--codebook <file>',
      "a codebook (YAML file, or folder of them) merged over the default; repeat for several (default: the store's own; for extract and a new store, the nearest codebook.yaml)",
      collect,
    )
    .option('--no-codebook', 'the default codebook alone: no codebook.yaml search, not the store’s own')
    .option('--json', 'machine-readable output on standard output')
    .configureHelp({ showGlobalOptions: true })
    .addHelpText('after', START_HERE)
    .showHelpAfterError()
    .exitOverride();
  for (const load of commandModules) (await load()).register(program);
  try {
    await program.parseAsync(spellOutListOptions(argv));
  } catch (error) {
    const code = (error as { exitCode?: number }).exitCode;
    if (typeof code === 'number') return code;
    throw error;
  }
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}
