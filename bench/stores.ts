/**
 * Where the benchmark's stores live: SQLite files under bench/out/, or, with `--db
 * postgres://user@host/db`, databases of their own on that server (`parley_bench_<name>`), made
 * afresh for each run and dropped when replaced. The given database is only used to connect.
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { isServerLocation } from '../src/core/store/index.js';
import { OUT } from './common.js';

/** The server's URL with another database. */
function databaseUrl(server: string, database: string): string {
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
}

const databaseName = (name: string) => `parley_bench_${name.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}`;

async function admin<T>(server: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Where the store called `name` is: a file under bench/out/, or a database on the server `db`. */
export function benchLocation(db: string | undefined, name: string): string {
  return db ? databaseUrl(db, databaseName(name)) : join(OUT, `${name}.db`);
}

/** The location of a new, empty store called `name` (an older one of that name is removed). */
export async function freshLocation(db: string | undefined, name: string): Promise<string> {
  const location = benchLocation(db, name);
  if (!db) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${location}${suffix}`, { force: true });
    return location;
  }
  await admin(db, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${databaseName(name)}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${databaseName(name)}"`);
  });
  return location;
}

/** Whether the store at `location` exists (a file, a database). */
export async function storeExists(location: string): Promise<boolean> {
  if (!isServerLocation(location)) return existsSync(location);
  const name = new URL(location).pathname.slice(1);
  return admin(location.replace(/\/[^/]*$/, '/postgres'), async (client) => {
    const { rows } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return rows.length > 0;
  }).catch(() => false);
}

/** The bytes the store takes on disk: the SQLite file and its log, or the database. */
export async function storeBytes(location: string): Promise<number> {
  if (!isServerLocation(location))
    return statSync(location).size + (existsSync(`${location}-wal`) ? statSync(`${location}-wal`).size : 0);
  return admin(location, async (client) => {
    const { rows } = await client.query('SELECT pg_database_size(current_database())::text AS bytes');
    return Number(rows[0].bytes);
  });
}

/** What the benchmark calls the engine in its rows. */
export const engineName = (db: string | undefined): string => (db ? 'PostgreSQL' : 'SQLite');
