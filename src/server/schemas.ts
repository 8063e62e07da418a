/**
 * Request schemas of the HTTP API, written once in zod and handed to Fastify as JSON Schema, so the
 * same definition validates requests (Fastify's ajv) and documents them (OpenAPI at /openapi.json).
 */
import { z } from 'zod';
import { ACTOR_CODE, ISSUE_CODE, NEGOTIATION_ID } from '../core/codebook/codebook.js';
import { EVENT_TYPES } from '../core/model.js';

/** JSON Schema (draft-07, as Fastify's ajv reads it) of a zod schema's input. */
export function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }) as Record<
    string,
    unknown
  >;
  return rest;
}

const isoDay = (what: string) => z.iso.date().describe(`${what}, as YYYY-MM-DD`);
const limit = (max: number, fallback: number) =>
  z.coerce.number().int().min(1).max(max).default(fallback).describe(`at most this many rows (1–${max})`);
/** `?format=csv` answers a table for a spreadsheet; `json` (the default) the same data as JSON. */
const exportFormat = z
  .enum(['json', 'csv'])
  .optional()
  .describe('json (default), or csv: a table with a header row, to download');
const actorCode = z.string().regex(ACTOR_CODE).describe('an actor code such as VSK (upper case)');
const issueCode = z.string().regex(ISSUE_CODE).describe('an issue code such as fishing_rights (lower case)');
/** `?negotiation=ID`: the negotiation asked of (needed when the store holds several; `all`: the whole store). */
const negotiation = z
  .string()
  .max(100)
  .regex(NEGOTIATION_ID)
  .optional()
  .describe(
    'the negotiation (see /api/negotiations); needed when the store holds several; "all": the whole store',
  );

/** The query of the pages of one actor or one issue: the negotiation they are seen in. */
export const NegotiationQuery = z.object({ negotiation });

export const DocumentListQuery = z.object({
  negotiation,
  since: isoDay('only documents dated on or after this day').optional(),
  until: isoDay('only documents dated on or before this day').optional(),
  limit: limit(1000, 200),
  offset: z.coerce.number().int().min(0).default(0).describe('skip this many documents'),
});

export const DocumentParams = z.object({
  id: z
    .string()
    .regex(/^[0-9a-f]{6,64}$/)
    .describe('the document id (hex)'),
});
export const ActorParams = z.object({ code: actorCode });
export const IssueParams = z.object({ code: issueCode });

export const StatementQuery = z.object({
  negotiation,
  actor: actorCode.optional(),
  issue: issueCode.optional(),
  text: z.string().max(200).optional().describe('words to look for in what was said or who said it'),
  since: isoDay('only from documents dated on or after this day').optional(),
  asOf: isoDay('only from documents dated on or before this day').optional(),
  docId: DocumentParams.shape.id.optional(),
  limit: limit(1000, 100),
  order: z
    .enum(['oldest', 'newest'])
    .default('oldest')
    .describe('oldest (default) or newest documents first; with a limit, newest keeps the latest'),
  format: exportFormat,
});

export const PositionsQuery = z.object({
  negotiation,
  asOf: isoDay('the matrix as it stood at the end of this day (default: today)').optional(),
  actor: actorCode.optional(),
  issue: issueCode.optional(),
  changedWithin: z.coerce
    .number()
    .int()
    .min(1)
    .max(3650)
    .optional()
    .describe(
      'mark the cells whose stance moved in this many days before asOf (or before the latest evidence)',
    ),
  format: exportFormat,
});

export const HistoryQuery = z.object({
  negotiation,
  actor: actorCode,
  issue: issueCode,
  asOf: isoDay('only evidence dated on or before this day').optional(),
});

export const ChangesQuery = z.object({
  negotiation,
  since: isoDay('what moved on or after this day'),
  asOf: isoDay(
    'compared with how things stood at the end of this day (default: everything stored)',
  ).optional(),
  actor: actorCode.optional(),
  issue: issueCode.optional(),
  format: exportFormat,
});

export const AsOfQuery = z.object({
  negotiation,
  asOf: isoDay('as things stood at the end of this day (default: today)').optional(),
});

export const EventsQuery = z.object({
  negotiation,
  since: isoDay('only events on or after this day').optional(),
  asOf: isoDay('only from documents dated on or before this day').optional(),
  actor: actorCode.optional(),
  type: z.enum(EVENT_TYPES).optional(),
  limit: z.coerce.number().int().min(1).max(5000).optional().describe('at most this many events'),
  format: exportFormat,
});

export const QuotesQuery = z.object({
  negotiation,
  actor: actorCode.optional(),
  issue: issueCode.optional(),
  text: z.string().max(200).optional().describe('words to look for in what was said or who said it'),
  since: isoDay('only from documents dated on or after this day').optional(),
  asOf: isoDay('only from documents dated on or before this day').optional(),
  direct: z.enum(['true', 'false']).optional().describe('only direct quotations'),
  limit: limit(1000, 100),
});

export const SearchQuery = z.object({
  q: z.string().min(1).max(200).describe('words to search for'),
  limit: limit(200, 50),
});

export const BriefQuery = z.object({
  negotiation,
  since: isoDay('what changed on or after this day (default: 30 days before the latest evidence)').optional(),
  asOf: isoDay('as things stood at the end of this day').optional(),
  format: z.enum(['md', 'html', 'json']).default('json'),
});

const articleFields = {
  text: z.string().min(1).describe('the article body, as plain text'),
  date: isoDay('the publication date').optional(),
  title: z.string().max(500).optional(),
  url: z.string().max(2000).optional(),
  source: z.string().max(200).optional(),
};

/** Either an article's text (with its date) or the address of a page or feed to fetch. */
export const IngestBody = z.object({
  ...articleFields,
  text: articleFields.text.optional(),
  url: z
    .string()
    .max(2000)
    .optional()
    .describe('with text: where the article was published; alone: a page or feed to fetch'),
});

export const ExtractBody = z.object({
  ...articleFields,
  store: z.boolean().default(false).describe('also keep the coded document in the store'),
});

export type DocumentListQuery = z.infer<typeof DocumentListQuery>;
export type StatementQuery = z.infer<typeof StatementQuery>;
export type PositionsQuery = z.infer<typeof PositionsQuery>;
export type HistoryQuery = z.infer<typeof HistoryQuery>;
export type ChangesQuery = z.infer<typeof ChangesQuery>;
export type AsOfQuery = z.infer<typeof AsOfQuery>;
export type EventsQuery = z.infer<typeof EventsQuery>;
export type QuotesQuery = z.infer<typeof QuotesQuery>;
export type SearchQuery = z.infer<typeof SearchQuery>;
export type BriefQuery = z.infer<typeof BriefQuery>;
export type NegotiationQuery = z.infer<typeof NegotiationQuery>;
export type IngestBody = z.infer<typeof IngestBody>;
export type ExtractBody = z.infer<typeof ExtractBody>;

/** Loose response schemas: enough for the OpenAPI reader, without dropping fields of the facts. */
export const anyObject = { type: 'object', additionalProperties: true } as const;
export const listOf = (key: string, description: string) => ({
  type: 'object',
  description,
  properties: { [key]: { type: 'array', items: anyObject } },
  additionalProperties: true,
});
export const errorResponse = {
  type: 'object',
  description: 'what went wrong, in words',
  properties: {
    statusCode: { type: 'integer' },
    error: { type: 'string' },
    message: { type: 'string' },
  },
  required: ['statusCode', 'error', 'message'],
} as const;
