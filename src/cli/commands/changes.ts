/** `parley changes --since DATE`: what moved — new demands, hardening, softening, new issues. */
import type { Command } from 'commander';
import { changesSince } from '../../core/query/positions.js';
import { changesText, dateBound } from '../../core/query/text.js';
import { withNegotiationOption } from '../context.js';
import { runQuery } from './positions.js';

export function register(program: Command): void {
  withNegotiationOption(program.command('changes'))
    .description(
      'what moved since a date: new demands, hardening, softening and concessions, issues newly on the table',
    )
    .requiredOption(
      '--since <date>',
      'compare the stances before this date with the stances now (YYYY-MM-DD)',
    )
    .option('--as-of <date>', 'now is this date instead of the latest evidence')
    .option('--issue <code>', 'only this issue')
    .option('--actor <code>', 'only this actor')
    .action((_options: unknown, cmd: Command) =>
      runQuery<
        { since: string; asOf?: string; issue?: string; actor?: string },
        Awaited<ReturnType<typeof changesSince>>
      >(
        cmd,
        (store, o, negotiation) =>
          changesSince(store, dateBound(o.since, '--since', 'first') as string, {
            asOf: dateBound(o.asOf, '--as-of', 'last'),
            issue: o.issue,
            actor: o.actor,
            negotiation,
          }),
        changesText,
      ),
    );
}
