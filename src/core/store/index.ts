/**
 * Opening a store: what the rest of parley calls, with where the store is. A `postgres://` (or
 * `postgresql://`) URL is a PostgreSQL store; anything else is the path of a SQLite file. Nothing
 * above this folder knows which engine it has.
 */
import { openPostgresStore } from './postgres.js';
import { SqliteStore } from './sqlite.js';
import type { OpenOptions, Store } from './store.js';

export type * from './store.js';
export * from './watch-state.js';

/** Whether `location` names a PostgreSQL database rather than a SQLite file. */
export const isServerLocation = (location: string): boolean => /^postgres(?:ql)?:\/\//i.test(location);

/** Open (creating and, unless told otherwise, migrating) the store at `location`. */
export async function openStore(location: string, options: OpenOptions = {}): Promise<Store> {
  // Imported statically: a worker thread run by tsx (tests, the benchmark) cannot resolve a
  // dynamic import of a TypeScript module; the PostgreSQL client takes some tens of milliseconds to load.
  if (isServerLocation(location)) return openPostgresStore(location, options);
  return new SqliteStore(location, options);
}

/** A store that lives only as long as the process (tests, a one-off extraction). */
export const openMemoryStore = (): Promise<Store> => openStore(':memory:');

/** A location as it may be shown: a URL without its password. */
export function displayLocation(location: string): string {
  if (!isServerLocation(location)) return location;
  try {
    const url = new URL(location);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return location.replace(/:[^:@/]*@/, ':***@');
  }
}
