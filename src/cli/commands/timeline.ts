/** `parley timeline`: every event (meetings, agreements, sanctions, accusations…) in date order. */
import type { Command } from 'commander';
import { EVENT_TYPES, type EventType } from '../../core/model.js';
import { timeline } from '../../core/query/events.js';
import { dateBound, eventsText } from '../../core/query/text.js';
import { withNegotiationOption } from '../context.js';
import { collectCommaList } from '../list-options.js';
import { runQuery } from './positions.js';

export function register(program: Command): void {
  withNegotiationOption(program.command('timeline'))
    .description('the events of the talks in date order (meetings, agreements, sanctions, accusations, …)')
    .option('--since <date>', 'only events dated on or after')
    .option('--as-of <date>', 'only from articles published on or before')
    .option('--actor <code>', 'only events involving this party')
    .option(
      '--type <type>',
      `only events of this type (${EVENT_TYPES.join(', ')}); repeat it or separate types by commas for several`,
      collectCommaList,
    )
    .action((_options: unknown, cmd: Command) =>
      runQuery<
        { since?: string; asOf?: string; actor?: string; type?: string[] },
        Awaited<ReturnType<typeof timeline>>
      >(
        cmd,
        async (store, o, negotiation) => {
          const types = o.type?.map((t) => t.toUpperCase());
          const unknown = types?.find((t) => !EVENT_TYPES.includes(t as EventType));
          if (unknown)
            throw new Error(`--type ${unknown}: not an event type; use one of ${EVENT_TYPES.join(', ')}`);
          return timeline(store, {
            since: dateBound(o.since, '--since', 'first'),
            asOf: dateBound(o.asOf, '--as-of', 'last'),
            actor: o.actor,
            types: types as EventType[] | undefined,
            negotiation,
          });
        },
        (list) => eventsText(list, 'events'),
      ),
    );
}
