/**
 * Write endpoints: extract (code a pasted article at once, keep it only if asked) and ingest (pasted
 * text, an uploaded file, or a URL). Reading, preparing and storing are the core's ingest API; this
 * file only turns requests into its inputs and its summary into answers.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { anyAddress } from '../../core/ingest/fetch.js';
import { type IngestEvent, type IngestSummary, ingest } from '../../core/ingest/ingest.js';
import type { PreparedDocument } from '../../core/ingest/prepare.js';
import { readInputs } from '../../core/ingest/sources.js';
import { readTextDocument } from '../../core/ingest/text.js';
import { type BytesInput, problemText, type RawDocument, type ReadItem } from '../../core/ingest/types.js';
import { badRequest, HttpError } from '../errors.js';
import {
  anyObject,
  ExtractBody,
  type ExtractBody as ExtractBodyT,
  errorResponse,
  IngestBody,
  type IngestBody as IngestBodyT,
  jsonSchema,
} from '../schemas.js';
import { requireSameOrigin } from '../security.js';
import type { ServerContext } from '../server.js';

const errors = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  413: errorResponse,
  422: errorResponse,
};
const today = () => new Date().toISOString().slice(0, 10);
const PASTED = 'the pasted text';

async function* just(...items: ReadItem[]): AsyncGenerator<ReadItem> {
  yield* items;
}

/** The pasted text as the core reads text (a `date` first line or front matter count), plus the form's fields. */
function pastedDocument(body: {
  text: string;
  date?: string;
  title?: string;
  url?: string;
  source?: string;
}): RawDocument {
  if (!body.text.trim()) throw badRequest('"text" is empty: paste the article body.');
  const item = readTextDocument(body.text, PASTED, { defaultDate: body.date ?? today(), maxBytes: Infinity });
  if (item.kind === 'problem') throw new HttpError(422, problemText(item.problem));
  if (item.kind !== 'document') throw badRequest('The text could not be read as an article.');
  const given = Object.fromEntries(
    Object.entries({ date: body.date, title: body.title, url: body.url, source: body.source }).filter(
      ([, v]) => v,
    ),
  );
  return { ...item.raw, meta: { ...item.raw.meta, ...given } };
}

interface IngestAnswer {
  summary: IngestSummary;
  documents: { id?: string; origin: string; outcome: string; duplicateOf?: string; notEnglish?: boolean }[];
  message: string;
}

function answerOf(
  summary: IngestSummary,
  events: IngestEvent[],
  rename: (s: string) => string,
): IngestAnswer {
  const documents = events.flatMap((e) =>
    e.kind === 'document'
      ? [
          {
            id: e.id,
            origin: rename(e.origin),
            outcome: e.outcome,
            duplicateOf: e.duplicateOf,
            notEnglish: e.skipped,
          },
        ]
      : [],
  );
  const problems = summary.problems.map((p) => ({ ...p, origin: rename(p.origin) }));
  const parts = [`${summary.stored} stored`, `${summary.unchanged} already stored`];
  if (summary.nearDuplicates) parts.push(`${summary.nearDuplicates} near-duplicate(s) linked to an original`);
  if (summary.failed) parts.push(`${summary.failed} failed: ${problems.map(problemText).join('; ')}`);
  return { summary: { ...summary, problems }, documents, message: parts.join(', ') };
}

