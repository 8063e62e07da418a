/**
 * RSS 2.0 and Atom feeds (fast-xml-parser): each item or entry is a document with its title, link,
 * date and body; HTML bodies are reduced to text.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Span } from '../model.js';
import { toIsoDate } from './dates.js';
import { htmlToText, htmlToTextWithHeadings } from './html.js';
import { documentOrProblem } from './text.js';
import type { ReadItem, ReadOptions } from './types.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
});

type XmlNode = Record<string, unknown>;

/** The text of a parsed element, whether it came as a string or as {#text, @_attr}. */
function elementText(node: unknown): string | undefined {
  if (node == null) return undefined;
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return elementText(node[0]);
  if (typeof node === 'object') {
    const record = node as XmlNode;
    if ('#text' in record) return elementText(record['#text']);
  }
  return undefined;
}

/** An Atom link: the `alternate` (or first) link's href. */
function atomLink(links: unknown): string | undefined {
  if (!Array.isArray(links)) return elementText(links);
  const list = links as XmlNode[];
  const alternate = list.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? list[0];
  return alternate ? ((alternate['@_href'] as string | undefined) ?? elementText(alternate)) : undefined;
}

/** An Atom text construct: `type="text"` is text; html and xhtml are reduced to text. */
function atomText(node: unknown): string | undefined {
  if (node == null) return undefined;
  const type = typeof node === 'object' && !Array.isArray(node) ? (node as XmlNode)['@_type'] : undefined;
  if (type === 'xhtml') {
    // fast-xml-parser has parsed the XHTML into objects; rebuild its text from the leaves.
    const leaves: string[] = [];
    const walk = (n: unknown) => {
      if (typeof n === 'string') leaves.push(n);
      else if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === 'object')
        for (const [k, v] of Object.entries(n)) if (!k.startsWith('@_')) walk(v);
    };
    walk(node);
    return leaves.join('\n\n');
  }
  const value = elementText(node);
  return value === undefined ? undefined : type === 'text' ? value : htmlToText(value);
}

export function looksLikeFeed(content: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/.test(content.slice(0, 4000));
}

export function* readFeed(xml: string, origin: string, options: ReadOptions): Generator<ReadItem> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    yield {
      kind: 'problem',
      problem: {
        origin,
        line: valid.err.line,
        reason: `is not well-formed XML (${valid.err.msg}): fix the feed or fetch it again`,
      },
    };
    return;
  }
  let tree: XmlNode;
  try {
    tree = parser.parse(xml) as XmlNode;
  } catch (error) {
    // Well-formed, but beyond what the parser takes (it refuses elements nested very deep).
    yield {
      kind: 'problem',
      problem: {
        origin,
        reason: `could not be read as a feed (${(error as Error).message}): check that it is the feed itself, or save its articles as .txt files and ingest those`,
      },
    };
    return;
  }
  const rss = tree.rss as XmlNode | undefined;
  const atom = tree.feed as XmlNode | undefined;
  if (rss) {
    const channel = (rss.channel ?? {}) as XmlNode;
    const feedTitle = elementText(channel.title);
    const items = (channel.item ?? []) as XmlNode[];
    for (const [i, item] of items.entries()) {
      const rawDate = elementText(item.pubDate) ?? elementText(item['dc:date']);
      const body = bodyText(elementText(item['content:encoded']) ?? elementText(item.description) ?? '');
      if (typeof body === 'string') {
        yield { kind: 'problem', problem: { origin, item: i + 1, reason: body } };
        continue;
      }
      yield itemDocument(
        body,
        rawDate,
        {
          title: elementText(item.title),
          url: elementText(item.link) ?? elementText(item.guid),
          byline: elementText(item['dc:creator']) ?? elementText(item.author),
          source: feedTitle ?? origin,
        },
        origin,
        i + 1,
        options,
      );
    }
    if (items.length === 0) yield emptyFeed(origin);
  } else if (atom) {
    const feedTitle = atomText(atom.title);
    const entries = (atom.entry ?? []) as XmlNode[];
    for (const [i, entry] of entries.entries()) {
      const author = entry.author as XmlNode | undefined;
      let read: ReadItem;
      try {
        read = itemDocument(
          { text: atomText(entry.content) ?? atomText(entry.summary) ?? '', headings: [] },
          elementText(entry.published) ?? elementText(entry.updated),
          {
            title: atomText(entry.title),
            url: atomLink(entry.link),
            byline: author ? elementText(author.name) : undefined,
            source: feedTitle ?? origin,
          },
          origin,
          i + 1,
          options,
        );
      } catch (error) {
        read = {
          kind: 'problem',
          problem: { origin, item: i + 1, reason: `could not be read: ${(error as Error).message}` },
        };
      }
      yield read;
    }
    if (entries.length === 0) yield emptyFeed(origin);
  } else {
    yield {
      kind: 'problem',
      problem: { origin, reason: 'is XML but not an RSS 2.0 or Atom feed: give parley the feed itself' },
    };
  }
}

/** An item's HTML body as text, or why it cannot be read (the rest of the feed goes on). */
function bodyText(html: string): { text: string; headings: Span[] } | string {
  try {
    return htmlToTextWithHeadings(html);
  } catch (error) {
    return `has a body that could not be read: ${(error as Error).message}`;
  }
}

function itemDocument(
  body: { text: string; headings: Span[] },
  rawDate: string | undefined,
  meta: { title?: string; url?: string; byline?: string; source?: string },
  origin: string,
  item: number,
  options: ReadOptions,
): ReadItem {
  const date = toIsoDate(rawDate);
  if (rawDate && !date) {
    return {
      kind: 'problem',
      problem: { origin, item, reason: `date ${JSON.stringify(rawDate)} cannot be read as a calendar date` },
    };
  }
  return documentOrProblem(body.text, { ...meta, date }, origin, options, { item }, body.headings);
}

const emptyFeed = (origin: string): ReadItem => ({
  kind: 'problem',
  problem: { origin, reason: 'is a feed with no items: nothing to ingest' },
});
