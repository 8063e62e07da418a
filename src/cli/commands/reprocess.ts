/**
 * `parley reprocess`: run the extraction again over the stored documents (after a codebook or
 * rule change) and replace their facts; nothing is added twice.
 */
import type { Command } from 'commander';
import { reprocess } from '../../core/query/reprocess.js';
import { dateBound } from '../../core/query/text.js';
import { defaultPipeline } from '../../core/stages.js';
import { codebookForStore, type GlobalOptions, givenCodebooks, printJson, withStore } from '../context.js';

export function register(program: Command): void {
  program
    .command('reprocess')
    .description(
      'extract the stored documents again (with the codebook the store was built with, or --codebook) and replace their facts',
    )
    .option('--since <date>', 'only documents dated on or after')
    .option('--until <date>', 'only documents dated on or before')
    .action((_options: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<GlobalOptions & { since?: string; until?: string }>();
      return withStore(opts, async (store) => {
        const before = await store.stats();
        if (!givenCodebooks(opts) && !(await store.recordedCodebook()))
          process.stderr.write(
            'parley: note: the store does not say which codebook it was built with (an older parley made it): re-extracting with the default codebook; pass --codebook FILE if it was built with another\n',
          );
        const { codebook, sources } = await codebookForStore(store, opts);
        const whole = !opts.since && !opts.until;
        const summary = await store.transaction(async (tx) => {
          const done = await reprocess(tx, defaultPipeline(codebook), {
            since: dateBound(opts.since, '--since', 'first'),
            until: dateBound(opts.until, '--until', 'last'),
          });
          // Every fact now comes from this codebook: the store is built with it.
          if (whole) await tx.recordCodebook(sources);
          return done;
        });
        const after = await store.stats();
        const result = { ...summary, before, after };
        if (opts.json) printJson(result);
        else {
          process.stdout.write(
            `re-extracted ${summary.documents} documents (${summary.skipped} left alone): ` +
              `statements ${before.statements} → ${after.statements}, positions ${before.positions} → ${after.positions}, events ${before.events} → ${after.events}\n`,
          );
          const { holds, agrees, conflicts } = summary.corrections;
          if (holds + agrees + conflicts.length)
            process.stdout.write(
              `corrections: ${holds} hold, ${agrees} now agreed with by the extraction, ${conflicts.length} contradicted by it (the correction wins)\n` +
                conflicts
                  .map((c) => `  correction ${c.id} [${c.docId.slice(0, 8)}]: ${c.note ?? ''}\n`)
                  .join(''),
            );
        }
      });
    });
}
