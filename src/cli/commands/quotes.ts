/** `parley quotes`: who said what, with full-text search, speakers merged across articles. */
import type { Command } from 'commander';
import { quotes } from '../../core/query/quotes.js';
import { dateBound, quotesText } from '../../core/query/text.js';
import { codebookForStore, withNegotiationOption } from '../context.js';
import { runQuery } from './positions.js';

export function register(program: Command): void {
  withNegotiationOption(program.command('quotes'))
    .description('attributed statements, with full-text search (--text) and filters')
    .option('--actor <code>', 'only statements by this party')
    .option('--issue <code>', 'only statements that express a stance on this issue')
    .option('--text <words>', 'only statements containing all these words')
    .option('--since <date>', 'only from articles published on or after')
    .option('--as-of <date>', 'only from articles published on or before')
    .option('--direct', 'only direct quotations')
    .option('--limit <n>', 'the latest n only', (v) => Number(v))
    .action((_options: unknown, cmd: Command) =>
      runQuery<
        {
          actor?: string;
          issue?: string;
          text?: string;
          since?: string;
          asOf?: string;
          direct?: boolean;
          limit?: number;
        },
        Awaited<ReturnType<typeof quotes>>
      >(
        cmd,
        async (store, o, negotiation) =>
          quotes(
            store,
            {
              actor: o.actor,
              issue: o.issue,
              text: o.text,
              since: dateBound(o.since, '--since', 'first'),
              asOf: dateBound(o.asOf, '--as-of', 'last'),
              direct: o.direct,
              limit: o.limit,
              negotiation,
            },
            (await codebookForStore(store, o)).codebook,
          ),
        quotesText,
      ),
    );
}
