/**
 * What keeps a local server safe: a strict Content-Security-Policy (article text can never run as
 * script, even if a page slipped it into HTML), no cross-site writes (a page on another site cannot
 * post into the store through the analyst's browser), and a bearer token on write endpoints
 * whenever the server is reachable from other machines.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from './errors.js';
import type { ServerContext } from './server.js';

export const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);

const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** The host name of a Host header ("127.0.0.1:4600" → "127.0.0.1", "[::1]:80" → "::1"). */
const hostName = (header: string | undefined): string =>
  (header ?? '')
    .replace(/:\d+$/, '')
    .replace(/^\[(.*)\]$/, '$1')
    .toLowerCase();

export function installSecurity(app: FastifyInstance, ctx: ServerContext): void {
  // Bound to loopback, the server answers only to loopback names: a page whose own domain was
  // made to resolve to 127.0.0.1 (DNS rebinding) cannot read or write through the browser.
  if (ctx.loopbackOnly)
    app.addHook('onRequest', async (request, reply) => {
      if (!isLoopback(hostName(request.headers.host)))
        return sendError(
          reply,
          403,
          `This server answers only at a local address (127.0.0.1 or localhost), not at "${request.headers.host}".`,
        );
    });
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    // Swagger UI brings its own inline scripts and sets its own policy.
    if (!request.url.startsWith('/docs')) reply.header('Content-Security-Policy', DASHBOARD_CSP);
    return payload;
  });
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** preHandler of every endpoint that writes: same-origin only, and the token when one is set. */
export function requireWriteAccess(ctx: ServerContext) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const origin = request.headers.origin;
    if (origin && origin !== 'null') {
      let originHost: string | undefined;
      try {
        originHost = new URL(origin).host;
      } catch {
        originHost = undefined;
      }
      if (originHost !== request.headers.host)
        return sendError(
          reply,
          403,
          `Writes are accepted only from this server's own pages, not from ${origin}.`,
        );
    }
    if (!ctx.token) return;
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match)
      return sendError(
        reply,
        401,
        'This server needs a token for writes: send the header "Authorization: Bearer <token>" (the token was given to parley serve with --token).',
      );
    if (!sameToken(match[1].trim(), ctx.token))
      return sendError(reply, 401, 'The token is wrong. Use the one given to parley serve with --token.');
  };
}
