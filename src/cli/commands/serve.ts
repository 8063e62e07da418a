/** `parley serve`: the HTTP API and the dashboard over the store, until interrupted. */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { FastifyInstance } from 'fastify';
import type { CodebookChoice } from '../../core/codebook/codebook-sources.js';
import { isServerLocation } from '../../core/store/index.js';
import type { Store } from '../../core/store/store.js';
import { isLoopback } from '../../server/security.js';
import { buildServer } from '../../server/server.js';
import {
  codebookForStore,
  dbPath,
  type GlobalOptions,
  givenCodebooks,
  openStore,
  printJson,
} from '../context.js';

export const DEFAULT_PORT = 4600;

export interface ServeOptions {
  host?: string;
  port?: number;
  token?: string;
  /** Further names the server answers at (--allow-host, repeatable). */
  allowHost?: string[];
  /** Let URL ingest fetch local and private addresses (--allow-private-urls). */
  allowPrivateUrls?: boolean;
  /** The reviewer's name recorded with corrections made through the dashboard (--user). */
  user?: string;
}

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  /** The token API requests need (generated when the address is not a loopback one and none was given). */
  token?: string;
  /** The dashboard's address; with a token, it carries it (in the fragment, never sent to a server). */
  dashboard: string;
}

/** Build the server over `store` and listen; the caller closes `app` (the store stays open). */
export async function startServer(
  store: Store,
  { codebook, sources }: Pick<CodebookChoice, 'codebook' | 'sources'>,
  options: ServeOptions = {},
): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  // Reachable from other machines: every request needs a token; make one rather than refuse to start.
  const token = options.token ?? (isLoopback(host) ? undefined : randomBytes(18).toString('base64url'));
  const app = await buildServer({
    store,
    codebook,
    codebookSources: sources,
    host,
    token,
    allowedHosts: options.allowHost,
    allowPrivateUrls: options.allowPrivateUrls,
    reviewer: options.user,
  });
  await app.listen({ host, port: options.port ?? DEFAULT_PORT });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  const url = `http://${shown}:${port}/`;
  return { app, url, token, dashboard: token ? `${url}#token=${encodeURIComponent(token)}` : url };
}

/** Wait for Ctrl-C (or SIGTERM), then close the server (and the store, when given). */
export function closeOnSignal(app: FastifyInstance, store?: Store): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      app
        .close()
        .then(() => store?.close())
        .finally(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/**
 * The last step of `parley demo` (what `npm start` runs): serve the dashboard over the demo's store
 * until Ctrl-C — only when a person is watching (standard output is a terminal) and neither
 * `--no-serve` nor `--json` was given, so that scripts, tests and CI get their exit.
 */
export async function serveAfterDemo(
  store: Store,
  codebookFiles: string[] | undefined,
  opts: GlobalOptions & { serve?: boolean },
): Promise<void> {
  if (opts.serve === false || opts.json || !process.stdout.isTTY) return;
  const codebook = await codebookForStore(store, {
    ...opts,
    codebook: codebookFiles ?? givenCodebooks(opts),
  });
  let running: RunningServer;
  try {
    running = await startServer(store, codebook, { port: DEFAULT_PORT });
  } catch (error) {
    if ((error as { code?: string }).code !== 'EADDRINUSE') throw error;
    running = await startServer(store, codebook, { port: 0 });
  }
  process.stdout.write(
    `\nThe dashboard is at ${running.url} — press Ctrl-C to stop (parley demo --no-serve skips this).\n`,
  );
  await closeOnSignal(running.app);
}

const port = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new Error(`--port must be a whole number from 0 to 65535 (0: any free port), not "${value}"`);
  return n;
};

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api, docs at /docs) and the dashboard over the store')
    .option('--port <n>', `port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)`, port)
    .option(
      '--host <address>',
      'address to bind (default 127.0.0.1; any other needs a token, for reads and writes)',
    )
    .option(
      '--token <token>',
      'bearer token every API request must carry (generated when --host is not local); NAME:SECRET names its holder as the reviewer of the corrections made with it',
    )
    .option(
      '--user <name>',
      "the reviewer's name recorded with corrections made through the dashboard (default: $USER)",
    )
    .option(
      '--allow-host <name>',
      "a further name the server answers at, e.g. its DNS name (repeatable; local names, the bound address and, on 0.0.0.0, the machine's own addresses are always allowed)",
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option(
      '--allow-private-urls',
      'let URL ingest fetch loopback, link-local and private addresses (refused by default)',
    )
    .action(async (_options: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<GlobalOptions & ServeOptions>();
      // The server takes articles too (the dashboard's "Code an article" page), so it may start on
      // a new store; it says so, lest a mistyped --db pass for an empty record.
      const path = dbPath(opts);
      if (path !== ':memory:' && !isServerLocation(path) && !existsSync(path))
        process.stderr.write(
          `parley: no store at ${path} yet: serving a new, empty one (fill it with \`parley ingest ARTICLES… --db ${path}\` or the dashboard's "Code an article" page)\n`,
        );
      const store = await openStore(opts);
      let running: RunningServer;
      try {
        running = await startServer(store, await codebookForStore(store, opts), opts);
      } catch (error) {
        await store.close();
        const code = (error as { code?: string }).code;
        if (code === 'EADDRINUSE')
          throw new Error(
            `port ${opts.port ?? DEFAULT_PORT} is in use: pick another with --port, or stop what uses it`,
          );
        throw error;
      }
      if (opts.json)
        printJson({
          url: running.url,
          dashboard: running.dashboard,
          api: `${running.url}api`,
          docs: `${running.url}docs`,
          token: running.token,
        });
      else {
        process.stdout.write(
          `Parley is serving ${running.url} (API ${running.url}api, docs ${running.url}docs)\n`,
        );
        if (running.token) {
          process.stdout.write(
            `open the dashboard at ${running.dashboard} (the address carries the token)\n`,
          );
          if (!opts.token)
            process.stdout.write(
              `API requests, reads too, need the header "Authorization: Bearer ${running.token}"\n`,
            );
        }
        process.stdout.write('press Ctrl-C to stop\n');
      }
      await closeOnSignal(running.app, store);
    });
}