export function registerWriteRoutes(api: FastifyInstance, ctx: ServerContext): void {
  const writeAccess = requireSameOrigin();
  // Parsing and extraction run on the server's worker threads; this thread only stores.
  const prepare = (raw: RawDocument) => ctx.workers().prepare(raw);
  const parseBytes = (input: BytesInput) => ctx.workers().read(input);

  /** Run the core's ingest over some read items; nothing stored and something failed → 422. */
  async function ingestItems(items: AsyncIterable<ReadItem>, rename: (s: string) => string = (s) => s) {
    const events: IngestEvent[] = [];
    const intoEmpty = ctx.codebookSources !== undefined && (await ctx.store.countDocuments()) === 0;
    const summary = await ingest(items, ctx.store, {
      handleBatch: (raws) => ctx.workers().prepareBatch(raws),
      onEvent: (e) => events.push(e),
    });
    if (intoEmpty && summary.stored && ctx.codebookSources)
      await ctx.store.recordCodebook(ctx.codebookSources);
    const answer = answerOf(summary, events, rename);
    if (summary.failed && !summary.stored && !summary.unchanged) throw new HttpError(422, answer.message);
    return answer;
  }

  api.post<{ Body: ExtractBodyT }>(
    '/extract',
    {
      preHandler: writeAccess,
      schema: {
        summary: 'Code a pasted article at once: statements, positions, events with their offsets',
        description: 'Nothing is stored unless `store` is true.',
        tags: ['write'],
        security: [{ bearer: [] }],
        body: jsonSchema(ExtractBody),
        response: { 200: anyObject, ...errors },
      },
    },
    async (request) => {
      const raw = pastedDocument(request.body);
      const prepared: PreparedDocument = await prepare(raw);
      let stored: IngestAnswer | undefined;
      if (request.body.store) stored = await ingestItems(just({ kind: 'document', raw }));
      const { norm: _norm, tokens: _tokens, ...document } = prepared.doc;
      return {
        document,
        lang: prepared.lang,
        words: prepared.words,
        stored: Boolean(stored),
        ingest: stored,
      };
    },
  );

  api.post<{ Body: IngestBodyT }>(
    '/ingest',
    {
      preHandler: writeAccess,
      schema: {
        summary: 'Store an article (its text and date) or what a URL holds (a page, an RSS or Atom feed)',
        tags: ['write'],
        security: [{ bearer: [] }],
        body: jsonSchema(IngestBody),
        response: { 200: anyObject, ...errors, 502: errorResponse },
      },
    },
    async (request) => {
      const body = request.body;
      if (body.text !== undefined)
        return ingestItems(just({ kind: 'document', raw: pastedDocument({ ...body, text: body.text }) }));
      if (!body.url) throw badRequest('Send either "text" (with "date") or "url" in the request body.');
      if (!/^https?:\/\/[^\s/]+/i.test(body.url))
        throw badRequest(
          `"url" must be a web address starting with http:// or https:// (got "${body.url}").`,
        );
      return ingestItems(
        readInputs([body.url], {
          defaultDate: body.date,
          maxBytes: ctx.bodyLimit,
          addressAllowed: ctx.allowPrivateUrls ? anyAddress : undefined,
          parseBytes,
        }),
      );
    },
  );

  api.post(
    '/ingest/upload',
    {
      preHandler: writeAccess,
      schema: {
        summary: 'Store the articles of an uploaded file: text, HTML, RSS/Atom or JSON Lines',
        description:
          'multipart/form-data with one `file`; an optional `date` field (YYYY-MM-DD) dates undated text.',
        tags: ['write'],
        security: [{ bearer: [] }],
        consumes: ['multipart/form-data'],
        response: { 200: anyObject, ...errors },
      },
    },
    async (request) => {
      if (!request.isMultipart())
        throw new HttpError(415, 'Upload the file as multipart/form-data, in a field named "file".');
      const file = await request.file();
      if (!file) throw badRequest('No file in the upload: send it in a field named "file".');
      const bytes = await file.toBuffer();
      const dateField = file.fields.date as { value?: unknown } | undefined;
      const date = typeof dateField?.value === 'string' && dateField.value ? dateField.value : undefined;
      if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date))
        throw badRequest(`"date" must be a real date written YYYY-MM-DD (got "${date}").`);
      // The core reads files by path (format from the name and first bytes): keep the upload's
      // name in a private temporary folder, and report problems under that name.
      const name = basename(file.filename || 'upload.txt').replace(/[^\w.-]+/g, '_') || 'upload.txt';
      const dir = await mkdtemp(join(tmpdir(), 'parley-upload-'));
      const path = join(dir, name);
      try {
        await writeFile(path, bytes);
        return await ingestItems(
          readInputs([path], { defaultDate: date, maxBytes: ctx.bodyLimit, parseBytes }),
          (s) => s.split(path).join(name),
        );
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
}
