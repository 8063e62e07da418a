/**
 * A round of the watch: each due feed of the watch list is claimed in the store (so that several
 * watch processes on one store never poll a feed twice), polled, and what it holds ingested as
 * any ingest is (same text: passed over; a near-duplicate: linked to its original). Then the
 * record before and after the round is compared, the alerts the rules match are stored with their
 * deliveries, due deliveries are tried, and the digest is sent when its time has come.
 *
 * `watch` runs rounds for as long as it is let, each feed at its own interval.
 */

import { daysBefore } from '../code/dates.js';
import type { Codebook } from '../codebook/codebook.js';
import type { IngestEvent } from '../ingest/ingest.js';
import { ingestParallel } from '../ingest/parallel.js';
import type { IngestProblem, ReadItem } from '../ingest/types.js';
import { buildBrief, renderBriefMarkdown } from '../query/brief.js';
import type { Store } from '../store/store.js';
import type { FeedState, StoredAlert } from '../store/watch-state.js';
import { alertsFor, eventChanges, matrixChanges, snapshot } from './alerts.js';
import type { AlertRules, WatchList } from './config.js';
import { type DeliveryReport, deliverPending } from './deliver.js';
import { type PollResult, pollFeed } from './poll.js';

export interface RoundOptions {
  store: Store;
  codebook: Codebook;
  list: WatchList;
  rules?: AlertRules;
  /** This process, as its claims name it (host and pid). */
  owner: string;
  now?: () => Date;
  /** Which addresses may be fetched (default: public ones only). */
  addressAllowed?: (address: string) => boolean;
  /** Poll every feed now, due or not (a Retry-After or back-off included). */
  force?: boolean;
  /** Poll feeds due within this many seconds from now too (cron's minute may come just before). */
  dueWithinSeconds?: number;
  /** Send the digest now, whenever the last went out. */
  digestNow?: boolean;
  /** Feeds polled at once. */
  concurrency?: number;
  onFeed?: (report: FeedReport) => void;
  onAlert?: (alert: StoredAlert) => void;
}

export interface FeedReport {
  url: string;
  status?: number;
  error?: string;
  itemsRead: number;
  stored: number;
  nearDuplicates: number;
  unchanged: number;
  /** Items of the feed that could not be ingested (the rest were). */
  problems: IngestProblem[];
  nextDue: string;
}

export interface RoundReport {
  feeds: FeedReport[];
  alerts: StoredAlert[];
  deliveries: DeliveryReport;
  digest?: StoredAlert;
}

/** Longest wait between polls of a failing feed. */
const MAX_BACKOFF_SECONDS = 6 * 3600;

/** When a feed is next due after a poll: its interval, or a back-off that doubles with each failure in a row. */
export function nextDueAfter(
  feed: Pick<FeedState, 'intervalSeconds' | 'consecutiveErrors'>,
  poll: Pick<PollResult, 'error' | 'retryAfterSeconds'>,
  now: Date,
): Date {
  let seconds = feed.intervalSeconds;
  if (poll.error !== undefined) {
    const failures = feed.consecutiveErrors + 1;
    const backoff = Math.min(feed.intervalSeconds * 2 ** failures, MAX_BACKOFF_SECONDS);
    seconds = Math.max(feed.intervalSeconds, backoff, poll.retryAfterSeconds ?? 0);
  }
  return new Date(now.getTime() + seconds * 1000);
}

const iso = (date: Date) => date.toISOString();

