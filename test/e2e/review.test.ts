/**
 * Issue 13's browser check: on the demo corpus, an analyst confirms, corrects, rejects and adds
 * facts in the dashboard and sees the matrix change; undo takes a change back; the review queue
 * and its keys; the audit log names the reviewer; a hostile correction is shown as text only.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dashboard, hasChromium, OUT, seriousViolations, startDashboard } from './browser.js';

interface Cell {
  actor: string;
  issue: string;
  stance: string;
  evidence: { factId: number; docId: string };
}

describe.skipIf(!hasChromium)('reviewing facts in the dashboard', () => {
  let dashboard: Dashboard;
  let page: Page;
  let base: string;
  const pageErrors: string[] = [];
  const api = async <T>(path: string): Promise<T> => (await fetch(`${base}/api${path}`)).json() as Promise<T>;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    dashboard = await startDashboard();
    base = dashboard.base;
    page = await dashboard.browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 120_000);
  afterAll(async () => dashboard?.close());

  const shot = (name: string) => page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
  const cellButton = (actor: string, issue: string) =>
    page.locator(`table.matrix td.cell button[data-actor="${actor}"][data-issue="${issue}"]`);

  it('corrects a stance from a matrix cell, and the cell shows the corrected stance', async () => {
    const { cells } = await api<{ cells: Cell[] }>('/positions');
    const cell = cells.find((c) => c.stance !== 'reject')!;
    await page.goto(`${base}/matrix?actor=${cell.actor}&issue=${cell.issue}`);
    await expect(cellButton(cell.actor, cell.issue).locator('.stance-word').textContent()).resolves.toBe(
      cell.stance,
    );
    const detail = page.locator('.cell-detail');
    await detail.getByRole('button', { name: /^Correct/ }).click();
    await detail.getByLabel('stance').selectOption('reject');
    await detail.getByRole('button', { name: 'Save correction' }).click();
    await page
      .locator('.undo-bar')
      .getByText(/Corrected/)
      .waitFor();
    await expect
      .poll(() => cellButton(cell.actor, cell.issue).locator('.stance-word').textContent())
      .toBe('reject');
    await detail.locator('.status-corrected').first().waitFor();
    await shot('review-matrix-corrected');
    // Undo (the key u) brings the extraction's stance back.
    await page.keyboard.press('u');
    await expect
      .poll(() => cellButton(cell.actor, cell.issue).locator('.stance-word').textContent())
      .toBe(cell.stance);
  });

  it('rejects a statement and confirms an event in the reader', async () => {
    const { documents } = await api<{ documents: { id: string }[] }>('/documents');
    const withFacts = [];
    for (const d of documents) {
      const doc = await api<{ facts: { statements: unknown[]; events: unknown[] } }>(`/documents/${d.id}`);
      if (doc.facts.statements.length > 1 && doc.facts.events.length) withFacts.push(d.id);
      if (withFacts.length) break;
    }
    const id = withFacts[0];
    await page.goto(`${base}/documents/${id}`);
    const statements = page.locator('.statement-item');
    await statements.first().waitFor();
    const before = await statements.count();
    const speaker = (await statements.first().locator('strong').textContent()) ?? '';
    await statements.first().locator('.item-button').click();
    await statements
      .first()
      .getByRole('button', { name: /^Reject/ })
      .click();
    await expect.poll(() => statements.count()).toBe(before - 1);
    await page.locator('.rejected-item').filter({ hasText: 'statement' }).waitFor();
    // The event: selected, then confirmed with the key c.
    await page.locator('.event-item .item-button').first().click();
    await page.locator('.event-item .review-bar').first().waitFor();
    await page.keyboard.press('c');
    await page.locator('.event-item .status-confirmed').first().waitFor();
    const review = await api<{ rejected: { fact: { speaker?: string } }[] }>(`/documents/${id}/review`);
    expect(review.rejected.map((r) => r.fact.speaker)).toContain(speaker);
  });

  it('adds a position on selected words, and the matrix gains its cell', async () => {
    const { cells } = await api<{ cells: Cell[] }>('/positions');
    const { actors } = await api<{ actors: { code: string }[] }>('/actors');
    const { issues } = await api<{ issues: { code: string }[] }>('/issues');
    const taken = new Set(cells.map((c) => `${c.actor}|${c.issue}`));
    const used = new Set(cells.map((c) => c.actor));
    const actor = actors.map((a) => a.code).find((a) => used.has(a))!;
    const issue = issues.map((i) => i.code).find((i) => !taken.has(`${actor}|${i}`))!;
    const docId = cells[0].evidence.docId;
    await page.goto(`${base}/documents/${docId}`);
    await page.locator('.article-text p').first().waitFor();
    // Select the first paragraph's words, as a mouse would.
    await page.evaluate(() => {
      const paragraph = document.querySelector('.article-text p')!;
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      paragraph.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    const form = page.locator('form.add-fact');
    await form.waitFor();
    await form.getByLabel('position').check();
    await form.getByLabel('party').selectOption(actor);
    await form.getByLabel('issue').selectOption(issue);
    await form.getByLabel('stance').selectOption('demand');
    await form.getByRole('button', { name: 'Add position' }).click();
    await page
      .locator('.undo-bar')
      .getByText(/Added position/)
      .waitFor();
    await page.locator('.position-item .status-added').first().waitFor();
    await page.goto(`${base}/matrix`);
    await expect(cellButton(actor, issue).locator('.stance-word').textContent()).resolves.toBe('demand');
    await shot('review-matrix-added');
  });

  it('works through the review queue with the keyboard, and the audit log names the reviewer', async () => {
    await page.goto(`${base}/review`);
    const first = page.locator('.queue-item.focused');
    await first.waitFor();
    const ref = await first.getAttribute('data-ref');
    await page.keyboard.press('j');
    const second = await page.locator('.queue-item.focused').getAttribute('data-ref');
    expect(second).not.toBe(ref);
    await page.keyboard.press('k');
    await page.keyboard.press('c');
    await expect.poll(async () => page.locator(`.queue-item[data-ref="${ref}"]`).count()).toBe(0);
    const { reviewer } = await api<{ reviewer: string }>('/review/queue');
    const rows = page.locator('.audit-table tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(5);
    await expect(rows.first().textContent()).resolves.toContain(reviewer);
    expect(await rows.first().textContent()).toMatch(/confirm/);
    expect(await seriousViolations(page)).toEqual([]);
    await shot('review-queue');
  });

  it('shows a hostile correction as text only', async () => {
    const queue = await api<{ items: { ref: string; kind: string; docId: string }[] }>(
      '/review/queue?limit=500',
    );
    const statement = queue.items.find((i) => i.kind === 'statement')!;
    const hostile = '<img src=x onerror="window.__pwned=1">Marrow';
    await page.goto(`${base}/documents/${statement.docId}`);
    await page.locator('.statement-item').first().waitFor();
    const item = page
      .locator('.statement-item')
      .filter({ has: page.locator(`[data-fact="${statement.ref}"]`) });
    // Select the statement by its reference, correct its speaker to markup.
    for (let i = 0; i < (await page.locator('.statement-item').count()); i++) {
      await page.locator('.statement-item .item-button').nth(i).click();
      if ((await item.count()) > 0) break;
    }
    await item.getByRole('button', { name: /^Correct/ }).click();
    await item.getByLabel('speaker').fill(hostile);
    await item.getByRole('button', { name: 'Save correction' }).click();
    await page.locator('.statement-item strong').filter({ hasText: hostile }).first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.statement-item img').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
