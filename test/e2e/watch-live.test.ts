/**
 * The dashboard updates live as the watch runs: a round that brings Veska's hardening on sanctions
 * relief changes that matrix cell and adds a notification, without the page being reloaded (the
 * server streams the alert as a server-sent event). Headless Chromium against the real server, the
 * round against a news site on this machine.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Codebook, loadCodebook } from '../../src/core/codebook/codebook.js';
import { anyAddress } from '../../src/core/ingest/fetch.js';
import { openStore, type Store } from '../../src/core/store/index.js';
import { loadAlertRules, loadWatchList } from '../../src/core/watch/config.js';
import { runRound } from '../../src/core/watch/round.js';
import { buildServer } from '../../src/server/server.js';
import { repoRoot } from '../server/corpus.js';
import { corpusArticles, type NewsSite, startNewsSite } from '../watch/servers.js';
import { hasChromium, launchChromium, OUT } from './browser.js';

describe.skipIf(!hasChromium)('the dashboard as the watch runs', () => {
  let site: NewsSite;
  let store: Store;
  let codebook: Codebook;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;
  let round: (force?: boolean) => ReturnType<typeof runRound>;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    site = await startNewsSite();
    const dir = mkdtempSync(join(tmpdir(), 'parley-live-'));
    writeFileSync(
      join(dir, 'feeds.yaml'),
      `feeds:\n  - { url: ${site.base}/feed.xml, kind: rss, interval: 1h }\n`,
    );
    writeFileSync(join(dir, 'rules.yaml'), 'rules:\n  - { name: anything that moves }\n');
    const list = loadWatchList(join(dir, 'feeds.yaml'));
    const rules = loadAlertRules(join(dir, 'rules.yaml'));
    codebook = loadCodebook([join(repoRoot, 'examples', 'codebook.yaml')]);
    store = await openStore(join(dir, 'live.db'));
    round = (force) =>
      runRound({ store, codebook, list, rules, owner: 'test', addressAllowed: anyAddress, force });
    const articles = corpusArticles();
    site.publish(articles.filter((a) => a.date <= '2026-05-10'));
    await round();
    site.publish(articles.filter((a) => a.date <= '2026-05-20'));
    app = await buildServer({ store, codebook, alertPollMs: 100, log: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
    await site?.close();
  });

  it('marks the matrix cell that moved and lists the alert, without a reload', async () => {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.setDefaultTimeout(20_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${base}/matrix`);
    const cell = page.locator('table.matrix td.cell').filter({
      has: page.locator('button[data-actor="VSK"][data-issue="sanctions_relief"]'),
    });
    await expect.poll(() => cell.locator('.stance-word').textContent()).toBe('open');
    const notifications = page.getByRole('region', { name: 'notifications' });
    await notifications.waitFor();
    // The page's own state: a reload would lose it.
    await page.evaluate(() => {
      (window as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true;
    });

    const report = await round(true);
    expect(report.alerts.map((a) => a.summary)).toContain(
      'VSK on sanctions_relief: hardening from open to reject (red line), red line drawn',
    );

    await expect.poll(() => cell.locator('.stance-word').textContent()).toBe('reject');
    await cell.locator('.live-mark', { hasText: 'just moved' }).waitFor();
    expect(await cell.getAttribute('class')).toContain('live-moved');
    const fresh = notifications.locator('li.fresh', { hasText: 'VSK on sanctions_relief: hardening' });
    await fresh.waitFor();
    expect(await fresh.textContent()).toContain('red-line-drawn, hardening');
    expect(
      await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage),
    ).toBe(true);
    await page.screenshot({ path: join(OUT, 'matrix-live.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
