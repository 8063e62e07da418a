/**
 * Delivering alerts: to a webhook (a JSON POST whose `text` field chat tools such as Slack or
 * Mattermost show as it is, signed with HMAC-SHA256 when the channel has a secret), by e-mail
 * through SMTP (nodemailer), or to a log file (one JSON line each). Each delivery is claimed in the
 * store, tried, and marked delivered or left pending with its error and the time of its next try
 * (a back-off that doubles, up to an hour): a failed delivery is tried again, never lost.
 */
import { createHmac } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import nodemailer from 'nodemailer';
import type { DeliveryState, StoredAlert, WatchState } from '../store/watch-state.js';
import type { AlertDetail } from './alerts.js';
import type { Channel } from './config.js';

/** The header a webhook's body signature is sent in: `sha256=` and the hex HMAC of the body. */
export const SIGNATURE_HEADER = 'x-parley-signature';

export const signature = (secret: string, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/** A secret as written in the rules: `env:NAME` is the environment variable NAME. */
function secretOf(value: string | undefined): string | undefined {
  if (!value?.startsWith('env:')) return value;
  const name = value.slice(4);
  const secret = process.env[name];
  if (!secret) throw new Error(`the webhook's secret is to come from $${name}, which is not set`);
  return secret;
}

/** An alert for people, in plain text: what moved, the evidence before and after, the sources. */
export function alertText(alert: StoredAlert): string {
  if (alert.kind === 'digest') return (alert.detail as { markdown: string }).markdown;
  const detail = alert.detail as AlertDetail;
  const lines = [`[${detail.kinds.join(', ')}] ${alert.summary}`];
  const quote = (label: string, e: AlertDetail['after']) =>
    `  ${label} (${e.date}${e.speaker ? `, ${e.speaker}` : ''}): ${e.text}\n    ${e.link}`;
  if (detail.before) lines.push(quote('before', detail.before));
  lines.push(quote(detail.before ? 'after' : 'evidence', detail.after));
  for (const s of detail.sources)
    lines.push(`  source: ${[s.title ?? s.docId, s.source, s.date, s.url].filter(Boolean).join(' · ')}`);
  if (alert.rules.length) lines.push(`  rule: ${alert.rules.join(', ')}`);
  return lines.join('\n');
}

const subjectOf = (alert: StoredAlert): string =>
  alert.kind === 'digest' ? `Parley digest: ${alert.summary}` : `Parley alert: ${alert.summary}`;

/** Send one alert to one channel; throws with the reason when it does not go through. */
export async function send(channel: Channel, alert: StoredAlert, timeoutSeconds = 15): Promise<void> {
  const text = alertText(alert);
  if ('webhook' in channel) {
    const body = JSON.stringify({
      text,
      alert: {
        id: alert.id,
        kind: alert.kind,
        actor: alert.actor,
        issue: alert.issue,
        date: alert.date,
        summary: alert.summary,
        rules: alert.rules,
        detail: alert.detail,
      },
    });
    const secret = secretOf(channel.secret);
    const response = await fetch(channel.webhook, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'parley-watch',
        ...(secret ? { [SIGNATURE_HEADER]: signature(secret, body) } : {}),
      },
      body,
      signal: AbortSignal.timeout(timeoutSeconds * 1000),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`the webhook answered HTTP ${response.status} ${response.statusText}`);
    return;
  }
  if ('email' in channel) {
    const ms = timeoutSeconds * 1000;
    const transport = nodemailer.createTransport({
      url: channel.email.smtp,
      connectionTimeout: ms,
      greetingTimeout: ms,
      socketTimeout: ms,
    } as Parameters<typeof nodemailer.createTransport>[0]);
    try {
      await transport.sendMail({
        from: channel.email.from,
        to: channel.email.to,
        subject: subjectOf(alert),
        text,
      });
    } finally {
      transport.close();
    }
    return;
  }
  await appendFile(channel.log, `${JSON.stringify({ ...alert, text })}\n`);
}

/** The wait before the next try of a delivery that failed `attempts` times: 30 s doubling, an hour at most. */
export const retryDelaySeconds = (attempts: number): number =>
  Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));

export interface DeliveryReport {
  delivered: { alert: StoredAlert; channel: string }[];
  failed: { alert: StoredAlert; channel: string; error: string; nextAttempt: string }[];
}

/**
 * Try every pending delivery that is due: claimed by `owner` for long enough to try it, then
 * marked delivered, or left pending with its error and next try.
 */
export async function deliverPending(
  state: WatchState,
  channels: Record<string, Channel>,
  owner: string,
  now: () => Date = () => new Date(),
  timeoutSeconds = 15,
): Promise<DeliveryReport> {
  const report: DeliveryReport = { delivered: [], failed: [] };
  for (;;) {
    const start = now();
    const until = new Date(start.getTime() + (timeoutSeconds * 2 + 30) * 1000).toISOString();
    const due = await state.claimDeliveries(owner, start.toISOString(), until, 20);
    if (!due.length) return report;
    for (const { delivery, alert } of due) {
      const outcome = await tryOne(channels[delivery.channel], delivery, alert, now, timeoutSeconds);
      await state.finishDelivery(alert.id, delivery.channel, owner, outcome);
      if ('delivered' in outcome) report.delivered.push({ alert, channel: delivery.channel });
      else report.failed.push({ alert, channel: delivery.channel, ...outcome });
    }
    // Those that failed are not due again before their next try: the loop ends.
  }
}

async function tryOne(
  channel: Channel | undefined,
  delivery: DeliveryState,
  alert: StoredAlert,
  now: () => Date,
  timeoutSeconds: number,
) {
  try {
    if (!channel)
      throw new Error(
        `there is no channel "${delivery.channel}" in the alert rules now: add it back to deliver`,
      );
    await send(channel, alert, timeoutSeconds);
    return { delivered: true as const, at: now().toISOString() };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = [(error as Error).message, cause?.code ?? cause?.message].filter(Boolean).join(': ');
    const next = new Date(now().getTime() + retryDelaySeconds(delivery.attempts + 1) * 1000);
    return { error: reason, nextAttempt: next.toISOString() };
  }
}
