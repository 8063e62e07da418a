/**
 * What `parley watch` keeps in the store, so that a restart picks up where it stopped and several
 * watch processes on one store share the work: each watched feed's state (what it last returned,
 * when it is next due, its recent errors, who is polling it now), the alerts raised, each alert's
 * delivery to each channel, and a few marks (when the last digest went out).
 *
 * Times are ISO 8601 UTC timestamps as `Date.toISOString()` writes them (same length, so they
 * compare as text on either engine); the caller passes "now", so that tests choose the clock.
 */

export type FeedKind = 'rss' | 'atom' | 'html-index';

/** A feed as the watch list names it. */
export interface WatchedFeed {
  url: string;
  kind: FeedKind;
  intervalSeconds: number;
}

export interface FeedState extends WatchedFeed {
  /** Validators of the last full answer, sent back as If-None-Match / If-Modified-Since. */
  etag?: string;
  lastModified?: string;
  /** When the feed is next polled. */
  nextDue: string;
  /** Failed polls in a row (0 after a success, a 304 included). */
  consecutiveErrors: number;
  /** Why the last poll failed, while it did. */
  lastError?: string;
  /** The HTTP status of the last answer (304 when nothing had changed). */
  lastStatus?: number;
  lastPolledAt?: string;
  lastSuccessAt?: string;
  /** Items (feed entries, or articles linked from an index page) read over the feed's life. */
  itemsSeen: number;
  /** New documents stored from the last poll. */
  lastNew: number;
  /** Article links of an index page already read (newest first, bounded). */
  seenLinks: string[];
  /** The watch process polling it now, until when (a process that died loses its claim then). */
  claimedBy?: string;
  claimedUntil?: string;
}

/** What a poll of a feed came to. */
export interface FeedOutcome {
  polledAt: string;
  nextDue: string;
  status?: number;
  /** Set when the poll failed: what went wrong, for people. */
  error?: string;
  /** New validators (kept as they were when the answer carried none, or on failure). */
  etag?: string;
  lastModified?: string;
  /** Items read in this poll, and of them new documents stored. */
  itemsRead: number;
  newDocuments: number;
  seenLinks?: string[];
}

export type AlertKind =
  | 'new-stance'
  | 'hardening'
  | 'softening'
  | 'red-line-drawn'
  | 'red-line-dropped'
  | 'meeting-planned'
  | 'meeting-postponed'
  | 'meeting-cancelled'
  | 'meeting-held'
  | 'agreement'
  | 'sanction'
  /** Not raised by a rule: the brief since the last digest, sent on its schedule. */
  | 'digest';

export interface NewAlert {
  /** What makes two alerts the same (the same move seen by two watch processes is raised once). */
  key: string;
  kind: AlertKind;
  actor?: string;
  issue?: string;
  /** The date of the change (of its evidence). */
  date: string;
  /** One line for people. */
  summary: string;
  /** The change with its evidence, sources and reader links (JSON). */
  detail: unknown;
  /** The rules that matched. */
  rules: string[];
  /** The channels it is to be delivered to (a delivery is kept for each until it goes through). */
  channels: string[];
}

export interface StoredAlert extends Omit<NewAlert, 'channels'> {
  id: number;
  createdAt: string;
}

export interface DeliveryState {
  alertId: number;
  channel: string;
  status: 'pending' | 'delivered';
  attempts: number;
  lastError?: string;
  nextAttempt: string;
  deliveredAt?: string;
}

export type DeliveryOutcome = { delivered: true; at: string } | { error: string; nextAttempt: string };

export interface WatchState {
  /** Add the feeds not yet known (due at once), and bring the others' kind and interval up to date. */
  registerFeeds(feeds: WatchedFeed[], now: string): Promise<void>;
  /** Every feed known, in URL order. */
  feeds(): Promise<FeedState[]>;
  /**
   * Claim the feed among `urls` that is due soonest (due by `dueBy`, default `now`, and claimed by
   * no live process at `now`) for `owner` until `until`; undefined when none is due. Two processes
   * never hold one feed.
   */
  claimFeed(
    urls: string[],
    owner: string,
    now: string,
    until: string,
    dueBy?: string,
  ): Promise<FeedState | undefined>;
  /** Record a poll's outcome and give the claim up. */
  finishFeed(url: string, owner: string, outcome: FeedOutcome): Promise<void>;
  /**
   * Store alerts, each with a pending delivery to each of its channels. An alert whose key is
   * stored already is passed over. Returns the alerts stored now.
   */
  addAlerts(alerts: NewAlert[], now: string): Promise<StoredAlert[]>;
  /** With `afterId`: the alerts stored after it, oldest first; else the newest, newest first. */
  alerts(options?: { afterId?: number; limit?: number }): Promise<StoredAlert[]>;
  /** Claim up to `limit` pending deliveries due by `now` for `owner` until `until`, oldest first. */
  claimDeliveries(
    owner: string,
    now: string,
    until: string,
    limit: number,
  ): Promise<{ delivery: DeliveryState; alert: StoredAlert }[]>;
  finishDelivery(alertId: number, channel: string, owner: string, outcome: DeliveryOutcome): Promise<void>;
  /** The deliveries of these alerts (all, without ids). */
  deliveries(alertIds?: number[]): Promise<DeliveryState[]>;
  /** A small named value kept across runs (when the last digest was sent). */
  mark(name: string): Promise<string | undefined>;
  setMark(name: string, value: string): Promise<void>;
}

