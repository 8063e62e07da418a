/**
 * The HTTP API over the sample corpus: every endpoint answers what the core answers, bad input
 * gets a 4xx with a message naming the field, and the server goes on afterwards.
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildBrief,
  changesSince,
  conflicts,
  meetings,
  positionHistory,
  positionsMatrix,
  timeline,
} from '../../src/core/query/index.js';
import type { Store } from '../../src/core/store/store.js';
import { buildServer } from '../../src/server/server.js';
import { type CorpusStore, corpusFiles, corpusStore, uploadFile } from './corpus.js';

const same = (value: unknown) => JSON.parse(JSON.stringify(value));
const HOSTILE = `date 2026-07-01
PORT ALDER, July 1 (Northwire) - <script>document.title = "pwned"; window.__pwned = true;</script> Veska's Foreign Minister Ilse Marrow said on Wednesday that Veska "will never accept" Ormund's claim to the Skerry Islands.
<img src=x onerror="window.__pwned = true"> Ormund's chief negotiator Petr Vallo told reporters that Ormund was ready to discuss fishing rights.`;

let corpus: CorpusStore;
let app: FastifyInstance;
/** The sample corpus's negotiation, the one its codebook declares. */
const skerry = () => corpus.codebook.negotiations[0];
let webRoot: string;

beforeAll(async () => {
  corpus = await corpusStore();
  webRoot = mkdtempSync(join(tmpdir(), 'parley-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Parley</title><div id="app"></div>');
  app = await buildServer({ store: corpus.store, codebook: corpus.codebook, webRoot, bodyLimit: 64 * 1024 });
});

afterAll(async () => {
  await app?.close();
  await corpus?.cleanup();
  rmSync(webRoot, { recursive: true, force: true });
});

const get = async (url: string) => {
  const response = await app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json(), headers: response.headers };
};
const post = async (url: string, payload: unknown, headers: Record<string, string> = {}) => {
  const response = await app.inject({ method: 'POST', url, payload: payload as object, headers });
  return { status: response.statusCode, body: response.json(), headers: response.headers };
};

/** A 4xx answered as JSON with a message that names what was wrong. */
function expectClientError(
  r: { status: number; body: { message?: string } },
  status: number,
  mentions: RegExp,
) {
  expect(r.status).toBe(status);
  expect(r.body.message).toMatch(mentions);
}

describe('documents', () => {
  it('lists every ingested document in date order, with paging', async () => {
    const all = await get('/api/documents');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(corpusFiles().length);
    const dates = all.body.documents.map((d: { date: string }) => d.date);
    expect(dates).toEqual([...dates].sort());
    const page = await get('/api/documents?limit=5&offset=5');
    expect(page.body.documents.map((d: { id: string }) => d.id)).toEqual(
      all.body.documents.slice(5, 10).map((d: { id: string }) => d.id),
    );
    const since = await get('/api/documents?since=2026-06-01');
    expect(since.body.documents.length).toBeGreaterThan(0);
    expect(since.body.documents.every((d: { date: string }) => d.date >= '2026-06-01')).toBe(true);
  });

  it('gives one document with its text and annotations whose offsets point into the text', async () => {
    const [first] = (await get('/api/documents?limit=1')).body.documents;
    const one = await get(`/api/documents/${first.id}`);
    expect(one.status).toBe(200);
    const { document, annotations, facts } = one.body;
    expect(document.id).toBe(first.id);
    expect((await corpus.store.getDocument(first.id))?.text).toBe(document.text);
    expect(annotations.blocks.length).toBeGreaterThan(0);
    for (const s of facts.statements)
      expect(document.text.slice(s.fact.start, s.fact.end).length).toBe(s.fact.end - s.fact.start);
    for (const p of facts.positions) expect(document.text).toContain(p.evidenceText);
  });

  it('rejects bad dates, limits and ids, and says which field is wrong', async () => {
    expectClientError(await get('/api/documents?since=2026-02-30'), 400, /"since".*YYYY-MM-DD/);
    expectClientError(await get('/api/documents?until=yesterday'), 400, /"until"/);
    expectClientError(await get('/api/documents?limit=0'), 400, /"limit"/);
    expectClientError(await get('/api/documents?limit=many'), 400, /"limit".*whole number/);
    expectClientError(
      await get('/api/documents/0123456789abcdef'),
      404,
      /No document with id 0123456789abcdef/,
    );
    expectClientError(await get('/api/documents/not-an-id'), 400, /"id".*document id/);
  });

  it('answers numbers out of range in the query with 400, naming the parameter and its range', async () => {
    // "1e309" is Infinity once read as a number: it must not slip past the range to the store.
    for (const [url, field, range] of [
      ['/api/documents?limit=1e309', 'limit', 'from 1 to 1000'],
      ['/api/documents?offset=1e309', 'offset', 'from 0 to'],
      ['/api/documents?limit=-1e309', 'limit', 'from 1 to 1000'],
      ['/api/statements?limit=1e309', 'limit', 'from 1 to 1000'],
      ['/api/quotes?limit=1e309', 'limit', 'from 1 to 1000'],
      ['/api/events?limit=1e309', 'limit', 'from 1 to 5000'],
      ['/api/search?q=talks&limit=1e309', 'limit', 'from 1 to 200'],
      ['/api/documents?limit=5000', 'limit', 'from 1 to 1000'],
      ['/api/documents?offset=-1', 'offset', 'from 0 to'],
    ] as const) {
      const r = await get(url);
      expect(r.status, url).toBe(400);
      expect(r.body.message, url).toMatch(new RegExp(`^"${field}" must be a whole number ${range}`));
    }
  });
});

