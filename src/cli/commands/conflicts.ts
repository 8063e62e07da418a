/** `parley conflicts`: per issue, who is for and against, colliding red lines, common ground. */
import type { Command } from 'commander';
import { conflicts } from '../../core/query/positions.js';
import { conflictsText, dateBound } from '../../core/query/text.js';
import { withNegotiationOption } from '../context.js';
import { runQuery } from './positions.js';

export function register(program: Command): void {
  withNegotiationOption(program.command('conflicts'))
    .description('per issue: who is for, who is against, the red lines that collide, and common ground')
    .option('--as-of <date>', 'only evidence published on or before this date')
    .option('--issue <code>', 'only this issue')
    .action((_options: unknown, cmd: Command) =>
      runQuery<{ asOf?: string; issue?: string }, Awaited<ReturnType<typeof conflicts>>>(
        cmd,
        (store, o, negotiation) =>
          conflicts(store, { asOf: dateBound(o.asOf, '--as-of', 'last'), issue: o.issue, negotiation }),
        conflictsText,
      ),
    );
}
