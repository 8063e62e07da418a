/**
 * `parley watch`'s state in a PostgreSQL store (migration 3; see watch-state.ts). Several watch
 * processes, on any machines, share one store: a feed or a delivery is claimed by one UPDATE over
 * the row `FOR UPDATE SKIP LOCKED` picked, so two processes never poll one feed at once, and one
 * that dies loses its claim when the claim's time is up.
 */
import type pg from 'pg';
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

export class PostgresWatchState implements WatchState {
  constructor(private readonly pool: pg.Pool) {}

  private async rows<T>(text: string, values: unknown[] = []): Promise<T[]> {
    return (await this.pool.query(text, values)).rows as T[];
  }

  /** Run `work` in a transaction on one connection. */
  private async inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      try {
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      }
    } finally {
      client.release();
    }
  }

  async registerFeeds(feeds: WatchedFeed[], now: string): Promise<void> {
    if (!feeds.length) return;
    await this.pool.query(
      `INSERT INTO watch_feeds (url, kind, interval_seconds, next_due)
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[], array_fill($4::text, ARRAY[cardinality($1::text[])]))
       ON CONFLICT (url) DO UPDATE SET kind = excluded.kind, interval_seconds = excluded.interval_seconds`,
      [feeds.map((f) => f.url), feeds.map((f) => f.kind), feeds.map((f) => f.intervalSeconds), now],
    );
  }

  async feeds(): Promise<FeedState[]> {
    return (await this.rows<FeedRow>('SELECT * FROM watch_feeds ORDER BY url')).map(feedFromRow);
  }

  async claimFeed(
    urls: string[],
    owner: string,
    now: string,
    until: string,
    dueBy = now,
  ): Promise<FeedState | undefined> {
    if (!urls.length) return undefined;
    const [row] = await this.rows<FeedRow>(
      `UPDATE watch_feeds SET claimed_by = $2, claimed_until = $4
       WHERE url = (
         SELECT url FROM watch_feeds WHERE url = ANY($1::text[]) AND next_due <= $5
           AND (claimed_until IS NULL OR claimed_until < $3)
         ORDER BY next_due, url LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING *`,
      [urls, owner, now, until, dueBy],
    );
    return row ? feedFromRow(row) : undefined;
  }

  async finishFeed(url: string, owner: string, outcome: FeedOutcome): Promise<void> {
    await this.inTransaction(async (client) => {
      const [row] = (await client.query('SELECT * FROM watch_feeds WHERE url = $1 FOR UPDATE', [url]))
        .rows as FeedRow[];
      if (!row) return;
      const values = feedOutcomeValues(feedFromRow(row), outcome);
      const set = FEED_OUTCOME_COLUMNS.map((c, i) => `${c} = $${i + 1}`).join(', ');
      const n = values.length;
      await client.query(
        `UPDATE watch_feeds SET ${set}, claimed_by = NULL, claimed_until = NULL
         WHERE url = $${n + 1} AND (claimed_by = $${n + 2} OR claimed_by IS NULL)`,
        [...values, url, owner],
      );
    });
  }

  addAlerts(alerts: NewAlert[], now: string): Promise<StoredAlert[]> {
    if (!alerts.length) return Promise.resolve([]);
    return this.inTransaction(async (client) => {
      const stored: StoredAlert[] = [];
      for (const a of alerts) {
        const [row] = (
          await client.query(
            `INSERT INTO watch_alerts (key, kind, actor, issue, date, summary, detail, rules, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (key) DO NOTHING RETURNING *`,
            [
              a.key,
              a.kind,
              a.actor ?? null,
              a.issue ?? null,
              a.date,
              a.summary,
              JSON.stringify(a.detail),
              JSON.stringify(a.rules),
              now,
            ],
          )
        ).rows as AlertRow[];
        if (!row) continue;
        for (const channel of a.channels)
          await client.query(
            "INSERT INTO watch_deliveries (alert_id, channel, status, next_attempt) VALUES ($1, $2, 'pending', $3)",
            [row.id, channel, now],
          );
        stored.push(alertFromRow(row));
      }
      return stored;
    });
  }

  async alerts(options: { afterId?: number; limit?: number } = {}): Promise<StoredAlert[]> {
    const rows =
      options.afterId !== undefined
        ? await this.rows<AlertRow>('SELECT * FROM watch_alerts WHERE id > $1 ORDER BY id LIMIT $2', [
            options.afterId,
            options.limit ?? null,
          ])
        : await this.rows<AlertRow>('SELECT * FROM watch_alerts ORDER BY id DESC LIMIT $1', [
            options.limit ?? null,
          ]);
    return rows.map(alertFromRow);
  }

  async claimDeliveries(
    owner: string,
    now: string,
    until: string,
    limit: number,
  ): Promise<{ delivery: DeliveryState; alert: StoredAlert }[]> {
    const rows = await this.rows<DeliveryRow>(
      `UPDATE watch_deliveries d SET claimed_by = $1, claimed_until = $3
       FROM (SELECT alert_id, channel FROM watch_deliveries
             WHERE status = 'pending' AND next_attempt <= $2 AND (claimed_until IS NULL OR claimed_until < $2)
             ORDER BY alert_id, channel LIMIT $4 FOR UPDATE SKIP LOCKED) due
       WHERE d.alert_id = due.alert_id AND d.channel = due.channel
       RETURNING d.*`,
      [owner, now, until, limit],
    );
    if (!rows.length) return [];
    const alerts = new Map(
      (
        await this.rows<AlertRow>('SELECT * FROM watch_alerts WHERE id = ANY($1::bigint[])', [
          rows.map((r) => r.alert_id),
        ])
      ).map((r) => [Number(r.id), alertFromRow(r)]),
    );
    return rows
      .sort((a, b) => Number(a.alert_id) - Number(b.alert_id) || (a.channel < b.channel ? -1 : 1))
      .map((row) => ({ delivery: deliveryFromRow(row), alert: alerts.get(Number(row.alert_id))! }));
  }

  async finishDelivery(
    alertId: number,
    channel: string,
    owner: string,
    outcome: DeliveryOutcome,
  ): Promise<void> {
    const delivered = 'delivered' in outcome;
    await this.pool.query(
      `UPDATE watch_deliveries SET attempts = attempts + 1, status = $1, last_error = $2, next_attempt = $3,
         delivered_at = $4, claimed_by = NULL, claimed_until = NULL
       WHERE alert_id = $5 AND channel = $6 AND claimed_by = $7`,
      [
        delivered ? 'delivered' : 'pending',
        delivered ? null : outcome.error,
        delivered ? outcome.at : outcome.nextAttempt,
        delivered ? outcome.at : null,
        alertId,
        channel,
        owner,
      ],
    );
  }

  async deliveries(alertIds?: number[]): Promise<DeliveryState[]> {
    const rows = alertIds
      ? await this.rows<DeliveryRow>(
          'SELECT * FROM watch_deliveries WHERE alert_id = ANY($1::bigint[]) ORDER BY alert_id, channel',
          [alertIds],
        )
      : await this.rows<DeliveryRow>('SELECT * FROM watch_deliveries ORDER BY alert_id, channel');
    return rows.map(deliveryFromRow);
  }

  async mark(name: string): Promise<string | undefined> {
    const [row] = await this.rows<{ value: string }>('SELECT value FROM watch_marks WHERE name = $1', [name]);
    return row?.value;
  }

  async setMark(name: string, value: string): Promise<void> {
    await this.pool.query(
      'INSERT INTO watch_marks (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
      [name, value],
    );
  }
}
