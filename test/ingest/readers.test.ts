import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutBlocks } from '../../src/core/analyse/layout.js';
import { anyAddress } from '../../src/core/ingest/fetch.js';
import { formatsDir, readAll, sharedSeeds, tempDir } from './helpers.js';

const fmt = (name: string) => join(formatsDir, name);

describe('seed-form text', () => {
  it('takes the date from the first line prefix and keeps the body after it', async () => {
    const { docs, problems } = await readAll([fmt('seed-form.txt')]);
    expect(problems).toEqual([]);
    expect(docs).toHaveLength(1);
    expect(docs[0].meta.date).toBe('2026-06-10');
    expect(docs[0].text.startsWith('Veska and Ormund prepared on Wednesday')).toBe(true);
  });

  it('reads `date YYYY-MM-DD` on its own line', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'own-line.txt'), 'date 2026-05-02\n\nOrmund said the talks would resume.\n');
    const { docs } = await readAll([join(dir, 'own-line.txt')]);
    expect(docs.map((d) => [d.meta.date, d.text])).toEqual([
      ['2026-05-02', 'Ormund said the talks would resume.'],
    ]);
  });

  it.skipIf(!existsSync(sharedSeeds))(
    'reads the shared seed, dated 2025-02-18, heading and Read More line recognised',
    async () => {
      const { docs, problems } = await readAll([sharedSeeds]);
      expect(problems).toEqual([]);
      const seed = docs.find((d) => d.meta.date === '2025-02-18');
      expect(seed).toBeDefined();
      const kinds = layoutBlocks(seed!.text).map((b) => b.kind);
      expect(kinds).toContain('heading');
      expect(kinds).toContain('link');
      expect(seed!.text.startsWith('date')).toBe(false);
    },
  );
});

describe('plain text', () => {
  it('reads front matter: date, title, source, url, byline', async () => {
    const { docs } = await readAll([fmt('front-matter.txt')]);
    expect(docs[0].meta).toMatchObject({
      date: '2026-06-03',
      title: 'Families of detained fishermen rally in Kessel as Ormund presses for their release',
      source: 'Tidewire',
      url: 'https://tidewire.example/2026/06/03/kessel-fishermen-families',
      byline: 'Ana Veldt',
    });
    expect(docs[0].text.startsWith('KESSEL, June 3 (Tidewire)')).toBe(true);
  });

  it('dates bare text with --date, and only then', async () => {
    const dir = tempDir();
    const file = join(dir, 'bare.txt');
    writeFileSync(file, 'Tarsia proposed a new round of talks in Lumen.');
    const dated = await readAll([file], { defaultDate: '2026-06-01' });
    expect(dated.docs.map((d) => d.meta.date)).toEqual(['2026-06-01']);
    const undated = await readAll([file]);
    expect(undated.docs).toEqual([]);
    expect(undated.problems[0].origin).toBe(file);
    expect(undated.problems[0].reason).toMatch(/no date.*--date/);
  });
});

describe('HTML', () => {
  it('extracts the article body with its title, byline, date, url and site', async () => {
    const { docs, problems } = await readAll([fmt('article.html')]);
    expect(problems).toEqual([]);
    const [doc] = docs;
    expect(doc.meta).toMatchObject({
      date: '2026-05-21',
      title: 'Lumen mediator seeks a new date as sanctions row deepens',
      byline: 'Teodor Rask',
      url: 'https://courier.example/world/2026/05/21/mediator-seeks-new-date',
      source: 'The Lumen Courier',
    });
    expect(doc.text).toContain(
      '“We will come back to Lumen when the mediator sets a date, and we will come back in good faith,” Foreign Minister Ilse Marrow said',
    );
    // Navigation and footer are not part of the story; paragraphs stay paragraphs.
    expect(doc.text).not.toContain('Subscribe');
    expect(doc.text).not.toContain('All rights reserved');
    expect(doc.text.split('\n\n').length).toBeGreaterThanOrEqual(5);
  });

  it('finds the date in JSON-LD or a <time> element when there is no meta tag', async () => {
    const dir = tempDir();
    const body =
      '<article><p>Veska and Ormund exchanged lists of detained fishermen on Friday, officials said.</p></article>';
    writeFileSync(
      join(dir, 'jsonld.html'),
      `<html><head><title>Lists exchanged</title><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2026-07-03T08:00:00Z"}]}</script></head><body>${body}</body></html>`,
    );
    writeFileSync(
      join(dir, 'time.html'),
      `<html><head><title>Lists exchanged</title></head><body><time datetime="2026-07-04">4 July</time>${body}</body></html>`,
    );
    const { docs } = await readAll([dir]);
    expect(docs.map((d) => d.meta.date)).toEqual(['2026-07-03', '2026-07-04']);
    expect(docs[0].text).toContain('exchanged lists of detained fishermen');
  });
});

describe('declared character sets', () => {
  it('decodes a page that declares windows-1252 as such', async () => {
    const dir = tempDir();
    const page = Buffer.concat([
      Buffer.from(
        '<html><head><meta charset="windows-1252"><meta name="date" content="2026-07-09"><title>Caf',
      ),
      Buffer.from([0xe9]),
      Buffer.from(' talks</title></head><body><article><p>The Skerry caf'),
      Buffer.from([0xe9]),
      Buffer.from(
        ' hosted envoys from Veska and Ormund on Thursday, officials said.</p></article></body></html>',
      ),
    ]);
    writeFileSync(join(dir, 'cp1252.html'), page);
    const { docs, problems } = await readAll([dir]);
    expect(problems).toEqual([]);
    expect(docs[0].text).toContain('The Skerry café hosted envoys');
  });
});

