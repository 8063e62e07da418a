/** `parley migrate`: say the store's schema version, and bring it up to date. */
import type { Command } from 'commander';
import { dbPath, type GlobalOptions, openStore, printJson, withUserErrors } from '../context.js';

export function register(program: Command): void {
  program
    .command('migrate')
    .description("say the store's schema version and upgrade it to the newest this parley knows")
    .option('--check', 'only say the version; change nothing (exit status 1 if an upgrade is due)')
    .action((_options: unknown, cmd: Command) =>
      withUserErrors(cmd, async () => {
        const opts = cmd.optsWithGlobals<GlobalOptions & { check?: boolean }>();
        // Opened as it is: the versions before and after are what this command reports.
        const store = await openStore(opts, { migrate: false });
        try {
          const before = await store.schema();
          const upgraded = opts.check ? undefined : await store.migrate();
          const result = {
            store: before.description,
            location: dbPath(opts),
            version: upgraded?.to ?? before.version,
            before: before.version,
            latest: before.latest,
            upgraded: upgraded ? upgraded.to !== upgraded.from : false,
          };
          if (opts.json) printJson(result);
          else if (opts.check)
            process.stdout.write(
              `${before.description}: schema version ${before.version}${before.version === before.latest ? ' (up to date)' : `; this parley knows ${before.latest}: run \`parley migrate\``}\n`,
            );
          else
            process.stdout.write(
              upgraded && upgraded.to !== upgraded.from
                ? `${before.description}: schema version ${upgraded.from} → ${upgraded.to} (up to date)\n`
                : `${before.description}: schema version ${before.version} (up to date)\n`,
            );
          if (opts.check && before.version !== before.latest) process.exitCode = 1;
        } finally {
          await store.close();
        }
      }),
    );
}
