/** `parley positions`: the actors × issues matrix as of a date, each cell with its latest evidence. */
import type { Command } from 'commander';
import type { NegotiationEntry } from '../../core/codebook/codebook.js';
import { positionHistory, positionsMatrix } from '../../core/query/positions.js';
import { dateBound, historyText, positionsText } from '../../core/query/text.js';
import type { Store } from '../../core/store/store.js';
import {
  type GlobalOptions,
  negotiationFor,
  printJson,
  withNegotiationOption,
  withStore,
} from '../context.js';

/** Open the store, run a query, print it as JSON or text, close the store (shared by the query commands). */
export function runQuery<O, R>(
  cmd: Command,
  query: (store: Store, opts: GlobalOptions & O, negotiation: NegotiationEntry | undefined) => Promise<R>,
  text: (result: R) => string,
): Promise<void> {
  const opts = cmd.optsWithGlobals<GlobalOptions & O & { negotiation?: string }>();
  return withStore(opts, async (store) => {
    const result = await query(store, opts, await negotiationFor(store, opts));
    if (opts.json) printJson(result);
    else process.stdout.write(text(result));
  });
}

export function register(program: Command): void {
  const command = program.command('positions');
  withNegotiationOption(command)
    .description('where each party stands on each issue: the latest stance, its evidence, date and sources')
    .option('--as-of <date>', 'only evidence published on or before this date (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--issue <code>', 'only this issue (e.g. territory)')
    .option('--actor <code>', 'only this actor (e.g. VSK)')
    .option('--history', 'with --actor and --issue: every stance the actor took on the issue, oldest first')
    .action(async (_options: unknown, cmd: Command) => {
      const { history, actor, issue } = cmd.opts<{ history?: boolean; actor?: string; issue?: string }>();
      if (history) {
        if (!actor || !issue)
          throw new Error('--history needs --actor and --issue (e.g. --actor ORM --issue ceasefire)');
        await runQuery<{ asOf?: string }, Awaited<ReturnType<typeof positionHistory>>>(
          cmd,
          (store, o, negotiation) =>
            positionHistory(store, actor, issue, dateBound(o.asOf, '--as-of', 'last'), negotiation),
          (list) => historyText(actor, issue, list),
        );
        return;
      }
      await runQuery<
        { asOf?: string; issue?: string; actor?: string },
        Awaited<ReturnType<typeof positionsMatrix>>
      >(
        cmd,
        (store, o, negotiation) =>
          positionsMatrix(store, {
            asOf: dateBound(o.asOf, '--as-of', 'last'),
            issue: o.issue,
            actor: o.actor,
            negotiation,
          }),
        positionsText,
      );
    });
}
