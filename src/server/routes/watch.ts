/**
 * What `parley watch` raised, for the dashboard: the latest alerts with their deliveries, and a
 * stream of the new ones as server-sent events. The watch runs in its own process (or on another
 * machine, over PostgreSQL), so the stream looks in the store for alerts after the last one sent,
 * every `pollMs`; a client that reconnects says the last it had (Last-Event-ID) and misses none.
 */
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../server.js';

export interface WatchRouteOptions {
  /** How often the stream looks for new alerts (ms). */
  pollMs: number;
}

/** A comment line now and then keeps proxies from closing a quiet stream. */
const KEEPALIVE_MS = 15_000;

export function registerWatchRoutes(
  api: FastifyInstance,
  ctx: ServerContext,
  options: WatchRouteOptions,
): void {
  // Open streams never finish by themselves: the server ends them when it closes.
  const streams = new Set<() => void>();
  api.addHook('preClose', async () => {
    for (const end of streams) end();
  });
  api.get(
    '/alerts',
    {
      schema: {
        tags: ['analysis'],
        summary: 'The latest alerts parley watch raised, newest first, each with its deliveries',
        querystring: {
          type: 'object',
          properties: { limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
        },
      },
    },
    async (request) => {
      const { limit } = request.query as { limit: number };
      const state = ctx.store.watchState();
      const alerts = await state.alerts({ limit });
      const deliveries = await state.deliveries(alerts.map((a) => a.id));
      return {
        alerts: alerts.map((a) => ({ ...a, deliveries: deliveries.filter((d) => d.alertId === a.id) })),
      };
    },
  );

  api.get(
    '/alerts/stream',
    {
      schema: {
        tags: ['analysis'],
        summary:
          'New alerts as server-sent events (event "alert", data: the alert as JSON, id: its id); Last-Event-ID or ?after=ID resumes after an alert',
        querystring: { type: 'object', properties: { after: { type: 'integer', minimum: 0 } } },
      },
    },
    async (request, reply) => {
      const state = ctx.store.watchState();
      const resume = Number(request.headers['last-event-id'] ?? (request.query as { after?: number }).after);
      let last =
        Number.isInteger(resume) && resume >= 0 ? resume : ((await state.alerts({ limit: 1 }))[0]?.id ?? 0);
      reply.hijack();
      const out = reply.raw;
      out.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      out.write(`retry: 3000\n: alerts after ${last}\n\n`);
      let closed = false;
      let busy = false;
      const look = async () => {
        if (busy || closed) return;
        busy = true;
        try {
          for (const alert of await state.alerts({ afterId: last, limit: 100 })) {
            out.write(`id: ${alert.id}\nevent: alert\ndata: ${JSON.stringify(alert)}\n\n`);
            last = alert.id;
          }
        } catch (error) {
          request.log.warn({ err: error }, 'the alert stream could not read the store');
        } finally {
          busy = false;
        }
      };
      const poll = setInterval(look, options.pollMs);
      const keepalive = setInterval(() => out.write(': keepalive\n\n'), KEEPALIVE_MS);
      const end = () => {
        closed = true;
        clearInterval(poll);
        clearInterval(keepalive);
        streams.delete(end);
        out.end();
      };
      streams.add(end);
      request.raw.on('close', end);
      await look();
    },
  );
}
