/**
 * What keeps a local server safe: a strict Content-Security-Policy (article text can never run as
 * script, even if a page slipped it into HTML); answers only at the names it was given (a page
 * whose own domain was made to resolve to this machine, DNS rebinding, is refused); no cross-site
 * writes (a page on another site, or a sandboxed frame, cannot post into the store through the
 * analyst's browser); and, whenever a token is set (always when the server is reachable from other
 * machines), the token on every API request, reads included.
 */
import { timingSafeEqual } from 'node:crypto';
import { hostname, networkInterfaces } from 'node:os';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from './errors.js';
import type { ServerContext } from './server.js';

export const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);

/** Addresses that bind every interface: the server is then reached at any of the machine's addresses. */
const isWildcard = (host: string): boolean => host === '0.0.0.0' || host === '::' || host === '';

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
export const hostName = (header: string | undefined): string =>
  (header ?? '')
    .trim()
    .replace(/:\d+$/, '')
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
    .toLowerCase();

/**
 * The names (besides the loopback ones) a server bound to `host` answers at: the bound address, or,
 * bound to every interface, the machine's addresses and its host name; and the names the user gave
 * (`--allow-host`). An IP address in the Host header cannot be a rebinding attack (the page's own
 * origin is then that address), but only the machine's own are listed, so the list is what the
 * server says it is.
 */
export function allowedHostNames(host: string, given: string[] = []): Set<string> {
  const names = new Set(given.map(hostName).filter(Boolean));
  if (!isWildcard(host)) names.add(hostName(host));
  else {
    names.add(hostname().toLowerCase());
    for (const addresses of Object.values(networkInterfaces()))
      for (const address of addresses ?? []) names.add(address.address.toLowerCase());
  }
  return names;
}

export function installSecurity(app: FastifyInstance, ctx: ServerContext): void {
  app.addHook('onRequest', async (request, reply) => {
    const name = hostName(request.headers.host);
    if (isLoopback(name) || ctx.allowedHosts.has(name)) return;
    const given = request.headers.host ?? '(no Host header)';
    if (ctx.loopbackOnly)
      return sendError(
        reply,
        403,
        `This server answers only at a local address (127.0.0.1 or localhost), not at "${given}".`,
      );
    return sendError(
      reply,
      403,
      `This server answers only at the addresses and names it was started with (${[...ctx.allowedHosts].join(', ')}, or a local one), not at "${given}": to reach it by that name, start it with --allow-host ${name || 'NAME'}.`,
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

/**
 * onRequest hook of the API: when a token is set, every request (reads too) must carry it.
 * Beyond loopback a token is always set, so that a page that reached the server some other way
 * still cannot read the store.
 */
export function requireToken(ctx: ServerContext) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!ctx.token) return;
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match)
      return sendError(
        reply,
        401,
        'This server needs its token: send the header "Authorization: Bearer <token>" (the token parley serve printed, or was given with --token). In the browser, open the dashboard at the address parley serve printed: it carries the token.',
      );
    if (!sameToken(match[1].trim(), ctx.token))
      return sendError(
        reply,
        401,
        'The token is wrong. Use the one parley serve printed or was given with --token.',
      );
  };
}

/**
 * preHandler of every endpoint that writes: only the server's own pages may post. A browser names
 * the page a request comes from in `Origin` (`null` for a sandboxed frame, a file, a redirect
 * across sites) and says in `Sec-Fetch-Site` how it relates to this server; a request without
 * either did not come from a web page (curl, a script), and the token guards those.
 */
export function requireSameOrigin() {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const origin = request.headers.origin;
    if (origin !== undefined) {
      let originHost: string | undefined;
      try {
        originHost = new URL(origin).host;
      } catch {
        originHost = undefined;
      }
      if (originHost === undefined || originHost !== request.headers.host)
        return sendError(
          reply,
          403,
          `Writes are accepted only from this server's own pages, not from ${origin === 'null' ? 'a page without an origin (a sandboxed frame, a local file)' : origin}.`,
        );
    }
    const site = request.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none')
      return sendError(
        reply,
        403,
        `Writes are accepted only from this server's own pages, not from a ${site} page.`,
      );
  };
}
