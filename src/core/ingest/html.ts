/**
 * HTML pages: the article body extracted with Mozilla Readability over a linkedom DOM, reduced to
 * text with one paragraph per block element; title, byline and publication date from the page's
 * metadata (meta tags, JSON-LD, <time>).
 *
 * Both take time that grows faster than the page where elements nest deeply (a thousand nested
 * divs took Readability 23 s, two thousand over a minute; linkedom slows past ten thousand): such a
 * page, measured first in one streaming pass, is read by that pass alone (htmlparser2), the whole
 * body as text with the same paragraphs, without Readability's removal of menus and asides.
 */
import { Readability } from '@mozilla/readability';
import { Parser } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import type { DocumentMeta, Span } from '../model.js';
import { toIsoDate } from './dates.js';
import { documentOrProblem } from './text.js';
import type { ReadItem, ReadOptions } from './types.js';

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * Paragraphs as an HTML reader meets text and elements: a paragraph per block element, white space
 * collapsed, each marked when it is (inside) a heading. One for the DOM walk and the streaming pass.
 */
class ParagraphWriter {
  readonly paragraphs: { text: string; heading: boolean }[] = [];
  private current = '';
  private headingDepth = 0;

  text(text: string) {
    this.current += text;
  }

  flush() {
    const paragraph = this.current.replace(/\s+/g, ' ').trim();
    if (paragraph) this.paragraphs.push({ text: paragraph, heading: this.headingDepth > 0 });
    this.current = '';
  }

  /** An element opens (tag upper-cased); false for one whose content is not text (scripts, styles). */
  open(tag: string): boolean {
    if (SKIP_TAGS.has(tag)) return false;
    if (tag === 'BR') this.flush();
    if (BLOCK_TAGS.has(tag)) this.flush();
    if (HEADING_TAGS.has(tag)) this.headingDepth++;
    return true;
  }

  close(tag: string) {
    if (BLOCK_TAGS.has(tag)) this.flush();
    if (HEADING_TAGS.has(tag)) this.headingDepth--;
  }

  result(): { text: string; headings: Span[] } {
    this.flush();
    const headings: Span[] = [];
    let offset = 0;
    for (const paragraph of this.paragraphs) {
      if (paragraph.heading) headings.push({ start: offset, end: offset + paragraph.text.length });
      offset += paragraph.text.length + 2;
    }
    return { text: this.paragraphs.map((p) => p.text).join('\n\n'), headings };
  }
}

/**
 * The deepest nesting parley reads. htmlparser2 keeps its open elements in an array it adds to at
 * the front, so each element costs time in proportion to its depth: 10,000 nested divs take 0.2 s
 * to read, 100,000 take 4 s. A page nested deeper is refused (no page of news comes near).
 */
export const MAX_HTML_DEPTH = 15_000;

class TooDeep extends Error {}

/**
 * How deeply a page nests its elements, and the nesting of all of them (the sum of their depths);
 * `depth` is Infinity for a page nested deeper than MAX_HTML_DEPTH, found without reading it on.
 */
export function htmlNesting(html: string): { depth: number; total: number } {
  let depth = 0;
  let deepest = 0;
  let total = 0;
  const parser = new Parser({
    onopentag() {
      depth++;
      total += depth;
      if (depth > deepest) deepest = depth;
      if (depth > MAX_HTML_DEPTH) throw new TooDeep();
    },
    onclosetag() {
      depth--;
    },
  });
  try {
    parser.end(html);
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    return { depth: Number.POSITIVE_INFINITY, total };
  }
  return { depth: deepest, total };
}

/** Why a page nested deeper than MAX_HTML_DEPTH is not read, in words for the user. */
export const TOO_DEEP_REASON = `nests its elements more than ${MAX_HTML_DEPTH.toLocaleString('en')} deep, which no article needs and parley does not read: save the article's text as a .txt file and ingest that`;

/**
 * Nesting beyond which a page is read in one streaming pass, not with Readability over a DOM.
 * Readability took 0.3 s at a depth of 100, 1.3 s at 200 and 4.8 s at 400; and 7.6 s for a
 * thousand chains of 50 nested divs (a total nesting of 1.3 million). News pages nest some 20 to
 * 40 deep, a few thousand elements.
 */
export const MAX_READABLE_DEPTH = 100;
export const MAX_READABLE_NESTING = 400_000;

const tooDeep = (nesting: { depth: number; total: number }) =>
  nesting.depth > MAX_READABLE_DEPTH || nesting.total > MAX_READABLE_NESTING;

