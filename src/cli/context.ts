/** What every command shares: the store named by --db / PARLEY_DB, and the codebook. */

import { existsSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { type Codebook, loadCodebook, type NegotiationEntry } from '../core/codebook/codebook.js';
import { type CodebookChoice, chooseCodebook } from '../core/codebook/codebook-sources.js';
import { chooseNegotiation, declaredNegotiations } from '../core/query/negotiations.js';
import {
  displayLocation,
  isServerLocation,
  type OpenOptions,
  openStore as openStoreAt,
  type Store,
  type StoreReader,
} from '../core/store/index.js';
import { failureText } from './failure.js';
import { codebookBeside } from './nearest-codebook.js';
import { displayPath } from './paths.js';

export interface GlobalOptions {
  db?: string;
  /** The --codebook files in order; false for --no-codebook (the default codebook alone). */
  codebook?: string[] | false;
  json?: boolean;
}

/** Where the store is: --db, else $PARLEY_DB, else ./parley.db (a SQLite file; a postgres:// URL is a server). */
export const dbPath = (opts: GlobalOptions): string => opts.db ?? process.env.PARLEY_DB ?? './parley.db';

/** The codebook files the user named: none for --no-codebook, undefined when they said nothing. */
export const givenCodebooks = (opts: GlobalOptions): string[] | undefined =>
  opts.codebook === false ? [] : opts.codebook;

/** The codebook of `eval`: --codebook over the default. */
export const loadCodebookFromOpts = (opts: GlobalOptions): Codebook =>
  loadCodebook(givenCodebooks(opts) ?? []);

/**
 * The codebook files for articles read from `inputs` (extract, the first ingest into a store):
 * those given, else the codebook.yaml the inputs lie beside (see nearest-codebook.ts), said on
 * standard error; undefined when there is none. Inputs beside different codebooks are an error.
 */
export function codebookFilesFor(inputs: string[], opts: GlobalOptions): string[] | undefined {
  const given = givenCodebooks(opts);
  if (given) return given;
  const beside = codebookBeside(inputs);
  if (beside.kind === 'none') return undefined;
  if (beside.kind === 'several')
    throw new Error(
      `the inputs lie beside different codebooks (${beside.found.map((f) => `${displayPath(f.input)}: ${displayPath(f.file)}`).join('; ')}): name the one to use with --codebook FILE (repeat it for several)`,
    );
  process.stderr.write(
    `parley: using codebook ${displayPath(beside.file)}, the nearest to the input (--codebook FILE names another, --no-codebook uses the default alone)\n`,
  );
  return [beside.file];
}

const noticesSaid = new Set<string>();

/**
 * The codebook of a command over `store`: --codebook if given, else the one the store was built
 * with (see chooseCodebook). When they differ, or a recorded file changed or is gone, the user
 * hears it on standard error (once per process).
 */
export async function codebookForStore(
  store: StoreReader,
  opts: GlobalOptions,
  recorded?: Awaited<ReturnType<StoreReader['recordedCodebook']>>,
): Promise<CodebookChoice> {
  const choice = chooseCodebook(
    recorded === undefined ? await store.recordedCodebook() : recorded,
    givenCodebooks(opts),
  );
  for (const notice of choice.notices) {
    if (noticesSaid.has(notice)) continue;
    noticesSaid.add(notice);
    process.stderr.write(`parley: note: ${notice}\n`);
  }
  // The negotiations the user created or changed in the store are part of what it codes with.
  const stored = await store.storedNegotiations();
  if (!stored.length) return choice;
  return {
    ...choice,
    codebook: { ...choice.codebook, negotiations: declaredNegotiations(choice.codebook, stored) },
  };
}

/** The negotiations of a store: its codebook's (as codebookForStore chooses it) and its own. */
export async function storeNegotiations(
  store: StoreReader,
  opts: GlobalOptions,
): Promise<NegotiationEntry[]> {
  return (await codebookForStore(store, opts)).codebook.negotiations;
}

/**
 * The negotiation a question is asked of (`-n ID`): the one named, else the store's only one; a
 * store of several must be told which (an error that lists them); `-n all` is the whole store.
 */
export async function negotiationFor(
  store: StoreReader,
  opts: GlobalOptions & { negotiation?: string },
): Promise<NegotiationEntry | undefined> {
  return chooseNegotiation(await storeNegotiations(store, opts), opts.negotiation);
}

/** The `-n/--negotiation ID` option of the questions. */
export const withNegotiationOption = (command: Command): Command =>
  command.option(
    '-n, --negotiation <id>',
    'the negotiation to answer for (`parley negotiations` lists them; "all": the whole store); needed when the store holds several',
  );

/**
 * Open the store named by --db / PARLEY_DB / ./parley.db for a command that writes into it
 * (ingest, demo, serve): created, with its folders, if it does not exist yet.
 */
export const openStore = (opts: GlobalOptions, options?: OpenOptions): Promise<Store> =>
  openStoreAt(dbPath(opts), options);

/**
 * Open the store for a command that reads it, or one that rewrites what it holds (reprocess): a
 * store that does not exist is an error rather than an empty store made at a mistyped path.
 */
export async function openExistingStore(opts: GlobalOptions): Promise<Store> {
  const path = dbPath(opts);
  const missing = async () => {
    if (!isServerLocation(path)) return path !== ':memory:' && !existsSync(path);
    // A database without parley's tables in it holds no store yet.
    const store = await openStoreAt(path, { migrate: false });
    try {
      return (await store.schema()).version === 0;
    } finally {
      await store.close();
    }
  };
  if (await missing()) {
    const shown = displayLocation(path);
    const db = opts.db !== undefined || process.env.PARLEY_DB !== undefined ? ` --db ${shown}` : '';
    const from =
      opts.db !== undefined ? '' : process.env.PARLEY_DB !== undefined ? ' ($PARLEY_DB)' : ' (the default)';
    throw new Error(
      `no store at ${shown}${from}: check the path, or create the store with \`parley ingest ARTICLES…${db}\`` +
        ` (\`parley demo${db}\` fills it with the sample corpus)${db ? '' : '; --db PATH names another store'}`,
    );
  }
  return openStoreAt(path);
}

/** Open the store (an existing one, unless `create`), run `body` with it, and close it whatever happens. */
export async function withStore<T>(
  opts: GlobalOptions,
  body: (store: Store) => Promise<T>,
  { create = false }: { create?: boolean } = {},
): Promise<T> {
  const store = create ? await openStore(opts) : await openExistingStore(opts);
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
    process.stderr.write(failureText(error));
    // main() turns an error with an exitCode into the process's exit status.
    throw Object.assign(new Error('reported'), { exitCode: 2 });
  }
}

/**
 * `--quote-pieces`, for eval and extract --format gold. Eval has no default: each gold file is
 * scored as its `quotePieces` declares, else apart.
 */
export const quotePiecesOption = (withDefault = true) => {
  const modes =
    'joined: a quotation its cue splits ("A," she said. "B.") is one statement, as PolNeAR codes it; apart: one per piece (FORMAT.md)';
  const option = new Option(
    '--quote-pieces <mode>',
    withDefault ? modes : `${modes}; by default as each gold file declares (\`quotePieces\`), else apart`,
  ).choices(['apart', 'joined']);
  return withDefault ? option.default('apart') : option;
};

/**
 * `--speakers`, for eval and extract --format gold. Eval has no default: each gold file is scored
 * as its `speakers` declares, else full.
 */
export const speakersOption = (withDefault = true) => {
  const modes =
    'mention: a speaker is named as the text gives it at the cue ("Rendell, a former governor"), as PolNeAR codes it; full: the name as the text first gives it in full (FORMAT.md)';
  const option = new Option(
    '--speakers <mode>',
    withDefault ? modes : `${modes}; by default as each gold file declares (\`speakers\`), else full`,
  ).choices(['full', 'mention']);
  return withDefault ? option.default('full') : option;
};
