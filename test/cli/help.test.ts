/** `parley --help` and each command's --help, as a newcomer reads them. */
import { describe, expect, it } from 'vitest';
import { parley } from './run.js';

const COMMANDS = [
  'demo',
  'ingest',
  'docs',
  'show',
  'negotiations',
  'positions',
  'changes',
  'conflicts',
  'meetings',
  'timeline',
  'quotes',
  'brief',
  'serve',
  'watch',
  'feeds',
  'extract',
  'eval',
  'reprocess',
  'review',
  'confirm',
  'reject',
  'correct',
  'add',
  'undo',
  'audit',
  'corrections',
  'migrate',
  'copy',
  'worker',
];

describe('help', () => {
  it('lists the commands from the demo to the analyst’s questions, and says where to start', async () => {
    const run = await parley('--help');
    expect(run.code).toBe(0);
    const commands = run.out.slice(run.out.indexOf('Commands:'), run.out.indexOf('Start here:'));
    const listed = [...commands.matchAll(/^ {2}(\w+) /gm)].map((m) => m[1]).filter((c) => c !== 'help');
    expect(listed).toEqual(COMMANDS);
    expect(run.out).toContain('Start here:');
    expect(run.out).toMatch(/--codebook <file> +a codebook .* repeat for several/s);
  });

  it.each(COMMANDS)('of `parley %s` shows the global options too: where the store is', async (command) => {
    const run = await parley(command, '--help');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(new RegExp(`^Usage: parley ${command} `));
    expect(run.out).toContain('Global Options:');
    // A command with long subcommand names (negotiations assign <document>) wraps the text sooner.
    expect(run.out).toMatch(/--db <store> +the store: a SQLite file, or\s+postgres:\/\/user@host\/db/);
  });
});
