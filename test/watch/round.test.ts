/**
 * Rounds of the watch on each store engine: two watch processes on one store poll each feed once
 * between them; a restarted watch polls nothing that is not due; a webhook that is down gets the
 * alert later, once it is back (never lost); a failing feed backs off, and Retry-After is honoured.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { anyAddress } from '../../src/core/ingest/fetch.js';
import { openStore, type Store } from '../../src/core/store/index.js';
import { loadAlertRules, loadWatchList } from '../../src/core/watch/config.js';
import { nextDueAfter, type RoundOptions, runRound } from '../../src/core/watch/round.js';
import { repoRoot } from '../server/corpus.js';
import { engines } from '../store/engines.js';
import {
  corpusArticles,
  type NewsSite,
  startNewsSite,
  startWebhookReceiver,
  type WebhookReceiver,
} from './servers.js';

const codebook = loadCodebook([join(repoRoot, 'examples', 'codebook.yaml')]);

describe('when a feed is next polled', () => {
  const now = new Date('2026-05-01T08:00:00Z');
  const feed = { intervalSeconds: 600, consecutiveErrors: 0 };
  const secondsFrom = (d: Date) => (d.getTime() - now.getTime()) / 1000;
  it('is its interval after a good poll, and backs off, doubling, after failures in a row', () => {
    expect(secondsFrom(nextDueAfter(feed, {}, now))).toBe(600);
    expect(secondsFrom(nextDueAfter(feed, { error: 'HTTP 500' }, now))).toBe(1200);
    expect(secondsFrom(nextDueAfter({ ...feed, consecutiveErrors: 2 }, { error: 'HTTP 500' }, now))).toBe(
      4800,
    );
    expect(secondsFrom(nextDueAfter({ ...feed, consecutiveErrors: 20 }, { error: 'HTTP 500' }, now))).toBe(
      6 * 3600,
    );
  });
  it('waits as long as a 429 or 503 asks (Retry-After)', () => {
    expect(secondsFrom(nextDueAfter(feed, { error: 'HTTP 503', retryAfterSeconds: 7200 }, now))).toBe(7200);
  });
});

describe.each(engines)('rounds of the watch over $name', (engine) => {
  let site: NewsSite;
  let hook: WebhookReceiver;
  let dir: string;
  const stores: Store[] = [];

  beforeAll(async () => {
    [site, hook] = await Promise.all([startNewsSite(), startWebhookReceiver()]);
    dir = mkdtempSync(join(tmpdir(), 'parley-rounds-'));
    writeFileSync(
      join(dir, 'feeds.yaml'),
      `defaults: { interval: 1h, timeout: 5s }
feeds:
  - { url: ${site.base}/feed.xml, kind: rss }
  - { url: ${site.base}/index.html, kind: html-index, links: "/articles/" }
  - { url: ${site.base}/broken.xml, kind: rss }
  - { url: ${site.base}/busy.xml, kind: rss }
`,
    );
    writeFileSync(
      join(dir, 'rules.yaml'),
      `channels:\n  hook: { webhook: ${hook.url} }\nrules:\n  - { name: Veska, parties: [VSK], kinds: [hardening] }
  - { name: Veska at the Skerry talks, negotiations: [skerry], parties: [VSK], kinds: [hardening], deliver: [] }
  - { name: anything of the Ilm talks, negotiations: [ilm], deliver: [] }\n`,
    );
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
    await Promise.all([site?.close(), hook?.close()]);
  });

  it('polls each feed once between two watch processes, and a restart polls nothing not due', async () => {
    const articles = corpusArticles();
    site.publish(articles.filter((a) => a.date <= '2026-05-10'));
    const location = await engine.location();
    const [one, two] = [await openStore(location), await openStore(location)];
    stores.push(one, two);
    const list = loadWatchList(join(dir, 'feeds.yaml'));
    const rules = loadAlertRules(join(dir, 'rules.yaml'));
    const options = (store: Store, owner: string): RoundOptions => ({
      store,
      codebook,
      list,
      rules,
      owner,
      addressAllowed: anyAddress,
      concurrency: 1,
    });
    const before = site.log.length;
    // Two SQLite connections of one thread cannot write at once (see test/store/watch-state.test.ts):
    // there the second watch starts when the first is done, as a restart would.
    const [a, b] =
      engine.name === 'SQLite'
        ? [await runRound(options(one, 'one')), await runRound(options(two, 'two'))]
        : await Promise.all([runRound(options(one, 'one')), runRound(options(two, 'two'))]);
    const feedsPolled = site.log.slice(before).filter((r) => !r.path.startsWith('/articles/'));
    expect(feedsPolled.map((r) => r.path).sort()).toEqual([
      '/broken.xml',
      '/busy.xml',
      '/feed.xml',
      '/index.html',
    ]);
    expect(a.feeds.length + b.feeds.length).toBe(4);
    if (engine.name === 'SQLite') expect(b.feeds).toEqual([]);

    const feeds = await one.watchState().feeds();
    const busy = feeds.find((f) => f.url.endsWith('/busy.xml'))!;
    expect(busy).toMatchObject({ consecutiveErrors: 1, lastStatus: 503 });
    // Retry-After: 120 is less than the back-off (two hours): the back-off holds.
    expect(Date.parse(busy.nextDue) - Date.parse(busy.lastPolledAt!)).toBe(2 * 3600 * 1000);
    expect(feeds.find((f) => f.url.endsWith('/feed.xml'))).toMatchObject({ itemsSeen: 12, lastNew: 12 });
  });

  it('keeps an alert the webhook could not take, and delivers it once the webhook is back', async () => {
    const [store] = stores;
    const list = loadWatchList(join(dir, 'feeds.yaml'));
    const rules = loadAlertRules(join(dir, 'rules.yaml'));
    site.publish(corpusArticles().filter((a) => a.date <= '2026-05-20'));
    hook.failNext(1);
    const received = hook.received.length;
    const first = await runRound({
      store,
      codebook,
      list,
      rules,
      owner: 'one',
      addressAllowed: anyAddress,
      force: true,
    });
    expect(first.alerts.map((a) => a.summary)).toEqual([
      'VSK on sanctions_relief: hardening from open to reject (red line), red line drawn',
    ]);
    // Veska's move is of the Skerry talks (Veska–Ormund), not of the Ilm talks (Caldria–Belmora).
    expect(first.alerts[0].rules).toEqual(['Veska', 'Veska at the Skerry talks']);
    expect(first.alerts[0].detail).toMatchObject({ negotiations: ['skerry'] });
    expect(first.deliveries.failed).toMatchObject([
      { channel: 'hook', error: 'the webhook answered HTTP 500 Internal Server Error' },
    ]);
    expect(hook.received.length).toBe(received);
    const [pending] = await store.watchState().deliveries([first.alerts[0].id]);
    expect(pending).toMatchObject({ status: 'pending', attempts: 1 });

    // A round before its next try leaves it; the round after it delivers it.
    const early = await runRound({ store, codebook, list, rules, owner: 'one', addressAllowed: anyAddress });
    expect(early.deliveries.delivered).toEqual([]);
    const later = new Date(Date.parse(pending.nextAttempt) + 1000);
    const second = await runRound({
      store,
      codebook,
      list,
      rules,
      owner: 'one',
      addressAllowed: anyAddress,
      now: () => later,
    });
    expect(second.deliveries.delivered.map((d) => d.alert.id)).toEqual([first.alerts[0].id]);
    expect(JSON.parse(hook.received.at(-1)!.body).alert.summary).toContain(
      'VSK on sanctions_relief: hardening',
    );
    expect((await store.watchState().deliveries([first.alerts[0].id]))[0]).toMatchObject({
      status: 'delivered',
      attempts: 2,
    });
  });
});
