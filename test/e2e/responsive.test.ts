/**
 * Every page of the dashboard at a phone's width (390×844) and a desktop's (1440×900): nothing
 * wider than the screen, nothing axe-core calls serious or critical; then what an analyst checks on
 * a phone (the menu, the matrix as cards, the cell panel below them, Search), news newest first,
 * the changed-lately marks, the exports and the brief. Screenshots go to test/out/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dashboard, hasChromium, OUT, overflow, seriousViolations, startDashboard } from './browser.js';

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;

/** Each page by its address, and what shows once it has loaded. */
const PAGES: [string, (docId: string) => string, string][] = [
  ['overview', () => '/', '.timeline .tl-item'],
  ['matrix', () => '/matrix', '.party-cards .cell-button, table.matrix td.cell button'],
  ['matrix-cell', () => '/matrix?actor=ORM&issue=ceasefire', '.cell-detail .history li'],
  ['documents', () => '/documents', 'table.doc-table tbody tr'],
  ['reader', (id) => `/documents/${id}`, '.extracted .item'],
  ['actors', () => '/actors', '.card-list .card'],
  ['actor', () => '/actors/VSK', '.positions-table tr'],
  ['issue', () => '/issues/fishing_rights', 'svg.stance-chart rect.bar'],
  ['search', () => '/search?q=fishing', '.statements .statement'],
  ['paste', () => '/paste', 'textarea[name="text"]'],
  ['brief', () => '/api/brief?format=html', 'h2'],
];

/** Dates as the page gives them to machines (`<time datetime>`, `data-date`), top to bottom. */
const datesOf = (page: Page, selector: string, attribute: string) =>
  page
    .locator(selector)
    .evaluateAll((nodes, name) => nodes.map((n) => n.getAttribute(name as string) ?? ''), attribute);
const isNewestFirst = (dates: string[]) => dates.every((d, i) => i === 0 || dates[i - 1] >= d);

