/**
 * One poll of one watched feed: a conditional GET (If-None-Match, If-Modified-Since) within the
 * watch list's limits — a timeout for the whole answer, a size cap on the body (declared or
 * streamed), redirects followed up to a limit, each hop checked against the address policy
 * (fetch.ts) — and the items it holds. An index page's new article links are fetched the same
 * way. Whatever goes wrong becomes the poll's error, in words, never an exception: a bad feed
 * never stops the watch.
 */
import { Parser } from 'htmlparser2';
import { fetchUrl, RefusedAddressError } from '../ingest/fetch.js';
import { readBytesItems } from '../ingest/sources.js';
import type { ReadItem } from '../ingest/types.js';
import type { FeedState } from '../store/watch-state.js';
import type { WatchedFeedConfig } from './config.js';

export interface PollLimits {
  timeoutSeconds: number;
  maxBytes: number;
  maxRedirects: number;
  /** Index pages: new articles fetched in one poll (the rest wait for the next). */
  maxArticles: number;
  /** Which addresses may be connected to (default: public ones only). */
  addressAllowed?: (address: string) => boolean;
}

export interface PollResult {
  /** The HTTP status of the feed's answer (undefined when there was none: timeout, refused…). */
  status?: number;
  /** Why the poll failed. */
  error?: string;
  /** A 429 or 503's Retry-After, in seconds. */
  retryAfterSeconds?: number;
  etag?: string;
  lastModified?: string;
  /** Documents and problems read (a 304 reads none). */
  items: ReadItem[];
  /** Items (entries, articles) read. */
  itemsRead: number;
  /** An index page's article links now read, newest first. */
  seenLinks?: string[];
}

/** A response over the watch list's limits (said as it is, not as a failure to fetch). */
class OverLimitError extends Error {}

const USER_AGENT = 'parley-watch (+https://parley.invalid/watch)';

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;

/** Retry-After as seconds from `now`: a number of seconds or an HTTP date. */
export function retryAfterSeconds(value: string | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

interface Answer {
  url: string;
  status: number;
  statusText: string;
  header(name: string): string | undefined;
  /** The body, when the status is 2xx. */
  bytes?: Buffer;
}

/** Why a fetch failed, in words. */
function failure(error: unknown, limits: PollLimits): string {
  if (error instanceof OverLimitError) return error.message;
  if (error instanceof RefusedAddressError)
    return `${error.redirected ? `was redirected to ${error.url}, which is` : 'is'} at a local or private address (${error.address}): pass --allow-private-urls if this address is meant`;
  const e = error as {
    name?: string;
    code?: string;
    message?: string;
    cause?: { code?: string; message?: string };
  };
  if (e.name === 'TimeoutError' || e.name === 'AbortError' || e.code === 'ABORT_ERR')
    return `timed out after ${limits.timeoutSeconds} s`;
  if (/redirected more than/.test(e.message ?? '')) return `${e.message} (a redirect loop?)`;
  return `could not be fetched (${e.code ?? e.cause?.code ?? e.message ?? String(error)})`;
}

/** GET `url` within the limits; the body is read only for a 2xx answer. */
async function get(url: string, headers: Record<string, string>, limits: PollLimits): Promise<Answer> {
  // One timer for the whole answer, the body included (a server that trickles bytes times out too);
  // aborted at the end in any case, so that no connection is left open behind a refused body.
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(Object.assign(new Error('timed out'), { name: 'TimeoutError' })),
    limits.timeoutSeconds * 1000,
  );
  try {
    const response = await fetchUrl(url, {
      signal: controller.signal,
      headers: { 'user-agent': USER_AGENT, ...headers },
      addressAllowed: limits.addressAllowed,
      maxRedirects: limits.maxRedirects,
    });
    const answer: Answer = {
      url: response.url,
      status: response.status,
      statusText: response.statusText,
      header: response.header,
    };
    if (response.status < 200 || response.status > 299) return answer;
    const declared = Number(response.header('content-length') ?? 0);
    if (declared > limits.maxBytes)
      throw new OverLimitError(
        `declares a body of ${sizeText(declared)}, over the limit of ${sizeText(limits.maxBytes)}`,
      );
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of response.body) {
      size += chunk.length;
      if (size > limits.maxBytes)
        throw new OverLimitError(
          `sent more than the limit of ${sizeText(limits.maxBytes)}: the rest was not read`,
        );
      chunks.push(Buffer.from(chunk));
    }
    answer.bytes = Buffer.concat(chunks);
    return answer;
  } catch (error) {
    if (controller.signal.aborted) throw controller.signal.reason;
    throw error;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

const charsetOf = (answer: Answer) =>
  /charset=["']?([\w.:-]+)/i.exec(answer.header('content-type') ?? '')?.[1];

/** Links of an HTML page as absolute URLs, in page order, without repeats or fragments. */
export function pageLinks(html: string, base: string): string[] {
  const links: string[] = [];
  const seen = new Set<string>();
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name !== 'a' || !attributes.href) return;
      let url: URL;
      try {
        url = new URL(attributes.href, base);
      } catch {
        return;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
      url.hash = '';
      if (!seen.has(url.href)) {
        seen.add(url.href);
        links.push(url.href);
      }
    },
  });
  parser.write(html);
  parser.end();
  return links;
}

