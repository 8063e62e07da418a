/** `parley copy --from A --to B`: move a store to another place or engine (SQLite ↔ PostgreSQL). */
import type { Command } from 'commander';
import { copyStore } from '../../core/store/copy.js';
import { displayLocation, openStore } from '../../core/store/index.js';
import { type GlobalOptions, printJson, withUserErrors } from '../context.js';

export function register(program: Command): void {
  program
    .command('copy')
    .description(
      'copy a whole store — documents, facts with their ids, the codebook it was built with — into an empty one (a SQLite file or a postgres:// URL)',
    )
    .requiredOption('--from <store>', 'the store to copy: a SQLite file or a postgres:// URL')
    .requiredOption('--to <store>', 'an empty store to copy it into (made if it does not exist)')
    .action((_options: unknown, cmd: Command) =>
      withUserErrors(cmd, async () => {
        const opts = cmd.optsWithGlobals<GlobalOptions & { from: string; to: string }>();
        const from = await openStore(opts.from);
        try {
          const to = await openStore(opts.to);
          try {
            const progress = process.stderr.isTTY && !opts.json;
            const result = await copyStore(from, to, (n) => {
              if (progress && n % 100 === 0) process.stderr.write(`\rcopy: ${n} documents`);
            });
            if (progress) process.stderr.write('\r\x1b[K');
            if (opts.json)
              printJson({ from: displayLocation(opts.from), to: displayLocation(opts.to), ...result });
            else
              process.stdout.write(
                `copied ${result.documents} documents (${result.stats.statements} statements, ${result.stats.positions} positions, ${result.stats.events} events) from ${displayLocation(opts.from)} to ${displayLocation(opts.to)}\n`,
              );
          } finally {
            await to.close();
          }
        } finally {
          await from.close();
        }
      }),
    );
}
