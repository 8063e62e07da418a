/**
 * `parley worker --db postgres://…`: take batches from the store's job queue (put there by
 * `parley ingest … --queue`), extract them and store them, until stopped (Ctrl-C, SIGTERM) or, with
 * --until-idle, until the queue has been empty for a while. Run any number, on any number of
 * machines: each batch is committed once, in the order it was sent.
 */
import type { Command } from 'commander';
import { workQueue } from '../../core/ingest/queue.js';
import { type GlobalOptions, printJson, withStore, withUserErrors } from '../context.js';

const positiveInt = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`${name} must be a positive whole number, not "${value}"`);
  return n;
};

export function register(program: Command): void {
  program
    .command('worker')
    .description(
      'take batches from the job queue of a shared PostgreSQL store (see ingest --queue), extract and store them; run as many as you like, anywhere',
    )
    .option(
      '--check-every <seconds>',
      'how often to look for batches whose worker died and hand them out again (default 30)',
      positiveInt('--check-every'),
    )
    .option(
      '--until-idle <seconds>',
      'stop once no batch has come for this long',
      positiveInt('--until-idle'),
    )
    .action((_options: unknown, cmd: Command) =>
      withUserErrors(cmd, async () => {
        const opts = cmd.optsWithGlobals<GlobalOptions & { checkEvery?: number; untilIdle?: number }>();
        await withStore(opts, async (store) => {
          const queue = await store.jobQueue({ worker: true, checkEverySeconds: opts.checkEvery });
          if (!queue)
            throw new Error(
              'a worker takes batches from a job queue that several machines share: it needs a PostgreSQL store (--db postgres://user@host/db)',
            );
          const controller = new AbortController();
          const stop = () => controller.abort();
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
          let idle: NodeJS.Timeout | undefined;
          const idleFor = () => {
            if (!opts.untilIdle) return;
            clearTimeout(idle);
            idle = setTimeout(stop, opts.untilIdle * 1000);
          };
          idleFor();
          const counts = { committed: 0, staged: 0, errors: 0 };
          const say = (line: string) => {
            if (!opts.json) process.stderr.write(`parley worker: ${line}\n`);
          };
          say('waiting for batches (Ctrl-C stops)');
          try {
            await workQueue(queue, {
              signal: controller.signal,
              onBatch: (batch, what) => {
                idleFor();
                if (what === 'staged') counts.staged++;
                else counts.committed++;
                say(
                  `run ${batch.run.slice(0, 8)} batch ${batch.ticket}: ${what === 'staged' ? 'prepared; committed once the batches before it are in' : what}`,
                );
              },
              onError: (error) => {
                counts.errors++;
                // The queue's messages say which batch and what comes of it.
                say(error.message);
              },
            });
          } finally {
            clearTimeout(idle);
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
          }
          if (opts.json) printJson(counts);
          else
            say(
              `stopped: ${counts.committed} batches committed, ${counts.staged} prepared for others to commit`,
            );
        });
      }),
    );
}
