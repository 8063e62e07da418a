/** What every command shares: the store named by --db / PARLEY_DB, and the codebook. */
import type { Command } from 'commander';
import { type Codebook, loadCodebook } from '../core/code/codebook.js';
import { type CodebookChoice, chooseCodebook } from '../core/code/codebook-sources.js';
import {
  type OpenOptions,
  openStore as openStoreAt,
  type Store,
  type StoreReader,
} from '../core/store/index.js';

export interface GlobalOptions {
  db?: string;
  codebook?: string[];
  json?: boolean;
}

/** Where the store is: --db, else $PARLEY_DB, else ./parley.db (a SQLite file; a postgres:// URL is a server). */
export const dbPath = (opts: GlobalOptions): string => opts.db ?? process.env.PARLEY_DB ?? './parley.db';

/** The codebook of a command that works without a store (extract, eval): --codebook over the default. */
export const loadCodebookFromOpts = (opts: GlobalOptions): Codebook => loadCodebook(opts.codebook ?? []);

const noticesSaid = new Set<string>();

/**
 * The codebook of a command over `store`: --codebook if given, else the one the store was built
 * with (see chooseCodebook). When they differ, or a recorded file changed or is gone, the user
 * hears it on standard error (once per process).
 */
export async function codebookForStore(store: StoreReader, opts: GlobalOptions): Promise<CodebookChoice> {
  const choice = chooseCodebook(await store.recordedCodebook(), opts.codebook);
  for (const notice of choice.notices) {
    if (noticesSaid.has(notice)) continue;
    noticesSaid.add(notice);
    process.stderr.write(`parley: note: ${notice}\n`);
  }
  return choice;
}

/** Open the store named by --db / PARLEY_DB / ./parley.db (created and migrated if need be). */
export const openStore = (opts: GlobalOptions, options?: OpenOptions): Promise<Store> =>
  openStoreAt(dbPath(opts), options);

/** Open the store, run `body` with it, and close it whatever happens. */
export async function withStore<T>(opts: GlobalOptions, body: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(opts);
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}

/** Print a value as JSON (for --json), bigint-safe. */
export const printJson = (value: unknown): void => {
  process.stdout.write(
    `${JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v), 2)}\n`,
  );
};

/**
 * Run a command's body; a user-facing error (bad id, unusable store) is printed as one line and
 * ends the command with exit status 2, without a stack trace or the usage text.
 */
export async function withUserErrors(_cmd: Command, body: () => void | Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('commander.')) throw error;
    process.stderr.write(`parley: ${error instanceof Error ? error.message : String(error)}\n`);
    // main() turns an error with an exitCode into the process's exit status.
    throw Object.assign(new Error('reported'), { exitCode: 2 });
  }
}