/**
 * Text of an HTML string in one streaming pass, whatever its nesting (no DOM is built), with what
 * its head says of it: the `<title>`, the attributes of its `<meta>`, `<link>` and `<time>`
 * elements, and its JSON-LD blocks.
 */
export function streamHtml(html: string, options: { wholePage: boolean }) {
  const writer = new ParagraphWriter();
  const head: PageHead = { metas: [], links: [], times: [], jsonLd: [] };
  /** Depth inside an element whose content is not story text (script, style, the page's head). */
  let skipping = 0;
  let title: string | undefined;
  let inTitle = false;
  let jsonLd: string | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      const tag = name.toUpperCase();
      if (tag === 'META') head.metas.push(attributes);
      else if (tag === 'LINK') head.links.push(attributes);
      else if (tag === 'TIME') head.times.push(attributes);
      else if (tag === 'TITLE' && title === undefined) inTitle = true;
      if (tag === 'SCRIPT' && attributes.type === 'application/ld+json') jsonLd = '';
      if (skipping) skipping++;
      else if (!writer.open(tag) || (options.wholePage && (tag === 'HEAD' || tag === 'TITLE'))) skipping = 1;
    },
    ontext(text) {
      if (inTitle) title = (title ?? '') + text;
      if (jsonLd !== undefined) jsonLd += text;
      if (!skipping) writer.text(text);
    },
    onclosetag(name) {
      const tag = name.toUpperCase();
      if (tag === 'TITLE') inTitle = false;
      if (tag === 'SCRIPT' && jsonLd !== undefined) {
        head.jsonLd.push(jsonLd);
        jsonLd = undefined;
      }
      if (skipping) skipping--;
      else writer.close(tag);
    },
  });
  parser.end(html);
  return { ...writer.result(), title: title?.trim(), head };
}

/** What a page's head says, as the streaming pass collects it. */
interface PageHead {
  metas: Record<string, string>[];
  links: Record<string, string>[];
  times: Record<string, string>[];
  jsonLd: string[];
}

/**
 * Text of an HTML fragment or DOM node: a paragraph per block element, whitespace collapsed, and
 * the spans of the paragraphs that were headings (`<h1>`…`<h6>`).
 */
export function htmlToTextWithHeadings(input: string | DomNode): { text: string; headings: Span[] } {
  if (typeof input === 'string') {
    const nesting = htmlNesting(input);
    if (nesting.depth > MAX_HTML_DEPTH) throw new Error(TOO_DEEP_REASON);
    if (tooDeep(nesting)) {
      const { text, headings } = streamHtml(input, { wholePage: false });
      return { text, headings };
    }
  }
  const root: DomNode =
    typeof input === 'string'
      ? (parseHTML(`<!doctype html><html><body>${input}</body></html>`).document.body as unknown as DomNode)
      : input;
  const writer = new ParagraphWriter();
  // Depth first, with a stack of its own: a deep page would exhaust the call stack.
  const stack: Array<{ node: DomNode; tag?: string }> = [{ node: root }];
  while (stack.length) {
    const { node, tag } = stack.pop() as { node: DomNode; tag?: string };
    if (tag !== undefined) {
      writer.close(tag);
      continue;
    }
    if (node.nodeType === 3) {
      writer.text(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (!writer.open(name) || name === 'BR') continue;
    stack.push({ node, tag: name });
    // Read once: linkedom builds the list of children anew on every read of `childNodes`.
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] });
  }
  return writer.result();
}

/** Text of an HTML fragment or DOM node: a paragraph per block element, whitespace collapsed. */
export const htmlToText = (input: string | DomNode): string => htmlToTextWithHeadings(input).text;

type Doc = ReturnType<typeof parseHTML>['document'];

const metaContent = (document: Doc, selectors: string[]): string | undefined => {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
};

/** `datePublished` from JSON-LD blocks, including `@graph` lists. */
function jsonLdDate(document: Doc): string | undefined {
  return jsonLdDateOf(
    [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
  );
}

function jsonLdDateOf(blocks: string[]): string | undefined {
  for (const block of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(block);
    } catch {
      continue; // a broken JSON-LD block only costs us this source of the date
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const record = item as Record<string, unknown>;
        if (typeof record.datePublished === 'string') return record.datePublished;
        if (record['@graph']) queue.push(record['@graph']);
      }
    }
  }
  return undefined;
}

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="parsely-pub-date"]',
  'meta[property="og:published_time"]',
];

