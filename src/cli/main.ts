/**
 * `parley`, the command-line shell over the core. Each command lives in `commands/` and only
 * parses arguments, calls the core and prints; no extraction or storage logic is here.
 */
import { Command } from 'commander';
import { collect, spellOutListOptions } from './list-options.js';

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
];

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  program
    .name('parley')
    .description('Sourced, time-aware records of negotiations from the news.')
    .option('--db <path>', 'the SQLite store (default: $PARLEY_DB or ./parley.db)')
    .option(
      '--codebook <file>',
      "a codebook (YAML file, or folder of them) merged over the default; repeat for several (default: the store's own; for extract and a new store, the nearest codebook.yaml)",
      collect,
    )
    .option('--no-codebook', 'the default codebook alone: no codebook.yaml search, not the store’s own')
    .option('--json', 'machine-readable output')
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