export async function runRound(options: RoundOptions): Promise<RoundReport> {
  const { store, list } = options;
  const now = options.now ?? (() => new Date());
  const state = store.watchState();
  await state.registerFeeds(list.feeds, iso(now()));
  const before = await snapshot(store);
  const configs = new Map(list.feeds.map((f) => [f.url, f]));
  const left = new Set(configs.keys());
  const storedDocs: string[] = [];
  const feeds: FeedReport[] = [];
  // Every due feed is claimed and polled first, side by side, and only then is what they hold
  // ingested, one feed after another: extraction keeps this thread busy, and a response that
  // arrived meanwhile would be taken for a timeout if its timer were read first.
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const rounds = Math.ceil(list.feeds.length / concurrency);
  // A claim lasts for as long as the round can: polls of the feed and its articles, and the ingests.
  const claimSeconds = list.timeoutSeconds * (2 + list.maxArticles) * rounds + 600;
  const polled: { claimed: FeedState; poll: PollResult }[] = [];

  const pollOne = async (): Promise<boolean> => {
    const start = now();
    const dueBy = options.force
      ? '9999-12-31T23:59:59.999Z'
      : iso(new Date(start.getTime() + (options.dueWithinSeconds ?? 0) * 1000));
    const claimed = await state.claimFeed(
      [...left],
      options.owner,
      iso(start),
      iso(new Date(start.getTime() + claimSeconds * 1000)),
      dueBy,
    );
    if (!claimed) return false;
    left.delete(claimed.url);
    const limits = { ...list, addressAllowed: options.addressAllowed };
    polled.push({ claimed, poll: await pollFeed(configs.get(claimed.url)!, claimed, limits, start) });
    return true;
  };
  const worker = async () => {
    while (left.size && (await pollOne()));
  };
  await Promise.all(Array.from({ length: concurrency }, worker));

  for (const { claimed, poll } of polled) {
    const report: FeedReport = {
      url: claimed.url,
      status: poll.status,
      error: poll.error,
      itemsRead: poll.itemsRead,
      stored: 0,
      nearDuplicates: 0,
      unchanged: 0,
      problems: [],
      nextDue: '',
    };
    try {
      if (poll.items.length) await ingestItems(poll.items, options, report, storedDocs);
    } catch (error) {
      report.error = `could not be ingested: ${(error as Error).message}`;
    }
    const polledAt = now();
    report.nextDue = iso(nextDueAfter(claimed, { ...poll, error: report.error }, polledAt));
    await state.finishFeed(claimed.url, options.owner, {
      polledAt: iso(polledAt),
      nextDue: report.nextDue,
      status: poll.status,
      error: report.error,
      etag: poll.etag,
      lastModified: poll.lastModified,
      itemsRead: poll.itemsRead,
      newDocuments: report.stored,
      seenLinks: poll.seenLinks,
    });
    feeds.push(report);
    options.onFeed?.(report);
  }

  const alerts: StoredAlert[] = [];
  const rules = options.rules;
  if (rules && storedDocs.length) {
    const after = await snapshot(store);
    const candidates = [...matrixChanges(before, after), ...(await eventChanges(store, storedDocs))];
    const found = await alertsFor(store, candidates, rules);
    for (const alert of await state.addAlerts(found, iso(now()))) {
      alerts.push(alert);
      options.onAlert?.(alert);
    }
  }
  const digest = rules ? await digestIfDue(options, rules) : undefined;
  const deliveries = rules
    ? await deliverPending(state, rules.channels, options.owner, now)
    : { delivered: [], failed: [] };
  return { feeds, alerts, deliveries, digest };
}

async function ingestItems(
  items: ReadItem[],
  options: RoundOptions,
  report: FeedReport,
  storedDocs: string[],
): Promise<void> {
  async function* stream() {
    yield* items;
  }
  const onEvent = (event: IngestEvent) => {
    if (event.kind === 'problem') report.problems.push(event.problem);
    if (event.kind !== 'document') return;
    if (event.outcome === 'unchanged') report.unchanged++;
    else {
      report.stored++;
      if (event.outcome === 'near-duplicate') report.nearDuplicates++;
      // A near-duplicate's facts are left out of every query: only originals can raise alerts.
      else if (event.id) storedDocs.push(event.id);
    }
  };
  await ingestParallel(stream(), options.store, options.codebook, { workers: 0, onEvent });
}

const DIGEST_MARK = 'digest';

/** The brief since the last digest, as an alert for the digest's channels, when it is due. */
async function digestIfDue(options: RoundOptions, rules: AlertRules): Promise<StoredAlert | undefined> {
  if (!rules.digest) return undefined;
  const state = options.store.watchState();
  const now = (options.now ?? (() => new Date()))();
  const last = await state.mark(DIGEST_MARK);
  if (!options.digestNow) {
    // The first round starts the clock.
    if (!last) {
      await state.setMark(DIGEST_MARK, iso(now));
      return undefined;
    }
    if (now.getTime() - Date.parse(last) < rules.digest.everySeconds * 1000) return undefined;
  }
  const since = last
    ? last.slice(0, 10)
    : daysBefore(iso(now), Math.max(1, rules.digest.everySeconds / 86_400));
  const brief = await buildBrief(options.store, { since, codebook: options.codebook });
  const markdown = renderBriefMarkdown(brief, {
    sourceHref: (docId) => `${rules.reader}/documents/${encodeURIComponent(docId)}`,
  });
  const [stored] = await state.addAlerts(
    [
      {
        key: `digest:${iso(now)}`,
        kind: 'digest',
        date: iso(now).slice(0, 10),
        summary: `what moved since ${since}`,
        detail: { since, markdown },
        rules: [],
        channels: rules.digest.deliver,
      },
    ],
    iso(now),
  );
  await state.setMark(DIGEST_MARK, iso(now));
  return stored;
}

/**
 * Rounds until `signal` aborts: each waits for the next feed due (or a delivery to try again),
 * a minute at most, so that feeds added by another process and deliveries are not left waiting.
 */
export async function watch(
  options: RoundOptions & { signal: AbortSignal; onRound?: (report: RoundReport) => void },
): Promise<void> {
  const now = options.now ?? (() => new Date());
  while (!options.signal.aborted) {
    const report = await runRound(options);
    options.onRound?.(report);
    const feeds = await options.store.watchState().feeds();
    const listed = new Set(options.list.feeds.map((f) => f.url));
    const next = feeds
      .filter((f) => listed.has(f.url))
      .map((f) => Date.parse(f.claimedUntil && f.claimedUntil > f.nextDue ? f.claimedUntil : f.nextDue))
      .reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
    const wait = Math.max(1000, Math.min(60_000, next - now().getTime()));
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, wait);
      options.signal.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          resolve();
        },
        { once: true },
      );
    });
  }
}