describe.skipIf(!hasChromium)('the dashboard on a phone and on a desktop', () => {
  let dashboard: Dashboard;
  let docId: string;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    dashboard = await startDashboard();
    // A document with two positions on one stance, to read in the reader.
    docId =
      (await dashboard.corpus.store.listDocuments({ limit: 100 })).find((d) =>
        d.source?.endsWith('2026-03-10-clash-at-sea.txt'),
      )?.id ?? '';
  });

  afterAll(async () => {
    await dashboard?.close();
  });

  const open = async (viewport: (typeof VIEWPORTS)[number]) => {
    const page = await dashboard.browser.newPage({ viewport, deviceScaleFactor: 1 });
    page.setDefaultTimeout(10_000);
    return page;
  };

  for (const viewport of VIEWPORTS)
    it(`${viewport.name} (${viewport.width} px): every page fits the screen and axe-core finds nothing serious`, async () => {
      const page = await open(viewport);
      const problems: string[] = [];
      for (const [name, address, loaded] of PAGES) {
        await page.goto(`${dashboard.base}${address(docId)}`);
        await page.locator(loaded).first().waitFor({ state: 'attached' });
        const wider = await overflow(page);
        if (wider > 0) problems.push(`${name}: ${wider} px wider than the screen`);
        for (const violation of await seriousViolations(page)) problems.push(`${name}: ${violation}`);
        await page.screenshot({ path: join(OUT, `${viewport.name}-${name}.png`), fullPage: true });
      }
      await page.close();
      expect(problems).toEqual([]);
    });

  it('phone: the links fold into a menu, and a tap on Search lands in the search field', async () => {
    const page = await open(VIEWPORTS[0]);
    await page.goto(`${dashboard.base}/matrix`);
    const search = page.locator('.topbar nav').getByRole('link', { name: 'Search' });
    expect(await search.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    await search.click();
    await page.waitForURL(/\/search$/);
    // (the page puts the focus in the field once it has drawn, which may come after the URL)
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    // The menu closed behind the new page, and the bar fits the screen.
    expect(await search.isVisible()).toBe(false);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('phone: the matrix is a card per party, and the cell panel opens below it, covering none of it', async () => {
    const page = await open(VIEWPORTS[0]);
    await page.goto(`${dashboard.base}/matrix`);
    const cards = page.locator('.party-cards .party-card');
    await cards.first().waitFor();
    expect(await page.locator('table.matrix').isVisible()).toBe(false);
    expect(await cards.count()).toBeGreaterThan(2);
    await page.locator('.party-cards .cell-button').first().click();
    const panel = page.locator('.cell-detail');
    await panel.locator('.history li').first().waitFor();
    const cardsBox = await page.locator('.party-cards').boundingBox();
    const panelBox = await panel.boundingBox();
    expect(cardsBox && panelBox && panelBox.y >= cardsBox.y + cardsBox.height).toBe(true);
    // …and it was brought into view.
    expect(await panel.isVisible()).toBe(true);
    expect(panelBox && panelBox.y < VIEWPORTS[0].height).toBeTruthy();
    await page.screenshot({ path: join(OUT, 'phone-matrix-cell-panel.png') });
    await page.close();
  });

  it('lists news newest first: changes and meetings on the overview, documents', async () => {
    const page = await open(VIEWPORTS[1]);
    await page.goto(`${dashboard.base}/`);
    await page.locator('.timeline .tl-item').first().waitFor();
    const meetings = await datesOf(page, '.timeline time', 'datetime');
    expect(meetings.length).toBeGreaterThan(2);
    expect(meetings[0] > meetings[meetings.length - 1]).toBe(true);
    expect(isNewestFirst(meetings)).toBe(true);
    const changes = await datesOf(page, '.changes .change[data-date]', 'data-date');
    expect(changes.length).toBeGreaterThan(1);
    expect(isNewestFirst(changes)).toBe(true);
    await page.goto(`${dashboard.base}/documents`);
    await page.locator('table.doc-table tbody tr').first().waitFor();
    const documents = await datesOf(page, 'table.doc-table time', 'datetime');
    expect(documents[0] > documents[documents.length - 1]).toBe(true);
    expect(isNewestFirst(documents)).toBe(true);
    // Titles are headlines, not file names.
    const titles = await page.locator('table.doc-table tbody td:nth-child(2) a').allTextContents();
    expect(titles.filter((t) => /\.txt$/.test(t))).toEqual([]);
    await page.close();
  });

  it('marks the cells that moved lately, over the window chosen on the page', async () => {
    const page = await open(VIEWPORTS[1]);
    await page.goto(`${dashboard.base}/matrix`);
    const cells = page.locator('table.matrix td.cell button');
    await cells.first().waitFor();
    const marked = page.locator('table.matrix .change-mark');
    const window = page.locator('select[name="changed"]');
    expect(await window.inputValue()).toBe('30');
    const in30 = await marked.count();
    expect(in30).toBeGreaterThan(0);
    await window.selectOption('90');
    await expect.poll(() => marked.count()).toBeGreaterThan(in30);
    expect(page.url()).toContain('changed=90');
    await window.selectOption('off');
    await expect.poll(() => marked.count()).toBe(0);
    // A mark says in words what moved, for those who do not see its colour.
    await window.selectOption('7');
    await marked.first().waitFor();
    expect(await marked.first().textContent()).toMatch(/^(new|harder|softer)$/);
    await page.close();
  });

  it('exports the matrix, the changes, the timeline and the statements from buttons on the pages', async () => {
    const page = await open(VIEWPORTS[1]);
    const download = async (link: string, what: RegExp) => {
      const href = await page.locator(link).first().getAttribute('href');
      expect(href).toMatch(what);
      const response = await page.request.get(`${dashboard.base}${href}`);
      expect(response.status()).toBe(200);
      return { type: response.headers()['content-type'], body: await response.text() };
    };
    await page.goto(`${dashboard.base}/matrix`);
    await page.locator('table.matrix').waitFor();
    const matrix = await download('.export-links a:text-is("CSV")', /^\/api\/positions\?.*format=csv/);
    expect(matrix.type).toContain('text/csv');
    const rows = matrix.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toMatch(/^actor,issue,/);
    expect(rows.length - 1).toBe(await page.locator('table.matrix td.cell button').count());

    await page.goto(`${dashboard.base}/`);
    await page.locator('.timeline .tl-item').first().waitFor();
    const changes = await download(
      '.panel-head:has(h2:has-text("What changed")) a:text-is("JSON")',
      /^\/api\/changes\?.*format=json/,
    );
    expect(JSON.parse(changes.body).changes.length).toBe(
      await page.locator('.changes .change[data-date]').count(),
    );
    const timeline = await download(
      '.panel-head:has(h2:text-is("Meetings")) a:text-is("CSV")',
      /^\/api\/events\?format=csv/,
    );
    expect(timeline.body).toContain('CONSULT');

    await page.goto(`${dashboard.base}/search?q=fishing`);
    await page.locator('.statements .statement').first().waitFor();
    const statements = await download('.panel-head a:text-is("CSV")', /^\/api\/statements\?.*text=fishing/);
    expect(statements.body.split('\r\n')[0]).toContain('speaker');
    await page.close();
  });

  it('the brief links its sources to the reader, fits a phone and prints its tables whole', async () => {
    const page = await open(VIEWPORTS[0]);
    await page.goto(`${dashboard.base}/api/brief?format=html`);
    const sources = page.locator('a.source');
    expect(await sources.count()).toBeGreaterThan(3);
    expect(await sources.first().getAttribute('href')).toMatch(/^\/documents\/[0-9a-f]+$/);
    // Two sources of one event are two links, apart.
    const timeline = page.locator('li:has(a.source + a.source), li:has(a.source ~ a.source)');
    for (const text of await timeline.allTextContents()) expect(text).not.toMatch(/[0-9a-f]{8}[0-9a-f]{8}/);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.emulateMedia({ media: 'print' });
    expect(
      await page
        .locator('.table-wrap')
        .first()
        .evaluate((e) => getComputedStyle(e).overflowX),
    ).toBe('visible');
    await sources.first().click();
    await page.locator('.article-text').waitFor();
    await page.close();
  });

  it('the reader lists a position stated twice once, and marks text without painting over its neighbours', async () => {
    const page = await open(VIEWPORTS[1]);
    const doc = await dashboard.corpus.store.getDocument(docId);
    const position = doc?.doc?.positions[0];
    await page.goto(
      `${dashboard.base}/documents/${docId}?start=${position?.evidence.start}&end=${position?.evidence.end}#evidence`,
    );
    await page.locator('.extracted .position-item').first().waitFor();
    const items = await page.locator('.extracted .position-item .item-button').allTextContents();
    expect(new Set(items).size).toBe(items.length);
    expect(items.length).toBeLessThan(doc?.doc?.positions.length ?? 0);
    // A shadow or outline around a marked span spreads over the letter before it.
    const painted = await page
      .locator('.article-text span')
      .evaluateAll(
        (spans) =>
          spans.filter(
            (s) => getComputedStyle(s).boxShadow !== 'none' || getComputedStyle(s).outlineStyle !== 'none',
          ).length,
      );
    expect(painted).toBe(0);
    await page.close();
  });
});
