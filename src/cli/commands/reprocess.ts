/**
 * `parley reprocess`: run the extraction again over the stored documents (after a codebook or
 * rule change) and replace their facts; nothing is added twice.
 */
import type { Command } from 'commander';
import { reprocess } from '../../core/query/reprocess.js';
import { dateBound } from '../../core/query/text.js';
import { defaultPipeline } from '../../core/stages.js';
import { type GlobalOptions, loadCodebookFromOpts, openStore, printJson } from '../context.js';

export function register(program: Command): void {
  program
    .command('reprocess')
    .description(
      'extract the stored documents again with the current codebook and rules, replacing their facts',
    )
    .option('--since <date>', 'only documents dated on or after')
    .option('--until <date>', 'only documents dated on or before')
    .action((_options: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<GlobalOptions & { since?: string; until?: string }>();
      const store = openStore(opts);
      try {
        const before = store.stats();
        const summary = store.transaction(() =>
          reprocess(store, defaultPipeline(loadCodebookFromOpts(opts)), {
            since: dateBound(opts.since, '--since', 'first'),
            until: dateBound(opts.until, '--until', 'last'),
          }),
        );
        const after = store.stats();
        const result = { ...summary, before, after };
        if (opts.json) printJson(result);
        else
          process.stdout.write(
            `re-extracted ${summary.documents} documents (${summary.skipped} left alone): ` +
              `statements ${before.statements} → ${after.statements}, positions ${before.positions} → ${after.positions}, events ${before.events} → ${after.events}\n`,
          );
      } finally {
        store.close();
      }
    });
}
