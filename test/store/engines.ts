/**
 * The store engines the tests run against: SQLite always; PostgreSQL when the global setup
 * (test/setup/postgres.ts) has a server, each store in a database of its own.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openStore, type Store } from '../../src/core/store/index.js';

export interface Engine {
  name: string;
  /** A new, empty store's location. */
  location(): Promise<string>;
}

const scratch = mkdtempSync(join(tmpdir(), 'parley-engine-'));
let counter = 0;

export const sqliteEngine: Engine = {
  name: 'SQLite',
  location: async () => join(scratch, `store-${process.pid}-${counter++}.db`),
};

/** The scratch server's URL, '' when there is none (see pgMissing). */
export const pgUrl = inject('pgUrl');
export const pgMissing = inject('pgMissing');

/** A URL of the scratch server with another database name. */
export const databaseUrl = (name: string): string => {
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

/** Make a new database on the scratch server; its URL. */
export async function createDatabase(prefix = 'parley'): Promise<string> {
  const name = `${prefix}_${process.pid}_${counter++}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return databaseUrl(name);
}

export const postgresEngine: Engine | undefined = pgUrl
  ? { name: 'PostgreSQL', location: () => createDatabase() }
  : undefined;

if (!pgUrl && pgMissing) console.warn(`parley tests: ${pgMissing}`);

/** Every engine this run has. */
export const engines: Engine[] = [sqliteEngine, ...(postgresEngine ? [postgresEngine] : [])];

/** A new, empty store of the engine. */
export const openEngineStore = async (engine: Engine): Promise<Store> => openStore(await engine.location());
