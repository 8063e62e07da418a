/** `parley meetings`: meetings in date order — who met whom, where, how long, who was excluded. */
import type { Command } from 'commander';
import { meetings } from '../../core/query/events.js';
import { dateBound, eventsText } from '../../core/query/text.js';
import { withNegotiationOption } from '../context.js';
import { runQuery } from './positions.js';

export function register(program: Command): void {
  withNegotiationOption(program.command('meetings'))
    .description('meetings, talks, visits and calls in date order: held, planned, postponed, cancelled')
    .option('--since <date>', 'only meetings dated on or after')
    .option('--as-of <date>', 'only from articles published on or before')
    .option('--actor <code>', 'only meetings this party took part in (or was excluded from)')
    .action((_options: unknown, cmd: Command) =>
      runQuery<{ since?: string; asOf?: string; actor?: string }, Awaited<ReturnType<typeof meetings>>>(
        cmd,
        (store, o, negotiation) =>
          meetings(store, {
            negotiation,
            since: dateBound(o.since, '--since', 'first'),
            asOf: dateBound(o.asOf, '--as-of', 'last'),
            actor: o.actor,
          }),
        (list) => eventsText(list, 'meetings'),
      ),
    );
}
