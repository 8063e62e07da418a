/**
 * The review endpoints: the queue of unchecked facts, confirm / correct / reject a fact, add one the
 * extraction missed, undo a change, the audit log and the corrections. Writes follow the server's
 * rules for every write (the token when one is set, checked for all of /api; only the server's
 * own pages may post); the reviewer is the name tied to the token, else the one `parley serve`
 * was given. The work is the core's (query/review.ts).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  addFact,
  checkFields,
  documentReview,
  type FactKind,
  factRefs,
  parseFactRef,
  reviewFact,
  reviewQueue,
  undoChange,
} from '../../core/query/review.js';
import { badRequest, HttpError } from '../errors.js';
import { anyObject, DocumentParams, errorResponse, jsonSchema } from '../schemas.js';
import { requireSameOrigin } from '../security.js';
import type { ServerContext } from '../server.js';

const errors = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  422: errorResponse,
};

const FactParams = z.object({
  ref: z
    .string()
    .regex(/^[spe]\d{1,15}$/)
    .describe('the fact: s12 (a statement), p7 (a position) or e3 (an event)'),
});
const ReviewAction = z.object({ action: z.enum(['confirm', 'correct', 'reject']) });
const fieldValue = z.union([z.string().max(200), z.boolean(), z.null(), z.array(z.string().max(40)).max(50)]);
const Fields = z.record(z.string().max(40), fieldValue).describe('the fields to set (correct, add)');
const CorrectBody = z.object({ fields: Fields.optional() });
const AddBody = z.object({
  kind: z.enum(['statement', 'position', 'event']),
  docId: DocumentParams.shape.id,
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  fields: Fields,
});
const UndoBody = z.object({
  change: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe("the audit log's change to undo (default: the reviewer's latest)"),
});
const QueueQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
const AuditQuery = z.object({ limit: z.coerce.number().int().min(1).max(10_000).default(200) });

/** A mistake of the reviewer's (an unknown fact, a bad field) is theirs to fix: 400 or 404 with the core's words. */
async function asUserError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof HttpError) throw error;
    const message = (error as Error).message;
    if (/^no (statement|position|event|stored document)/.test(message)) throw new HttpError(404, message);
    if (/store .* locked|SQLITE|ECONN/i.test(message)) throw error;
    throw badRequest(message);
  }
}

export function registerReviewRoutes(api: FastifyInstance, ctx: ServerContext): void {
  const writeAccess = requireSameOrigin();
  const { store } = ctx;

  api.get<{ Querystring: z.infer<typeof QueueQuery> }>(
    '/review/queue',
    {
      schema: {
        summary: 'The review queue: facts nobody has checked, newest documents first, least certain first',
        tags: ['review'],
        querystring: jsonSchema(QueueQuery),
        response: { 200: anyObject, ...errors },
      },
    },
    async (request) => ({ ...(await reviewQueue(store, request.query)), reviewer: ctx.reviewer }),
  );

  api.get<{ Querystring: z.infer<typeof AuditQuery> }>(
    '/review/audit',
    {
      schema: {
        summary: 'The audit log: every change to the record, who made it and when (newest first)',
        tags: ['review'],
        querystring: jsonSchema(AuditQuery),
        response: { 200: anyObject, ...errors },
      },
    },
    async (request) => ({ changes: await store.auditLog({ limit: request.query.limit, newest: true }) }),
  );

  api.get(
    '/review/corrections',
    {
      schema: {
        summary: 'The corrections, each with how it stands against the latest extraction',
        tags: ['review'],
        response: { 200: anyObject, ...errors },
      },
    },
    async () => ({ corrections: await store.corrections() }),
  );

  api.get<{ Params: { id: string } }>(
    '/documents/:id/review',
    {
      schema: {
        summary: "A document's review: its facts' references, its corrections, the facts struck out",
        tags: ['review'],
        params: jsonSchema(DocumentParams),
        response: { 200: anyObject, ...errors },
      },
    },
    async (request) => {
      const found = await store.getDocument(request.params.id);
      if (!found?.doc) throw new HttpError(404, `No document with id ${request.params.id}.`);
      return { refs: await factRefs(store, found.doc), ...(await documentReview(store, found.id)) };
    },
  );

  api.post<{
    Params: { ref: string; action: 'confirm' | 'correct' | 'reject' };
    Body: z.infer<typeof CorrectBody>;
  }>(
    '/facts/:ref/:action',
    {
      preHandler: writeAccess,
      schema: {
        summary: 'Confirm, correct ({fields}) or reject a fact, as the reviewer',
        tags: ['review'],
        params: jsonSchema(FactParams.extend(ReviewAction.shape)),
        body: jsonSchema(CorrectBody),
        security: [{ bearer: [] }],
        response: { 200: anyObject, ...errors },
      },
    },
    async (request) =>
      asUserError(async () => {
        const ref = parseFactRef(request.params.ref);
        const action = request.params.action;
        const changes =
          action === 'correct' ? checkFields(ref.kind, request.body?.fields ?? {}, ctx.codebook) : {};
        return reviewFact(store, ref, action, ctx.reviewer, changes);
      }),
  );

  api.post<{ Body: z.infer<typeof AddBody> }>(
    '/facts',
    {
      preHandler: writeAccess,
      schema: {
        summary: 'Add a statement, position or event the extraction missed, on a span of a document',
        tags: ['review'],
        body: jsonSchema(AddBody),
        security: [{ bearer: [] }],
        response: { 200: anyObject, ...errors },
      },
    },
    async (request) =>
      asUserError(async () => {
        const { kind, docId, start, end, fields } = request.body;
        const checked = checkFields(kind as FactKind, fields, ctx.codebook);
        return addFact(
          store,
          { kind: kind as FactKind, docId, span: { start, end }, fields: checked },
          ctx.reviewer,
        );
      }),
  );

  api.post<{ Body: z.infer<typeof UndoBody> }>(
    '/review/undo',
    {
      preHandler: writeAccess,
      schema: {
        summary: "Undo a change: the one given, else the reviewer's latest",
        tags: ['review'],
        body: jsonSchema(UndoBody),
        security: [{ bearer: [] }],
        response: { 200: anyObject, ...errors },
      },
    },
    async (request) => asUserError(() => undoChange(store, ctx.reviewer, request.body?.change)),
  );
}