/** The page's publication date from its metadata, as written in the page. */
export function htmlPublicationDate(document: Doc): string | undefined {
  const candidates = [
    metaContent(document, DATE_META),
    jsonLdDate(document),
    document.querySelector('time[pubdate]')?.getAttribute('datetime'),
    document.querySelector('time[itemprop="datePublished"]')?.getAttribute('datetime'),
    document.querySelector('time[datetime]')?.getAttribute('datetime'),
  ];
  for (const candidate of candidates) {
    const date = toIsoDate(candidate ?? undefined);
    if (date) return date;
  }
  return undefined;
}

/** A selector of DATE_META and the like, as attribute and value: `meta[name="date"]` → name, date. */
const selectorParts = (selector: string) =>
  /\[(\w+)="([^"]+)"\]/.exec(selector)?.slice(1, 3) as [string, string];

/** `metaContent` over the attributes the streaming pass collected. */
function streamedMeta(head: PageHead, selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const [attribute, value] = selectorParts(selector);
    for (const meta of head.metas) {
      const content = meta[attribute] === value ? meta.content?.trim() : undefined;
      if (content) return content;
    }
  }
  return undefined;
}

/**
 * A page too deeply nested for Readability and a DOM, read by the streaming pass: the whole body
 * as text, and the metadata `readHtmlDocument` reads, from the same elements.
 */
function readStreamedHtml(html: string, origin: string, options: ReadOptions): ReadItem {
  const { text, headings, title, head } = streamHtml(html, { wholePage: true });
  // As the selectors time[pubdate], time[itemprop="datePublished"] and time[datetime] pick them.
  const dates = [
    streamedMeta(head, DATE_META),
    jsonLdDateOf(head.jsonLd),
    head.times.find((t) => t.pubdate !== undefined)?.datetime,
    head.times.find((t) => t.itemprop === 'datePublished')?.datetime,
    head.times.find((t) => t.datetime !== undefined)?.datetime,
  ];
  const meta: Partial<DocumentMeta> = {
    date: dates.map((d) => toIsoDate(d ?? undefined)).find((d) => d),
    title: title || undefined,
    byline: streamedMeta(head, ['meta[name="author"]', 'meta[property="article:author"]'])?.replace(
      /^by\s+/i,
      '',
    ),
    url:
      head.links.find((l) => l.rel === 'canonical' && l.href !== undefined)?.href ??
      streamedMeta(head, ['meta[property="og:url"]']),
    source: streamedMeta(head, ['meta[property="og:site_name"]', 'meta[name="application-name"]']) ?? origin,
  };
  return documentOrProblem(text, meta, origin, options, {}, headings);
}

export function readHtmlDocument(html: string, origin: string, options: ReadOptions): ReadItem {
  try {
    const nesting = htmlNesting(html);
    if (nesting.depth > MAX_HTML_DEPTH)
      return { kind: 'problem', problem: { origin, reason: TOO_DEEP_REASON } };
    if (tooDeep(nesting)) return readStreamedHtml(html, origin, options);
    return readHtmlPage(html, origin, options);
  } catch (error) {
    // The parsers and Readability are forgiving: what still fails is a page they cannot take.
    return {
      kind: 'problem',
      problem: {
        origin,
        reason: `could not be read as HTML (${(error as Error).message}): check that the page opens in a browser, or save its text as a .txt file and ingest that`,
      },
    };
  }
}

function readHtmlPage(html: string, origin: string, options: ReadOptions): ReadItem {
  const { document } = parseHTML(html);
  // Metadata first: Readability rewrites the DOM it reads.
  const date = htmlPublicationDate(document);
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    metaContent(document, ['meta[property="og:url"]']);
  const site = metaContent(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  const author = metaContent(document, ['meta[name="author"]', 'meta[property="article:author"]']);
  const documentTitle = document.querySelector('title')?.textContent?.trim();

  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const { text, headings } = htmlToTextWithHeadings(
    article?.content ? article.content : (document.body as unknown as DomNode),
  );
  const meta: Partial<DocumentMeta> = {
    date: date ?? toIsoDate(article?.publishedTime ?? undefined),
    title: article?.title?.trim() || documentTitle,
    // "By Teodor Rask" → "Teodor Rask": the byline field names people, not the line.
    byline: (article?.byline?.trim() || author)?.replace(/^by\s+/i, ''),
    url: canonical ?? undefined,
    source: article?.siteName?.trim() || site || origin,
  };
  return documentOrProblem(text, meta, origin, options, {}, headings);
}
