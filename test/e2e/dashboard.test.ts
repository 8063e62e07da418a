/**
 * The dashboard in a real headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core)
 * against `parley serve`'s server on a random localhost port, over the sample corpus ingested into
 * a temporary store. Screenshots of each page go to test/out/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dashboard, hasChromium, OUT, startDashboard } from './browser.js';

const HOSTILE_ARTICLE = `PORT ALDER, Sept 3 (Northwire) - Veska's Foreign Minister Ilse Marrow said on Thursday that Veska "will never accept" Ormund's claim to the Skerry Islands. <script>window.__pwned = true; document.title = "pwned";</script>

"We are ready to discuss fishing rights, but not sovereignty," Marrow told reporters in Port Alder. <img src=x onerror="window.__pwned = true">

Ormund's chief negotiator Petr Vallo said Ormund would not lift its ban on Veskan boats until the detained fishermen case was settled.`;

describe.skipIf(!hasChromium)('dashboard in headless Chromium', () => {
  let dashboard: Dashboard;
  let page: Page;
  let base: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    dashboard = await startDashboard();
    base = dashboard.base;
    page = await dashboard.browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('dialog', (dialog) => {
      pageErrors.push(`unexpected dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
  });

  afterAll(async () => {
    await dashboard?.close();
  });

  const shot = (name: string) => page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });

  it('loads the overview with the latest changes and the meetings', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.locator('.timeline .tl-item').first().waitFor();
    await page.locator('.changes .change').first().waitFor();
    await shot('overview');
    expect(pageErrors).toEqual([]);
  });

  it('opens the matrix, and a click on a cell shows its evidence and history', async () => {
    await page.locator('.topbar nav').getByRole('link', { name: 'Positions' }).click();
    await page.locator('table.matrix').waitFor();
    const cells = page.locator('table.matrix td.cell button');
    expect(await cells.count()).toBeGreaterThan(3);
    await shot('matrix');
    // An earlier date shows fewer cells: the matrix as it stood then.
    const earliest = await page
      .locator('table.matrix td.cell small')
      .evaluateAll((dates) => dates.map((d) => d.textContent ?? '').sort()[0]);
    const allCells = await cells.count();
    await page.locator('input[name="asOf"]').fill(earliest);
    await expect.poll(() => cells.count()).toBeLessThan(allCells);
    await page.getByRole('button', { name: 'today' }).click();
    await expect.poll(() => cells.count()).toBe(allCells);
    const cell = cells.first();
    const stance = (await cell.locator('.stance-word').textContent())?.trim() ?? '';
    await cell.click();
    const detail = page.locator('.cell-detail');
    await detail.locator('blockquote.evidence').first().waitFor();
    await expect.poll(() => detail.locator('.history li').count()).toBeGreaterThan(0);
    expect(await detail.locator('.chip').first().textContent()).toContain(stance);
    await shot('matrix-cell');
  });

  it('follows the evidence into the reader, where the evidence sentence is highlighted', async () => {
    const detail = page.locator('.cell-detail');
    const evidence = ((await detail.locator('blockquote.evidence p').first().textContent()) ?? '').trim();
    await detail.getByRole('link', { name: 'read in the article' }).first().click();
    await page.waitForURL(/\/documents\/[0-9a-f]+\?.*#evidence$/);
    const marked = page.locator('#evidence');
    await marked.waitFor();
    const markedText = (await page.locator('.article-text .evidence-mark').allTextContents()).join('');
    expect(markedText.replace(/\s+/g, ' ').trim()).toBe(evidence.replace(/\s+/g, ' '));
    expect(await marked.isVisible()).toBe(true);
    // What was extracted from the article is listed beside it.
    await page.locator('.extracted .item').first().waitFor();
    await shot('reader');
  });

  it('shows an issue with its stance chart, an actor page and search', async () => {
    await page.goto(`${base}/matrix`);
    await page.locator('table.matrix thead a.issue').first().click();
    await page.locator('svg.stance-chart rect.bar').first().waitFor();
    await shot('issue');

    await page.goto(`${base}/actors/VSK`);
    await page.getByRole('heading', { name: 'Veska', exact: true }).waitFor();
    await page.locator('.positions-table tr').first().waitFor();
    await shot('actor');

    await page.goto(`${base}/documents`);
    await page.locator('table.doc-table tbody tr').first().waitFor();
    await shot('documents');

    await page.goto(`${base}/search`);
    await page.getByRole('searchbox').fill('fishing');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('.statements .statement, .doc-results li').first().waitFor();
    await shot('search');
  });

  it('codes a pasted article at once, showing its script as text and never running it', async () => {
    await page.goto(`${base}/paste`);
    await page.locator('textarea[name="text"]').fill(HOSTILE_ARTICLE);
    await page.locator('input[name="date"]').fill('2026-09-03');
    await page.getByRole('button', { name: 'Code it' }).click();
    await page.locator('.coded-result').waitFor();
    const statements = page.locator('.coded-result .statement-item');
    await expect.poll(() => statements.count()).toBeGreaterThan(0);
    expect(await statements.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/Marrow/)]),
    );
    // The script and the image tag are on the page as words, and nothing of them ran.
    expect(await page.locator('.coded-result .article-text').textContent()).toContain(
      '<script>window.__pwned = true;',
    );
    expect(
      await page.locator('.coded-result .article-text script, .coded-result .article-text img').count(),
    ).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(await page.title()).toBe('Parley');
    await shot('paste');
    expect(pageErrors).toEqual([]);
  });

  it('uploads a file into the store and opens it in the reader', async () => {
    await page.goto(`${base}/paste`);
    await page.locator('input[name="file"]').setInputFiles({
      name: 'lumen-talks.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        'date 2026-09-30\nTarsian envoy Mira Solenne said on Wednesday that Veska and Ormund had agreed to meet in Lumen in October to discuss fishing rights.',
      ),
    });
    const notice = page.locator('.notice', { hasText: '1 stored' });
    await notice.waitFor();
    await notice.getByRole('link', { name: 'lumen-talks.txt' }).click();
    // A text file without a title is named by its lead, as a headline, not by its file name.
    await page.getByRole('heading', { name: /^Tarsian envoy Mira Solenne said on Wednesday/ }).waitFor();
    expect(await page.locator('.article-text').textContent()).toContain('Mira Solenne');
    await shot('uploaded');
  });

  it('serves interactive API docs', async () => {
    await page.goto(`${base}/docs`);
    await page.locator('.swagger-ui .opblock').first().waitFor();
    expect(await page.locator('.swagger-ui .opblock-summary-path').allTextContents()).toEqual(
      expect.arrayContaining(['/api/positions', '/api/extract']),
    );
    await shot('api-docs');
  });
});