describe('codebook', () => {
  it('lists actors with their people, and gives one actor with statements and positions', async () => {
    const actors = await get('/api/actors');
    const codes = actors.body.actors.map((a: { code: string }) => a.code);
    for (const actor of corpus.codebook.actors) expect(codes).toContain(actor.code);
    const vsk = corpus.codebook.actors.find((a) => a.code === 'VSK')!;
    const one = await get('/api/actors/VSK');
    expect(one.status).toBe(200);
    expect(one.body.actor.name).toBe(vsk.name);
    expect(one.body.positions).toEqual(same((await positionsMatrix(corpus.store, { actor: 'VSK' })).cells));
    expect(
      one.body.statements.every((s: { fact: { actor: unknown } }) => [s.fact.actor].flat().includes('VSK')),
    ).toBe(true);
    const people = corpus.codebook.persons
      .filter((p) => p.roles.some((r) => r.actor === 'VSK'))
      .map((p) => p.name);
    expect(one.body.persons.map((p: { name: string }) => p.name).sort()).toEqual(people.sort());
  });

  it('answers unknown or malformed actor and issue codes with 404 and 400', async () => {
    expectClientError(await get('/api/actors/XYZ'), 404, /No actor with code XYZ/);
    expectClientError(await get('/api/actors/vsk'), 400, /"code"/);
    expectClientError(await get('/api/issues/no_such_issue'), 404, /No issue with code no_such_issue/);
    expectClientError(await get('/api/issues/Fishing'), 400, /"code"/);
  });

  it("gives an issue with every party's stance history", async () => {
    const issues = await get('/api/issues');
    expect(issues.body.issues.map((i: { code: string }) => i.code)).toContain('fishing_rights');
    const one = await get('/api/issues/fishing_rights');
    expect(one.status).toBe(200);
    const matrix = await positionsMatrix(corpus.store, { issue: 'fishing_rights' });
    expect(one.body.positions).toEqual(same(matrix.cells));
    for (const actor of matrix.actors) {
      const history = one.body.history.filter((h: { actor: string }) => h.actor === actor);
      expect(history.map(({ actor: _a, ...e }: { actor: string }) => e)).toEqual(
        same(await positionHistory(corpus.store, actor, 'fishing_rights')),
      );
    }
  });
});

