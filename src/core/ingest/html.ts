/**
 * HTML pages: the article body extracted with Mozilla Readability over a linkedom DOM, reduced to
 * text with one paragraph per block element; title, byline and publication date from the page's
 * metadata (meta tags, JSON-LD, <time>).
 */
import { Readability } from '@mozilla/readability';
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
 * Text of an HTML fragment or DOM node: a paragraph per block element, whitespace collapsed, and
 * the spans of the paragraphs that were headings (`<h1>`…`<h6>`).
 */
export function htmlToTextWithHeadings(input: string | DomNode): { text: string; headings: Span[] } {
  const root: DomNode =
    typeof input === 'string'
      ? (parseHTML(`<!doctype html><html><body>${input}</body></html>`).document.body as unknown as DomNode)
      : input;
  const paragraphs: { text: string; heading: boolean }[] = [];
  let current = '';
  let headingDepth = 0;
  const flush = () => {
    const paragraph = current.replace(/\s+/g, ' ').trim();
    if (paragraph) paragraphs.push({ text: paragraph, heading: headingDepth > 0 });
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    const heading = HEADING_TAGS.has(tag);
    if (block) flush();
    if (heading) headingDepth++;
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (block) flush();
    if (heading) headingDepth--;
  };
  walk(root);
  flush();
  const headings: Span[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    if (paragraph.heading) headings.push({ start: offset, end: offset + paragraph.text.length });
    offset += paragraph.text.length + 2;
  }
  return { text: paragraphs.map((p) => p.text).join('\n\n'), headings };
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
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
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

export function readHtmlDocument(html: string, origin: string, options: ReadOptions): ReadItem {
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
