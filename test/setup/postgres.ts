/**
 * vitest's global setup: a scratch PostgreSQL server for the tests that run against PostgreSQL.
 *
 * With PARLEY_TEST_PG set (a URL of a server the tests may create databases on), that one is used.
 * Otherwise, if PostgreSQL's programs are installed (Debian's `postgresql` package puts them in
 * /usr/lib/postgresql/VERSION/bin), a cluster is made in a temporary folder, started on a free
 * port of 127.0.0.1, and stopped and deleted after the run. The server refuses to run as root:
 * as root (CI), the cluster belongs to an unprivileged user `parley-test`, made if need be.
 * Without PostgreSQL the tests that need it are skipped and say why — except in CI (CI=true),
 * where that is an error: .ci/run installs it.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A URL of a PostgreSQL server the tests may create databases on ('' when there is none). */
    pgUrl: string;
    /** Why there is none. */
    pgMissing: string;
  }
}

const USER = 'parley-test';

/** The folder of PostgreSQL's server programs, newest version first; undefined if not installed. */
function serverBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length) return join(root, versions[0], 'bin');
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    return existsSync(join(dir, 'initdb')) ? dir : undefined;
  } catch {
    return undefined;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  if (process.env.PARLEY_TEST_PG) {
    project.provide('pgUrl', process.env.PARLEY_TEST_PG);
    project.provide('pgMissing', '');
    return undefined;
  }
  const bin = serverBin();
  if (!bin) {
    const reason =
      'PostgreSQL is not installed (apt-get install postgresql), nor PARLEY_TEST_PG set: the PostgreSQL tests are skipped';
    if (process.env.CI) throw new Error(`${reason} — in CI they must run: .ci/run installs PostgreSQL`);
    project.provide('pgUrl', '');
    project.provide('pgMissing', reason);
    return undefined;
  }
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'parley-pg-'));
  const data = join(dir, 'data');
  // As root: the cluster's files and server process belong to an unprivileged user.
  let run = (program: string, args: string[]) =>
    execFileSync(join(bin, program), args, { stdio: ['ignore', 'pipe', 'pipe'] });
  if (asRoot) {
    try {
      execFileSync('id', ['-u', USER], { stdio: 'ignore' });
    } catch {
      execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', USER]);
    }
    const uid = Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', USER], { encoding: 'utf8' }));
    chmodSync(dir, 0o755);
    chownSync(dir, uid, gid);
    run = (program, args) =>
      execFileSync('runuser', ['-u', USER, '--', join(bin, program), ...args], {
        stdio: ['ignore', 'pipe', 'pipe'],
        cwd: dir,
      });
  }
  const port = await freePort();
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'parley', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    // A scratch server: durability is not wanted, speed is.
    const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
    run('pg_ctl', ['-D', data, '-o', serverOptions, '-l', join(dir, 'server.log'), '-w', 'start']);
  } catch (error) {
    const detail = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`could not start a scratch PostgreSQL server with ${bin}: ${detail}`);
  }
  project.provide('pgUrl', `postgres://parley@127.0.0.1:${port}/postgres`);
  project.provide('pgMissing', '');
  return () => {
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