describe('facts and analysis', () => {
  it('filters statements by actor and words', async () => {
    const all = await get('/api/statements?limit=1000');
    expect(all.status).toBe(200);
    const byVeska = await get('/api/statements?actor=VSK');
    expect(
      byVeska.body.statements.every((s: { fact: { actor: unknown } }) =>
        [s.fact.actor].flat().includes('VSK'),
      ),
    ).toBe(true);
    const words = await get('/api/statements?text=fishing');
    for (const s of words.body.statements)
      expect(`${s.evidenceText} ${s.fact.speaker}`.toLowerCase()).toMatch(/fish/);
    expectClientError(await get('/api/statements?actor=veska'), 400, /"actor"/);
    expectClientError(await get('/api/statements?asOf=2026-13-01'), 400, /"asOf".*YYYY-MM-DD/);
  });

  it('serves the positions matrix as of a date, as the core computes it', async () => {
    // The store's one negotiation is what it answers for; `all` is the whole store.
    const now = await get('/api/positions');
    expect(now.body).toEqual(same(await positionsMatrix(corpus.store, { negotiation: skerry() })));
    expect((await get('/api/positions?negotiation=all')).body).toEqual(
      same(await positionsMatrix(corpus.store)),
    );
    expectClientError(await get('/api/positions?negotiation=ilm'), 400, /no negotiation "ilm".*skerry/);
    const early = await get('/api/positions?asOf=2026-04-10');
    expect(early.body).toEqual(
      same(await positionsMatrix(corpus.store, { asOf: '2026-04-10', negotiation: skerry() })),
    );
    expect(early.body.cells.every((c: { date: string }) => c.date <= '2026-04-10')).toBe(true);
    expectClientError(await get('/api/positions?asOf=2026-02-30'), 400, /"asOf".*real date/);
    expectClientError(await get('/api/positions?asOf=10/04/2026'), 400, /"asOf"/);
  });

  it("serves a cell's history, and needs both actor and issue", async () => {
    const cell = (await positionsMatrix(corpus.store)).cells[0];
    if (cell) {
      const h = await get(`/api/positions/history?actor=${cell.actor}&issue=${cell.issue}`);
      expect(h.body.history).toEqual(same(await positionHistory(corpus.store, cell.actor, cell.issue)));
      expect(h.body.history.at(-1).text).toBe(cell.evidence.text);
    }
    expectClientError(await get('/api/positions/history?actor=VSK'), 400, /"issue" is required/);
  });

  it('serves changes since a date, conflicts, events and meetings', async () => {
    expect((await get('/api/changes?since=2026-05-01')).body).toEqual(
      same(await changesSince(corpus.store, '2026-05-01', { negotiation: skerry() })),
    );
    expectClientError(await get('/api/changes'), 400, /"since" is required/);
    expect((await get('/api/conflicts?asOf=2026-06-30')).body).toEqual(
      same(await conflicts(corpus.store, { asOf: '2026-06-30', negotiation: skerry() })),
    );
    expect((await get('/api/events')).body.events).toEqual(
      same(await timeline(corpus.store, { negotiation: skerry() })),
    );
    expect((await get('/api/events?type=CONSULT&since=2026-05-01')).body.events).toEqual(
      same(await timeline(corpus.store, { types: ['CONSULT'], since: '2026-05-01', negotiation: skerry() })),
    );
    expect((await get('/api/meetings')).body.meetings).toEqual(
      same(await meetings(corpus.store, { negotiation: skerry() })),
    );
    expectClientError(await get('/api/events?type=PARTY'), 400, /"type".*CONSULT/);
  });

  it('searches statements and documents, and needs words to search for', async () => {
    const r = await get('/api/search?q=fishing');
    expect(r.status).toBe(200);
    expect(r.body.documents.length).toBeGreaterThan(0);
    expectClientError(await get('/api/search'), 400, /"q" is required/);
    expectClientError(await get('/api/search?q='), 400, /"q" must not be empty/);
  });

  it('serves quotes and the brief in JSON, Markdown and HTML', async () => {
    expect((await get('/api/quotes?limit=5')).status).toBe(200);
    const json = await get('/api/brief?since=2026-06-01');
    expect(json.body).toEqual(
      same(
        await buildBrief(corpus.store, {
          since: '2026-06-01',
          codebook: corpus.codebook,
          negotiation: skerry(),
        }),
      ),
    );
    const md = await app.inject({ method: 'GET', url: '/api/brief?format=md' });
    expect(md.headers['content-type']).toMatch(/markdown/);
    const html = await app.inject({ method: 'GET', url: '/api/brief?format=html' });
    expect(html.headers['content-type']).toMatch(/html/);
    expect(html.body).not.toMatch(/<script/i);
  });
});

