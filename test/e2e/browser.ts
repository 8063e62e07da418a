/**
 * What the browser tests share: `parley serve`'s server over the sample corpus on a random
 * localhost port, Debian's headless Chromium (driven by playwright-core), and the checks every page
 * must pass — no sideways scrolling, and axe-core finding nothing serious.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { buildServer, DEFAULT_WEB_ROOT } from '../../src/server/server.js';
import { type CorpusStore, corpusStore, repoRoot } from '../server/corpus.js';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium)
  console.warn(
    `e2e: skipped — ${CHROMIUM} is absent (install Debian's chromium: apt-get install -y chromium)`,
  );

export const OUT = join(repoRoot, 'test', 'out');

/** Start it headless, without the background traffic (updates, sync) a desktop browser makes. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });

export interface Dashboard {
  corpus: CorpusStore;
  app: FastifyInstance;
  browser: Browser;
  base: string;
  close(): Promise<void>;
}

export async function startDashboard(): Promise<Dashboard> {
  // .ci/run builds the dashboard first; build it here when a developer has not.
  if (!existsSync(join(DEFAULT_WEB_ROOT, 'index.html')))
    execFileSync('npm', ['run', 'build:web'], { cwd: repoRoot, stdio: 'ignore' });
  const corpus = await corpusStore();
  const app = await buildServer({ store: corpus.store, codebook: corpus.codebook });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await launchChromium();
  return {
    corpus,
    app,
    browser,
    base,
    async close() {
      await browser.close();
      await app.close();
      await corpus.cleanup();
    },
  };
}

/** How far the page is wider than the window (0: nothing to scroll sideways). */
export const overflow = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's serious and critical findings on the page as it is, one line each ("rule: what, where").
 * It is evaluated through the browser's debugging protocol, so the page's own Content Security
 * Policy (no inline scripts) stays as it is served.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }
    ).axe;
    interface AxeResults {
      violations: { id: string; impact?: string; help: string; nodes: { target: string[] }[] }[];
    }
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      where: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.where.join(' | ')}`);
}
