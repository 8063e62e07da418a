/**
 * The store contract for `parley watch`'s state (watch-state.ts), on each engine: feeds are
 * claimed by one process at a time and picked up again after a restart, alerts are stored once
 * however many processes raise them, and a delivery stays pending until it goes through.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/core/store/index.js';
import type { NewAlert } from '../../src/core/store/watch-state.js';
import { engines } from './engines.js';

const T0 = '2026-05-01T08:00:00.000Z';
const T1 = '2026-05-01T08:01:00.000Z';
const T2 = '2026-05-01T08:20:00.000Z';

const feeds = [
  { url: 'http://feeds.test/a.xml', kind: 'rss' as const, intervalSeconds: 900 },
  { url: 'http://feeds.test/b.xml', kind: 'atom' as const, intervalSeconds: 600 },
];

const alert = (key: string, channels = ['hook', 'mail']): NewAlert => ({
  key,
  kind: 'hardening',
  actor: 'ORM',
  issue: 'ceasefire',
  date: '2026-05-01',
  summary: `ORM on ceasefire: hardening (${key})`,
  detail: { before: { text: 'before' }, after: { text: 'after' } },
  rules: ['ormund moves'],
  channels,
});

describe.each(engines)('the watch state over $name', (engine) => {
  const opened: Store[] = [];
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
  });
  const open = async (location: string) => {
    const store = await openStore(location);
    opened.push(store);
    return store;
  };

  it('keeps each feed’s validators, errors and next poll across a restart', async () => {
    const location = await engine.location();
    const first = (await open(location)).watchState();
    await first.registerFeeds(feeds, T0);
    const claimed = await first.claimFeed(
      feeds.map((f) => f.url),
      'one',
      T0,
      T1,
    );
    expect(claimed).toMatchObject({ url: 'http://feeds.test/a.xml', claimedBy: 'one', consecutiveErrors: 0 });
    await first.finishFeed(claimed!.url, 'one', {
      polledAt: T0,
      nextDue: T2,
      status: 200,
      etag: '"v1"',
      lastModified: 'Fri, 01 May 2026 07:00:00 GMT',
      itemsRead: 3,
      newDocuments: 2,
    });
    const other = await first.claimFeed([feeds[1].url], 'one', T0, T1);
    await first.finishFeed(other!.url, 'one', {
      polledAt: T0,
      nextDue: T1,
      status: 500,
      error: 'answered HTTP 500',
      itemsRead: 0,
      newDocuments: 0,
    });

    const again = (await open(location)).watchState();
    const [a, b] = await again.feeds();
    expect(a).toMatchObject({
      etag: '"v1"',
      lastModified: 'Fri, 01 May 2026 07:00:00 GMT',
      nextDue: T2,
      itemsSeen: 3,
      lastNew: 2,
      lastStatus: 200,
      lastSuccessAt: T0,
      consecutiveErrors: 0,
    });
    expect(a.claimedBy).toBeUndefined();
    expect(b).toMatchObject({ consecutiveErrors: 1, lastError: 'answered HTTP 500', lastStatus: 500 });
    expect(b.lastSuccessAt).toBeUndefined();
    // Not due yet: nothing to claim; once due, the feed that failed comes first.
    expect(await again.claimFeed([a.url, b.url], 'two', T0, T1)).toBeUndefined();
    expect((await again.claimFeed([a.url, b.url], 'two', T1, T2))?.url).toBe(b.url);
    // Registering again changes the interval, not the state.
    await again.registerFeeds([{ ...feeds[0], intervalSeconds: 60 }], T2);
    expect((await again.feeds())[0]).toMatchObject({ intervalSeconds: 60, etag: '"v1"', nextDue: T2 });
  });

  it('lets one process at a time hold a feed, and another take it once the claim has run out', async () => {
    const location = await engine.location();
    const one = (await open(location)).watchState();
    const two = (await open(location)).watchState();
    await one.registerFeeds(feeds, T0);
    const urls = feeds.map((f) => f.url);
    // Both ask at once: each gets a different feed, and a third ask gets none. (Two SQLite
    // connections of one thread cannot ask at once: the second's BEGIN would wait for the first's
    // COMMIT, which the same thread runs. Separate processes take turns on the file's lock.)
    const ask = (state: typeof one, owner: string) => () => state.claimFeed(urls, owner, T0, T1);
    const [x, y] =
      engine.name === 'SQLite'
        ? [await ask(one, 'one')(), await ask(two, 'two')()]
        : await Promise.all([ask(one, 'one')(), ask(two, 'two')()]);
    expect(new Set([x?.url, y?.url])).toEqual(new Set(urls));
    expect(await two.claimFeed(urls, 'two', T0, T1)).toBeUndefined();
    // The first process died: its claim runs out at T1, and the feed is free again after it.
    const taken = await two.claimFeed([x!.url], 'two', T2, '2026-05-01T09:00:00.000Z');
    expect(taken).toMatchObject({ url: x!.url, claimedBy: 'two' });
  });

  it('stores an alert once, with a delivery per channel that stays pending until it goes through', async () => {
    const location = await engine.location();
    const one = (await open(location)).watchState();
    const two = (await open(location)).watchState();
    const stored = await one.addAlerts([alert('k1'), alert('k2', ['hook'])], T0);
    expect(stored.map((a) => a.key)).toEqual(['k1', 'k2']);
    // Another process saw the same move: nothing new.
    expect(await two.addAlerts([alert('k1')], T1)).toEqual([]);
    expect((await two.alerts()).map((a) => a.key)).toEqual(['k2', 'k1']);
    expect((await two.alerts({ afterId: stored[0].id })).map((a) => a.key)).toEqual(['k2']);
    expect((await two.alerts())[1]).toMatchObject({
      kind: 'hardening',
      actor: 'ORM',
      detail: { after: { text: 'after' } },
      rules: ['ormund moves'],
    });

    const claimed = await one.claimDeliveries('one', T0, T1, 10);
    expect(claimed.map((c) => `${c.alert.key}:${c.delivery.channel}`)).toEqual([
      'k1:hook',
      'k1:mail',
      'k2:hook',
    ]);
    // Held by "one": "two" gets none of them.
    expect(await two.claimDeliveries('two', T0, T1, 10)).toEqual([]);
    await one.finishDelivery(stored[0].id, 'hook', 'one', { delivered: true, at: T0 });
    await one.finishDelivery(stored[0].id, 'mail', 'one', { error: 'connection refused', nextAttempt: T2 });
    await one.finishDelivery(stored[1].id, 'hook', 'one', { delivered: true, at: T0 });
    const states = await two.deliveries([stored[0].id]);
    expect(states).toMatchObject([
      { channel: 'hook', status: 'delivered', attempts: 1, deliveredAt: T0 },
      { channel: 'mail', status: 'pending', attempts: 1, lastError: 'connection refused', nextAttempt: T2 },
    ]);
    // Tried again once due, by whichever process asks.
    expect(await two.claimDeliveries('two', T1, T2, 10)).toEqual([]);
    const retry = await two.claimDeliveries('two', T2, '2026-05-01T09:00:00.000Z', 10);
    expect(retry.map((c) => `${c.alert.key}:${c.delivery.channel}`)).toEqual(['k1:mail']);
  });

  it('keeps marks', async () => {
    const state = (await open(await engine.location())).watchState();
    expect(await state.mark('digest')).toBeUndefined();
    await state.setMark('digest', T0);
    await state.setMark('digest', T1);
    expect(await state.mark('digest')).toBe(T1);
  });
});
