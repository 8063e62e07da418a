/**
 * Several negotiations on the dashboard (issue 12), as a user gets there: `parley demo --no-serve
 * --db X`, then `parley serve --db X` (the server over the codebook the store was built with), in
 * headless Chromium. The switcher changes the negotiation shown, and the matrix with it; the actors
 * page lists the parties present first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseCodebook } from '../../src/core/codebook/codebook-sources.js';
import { declaredNegotiations } from '../../src/core/query/negotiations.js';
import { openStore, type Store } from '../../src/core/store/index.js';
import { buildServer } from '../../src/server/server.js';
import { parley } from '../cli/run.js';
import { hasChromium, launchChromium } from './browser.js';

describe.skipIf(!hasChromium)('two negotiations on the dashboard', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-e2e-negotiations-'));
  const db = join(dir, 'demo.db');
  let store: Store;
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    const demo = await parley('demo', '--no-serve', '--json', '--db', db);
    expect(demo.code).toBe(0);
    store = await openStore(db);
    // What `parley serve --db X` serves with: the codebook the store records, and its negotiations.
    const choice = chooseCodebook(await store.recordedCodebook(), undefined);
    const codebook = {
      ...choice.codebook,
      negotiations: declaredNegotiations(choice.codebook, await store.storedNegotiations()),
    };
    app = await buildServer({
      store,
      codebook,
      codebookSources: choice.sources,
      webRoot: undefined,
      log: false,
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.setDefaultTimeout(10_000);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The actors (rows) of the matrix shown, as their codes. */
  const rows = () =>
    page
      .locator('table.matrix tbody th[scope="row"]')
      .evaluateAll((cells) => cells.map((c) => (c.textContent ?? '').trim()).sort());

  it("serves the demo's parties and their pages", async () => {
    const actor = await app.inject({ url: '/api/actors/CLD?negotiation=ilm' });
    expect(actor.statusCode).toBe(200);
    expect(actor.json()).toMatchObject({ actor: { name: 'Caldria' }, role: 'party' });
    const list = (await app.inject({ url: '/api/negotiations' })).json();
    expect(list.negotiations.map((n: { id: string }) => n.id)).toEqual(['skerry', 'ilm']);
    // A question without a negotiation names the two there are.
    const unsure = await app.inject({ url: '/api/positions' });
    expect(unsure.statusCode).toBe(400);
    expect(unsure.json().message).toMatch(/2 negotiations: skerry .*, ilm .*negotiation=ID/);
  });

  it('switches negotiations, and the matrix changes with it', async () => {
    await page.goto(`${base}/matrix`);
    const switcher = page.getByRole('combobox', { name: 'negotiation' });
    await switcher.waitFor();
    await page.locator('table.matrix').waitFor();
    const first = await rows();
    expect(first).toEqual(expect.arrayContaining(['VSK', 'ORM']));
    expect(first).not.toContain('CLD');

    await switcher.selectOption('ilm');
    await expect.poll(rows).toEqual(expect.arrayContaining(['CLD', 'BMR']));
    const second = await rows();
    expect(second).not.toContain('VSK');
    expect(second).not.toContain('ORM');

    // The choice holds on the next page: an issue of the Ilm talks.
    await page.goto(`${base}/matrix`);
    await expect.poll(rows).toEqual(second);
  });

  it('lists the parties present first on the actors page, with their counts', async () => {
    await page.locator('.topbar nav').getByRole('link', { name: 'Actors' }).click();
    const cards = page.locator('ul.card-list li.card');
    await cards.first().waitFor();
    const firstThree = await cards.evaluateAll((list) =>
      list
        .slice(0, 3)
        .map((li) => ({ role: li.getAttribute('data-role'), name: li.querySelector('a')?.textContent })),
    );
    expect(firstThree.map((c) => c.role)).toEqual(['party', 'party', 'party']);
    expect(firstThree.map((c) => c.name).sort()).toEqual(['Belmora', 'Caldria', "Delta Farmers' Union"]);
    await expect.poll(() => cards.first().locator('.counts').textContent()).toMatch(/\d+ statements/);
  });
});
