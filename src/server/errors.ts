/**
 * Errors as JSON a person can act on: `{ statusCode, error, message }`. Validation failures name
 * the field and say what was expected; oversized or malformed bodies say so; unexpected failures
 * are logged and answered with a 500 that does not leak internals.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const notFound = (what: string): HttpError => new HttpError(404, what);
export const badRequest = (what: string): HttpError => new HttpError(400, what);

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
};

export function sendError(reply: FastifyReply, statusCode: number, message: string): FastifyReply {
  return reply
    .code(statusCode)
    .type('application/json; charset=utf-8')
    .send({ statusCode, error: REASONS[statusCode] ?? 'Error', message });
}

interface ValidationIssue {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** What a route's schema says of one field of a request part: enough to state a number's range. */
interface FieldSchema {
  type?: string;
  minimum?: number;
  maximum?: number;
}

/** The schema of `field` in the route's `querystring`, `body` or `params`, if it has one. */
function fieldSchema(
  request: FastifyRequest,
  context: string | undefined,
  field: string,
): FieldSchema | undefined {
  const part = context === 'querystring' ? 'querystring' : context;
  const schema = part
    ? (request.routeOptions.schema as Record<string, unknown> | undefined)?.[part]
    : undefined;
  return (schema as { properties?: Record<string, FieldSchema> } | undefined)?.properties?.[field];
}

/** The value of a query parameter as the client sent it (before coercion). */
function rawQueryValue(request: FastifyRequest, field: string): string | null {
  const query = request.url.indexOf('?');
  return query === -1 ? null : new URLSearchParams(request.url.slice(query + 1)).get(field);
}

/** `"limit" must be a whole number from 1 to 1000 (got "1e309").` */
function numberRangeMessage(name: string, schema: FieldSchema, raw: string | null): string {
  const kind = schema.type === 'integer' ? 'a whole number' : 'a number';
  const range =
    schema.minimum !== undefined && schema.maximum !== undefined
      ? ` from ${schema.minimum} to ${schema.maximum}`
      : schema.minimum !== undefined
        ? ` of at least ${schema.minimum}`
        : schema.maximum !== undefined
          ? ` of at most ${schema.maximum}`
          : '';
  return `${name} must be ${kind}${range}${raw === null ? '' : ` (got "${raw}")`}.`;
}

/** "asOf: must be a date as YYYY-MM-DD" rather than "querystring/asOf must match format "date"". */
function describeValidation(
  issue: ValidationIssue,
  context: string | undefined,
  request: FastifyRequest,
): string {
  const field =
    issue.keyword === 'required'
      ? String(issue.params.missingProperty)
      : issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const where = context === 'body' ? 'in the request body' : context === 'params' ? 'in the address' : '';
  const name = field ? `"${field}"` : 'the request';
  const schema = field ? fieldSchema(request, context, field) : undefined;
  const numeric = schema?.type === 'integer' || schema?.type === 'number';
  if (numeric && ['type', 'minimum', 'maximum'].includes(issue.keyword))
    return numberRangeMessage(
      [name, where].filter(Boolean).join(' '),
      schema,
      context === 'querystring' ? rawQueryValue(request, field) : null,
    );
  let what: string;
  switch (issue.keyword) {
    case 'required':
      what = 'is required';
      break;
    case 'format':
      what =
        issue.params.format === 'date'
          ? 'must be a real date written YYYY-MM-DD'
          : `must be a ${issue.params.format}`;
      break;
    case 'pattern':
      what =
        field.toLowerCase().endsWith('date') || ['asOf', 'since', 'until', 'date'].includes(field)
          ? 'must be a real date written YYYY-MM-DD'
          : field === 'actor' || field === 'code'
            ? 'must be a code such as VSK (upper case letters) for actors, or fishing_rights (lower case) for issues'
            : field === 'issue'
              ? 'must be an issue code such as fishing_rights (lower case letters and _)'
              : field === 'id' || field === 'docId'
                ? 'must be a document id (hexadecimal letters and digits)'
                : 'is not in the expected form';
      break;
    case 'type':
      what = `must be ${issue.params.type === 'integer' ? 'a whole number' : `of type ${issue.params.type}`}`;
      break;
    case 'minimum':
    case 'maximum':
      what = `${issue.message ?? 'is out of range'}`;
      break;
    case 'minLength':
      what = 'must not be empty';
      break;
    case 'maxLength':
      what = `is too long (at most ${issue.params.limit} characters)`;
      break;
    case 'enum':
      what = `must be one of ${(issue.params.allowedValues as unknown[]).join(', ')}`;
      break;
    default:
      what = issue.message ?? 'is not valid';
  }
  return [name, where, what].filter(Boolean).join(' ') + '.';
}

export function installErrorHandling(app: FastifyInstance): void {
  // ajv, coercing a query string to a number, turns "1e309" into Infinity and then lets it past
  // minimum and maximum (ajv-validator/ajv#2212): such a value is refused here, with the range.
  app.addHook('preHandler', async (request) => {
    const query = request.query as Record<string, unknown> | undefined;
    if (!query || typeof query !== 'object') return;
    for (const [field, value] of Object.entries(query)) {
      if (typeof value !== 'number' || Number.isFinite(value)) continue;
      const schema = fieldSchema(request, 'querystring', field) ?? { type: 'number' };
      throw badRequest(numberRangeMessage(`"${field}"`, schema, rawQueryValue(request, field)));
    }
  });
  app.setErrorHandler((error: FastifyError & { validationContext?: string }, request, reply) => {
    if (error instanceof HttpError) return sendError(reply, error.statusCode, error.message);
    if (error.validation?.length) {
      return sendError(
        reply,
        400,
        describeValidation(error.validation[0] as ValidationIssue, error.validationContext, request),
      );
    }
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendError(
          reply,
          413,
          `The request body is too large: at most ${Math.round((app.initialConfig.bodyLimit ?? 0) / 1024)} KiB. Send a shorter article, or ingest big files from the command line (parley ingest).`,
        );
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendError(
          reply,
          415,
          'Send JSON (Content-Type: application/json) or a file upload (multipart/form-data).',
        );
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendError(reply, 400, 'The request body is empty; send a JSON object.');
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return sendError(reply, 400, 'The request body is not valid JSON.');
      case 'FST_REQ_FILE_TOO_LARGE':
        return sendError(reply, 413, `The uploaded file is too large; ${error.message}`);
    }
    if (
      (error as { statusCode?: number }).statusCode &&
      error.statusCode! >= 400 &&
      error.statusCode! < 500
    ) {
      const message = error instanceof SyntaxError ? 'The request body is not valid JSON.' : error.message;
      return sendError(reply, error.statusCode!, message);
    }
    // The answer says the details are in the log: they are, with the request they came from.
    request.log.error(
      { err: error, method: request.method, url: request.url },
      `answered 500: ${error.message}`,
    );
    return sendError(
      reply,
      500,
      'Something went wrong on the server; the details are in its log. The server goes on.',
    );
  });
}
