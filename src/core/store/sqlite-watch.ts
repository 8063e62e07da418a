/**
 * `parley watch`'s state in a SQLite store (migration 10; see watch-state.ts). Claims are made
 * inside the store's write transactions (BEGIN IMMEDIATE), so two watch processes on one file
 * take turns and never claim the same feed or delivery.
 */
import type Database from 'better-sqlite3';
import {
  type AlertRow,
  alertFromRow,
  type DeliveryOutcome,
  type DeliveryRow,
  type DeliveryState,
  deliveryFromRow,
  FEED_OUTCOME_COLUMNS,
  type FeedOutcome,
  type FeedRow,
  type FeedState,
  feedFromRow,
  feedOutcomeValues,
  type NewAlert,
  type StoredAlert,
  type WatchedFeed,
  type WatchState,
} from './watch-state.js';

export class SqliteWatchState implements WatchState {
  constructor(
    private readonly db: Database.Database,
    /** Run `work` as one of the store's write transactions (they take turns). */
    private readonly write: <T>(work: () => T) => Promise<T>,
  ) {}

  registerFeeds(feeds: WatchedFeed[], now: string): Promise<void> {
    return this.write(() => {
      const upsert = this.db.prepare(
        `INSERT INTO watch_feeds (url, kind, interval_seconds, next_due) VALUES (?, ?, ?, ?)
         ON CONFLICT (url) DO UPDATE SET kind = excluded.kind, interval_seconds = excluded.interval_seconds`,
      );
      for (const feed of feeds) upsert.run(feed.url, feed.kind, feed.intervalSeconds, now);
    });
  }

  async feeds(): Promise<FeedState[]> {
    return (this.db.prepare('SELECT * FROM watch_feeds ORDER BY url').all() as FeedRow[]).map(feedFromRow);
  }

  claimFeed(
    urls: string[],
    owner: string,
    now: string,
    until: string,
    dueBy = now,
  ): Promise<FeedState | undefined> {
    if (!urls.length) return Promise.resolve(undefined);
    return this.write(() => {
      const row = this.db
        .prepare(
          `SELECT * FROM watch_feeds WHERE url IN (SELECT value FROM json_each(?)) AND next_due <= ?
             AND (claimed_until IS NULL OR claimed_until < ?)
           ORDER BY next_due, url LIMIT 1`,
        )
        .get(JSON.stringify(urls), dueBy, now) as FeedRow | undefined;
      if (!row) return undefined;
      this.db
        .prepare('UPDATE watch_feeds SET claimed_by = ?, claimed_until = ? WHERE url = ?')
        .run(owner, until, row.url);
      return feedFromRow({ ...row, claimed_by: owner, claimed_until: until });
    });
  }

  finishFeed(url: string, owner: string, outcome: FeedOutcome): Promise<void> {
    return this.write(() => {
      const row = this.db.prepare('SELECT * FROM watch_feeds WHERE url = ?').get(url) as FeedRow | undefined;
      if (!row) return;
      const set = FEED_OUTCOME_COLUMNS.map((c) => `${c} = ?`).join(', ');
      this.db
        .prepare(
          `UPDATE watch_feeds SET ${set}, claimed_by = NULL, claimed_until = NULL WHERE url = ? AND (claimed_by = ? OR claimed_by IS NULL)`,
        )
        .run(...feedOutcomeValues(feedFromRow(row), outcome), url, owner);
    });
  }

  addAlerts(alerts: NewAlert[], now: string): Promise<StoredAlert[]> {
    if (!alerts.length) return Promise.resolve([]);
    return this.write(() => {
      const insert = this.db.prepare(
        `INSERT INTO watch_alerts (key, kind, actor, issue, date, summary, detail, rules, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING RETURNING *`,
      );
      const deliver = this.db.prepare(
        "INSERT INTO watch_deliveries (alert_id, channel, status, next_attempt) VALUES (?, ?, 'pending', ?)",
      );
      const stored: StoredAlert[] = [];
      for (const a of alerts) {
        const row = insert.get(
          a.key,
          a.kind,
          a.actor ?? null,
          a.issue ?? null,
          a.date,
          a.summary,
          JSON.stringify(a.detail),
          JSON.stringify(a.rules),
          now,
        ) as AlertRow | undefined;
        if (!row) continue;
        for (const channel of a.channels) deliver.run(row.id, channel, now);
        stored.push(alertFromRow(row));
      }
      return stored;
    });
  }

  async alerts(options: { afterId?: number; limit?: number } = {}): Promise<StoredAlert[]> {
    const rows =
      options.afterId !== undefined
        ? this.db
            .prepare('SELECT * FROM watch_alerts WHERE id > ? ORDER BY id LIMIT ?')
            .all(options.afterId, options.limit ?? -1)
        : this.db.prepare('SELECT * FROM watch_alerts ORDER BY id DESC LIMIT ?').all(options.limit ?? -1);
    return (rows as AlertRow[]).map(alertFromRow);
  }

  claimDeliveries(
    owner: string,
    now: string,
    until: string,
    limit: number,
  ): Promise<{ delivery: DeliveryState; alert: StoredAlert }[]> {
    return this.write(() => {
      const rows = this.db
        .prepare(
          `SELECT * FROM watch_deliveries WHERE status = 'pending' AND next_attempt <= ?
             AND (claimed_until IS NULL OR claimed_until < ?)
           ORDER BY alert_id, channel LIMIT ?`,
        )
        .all(now, now, limit) as DeliveryRow[];
      const claim = this.db.prepare(
        'UPDATE watch_deliveries SET claimed_by = ?, claimed_until = ? WHERE alert_id = ? AND channel = ?',
      );
      const alert = this.db.prepare('SELECT * FROM watch_alerts WHERE id = ?');
      return rows.map((row) => {
        claim.run(owner, until, row.alert_id, row.channel);
        return { delivery: deliveryFromRow(row), alert: alertFromRow(alert.get(row.alert_id) as AlertRow) };
      });
    });
  }

  finishDelivery(alertId: number, channel: string, owner: string, outcome: DeliveryOutcome): Promise<void> {
    return this.write(() => {
      const delivered = 'delivered' in outcome;
      this.db
        .prepare(
          `UPDATE watch_deliveries SET attempts = attempts + 1, status = ?, last_error = ?, next_attempt = ?,
             delivered_at = ?, claimed_by = NULL, claimed_until = NULL
           WHERE alert_id = ? AND channel = ? AND claimed_by = ?`,
        )
        .run(
          delivered ? 'delivered' : 'pending',
          delivered ? null : outcome.error,
          delivered ? outcome.at : outcome.nextAttempt,
          delivered ? outcome.at : null,
          alertId,
          channel,
          owner,
        );
    });
  }

  async deliveries(alertIds?: number[]): Promise<DeliveryState[]> {
    const rows = alertIds
      ? this.db
          .prepare(
            'SELECT * FROM watch_deliveries WHERE alert_id IN (SELECT value FROM json_each(?)) ORDER BY alert_id, channel',
          )
          .all(JSON.stringify(alertIds))
      : this.db.prepare('SELECT * FROM watch_deliveries ORDER BY alert_id, channel').all();
    return (rows as DeliveryRow[]).map(deliveryFromRow);
  }

  async mark(name: string): Promise<string | undefined> {
    return (
      this.db.prepare('SELECT value FROM watch_marks WHERE name = ?').get(name) as
        | { value: string }
        | undefined
    )?.value;
  }

  setMark(name: string, value: string): Promise<void> {
    return this.write(() => {
      this.db
        .prepare(
          'INSERT INTO watch_marks (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
        )
        .run(name, value);
    });
  }
}
