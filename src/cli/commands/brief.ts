/** `parley brief`: the analyst's brief — positions, conflicts, changes, key quotes, timeline. */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  type BriefOptions,
  buildBrief,
  renderBriefHtml,
  renderBriefMarkdown,
} from '../../core/query/brief.js';
import { dateBound } from '../../core/query/text.js';
import type { Store } from '../../core/store/store.js';
import {
  codebookForStore,
  type GlobalOptions,
  negotiationFor,
  printJson,
  withNegotiationOption,
  withStore,
} from '../context.js';

export interface BriefCliOptions {
  /** -n: the negotiation (undefined: the store's only one, if it has one). */
  negotiation?: string;
  since?: string;
  asOf?: string;
  format?: string;
}

/** The brief as text in the format asked for (also used by `parley demo`). */
export async function briefText(store: Store, opts: GlobalOptions & BriefCliOptions): Promise<string> {
  const format = (opts.format ?? 'md').toLowerCase();
  if (format !== 'md' && format !== 'html' && format !== 'markdown')
    throw new Error(`--format ${opts.format}: unknown; use md or html`);
  const brief = await buildBrief(store, await briefOptions(store, opts));
  return format === 'html' ? renderBriefHtml(brief) : renderBriefMarkdown(brief);
}

/** What the brief is built with: the dates, the store's codebook for names, and the negotiation. */
async function briefOptions(store: Store, opts: GlobalOptions & BriefCliOptions): Promise<BriefOptions> {
  return {
    since: dateBound(opts.since, '--since', 'first'),
    asOf: dateBound(opts.asOf, '--as-of', 'last'),
    codebook: (await codebookForStore(store, opts)).codebook,
    negotiation: await negotiationFor(store, opts),
  };
}

export function register(program: Command): void {
  withNegotiationOption(program.command('brief'))
    .description('the brief: where the parties stand, conflicts, what changed, key quotes, timeline')
    .option(
      '--since <date>',
      'changes, quotes and events from this date on (default: 30 days before the latest)',
    )
    .option('--as-of <date>', 'only evidence published on or before this date')
    .option('--format <md|html>', 'Markdown (default) or a self-contained HTML page', 'md')
    .option('--out <file>', 'write the brief to this file instead of standard output')
    .action((_options: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<GlobalOptions & BriefCliOptions & { out?: string }>();
      return withStore(opts, async (store) => {
        if (opts.json) {
          printJson(await buildBrief(store, await briefOptions(store, opts)));
          return;
        }
        const text = await briefText(store, opts);
        if (opts.out) {
          writeFileSync(opts.out, text);
          process.stdout.write(`brief written to ${opts.out}\n`);
        } else process.stdout.write(text);
      });
    });
}