describe('exports, changed-lately marks, newest first', () => {
  /** CSV records of a response (no field of the sample corpus holds a line break). */
  const csvRecords = (body: string) =>
    body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');

  it('exports the matrix, the changes, the timeline and the statements as CSV and JSON files', async () => {
    const exports: [string, string, (body: Record<string, unknown[]>) => unknown[]][] = [
      ['/api/positions?changedWithin=30', 'positions', (b) => b.cells],
      ['/api/changes?since=2026-05-01', 'changes', (b) => b.changes],
      ['/api/events?', 'timeline', (b) => b.events],
      ['/api/meetings?', 'meetings', (b) => b.meetings],
      ['/api/statements?actor=VSK&limit=1000', 'statements', (b) => b.statements],
    ];
    for (const [url, name, rowsOf] of exports) {
      const json = await get(url);
      const rows = rowsOf(json.body);
      expect(rows.length, url).toBeGreaterThan(0);
      const csv = await app.inject({ method: 'GET', url: `${url}&format=csv` });
      expect(csv.statusCode, url).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toBe(`attachment; filename="parley-${name}.csv"`);
      const records = csvRecords(csv.body);
      // A header row, then one record per row of the JSON answer.
      expect(records[0]).toMatch(/^[a-z_]+(,[a-z_]+)+$/);
      expect(records.length - 1, url).toBe(rows.length);
      const file = await app.inject({ method: 'GET', url: `${url}&format=json` });
      expect(file.headers['content-disposition']).toBe(`attachment; filename="parley-${name}.json"`);
      expect(JSON.parse(file.body)).toEqual(json.body);
    }
    const matrix = await get('/api/positions');
    const csv = await app.inject({ method: 'GET', url: '/api/positions?format=csv' });
    const [header, first] = csvRecords(csv.body);
    const cell = matrix.body.cells[0];
    expect(header.split(',').slice(0, 4)).toEqual(['actor', 'issue', 'about', 'stance']);
    expect(first.startsWith(`${cell.actor},${cell.issue},${cell.about ?? ''},${cell.stance},`)).toBe(true);
    expectClientError(await get('/api/positions?format=xlsx'), 400, /"format".*json, csv/);
  });

  it('marks the matrix cells that moved within the chosen number of days', async () => {
    const all = await positionsMatrix(corpus.store);
    const latest = all.cells.map((c) => c.date).sort()[all.cells.length - 1];
    const marked = async (days: number) => {
      const r = await get(`/api/positions?changedWithin=${days}`);
      expect(r.status).toBe(200);
      return r.body as {
        changedSince: string;
        cells: { actor: string; issue: string; change?: { kind: string; date: string } }[];
      };
    };
    const month = await marked(30);
    const expectedSince = new Date(Date.parse(`${latest}T00:00:00Z`) - 30 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(month.changedSince).toBe(expectedSince);
    // The marks are the core's changes since that day, on their cells; the rest are unmarked.
    const moves = (await changesSince(corpus.store, month.changedSince)).changes;
    const marks = month.cells.filter((c) => c.change);
    expect(marks.map((c) => `${c.actor} ${c.issue} ${c.change?.kind}`).sort()).toEqual(
      moves.map((c) => `${c.actor} ${c.issue} ${c.kind}`).sort(),
    );
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((c) => (c.change?.date ?? '') >= month.changedSince)).toBe(true);
    // A longer window marks at least as much; the cells themselves do not change.
    const quarter = await marked(90);
    expect(quarter.cells.filter((c) => c.change).length).toBeGreaterThan(marks.length);
    expect(quarter.cells.map(({ change: _, ...c }) => c)).toEqual(same(all.cells));
    // As of an earlier day, the window ends on that day.
    const early = await get('/api/positions?asOf=2026-05-31&changedWithin=30');
    expect(early.body.changedSince).toBe('2026-05-01');
    expectClientError(await get('/api/positions?changedWithin=0'), 400, /"changedWithin"/);
  });

  it('lists statements newest first when asked, and a limit then keeps the latest', async () => {
    const all = (await get('/api/statements?limit=1000')).body.statements as { docDate: string }[];
    const newest = (await get('/api/statements?limit=5&order=newest')).body.statements as {
      docDate: string;
    }[];
    const dates = newest.map((s) => s.docDate);
    expect(dates).toEqual([...dates].sort().reverse());
    const fifth = [...all.map((s) => s.docDate)].sort().reverse()[4];
    expect(dates.every((d) => d >= fifth)).toBe(true);
    expect(dates[0]).toBe(all[all.length - 1].docDate);
  });
});

