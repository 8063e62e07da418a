/**
 * `parley watch --once` against a news site on this machine whose feed changes between rounds,
 * beside feeds that misbehave (no answer, 500, malformed XML, a redirect loop, a 50 MB body), with
 * alerts delivered to a webhook receiver and an SMTP server running here. What an analyst checks:
 * the new articles are in, the alerts say what moved with the sentences as evidence, a second
 * run fetches nothing (the site answers 304), the bad feeds are named in `parley feeds`.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signature } from '../../src/core/watch/deliver.js';
import { parley } from '../cli/run.js';
import {
  type Article,
  corpusArticles,
  type MailServer,
  type NewsSite,
  startMailServer,
  startNewsSite,
  startWebhookReceiver,
  type WebhookReceiver,
} from './servers.js';

const CODEBOOK = join(import.meta.dirname, '..', '..', 'examples', 'codebook.yaml');
const SECRET = 'a shared secret';

/** The body of a mail as text (quoted-printable undone, lines joined). */
const mailText = (data: string) =>
  data
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})((?:=[0-9A-F]{2})*)/g, (m) =>
      Buffer.from(m.replace(/=/g, ''), 'hex').toString('utf8'),
    );

describe('parley watch --once', () => {
  let site: NewsSite;
  let hook: WebhookReceiver;
  let mail: MailServer;
  let dir: string;
  let db: string;
  let list: string;
  let rules: string;
  let articles: Article[];
  const watchOnce = (...more: string[]) =>
    parley('watch', list, '--rules', rules, '--once', '--allow-private-urls', '--db', db, ...more);

  beforeAll(async () => {
    [site, hook, mail] = await Promise.all([startNewsSite(), startWebhookReceiver(), startMailServer()]);
    articles = corpusArticles();
    dir = mkdtempSync(join(tmpdir(), 'parley-watch-'));
    db = join(dir, 'watch.db');
    list = join(dir, 'feeds.yaml');
    rules = join(dir, 'rules.yaml');
    writeFileSync(
      list,
      `defaults:
  interval: 15m
  timeout: 3s
  max-bytes: 1MB
  max-redirects: 4
feeds:
  - { url: ${site.base}/feed.xml, kind: rss }
  - { url: ${site.base}/index.html, kind: html-index, links: "/articles/" }
  - { url: ${site.base}/slow.xml, kind: rss }
  - { url: ${site.base}/broken.xml, kind: rss }
  - { url: ${site.base}/malformed.xml, kind: atom }
  - { url: ${site.base}/loop-a, kind: rss }
  - { url: ${site.base}/huge.xml, kind: rss }
`,
    );
    writeFileSync(
      rules,
      `reader: http://127.0.0.1:4600
channels:
  desk-hook: { webhook: ${hook.url}, secret: "${SECRET}" }
  desk-mail: { email: { smtp: "${mail.url}", from: parley@desk.test, to: [analyst@desk.test] } }
  journal: { log: ${join(dir, 'alerts.log')} }
rules:
  - name: Veska hardens
    parties: [VSK]
    kinds: [hardening, red-line-drawn]
    deliver: [desk-hook, desk-mail, journal]
  - name: sanctions
    kinds: [sanction]
    deliver: [desk-hook]
`,
    );
  });
  afterAll(async () => {
    await Promise.all([site?.close(), hook?.close(), mail?.close()]);
  });

  it('ingests the new items, prints the alerts its rules match, and delivers them', async () => {
    // Round 1: the talks up to the postponement in May.
    const early = articles.filter((a) => a.date <= '2026-05-10');
    expect(early).toHaveLength(12);
    site.publish(early);
    const first = await watchOnce('--codebook', CODEBOOK);
    expect(first.out).toContain(`feed ${site.base}/feed.xml: 12 items read, 12 new, 0 already stored`);
    // The index page links the same articles, each page with a line more than the feed's item:
    // near-duplicates, stored and linked to the feed's articles (their facts are not counted twice).
    expect(first.out).toContain(`feed ${site.base}/index.html: 12 items read, 12 new, 12 near-duplicates`);

    // Round 2: Veska hardens on sanctions relief (May 20), the council imposes sanctions (May 25).
    site.publish(articles.filter((a) => a.date <= '2026-05-25'));
    const second = await watchOnce('--force');
    expect(second.out).toContain(`feed ${site.base}/feed.xml: 14 items read, 2 new, 12 already stored`);
    expect(second.out).toContain(`feed ${site.base}/index.html: 2 items read, 2 new, 2 near-duplicates`);
    expect(second.out).toContain('[red-line-drawn, hardening] VSK on sanctions_relief: hardening from open');
    expect(second.out).toContain(
      'after (2026-05-20): Veska withdrew its offer to discuss easing sanctions on Ormund',
    );
    expect(second.out).toMatch(/\[sanction\] sanction: NMC on ORM/);
    expect(second.out).toContain('before (2026-04-22, Ilse Marrow): “If the guns fall silent at sea');
    expect(second.out).toMatch(
      /http:\/\/127\.0\.0\.1:4600\/documents\/[0-9a-f]+\?start=\d+&end=\d+#evidence/,
    );

    // The webhook got it, signed, with a text a chat tool shows and the evidence in JSON.
    const hardening = hook.received.find((h) => JSON.parse(h.body).alert.issue === 'sanctions_relief');
    expect(hardening).toBeDefined();
    expect(hardening!.headers['x-parley-signature']).toBe(signature(SECRET, hardening!.body));
    const posted = JSON.parse(hardening!.body);
    expect(posted.text).toContain('VSK on sanctions_relief: hardening');
    expect(posted.alert.detail.after.text).toContain('Veska withdrew its offer');
    expect(posted.alert.detail.before.stance).toBe('open');
    expect(posted.alert.detail.sources[0]).toMatchObject({
      source: 'Northwire',
      title: 'veska hardens sanctions',
    });
    expect(hook.received.some((h) => JSON.parse(h.body).alert.kind === 'sanction')).toBe(true);

    // So did the analyst's mailbox, with the evidence.
    const message = mail.received.find((m) => mailText(m.data).includes('VSK on sanctions_relief'));
    expect(message).toBeDefined();
    expect(message!.to).toEqual(['analyst@desk.test']);
    expect(mailText(message!.data)).toMatch(/Subject: Parley alert: VSK on sanctions_relief: hardening/);
    expect(mailText(message!.data)).toContain('Veska withdrew its offer to discuss easing sanctions');
    expect(mailText(message!.data)).toContain('If the guns fall silent at sea');
    // And the journal.
    expect(readFileSync(join(dir, 'alerts.log'), 'utf8')).toContain('"issue":"sanctions_relief"');
  });

  it('fetches nothing new when run again: the site answers 304', async () => {
    const before = site.log.length;
    const again = await watchOnce('--force');
    const answers = site.log.slice(before);
    expect(answers).toContainEqual({ path: '/feed.xml', status: 304 });
    expect(answers).toContainEqual({ path: '/index.html', status: 304 });
    expect(answers.some((a) => a.path.startsWith('/articles/'))).toBe(false);
    expect(again.out).toMatch(/feed .*\/feed\.xml: not modified \(304\)/);
    expect(again.out).toMatch(/round: 7 feeds polled, 0 new documents, 0 alerts/);
  });

  it('names each bad feed and why in parley feeds, while the good ones are ok', async () => {
    const shown = await parley('feeds', '--db', db);
    expect(shown.code).toBe(0);
    const line = (path: string) => shown.out.split('\n').findIndex((l) => l.includes(`${site.base}${path} `));
    const nextLine = (path: string) => shown.out.split('\n')[line(path) + 1];
    expect(shown.out.split('\n')[line('/feed.xml')]).toMatch(/^ok/);
    expect(shown.out.split('\n')[line('/slow.xml')]).toMatch(/^failing/);
    expect(nextLine('/slow.xml')).toMatch(/3 failures in a row: timed out after 3 s/);
    expect(nextLine('/broken.xml')).toMatch(/answered HTTP 500/);
    expect(nextLine('/malformed.xml')).toMatch(/not well-formed XML/);
    expect(nextLine('/loop-a')).toMatch(/redirected more than 4 times/);
    expect(nextLine('/huge.xml')).toMatch(/more than the limit of 1\.0 MB/);

    const json = await parley('feeds', '--json', '--db', db);
    const feeds = JSON.parse(json.out) as {
      url: string;
      health: string;
      consecutiveErrors: number;
      nextDue: string;
      lastPolledAt: string;
    }[];
    const feed = (path: string) => feeds.find((f) => f.url === `${site.base}${path}`)!;
    expect(feed('/feed.xml')).toMatchObject({ health: 'ok', consecutiveErrors: 0, lastStatus: 304 });
    // A failing feed backs off: tried again later than its interval would say.
    const broken = feed('/broken.xml');
    expect(Date.parse(broken.nextDue) - Date.parse(broken.lastPolledAt)).toBeGreaterThan(15 * 60 * 1000);
  });

  it('refuses a watch list with a mistake, naming the file, line and field', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, `feeds:\n  - url: ${site.base}/feed.xml\n    kind: podcast\n`);
    const run = await parley('watch', bad, '--once', '--db', db);
    expect(run.code).toBe(2);
    expect(run.err).toContain(`${bad}:3: field feeds.0.kind: kind must be rss, atom or html-index`);
  });
});
