/**
 * Deeply nested HTML: read in one streaming pass (not by Readability over a DOM, which took 23 s
 * for 1,000 nested divs and failed at 10,000), or refused with a message that says what to do.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  htmlNesting,
  htmlToTextWithHeadings,
  MAX_HTML_DEPTH,
  MAX_READABLE_DEPTH,
  streamHtml,
} from '../../src/core/ingest/html.js';
import { readAll, tempDir } from './helpers.js';

const STORY =
  '<p>Veska and Ormund agreed on Monday to resume talks in Lumen next week, the Tarsian mediator said.</p>' +
  '<p>"We will not give up the islands," Foreign Minister Ilse Marrow told reporters.</p>';

const page = (depth: number, body = STORY) =>
  `<!doctype html><html><head><title>Talks to resume in Lumen</title>` +
  `<meta property="article:published_time" content="2026-05-04T09:00:00Z">` +
  `<meta name="author" content="By Ana Veldt"><link rel="canonical" href="https://news.example/lumen">` +
  `</head><body>${'<div>'.repeat(depth)}${body}${'</div>'.repeat(depth)}</body></html>`;

const write = (name: string, content: string) => {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
};

describe('deeply nested HTML', () => {
  it('reads a page of 10,000 nested divs: its paragraphs, title, date, author and address', async () => {
    const { docs, problems } = await readAll([write('nested.html', page(10_000))]);
    expect(problems).toEqual([]);
    expect(docs).toHaveLength(1);
    expect(docs[0].text).toBe(
      'Veska and Ormund agreed on Monday to resume talks in Lumen next week, the Tarsian mediator said.\n\n' +
        '"We will not give up the islands," Foreign Minister Ilse Marrow told reporters.',
    );
    expect(docs[0].meta).toMatchObject({
      date: '2026-05-04',
      title: 'Talks to resume in Lumen',
      byline: 'Ana Veldt',
      url: 'https://news.example/lumen',
    });
  });

  it('refuses a page nested deeper than it reads, saying so and what to do, and goes on', async () => {
    const deep = write('deeper.html', page(MAX_HTML_DEPTH + 10));
    const fine = write('fine.html', page(3));
    const { docs, problems } = await readAll([deep, fine]);
    expect(problems).toEqual([
      {
        origin: deep,
        reason: expect.stringMatching(
          /nests its elements more than 15,000 deep.*save the article's text as a \.txt file/,
        ),
      },
    ]);
    expect(docs.map((d) => d.origin)).toEqual([fine]);
  });

  it('gives the same text and headings in the streaming pass as in the walk of a DOM', () => {
    const body =
      '<nav>Home</nav><article><h2>What the <em>fishermen</em> want</h2>' +
      '<p>The families asked both delegations<br>to settle their release first.</p>' +
      '<script>var x = "not text";</script><ul><li>Release</li><li>Licences</li></ul>' +
      '<table><tr><td>Veska</td><td>Ormund</td></tr></table><p>Talks resume on Monday.</p></article>';
    expect(htmlNesting(body).depth).toBeLessThanOrEqual(MAX_READABLE_DEPTH);
    const walked = htmlToTextWithHeadings(body);
    expect(walked.text).toContain('What the fishermen want');
    expect(streamHtml(body, { wholePage: false })).toMatchObject(walked);
  });

  it('reads the other items of a feed when one item body is nested too deep', async () => {
    const item = (title: string, body: string) =>
      `<item><title>${title}</title><pubDate>Mon, 04 May 2026 10:00:00 GMT</pubDate>` +
      `<description><![CDATA[${body}]]></description></item>`;
    const feed = write(
      'feed.xml',
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>` +
        item('Deep', `${'<div>'.repeat(MAX_HTML_DEPTH + 1)}${STORY}${'</div>'.repeat(MAX_HTML_DEPTH + 1)}`) +
        item('Plain', STORY) +
        '</channel></rss>',
    );
    const { docs, problems } = await readAll([feed]);
    expect(problems).toEqual([
      { origin: feed, item: 1, reason: expect.stringMatching(/^has a body that could not be read: nests/) },
    ]);
    expect(docs.map((d) => d.meta.title)).toEqual(['Plain']);
  });
});