describe('extract and ingest', () => {
  it('codes a pasted article without storing it, and a <script> in it comes back as plain text', async () => {
    const before = await corpus.store.countDocuments();
    const r = await post('/api/extract', { text: HOSTILE });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    expect(r.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(r.body.stored).toBe(false);
    expect(r.body.document.date).toBe('2026-07-01');
    expect(r.body.document.text).toContain('<script>document.title = "pwned";');
    expect(await corpus.store.countDocuments()).toBe(before);
  });

  it('stores a pasted article when asked, and serves its text back verbatim', async () => {
    const before = await corpus.store.countDocuments();
    const r = await post('/api/extract', { text: HOSTILE, store: true, title: 'A <b>hostile</b> page' });
    expect(r.body.stored).toBe(true);
    expect(await corpus.store.countDocuments()).toBe(before + 1);
    const doc = await get(`/api/documents/${r.body.document.id}`);
    expect(doc.body.document.title).toBe('A <b>hostile</b> page');
    expect(doc.body.document.text).toContain('<img src=x onerror="window.__pwned = true">');
  });

  it('ingests pasted text once: the same text again changes nothing', async () => {
    const text =
      'Tarsia said on Monday that the next round of talks between Veska and Ormund would be held in Lumen.';
    const first = await post('/api/ingest', { text, date: '2026-09-01', title: 'Next round' });
    expect(first.status).toBe(200);
    expect(first.body.summary.stored).toBe(1);
    const again = await post('/api/ingest', { text, date: '2026-09-01' });
    expect(again.body.summary).toMatchObject({ stored: 0, unchanged: 1 });
    expectClientError(await post('/api/ingest', { text: '   ' }), 400, /empty/);
    expectClientError(await post('/api/ingest', {}), 400, /either "text".*or "url"/);
    expectClientError(await post('/api/ingest', { text, date: '2026-02-31' }), 400, /"date"/);
    expectClientError(await post('/api/ingest', { url: 'file:///etc/passwd' }), 400, /http/);
  });

  it('ingests a web page from a URL, and says when a URL cannot be fetched', async () => {
    // The page is served on this machine: only a server told to may fetch such an address.
    const allowing = await buildServer({
      store: corpus.store,
      codebook: corpus.codebook,
      webRoot: false,
      allowPrivateUrls: true,
    });
    const postTo = async (url: string) => {
      const response = await allowing.inject({ method: 'POST', url: '/api/ingest', payload: { url } });
      return { status: response.statusCode, body: response.json() };
    };
    const page = `<!doctype html><html><head><title>Talks resume</title><meta property="article:published_time" content="2026-09-02"></head>
      <body><article><h1>Talks resume</h1><p>Veska and Ormund resumed talks in Lumen on Wednesday, the Tarsian envoy Mira Solenne said, adding that both delegations had agreed to meet again within a month to discuss fishing rights and the detained fishermen.</p></article></body></html>`;
    const server: Server = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(page),
    );
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const port = (server.address() as AddressInfo).port;
      const r = await postTo(`http://127.0.0.1:${port}/talks.html`);
      expect(r.status).toBe(200);
      expect(r.body.summary.stored).toBe(1);
      const stored = await corpus.store.getDocument(r.body.documents[0].id);
      expect(stored?.title).toBe('Talks resume');
    } finally {
      server.close();
    }
    expectClientError(await postTo('http://127.0.0.1:9/nothing'), 422, /could not be fetched/);
    await allowing.close();
  });

  it('ingests an uploaded file and reports bad uploads by their name', async () => {
    const upload = (name: string, content: string | Uint8Array, fields: Record<string, string> = {}) =>
      uploadFile(app, name, content, fields);
    const jsonl = [
      {
        text: 'Ormund said on Friday it would release two detained Veskan fishermen as a gesture of goodwill.',
        date: '2026-09-04',
      },
      {
        text: 'Veska welcomed the release and said it was ready to ease its fishing patrols near the Skerry Islands.',
        date: '2026-09-05',
      },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n');
    const ok = await upload('wire.jsonl', jsonl);
    expect(ok.status).toBe(200);
    expect(ok.body.summary.stored).toBe(2);
    const undated = await upload(
      'note.txt',
      'Veska and Ormund will meet again in Lumen, the mediator said.',
      { date: '2026-09-06' },
    );
    expect(undated.body.summary.stored).toBe(1);
    const binary = await upload('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    expectClientError(binary, 422, /photo\.txt.*binary/);
    expect(binary.body.message).not.toMatch(/parley-upload-/);
    const big = await upload('big.txt', 'x'.repeat(70 * 1024));
    expect(big.status).toBe(413);
  });
});

describe('robustness and security', () => {
  it('refuses oversized and malformed bodies with 4xx, and goes on serving', async () => {
    const huge = await post('/api/extract', { text: 'Veska said no. '.repeat(6000) });
    expectClientError(huge, 413, /too large/);
    const broken = await app.inject({
      method: 'POST',
      url: '/api/extract',
      payload: '{"text": "unterminated',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().message).toMatch(/not valid JSON/);
    const wrongType = await app.inject({
      method: 'POST',
      url: '/api/extract',
      payload: 'text=hello',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(wrongType.statusCode).toBe(415);
    expectClientError(await post('/api/extract', { text: { html: '<p>' } }), 400, /"text".*string/);
    expect((await get('/api/health')).body.ok).toBe(true);
  });

  it('answers only at local names when bound to loopback (no DNS rebinding)', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/health', headers: { host: 'evil.example:4600' } });
    expect(r.statusCode).toBe(403);
    expect(r.json().message).toMatch(/local address/);
    const local = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { host: '127.0.0.1:4600' },
    });
    expect(local.statusCode).toBe(200);
  });

  it('refuses writes posted from another site', async () => {
    const r = await post('/api/extract', { text: HOSTILE }, { origin: 'http://evil.example' });
    expectClientError(r, 403, /evil\.example/);
  });

  it('needs a token for writes and reads when bound beyond loopback', async () => {
    await expect(
      buildServer({ store: corpus.store, codebook: corpus.codebook, host: '0.0.0.0', webRoot: false }),
    ).rejects.toThrow(/token/);
    const open = await buildServer({
      store: corpus.store,
      codebook: corpus.codebook,
      host: '0.0.0.0',
      token: 's3cret-token',
      webRoot: false,
    });
    try {
      const send = (headers: Record<string, string>) =>
        open.inject({ method: 'POST', url: '/api/extract', payload: { text: HOSTILE }, headers });
      expect((await send({})).statusCode).toBe(401);
      expect((await send({ authorization: 'Bearer wrong' })).statusCode).toBe(401);
      expect((await send({ authorization: 'Bearer s3cret-token' })).statusCode).toBe(200);
      const health = (headers: Record<string, string>) =>
        open.inject({ method: 'GET', url: '/api/health', headers });
      expect((await health({})).statusCode).toBe(401);
      expect((await health({ authorization: 'Bearer wrong' })).statusCode).toBe(401);
      expect((await health({ authorization: 'Bearer s3cret-token' })).json().writeNeedsToken).toBe(true);
    } finally {
      await open.close();
    }
  });

  it('answers a failure with 500 and logs it with its cause', async () => {
    const lines: string[] = [];
    const failing = new Proxy(corpus.store, {
      get(target, property) {
        if (property === 'statements')
          return async () => {
            throw new Error('disk I/O error while reading statements');
          };
        const value = Reflect.get(target, property);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }) as Store;
    const broken = await buildServer({
      store: failing,
      codebook: corpus.codebook,
      webRoot: false,
      log: { write: (line) => lines.push(line) },
    });
    try {
      const r = await broken.inject({ method: 'GET', url: '/api/statements?actor=VSK' });
      expect(r.statusCode).toBe(500);
      expect(r.json().message).toMatch(/details are in its log/);
      expect(r.json().message).not.toMatch(/disk I\/O/);
      expect(lines).toHaveLength(1);
      const entry = JSON.parse(lines[0]);
      expect(entry.msg).toMatch(/disk I\/O error while reading statements/);
      expect(entry.url).toBe('/api/statements?actor=VSK');
      expect(entry.err.stack).toMatch(/disk I\/O error/);
      // A client's mistake is answered, not logged.
      expect((await broken.inject({ method: 'GET', url: '/api/documents?limit=0' })).statusCode).toBe(400);
      expect(lines).toHaveLength(1);
    } finally {
      await broken.close();
    }
  });

  it('answers unknown API paths with JSON 404, and page addresses with the dashboard', async () => {
    expectClientError(await get('/api/nothing-here'), 404, /no GET \/api\/nothing-here/);
    const page = await app.inject({ method: 'GET', url: '/documents/abc?start=1&end=2' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/html/);
    expect(page.body).toContain('<div id="app">');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
  });

  it('describes every endpoint in OpenAPI, with interactive docs', async () => {
    const spec = (await get('/openapi.json')).body;
    expect(spec.openapi).toMatch(/^3\./);
    const paths = Object.keys(spec.paths);
    for (const route of app.printRoutes({ commonPrefix: false }).match(/\/api\/[^\s(]*/g) ?? [])
      expect(paths.some((p) => p.replace(/\{(\w+)\}/g, ':$1') === route.replace(/\/$/, ''))).toBe(true);
    for (const p of [
      '/api/positions',
      '/api/documents/{id}',
      '/api/extract',
      '/api/ingest',
      '/api/ingest/upload',
    ])
      expect(paths).toContain(p);
    const docs = await app.inject({ method: 'GET', url: '/docs/' });
    expect(docs.statusCode).toBe(200);
  });
});