describe('feeds', () => {
  it('reads each RSS 2.0 item as a document with title, link, date and a text body', async () => {
    const { docs, problems } = await readAll([fmt('feed-rss.xml')]);
    expect(problems).toEqual([]);
    expect(docs.map((d) => [d.meta.date, d.meta.title, d.meta.url])).toEqual([
      [
        '2026-07-03',
        'Ceasefire at sea holds for a second week, Tarsia says',
        'https://harbourpost.example/skerry/2026-07-03-ceasefire-holds',
      ],
      [
        '2026-06-18',
        "Ormund rejects Assembly's bid to join talks",
        'https://harbourpost.example/skerry/2026-06-18-assembly-bid',
      ],
    ]);
    expect(docs[0].meta.source).toBe('Harbour Post — Skerry Talks');
    expect(docs[0].text).not.toMatch(/<\/?p>/);
    expect(docs[0].text).toContain(
      '“Not a single shot has been fired around the Skerry Islands since the ceasefire took effect on June 19,” Solenne told reporters',
    );
    expect(docs[1].text).toContain('"already represented by the states that negotiate on their behalf"');
  });

  it('reads each Atom entry, with HTML content reduced to text and text summaries kept', async () => {
    const { docs } = await readAll([fmt('feed-atom.xml')]);
    expect(docs.map((d) => [d.meta.date, d.meta.url, d.meta.byline])).toEqual([
      ['2026-07-07', 'https://nmc.example/newsroom/2026-07-07-presidents-call', 'NMC Press Office'],
      ['2026-08-03', 'https://nmc.example/newsroom/2026-08-03-observer', undefined],
    ]);
    expect(docs[0].text).toContain(
      '"Our member states have waited months for the two capitals to speak to each other directly,"',
    );
    expect(docs[0].text).not.toContain('<p>');
    expect(docs[1].text).toContain('"a first step, but not enough"');
  });

  describe('from a URL', () => {
    const server = createServer((req, res) => {
      if (req.url === '/latin1-page') {
        res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' });
        res.end(
          Buffer.concat([
            Buffer.from(
              '<html><head><title>Talks</title><meta name="date" content="2026-07-10"></head><body><article><p>Envoys met at the Skerry caf',
            ),
            Buffer.from([0xe9]),
            Buffer.from(
              ' on Friday, officials from Veska and Ormund said after the meeting.</p></article></body></html>',
            ),
          ]),
        );
      } else if (req.url === '/feed') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(readFileSync(fmt('feed-rss.xml')));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    let base = '';
    beforeAll(async () => {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('fetches the feed and reads its items', async () => {
      const { docs, problems } = await readAll([`${base}/feed`], { addressAllowed: anyAddress });
      expect(problems).toEqual([]);
      expect(docs.map((d) => d.meta.date)).toEqual(['2026-07-03', '2026-06-18']);
      expect(docs[0].origin).toBe(`${base}/feed item 1`);
    });

    it('fetches a page and decodes it in the charset its Content-Type names', async () => {
      const { docs, problems } = await readAll([`${base}/latin1-page`], { addressAllowed: anyAddress });
      expect(problems).toEqual([]);
      expect(docs[0].meta.date).toBe('2026-07-10');
      expect(docs[0].text).toContain('Skerry café on Friday');
    });

    it('names a URL that answers with an error status', async () => {
      const { docs, problems } = await readAll([`${base}/missing`], { addressAllowed: anyAddress });
      expect(docs).toEqual([]);
      expect(problems[0]).toMatchObject({
        origin: `${base}/missing`,
        reason: expect.stringContaining('HTTP 404'),
      });
    });
  });
});

describe('JSON Lines', () => {
  it('reads one document a line with its metadata', async () => {
    const { docs, problems } = await readAll([fmt('wire.jsonl')]);
    expect(problems).toEqual([]);
    expect(docs).toHaveLength(3);
    expect(docs[0].meta).toMatchObject({
      date: '2026-09-02',
      title: 'Fishing gap widens as Veska and Ormund head for fourth round',
      source: 'Tidewire',
    });
    expect(docs[0].origin).toBe(`${fmt('wire.jsonl')}:1`);
    expect(docs[2].meta.title).toBe('Les pêcheurs ormundis libérés');
  });
});

describe('directories and stdin', () => {
  it('walks directories recursively, in name order, leaving gold and codebook files alone', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a', 'deeper'), { recursive: true });
    writeFileSync(join(dir, 'a', 'deeper', 'one.txt'), 'date 2026-03-10\nVeska said it was ready.');
    writeFileSync(join(dir, 'a', 'deeper', 'one.gold.json'), '{"statements": []}');
    writeFileSync(join(dir, 'b.txt'), 'date 2026-03-11\nOrmund said it was ready too.');
    writeFileSync(join(dir, 'codebook.yaml'), 'actors: []');
    const { docs, problems, passedOver } = await readAll([dir]);
    expect(problems).toEqual([]);
    expect(docs.map((d) => d.meta.date)).toEqual(['2026-03-10', '2026-03-11']);
    expect(passedOver).toBe(2);
  });

  it('reads `-` from standard input, whatever its format', async () => {
    const stdin = Readable.from([Buffer.from(readFileSync(fmt('feed-atom.xml')))]);
    const { docs } = await readAll(['-'], { stdin });
    expect(docs.map((d) => d.meta.date)).toEqual(['2026-07-07', '2026-08-03']);
    expect(docs[0].origin).toBe('stdin item 1');
  });
});
