/**
 * Real parts for the watch tests, on 127.0.0.1 only: a news site whose feeds change between rounds
 * and some of whose feeds misbehave, a webhook receiver, and an SMTP server (smtp-server). The
 * feeds' articles are the invented Veska–Ormund corpus of examples/corpus.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

export const CORPUS = join(import.meta.dirname, '..', '..', 'examples', 'corpus');

export interface Article {
  file: string;
  date: string;
  title: string;
  body: string;
}

/** The sample corpus's articles, oldest first: date from the first line, title from the file name. */
export function corpusArticles(): Article[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(CORPUS, file), 'utf8');
      const [first, ...rest] = text.split('\n');
      const date = first.replace(/^date\s+/, '').trim();
      const title = file
        .replace(/^\d{4}-\d{2}-\d{2}-/, '')
        .replace(/\.txt$/, '')
        .replace(/-/g, ' ');
      return { file, date, title, body: rest.join('\n').trim() };
    });
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const paragraphs = (body: string) =>
  body
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeXml(p.trim())}</p>`)
    .join('');

export function rssFeed(base: string, articles: Article[]): string {
  const items = articles
    .map(
      (a) => `<item>
  <title>${escapeXml(a.title)}</title>
  <link>${base}/articles/${a.file.replace(/\.txt$/, '')}</link>
  <guid>${a.file}</guid>
  <pubDate>${new Date(`${a.date}T09:00:00Z`).toUTCString()}</pubDate>
  <description>${escapeXml(paragraphs(a.body))}</description>
</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Northwire</title><link>${base}/</link><description>News</description>
${items}
</channel></rss>`;
}

export function articlePage(a: Article): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeXml(a.title)}</title>
<meta property="article:published_time" content="${a.date}T09:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>${escapeXml(a.title)}</h1>${paragraphs(a.body)}
<p>This report was updated after publication with the agencies' latest comments.</p></article></body></html>`;
}

export interface LoggedRequest {
  path: string;
  status: number;
}

export interface NewsSite {
  base: string;
  /** Every request answered (or left hanging: status 0), in order. */
  log: LoggedRequest[];
  /** What the RSS feed at /feed.xml and the index at /index.html list now. */
  publish(articles: Article[]): void;
  close(): Promise<void>;
}

/** Bytes the endless feed sends at most (50 MB), in 64 KB chunks, without a Content-Length. */
const HUGE_BYTES = 50 * 1024 * 1024;

export async function startNewsSite(): Promise<NewsSite> {
  let published: Article[] = [];
  const log: LoggedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  let base = '';
  const answer = (res: ServerResponse, path: string, status: number, body = '', headers = {}) => {
    log.push({ path, status });
    res.writeHead(status, headers).end(body);
  };
  const conditional = (
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    body: string,
    type: string,
  ) => {
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) return answer(res, path, 304, '', { etag });
    answer(res, path, 200, body, { 'content-type': type, etag });
  };
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    switch (path) {
      case '/feed.xml':
        return conditional(req, res, path, rssFeed(base, published), 'application/rss+xml; charset=utf-8');
      case '/index.html':
        return conditional(
          req,
          res,
          path,
          `<!doctype html><html><body><a href="/about">About</a><ul>${published
            .map(
              (a) => `<li><a href="/articles/${a.file.replace(/\.txt$/, '')}">${escapeXml(a.title)}</a></li>`,
            )
            .join('')}</ul></body></html>`,
          'text/html; charset=utf-8',
        );
      case '/slow.xml':
        // Never answers: the watch's timeout has to give up on it.
        log.push({ path, status: 0 });
        hanging.add(res);
        return;
      case '/broken.xml':
        return answer(res, path, 500, 'Internal Server Error');
      case '/busy.xml':
        return answer(res, path, 503, 'busy', { 'retry-after': '120' });
      case '/malformed.xml':
        return answer(
          res,
          path,
          200,
          '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Half',
          { 'content-type': 'application/rss+xml' },
        );
      case '/loop-a':
        return answer(res, path, 302, '', { location: '/loop-b' });
      case '/loop-b':
        return answer(res, path, 302, '', { location: '/loop-a' });
      case '/huge.xml': {
        // 50 MB of feed, streamed without saying how long: the watch must stop reading at its cap.
        log.push({ path, status: 200 });
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title><description>');
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        const pump = () => {
          while (sent < HUGE_BYTES) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end('</description></channel></rss>');
        };
        res.on('close', () => {
          sent = HUGE_BYTES;
        });
        return pump();
      }
    }
    const article = /^\/articles\/([\w-]+)$/.exec(path);
    const found = article && published.find((a) => a.file === `${article[1]}.txt`);
    if (found)
      return answer(res, path, 200, articlePage(found), { 'content-type': 'text/html; charset=utf-8' });
    answer(res, path, 404, 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    log,
    publish: (articles) => {
      published = articles;
    },
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface ReceivedHook {
  headers: IncomingMessage['headers'];
  body: string;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedHook[];
  /** Answer the next `n` posts with 500 (a receiver that is down for a while). */
  failNext(n: number): void;
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedHook[] = [];
  let failures = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (failures > 0) {
        failures--;
        res.writeHead(500).end('down');
        return;
      }
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/parley`,
    received,
    failNext: (n) => {
      failures = n;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface ReceivedMail {
  from: string;
  to: string[];
  data: string;
}

export interface MailServer {
  url: string;
  port: number;
  received: ReceivedMail[];
  close(): Promise<void>;
}

/** An SMTP server on 127.0.0.1 that keeps every message it is sent (no TLS, no login). */
export async function startMailServer(): Promise<MailServer> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