/** Poll `feed` once: what it answered and the items it holds. */
export async function pollFeed(
  feed: WatchedFeedConfig,
  state: Pick<FeedState, 'etag' | 'lastModified' | 'seenLinks'>,
  limits: PollLimits,
  now = new Date(),
): Promise<PollResult> {
  const conditional: Record<string, string> = {
    accept:
      feed.kind === 'html-index'
        ? 'text/html, application/xhtml+xml'
        : 'application/rss+xml, application/atom+xml, application/xml, text/xml',
  };
  if (state.etag) conditional['if-none-match'] = state.etag;
  if (state.lastModified) conditional['if-modified-since'] = state.lastModified;
  let answer: Answer;
  try {
    answer = await get(feed.url, conditional, limits);
  } catch (error) {
    return { error: failure(error, limits), items: [], itemsRead: 0 };
  }
  const validators = {
    etag: answer.header('etag'),
    lastModified: answer.header('last-modified'),
  };
  if (answer.status === 304) return { status: 304, items: [], itemsRead: 0 };
  if (!answer.bytes) {
    const retry =
      answer.status === 429 || answer.status === 503
        ? retryAfterSeconds(answer.header('retry-after'), now)
        : undefined;
    return {
      status: answer.status,
      error: `answered HTTP ${answer.status} ${answer.statusText}`.trim(),
      retryAfterSeconds: retry,
      items: [],
      itemsRead: 0,
    };
  }
  if (feed.kind !== 'html-index') {
    const items = readBytesItems({
      bytes: answer.bytes,
      origin: feed.url,
      nameForFormat: 'feed.xml',
      headerCharset: charsetOf(answer),
      options: { maxBytes: limits.maxBytes },
    });
    const documents = items.filter((i) => i.kind === 'document').length;
    // A problem of the whole feed (not of one item): malformed XML, not a feed, no items.
    const whole = items.find((i) => i.kind === 'problem' && i.problem.item === undefined);
    if (!documents && whole?.kind === 'problem')
      return { status: answer.status, error: whole.problem.reason, items: [], itemsRead: 0 };
    return { status: answer.status, ...validators, items, itemsRead: items.length };
  }
  return {
    status: answer.status,
    ...validators,
    ...(await readIndex(feed, answer, state.seenLinks, limits)),
  };
}

/** The articles an index page links to that were not read before, each fetched within the limits. */
async function readIndex(
  feed: WatchedFeedConfig,
  page: Answer,
  seenBefore: string[],
  limits: PollLimits,
): Promise<Pick<PollResult, 'items' | 'itemsRead' | 'seenLinks'>> {
  const seen = new Set(seenBefore);
  const html = new TextDecoder(charsetOf(page) ?? 'utf-8').decode(page.bytes);
  const fresh = pageLinks(html, page.url)
    .filter((link) => feed.links?.test(link) && !seen.has(link))
    .slice(0, limits.maxArticles);
  const items: ReadItem[] = [];
  const read: string[] = [];
  for (const link of fresh) {
    let article: Answer;
    try {
      article = await get(link, { accept: 'text/html, application/xhtml+xml' }, limits);
    } catch (error) {
      // Not marked as read: tried again at the next poll.
      items.push({ kind: 'problem', problem: { origin: link, reason: failure(error, limits) } });
      continue;
    }
    // A server error may pass: such an article is tried again; one that is gone (4xx) is not.
    if (article.status < 500) read.push(link);
    if (!article.bytes) {
      items.push({
        kind: 'problem',
        problem: { origin: link, reason: `answered HTTP ${article.status} ${article.statusText}`.trim() },
      });
      continue;
    }
    items.push(
      ...readBytesItems({
        bytes: article.bytes,
        origin: link,
        nameForFormat: 'page.html',
        headerCharset: charsetOf(article),
        options: { maxBytes: limits.maxBytes },
      }),
    );
  }
  return { items, itemsRead: read.length, seenLinks: [...read, ...seenBefore] };
}