/** How many article links of an index page are remembered. */
export const SEEN_LINKS_KEPT = 1000;

/* Rows as both engines read them (the same column names), and the objects they stand for. */

export interface FeedRow {
  url: string;
  kind: string;
  interval_seconds: number;
  etag: string | null;
  last_modified: string | null;
  next_due: string;
  consecutive_errors: number;
  last_error: string | null;
  last_status: number | null;
  last_polled_at: string | null;
  last_success_at: string | null;
  items_seen: number;
  last_new: number;
  seen_links: string | null;
  claimed_by: string | null;
  claimed_until: string | null;
}

const defined = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

export const feedFromRow = (r: FeedRow): FeedState => ({
  url: r.url,
  kind: r.kind as FeedKind,
  intervalSeconds: Number(r.interval_seconds),
  etag: defined(r.etag),
  lastModified: defined(r.last_modified),
  nextDue: r.next_due,
  consecutiveErrors: Number(r.consecutive_errors),
  lastError: defined(r.last_error),
  lastStatus: r.last_status === null ? undefined : Number(r.last_status),
  lastPolledAt: defined(r.last_polled_at),
  lastSuccessAt: defined(r.last_success_at),
  itemsSeen: Number(r.items_seen),
  lastNew: Number(r.last_new),
  seenLinks: r.seen_links ? (JSON.parse(r.seen_links) as string[]) : [],
  claimedBy: defined(r.claimed_by),
  claimedUntil: defined(r.claimed_until),
});

/** The values of a poll's outcome in the order of `FEED_OUTCOME_COLUMNS`. */
export function feedOutcomeValues(before: FeedState, outcome: FeedOutcome): unknown[] {
  const failed = outcome.error !== undefined;
  return [
    failed ? (before.etag ?? null) : (outcome.etag ?? before.etag ?? null),
    failed ? (before.lastModified ?? null) : (outcome.lastModified ?? before.lastModified ?? null),
    outcome.nextDue,
    failed ? before.consecutiveErrors + 1 : 0,
    outcome.error ?? null,
    outcome.status ?? null,
    outcome.polledAt,
    failed ? (before.lastSuccessAt ?? null) : outcome.polledAt,
    before.itemsSeen + outcome.itemsRead,
    outcome.newDocuments,
    JSON.stringify(((failed ? undefined : outcome.seenLinks) ?? before.seenLinks).slice(0, SEEN_LINKS_KEPT)),
  ];
}

export const FEED_OUTCOME_COLUMNS = [
  'etag',
  'last_modified',
  'next_due',
  'consecutive_errors',
  'last_error',
  'last_status',
  'last_polled_at',
  'last_success_at',
  'items_seen',
  'last_new',
  'seen_links',
];

export interface AlertRow {
  id: number;
  key: string;
  kind: string;
  actor: string | null;
  issue: string | null;
  date: string;
  summary: string;
  detail: string;
  rules: string;
  created_at: string;
}

export const alertFromRow = (r: AlertRow): StoredAlert => ({
  id: Number(r.id),
  key: r.key,
  kind: r.kind as AlertKind,
  actor: defined(r.actor),
  issue: defined(r.issue),
  date: r.date,
  summary: r.summary,
  detail: JSON.parse(r.detail) as unknown,
  rules: JSON.parse(r.rules) as string[],
  createdAt: r.created_at,
});

export interface DeliveryRow {
  alert_id: number;
  channel: string;
  status: string;
  attempts: number;
  last_error: string | null;
  next_attempt: string;
  delivered_at: string | null;
}

export const deliveryFromRow = (r: DeliveryRow): DeliveryState => ({
  alertId: Number(r.alert_id),
  channel: r.channel,
  status: r.status as DeliveryState['status'],
  attempts: Number(r.attempts),
  lastError: defined(r.last_error),
  nextAttempt: r.next_attempt,
  deliveredAt: defined(r.delivered_at),
});
