/** What every command shares: the store named by --db / PARLEY_DB, and the codebook. */
import { type Codebook, loadCodebook } from '../core/code/codebook.js';
import { openSqliteStore } from '../core/store/sqlite.js';
import type { Store } from '../core/store/store.js';

export interface GlobalOptions {
  db?: string;
  codebook?: string[];
  json?: boolean;
}

export const dbPath = (opts: GlobalOptions): string => opts.db ?? process.env.PARLEY_DB ?? './parley.db';

export const loadCodebookFromOpts = (opts: GlobalOptions): Codebook => loadCodebook(opts.codebook ?? []);

/** Open the store named by --db / PARLEY_DB / ./parley.db (created and migrated if need be). */
export const openStore = (opts: GlobalOptions): Store => openSqliteStore(dbPath(opts));

/** Print a value as JSON (for --json), bigint-safe. */
export const printJson = (value: unknown): void => {
  process.stdout.write(
    `${JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v), 2)}\n`,
  );
};
