/**
 * `parley`, the command-line shell over the core. Each command lives in `commands/` and only
 * parses arguments, calls the core and prints; no extraction or storage logic is here.
 */
import { Command } from 'commander';

export type CommandModule = (program: Command) => void;

// Each command module registers itself on the program; add new ones to this list.
const commandModules: Array<() => Promise<{ register: CommandModule }>> = [
  () => import('./commands/ingest.js'),
  () => import('./commands/docs.js'),
  () => import('./commands/show.js'),
  () => import('./commands/demo.js'),
  () => import('./commands/extract.js'),
  () => import('./commands/eval.js'),
  () => import('./commands/serve.js'),
  () => import('./commands/positions.js'),
  () => import('./commands/changes.js'),
  () => import('./commands/conflicts.js'),
  () => import('./commands/meetings.js'),
  () => import('./commands/timeline.js'),
  () => import('./commands/quotes.js'),
  () => import('./commands/brief.js'),
  () => import('./commands/reprocess.js'),
  () => import('./commands/migrate.js'),
  () => import('./commands/copy.js'),
  () => import('./commands/worker.js'),
];

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  program
    .name('parley')
    .description('Sourced, time-aware records of negotiations from the news.')
    .option(
      '--db <store>',
      'the store: a SQLite file, or postgres://user@host/db for a shared PostgreSQL one (default: $PARLEY_DB or ./parley.db)',
    )
    .option('--codebook <file...>', 'codebook file(s) merged over the default')
    .option('--json', 'machine-readable output')
    .showHelpAfterError()
    .exitOverride();
  for (const load of commandModules) (await load()).register(program);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    const code = (error as { exitCode?: number }).exitCode;
    if (typeof code === 'number') return code;
    throw error;
  }
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}
