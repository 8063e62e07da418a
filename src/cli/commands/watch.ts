/**
 * `parley watch WATCHLIST [--rules RULES]`: poll the feeds of a watch list, each at its interval,
 * ingest what is new, and raise and deliver the alerts the rules match; `--once` runs one round
 * (for cron). `parley feeds`: the watched feeds and their health, from the store.
 */
import { hostname } from 'node:os';
import type { Command } from 'commander';
import { anyAddress } from '../../core/ingest/fetch.js';
import { problemText } from '../../core/ingest/types.js';
import type { FeedState, StoredAlert } from '../../core/store/watch-state.js';
import { type AlertRules, loadAlertRules, loadWatchList, type WatchList } from '../../core/watch/config.js';
import { alertText } from '../../core/watch/deliver.js';
import { type FeedReport, type RoundReport, runRound, watch } from '../../core/watch/round.js';
import { codebookForStore, type GlobalOptions, printJson, withStore, withUserErrors } from '../context.js';

interface WatchCommandOptions extends GlobalOptions {
  rules?: string;
  once?: boolean;
  force?: boolean;
  digest?: boolean;
  allowPrivateUrls?: boolean;
}

const feedLine = (r: FeedReport): string => {
  if (r.error) return `feed ${r.url}: ${r.error}; tried again at ${r.nextDue}`;
  if (r.status === 304) return `feed ${r.url}: not modified (304)`;
  const parts = [`${r.itemsRead} item${r.itemsRead === 1 ? '' : 's'} read`, `${r.stored} new`];
  if (r.nearDuplicates) parts.push(`${r.nearDuplicates} near-duplicate${r.nearDuplicates === 1 ? '' : 's'}`);
  parts.push(`${r.unchanged} already stored`);
  if (r.problems.length) parts.push(`${r.problems.length} not ingested`);
  return `feed ${r.url}: ${parts.join(', ')}`;
};

function printRound(report: RoundReport, json: boolean | undefined): void {
  if (json) {
    printJson(report);
    return;
  }
  for (const failed of report.deliveries.failed)
    process.stderr.write(
      `parley: alert ${failed.alert.id} not delivered to ${failed.channel} (${failed.error}); tried again at ${failed.nextAttempt}\n`,
    );
  const d = report.deliveries.delivered.length;
  const f = report.deliveries.failed.length;
  const feeds = report.feeds.length;
  process.stdout.write(
    `round: ${feeds} feed${feeds === 1 ? '' : 's'} polled, ${report.feeds.reduce((n, r) => n + r.stored, 0)} new documents, ${report.alerts.length} alert${report.alerts.length === 1 ? '' : 's'}, ${d} deliver${d === 1 ? 'y' : 'ies'} made${f ? `, ${f} to try again` : ''}${report.digest ? ', digest sent' : ''}\n`,
  );
}

export function register(program: Command): void {
  program
    .command('watch')
    .description(
      'poll the feeds of a watch list on their schedule, ingest what is new, and raise the alerts the rules match',
    )
    .argument('<watchlist>', 'the watch list (YAML): feeds with url, kind (rss, atom, html-index), interval')
    .option('--rules <file>', 'alert rules (YAML): what to be told of, and where (webhook, e-mail, log)')
    .option('--once', 'one round: poll the feeds that are due (or due within a minute), then stop (for cron)')
    .option('--force', 'poll every feed now, due or not (with --once)')
    .option('--digest', 'send the digest now (the brief since the last one), whenever the last went out')
    .option('--allow-private-urls', 'fetch feeds at loopback, link-local and private addresses too')
    .action((watchlist: string, _options: unknown, cmd: Command) =>
      withUserErrors(cmd, async () => {
        const opts = cmd.optsWithGlobals<WatchCommandOptions>();
        const list: WatchList = loadWatchList(watchlist);
        const rules: AlertRules | undefined = opts.rules ? loadAlertRules(opts.rules) : undefined;
        await withStore(
          opts,
          async (store) => {
            // As with ingest: the codebook of the first documents into a store is the store's.
            const empty = (await store.countDocuments()) === 0;
            const { codebook, sources } = await codebookForStore(store, opts);
            if (empty && opts.codebook !== undefined) await store.recordCodebook(sources);
            const round = {
              store,
              codebook,
              list,
              rules,
              owner: `${hostname()}:${process.pid}`,
              addressAllowed: opts.allowPrivateUrls ? anyAddress : undefined,
              force: opts.force,
              digestNow: opts.digest,
              onFeed: (r: FeedReport) => {
                if (opts.json) return;
                process.stdout.write(`${feedLine(r)}\n`);
                for (const p of r.problems) process.stderr.write(`parley: ${problemText(p)}\n`);
              },
              onAlert: (alert: StoredAlert) => {
                if (!opts.json) process.stdout.write(`${alertText(alert)}\n`);
              },
            };
            if (opts.once) {
              printRound(await runRound({ ...round, dueWithinSeconds: 60 }), opts.json);
              return;
            }
            const stop = new AbortController();
            const quit = () => stop.abort();
            process.once('SIGINT', quit);
            process.once('SIGTERM', quit);
            if (!opts.json)
              process.stderr.write(
                `parley: watching ${list.feeds.length} feed${list.feeds.length === 1 ? '' : 's'} of ${watchlist}; Ctrl-C stops\n`,
              );
            try {
              await watch({
                ...round,
                signal: stop.signal,
                onRound: (report) => {
                  if (
                    report.feeds.length ||
                    report.deliveries.delivered.length ||
                    report.deliveries.failed.length
                  )
                    printRound(report, opts.json);
                },
              });
            } finally {
              process.off('SIGINT', quit);
              process.off('SIGTERM', quit);
            }
          },
          { create: true },
        );
      }),
    );

  program
    .command('feeds')
    .description('the watched feeds and their health: last poll, status, errors in a row, next poll, items')
    .action((_options: unknown, cmd: Command) =>
      withUserErrors(cmd, async () => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        await withStore(opts, async (store) => {
          const feeds = await store.watchState().feeds();
          const withHealth = feeds.map((f) => ({ ...f, health: health(f) }));
          if (opts.json) {
            printJson(withHealth.map(({ seenLinks, ...f }) => ({ ...f, linksRead: seenLinks.length })));
            return;
          }
          if (!feeds.length) {
            process.stdout.write(
              'no feeds watched yet: `parley watch WATCHLIST --once` polls a watch list\n',
            );
            return;
          }
          for (const f of withHealth) {
            const last = f.lastPolledAt
              ? `last polled ${f.lastPolledAt}${f.lastStatus ? ` (HTTP ${f.lastStatus})` : ''}`
              : 'not polled yet';
            process.stdout.write(
              `${f.health.padEnd(7)} ${f.url}  ${f.kind}, every ${f.intervalSeconds} s; ${last}; ${f.itemsSeen} items read, ${f.lastNew} new last time; next ${f.nextDue}\n`,
            );
            if (f.lastError)
              process.stdout.write(
                `        ${f.consecutiveErrors} failure${f.consecutiveErrors === 1 ? '' : 's'} in a row: ${f.lastError}\n`,
              );
          }
        });
      }),
    );
}

/** ok: last poll went through; failing: the last poll failed; new: not polled yet. */
function health(feed: FeedState): 'ok' | 'failing' | 'new' {
  if (!feed.lastPolledAt) return 'new';
  return feed.consecutiveErrors ? 'failing' : 'ok';
}
