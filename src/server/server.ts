/**
 * `buildServer(options)`: the HTTP shell over the core — a JSON API under `/api`, its OpenAPI
 * description at `/openapi.json` with interactive docs at `/docs`, and the dashboard (the built
 * `web/dist`) at `/`. No extraction, storage or query logic lives here: routes validate, call the
 * core, and answer.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Codebook } from '../core/codebook/codebook.js';
import type { CodebookSource } from '../core/codebook/codebook-sources.js';
import { defaultWorkerCount, PreparePool } from '../core/ingest/parallel.js';
import type { Store } from '../core/store/store.js';
import { installErrorHandling, sendError } from './errors.js';
import { registerReadRoutes } from './routes/read.js';
import { registerReviewRoutes } from './routes/review.js';
import { registerWatchRoutes } from './routes/watch.js';
import { registerWriteRoutes } from './routes/write.js';
import { allowedHostNames, installSecurity, isLoopback, requireToken } from './security.js';

export interface ServerOptions {
  store: Store;
  codebook: Codebook;
  /**
   * What `codebook` is made of (see chooseCodebook): recorded as the store's codebook when the
   * API stores the first articles of an empty store, as `parley ingest` does.
   */
  codebookSources?: CodebookSource[];
  /** The address the server will listen on; any non-loopback address requires `token`. */
  host?: string;
  /**
   * Bearer token every API request must carry, reads included (required when `host` is not a
   * loopback address).
   */
  token?: string;
  /** Further names (or addresses) the server answers at, besides local ones and `host` itself. */
  allowedHosts?: string[];
  /**
   * Let `POST /api/ingest {url}` fetch loopback, link-local and private addresses (this machine,
   * the local network). Refused by default: a request could otherwise make the server read them.
   */
  allowPrivateUrls?: boolean;
  /** Folder of the built dashboard; `false` serves the API only. Default: `web/dist` of the package. */
  webRoot?: string | false;
  /**
   * The worker threads that parse and prepare what is written through the API: a pool already
   * started, used as it is and left open. Default: the server's own, started on the first write.
   */
  workers?: PreparePool;
  /** How often the alert stream (/api/alerts/stream) looks in the store for new alerts, in ms. Default 2000. */
  alertPollMs?: number;
  /**
   * Who reviews through this server (recorded with every correction): a token given as
   * `NAME:SECRET` names its holder; else this name; else the login name ($USER).
   */
  reviewer?: string;
  /** Largest accepted request body, in bytes (JSON and uploads). Default 2 MiB. */
  bodyLimit?: number;
  /**
   * Where the server writes its log: each answer of 500 with the error that caused it. Default:
   * standard error; `false`: nowhere.
   */
  log?: { write(line: string): void } | false;
}

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;
const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_WEB_ROOT = join(PACKAGE_ROOT, 'web', 'dist');

export interface ServerContext {
  store: Store;
  codebook: Codebook;
  codebookSources?: CodebookSource[];
  /** True when write endpoints demand `Authorization: Bearer <token>` (reads then do too). */
  writeNeedsToken: boolean;
  /** True when bound to a loopback address: requests must name a loopback host. */
  loopbackOnly: boolean;
  /** Host names the server answers at besides the loopback ones. */
  allowedHosts: Set<string>;
  token?: string;
  bodyLimit: number;
  /** Whether URL ingest may fetch loopback, link-local and private addresses. */
  allowPrivateUrls: boolean;
  /** The reviewer's name recorded with the corrections made through this server. */
  reviewer: string;
  /**
   * The worker threads that parse and prepare what is written through the API (started on the
   * first write, stopped with the server): reading a page and extracting an article take seconds
   * for a large one, and on this thread they would hold up every other request meanwhile.
   */
  workers(): PreparePool;
}

/** Worker threads of the server's pool: two at most, so a write leaves the machine to its readers. */
const SERVER_WORKERS = Math.min(2, defaultWorkerCount());

/** The reviewer: the name a `NAME:SECRET` token carries, else the one given, else the login name. */
export function reviewerOf(options: Pick<ServerOptions, 'token' | 'reviewer'>): string {
  const named = options.token && /^([^:\s]{1,64}):./.exec(options.token)?.[1];
  return named || options.reviewer?.trim() || process.env.USER || process.env.USERNAME || 'reviewer';
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopback(host) && !options.token)
    throw new Error(
      `Refusing to serve on ${host} without a token: anyone who can reach that address could read and write the store. Pass --token, or bind to 127.0.0.1.`,
    );
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const log = options.log ?? process.stderr;
  const app = Fastify({
    // Warnings and errors only: each 500 with its cause (see errors.ts), not every request.
    logger: log ? { level: 'warn', stream: log } : false,
    bodyLimit,
    // Malformed input is answered, never fatal; ids in routes are case-sensitive.
    return503OnClosing: true,
    ajv: {
      customOptions: { allErrors: false, removeAdditional: true, coerceTypes: 'array', useDefaults: true },
    },
  });
  const ctx: ServerContext = {
    store: options.store,
    codebook: options.codebook,
    codebookSources: options.codebookSources,
    writeNeedsToken: Boolean(options.token),
    loopbackOnly: isLoopback(host),
    allowedHosts: allowedHostNames(host, options.allowedHosts),
    token: options.token,
    bodyLimit,
    allowPrivateUrls: options.allowPrivateUrls ?? false,
    reviewer: reviewerOf(options),
    workers: () => {
      pool ??= options.workers ?? new PreparePool(options.codebook, { workers: SERVER_WORKERS });
      return pool;
    },
  };
  let pool: PreparePool | undefined;
  app.addHook('onClose', async () => {
    if (pool !== options.workers) await pool?.close();
  });

  installErrorHandling(app);
  installSecurity(app, ctx);

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Parley API',
        description:
          'Sourced, time-aware records of negotiations: documents, who said what (statements), where each party stands (positions), what happened (events). Every fact links to its document and character offsets.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      },
      tags: [
        { name: 'documents', description: 'Stored articles and their annotations' },
        { name: 'codebook', description: 'Actors and issues' },
        { name: 'facts', description: 'Statements, positions, events' },
        { name: 'analysis', description: 'Positions as of a date, changes, conflicts, timeline, brief' },
        { name: 'write', description: 'Ingest and extract (need the token when one is set)' },
        {
          name: 'review',
          description:
            'Check the record: the review queue, confirm/correct/reject/add facts, undo, the audit log',
        },
      ],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  await app.register(multipart, { limits: { fileSize: bodyLimit, files: 1, fields: 10 } });

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(
    async (api) => {
      api.addHook('onRequest', requireToken(ctx));
      registerReadRoutes(api, ctx);
      registerWriteRoutes(api, ctx);
      registerWatchRoutes(api, ctx, { pollMs: options.alertPollMs ?? 2000 });
      registerReviewRoutes(api, ctx);
    },
    { prefix: '/api' },
  );

  const webRoot = options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot;
  const hasWeb = webRoot !== false && existsSync(join(webRoot, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: ['index.html'] });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    if (path.startsWith('/api/') || path === '/api' || request.method !== 'GET')
      return sendError(
        reply,
        404,
        `There is no ${request.method} ${path} in this API; see /docs for what there is.`,
      );
    // The dashboard routes on the client: every other page address gets its shell.
    if (hasWeb) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    return reply
      .code(503)
      .type('text/plain; charset=utf-8')
      .send(
        'The dashboard is not built. Run `npm run build:web`, then start the server again. The API is at /api and /docs.',
      );
  });

  return app;
}
