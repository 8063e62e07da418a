/**
 * A cache of parsed, validated codebook files, so that a second run does not parse the YAML again
 * (parsing the default codebook takes about half a second of every command).
 *
 * One JSON file per codebook file (named by a hash of its absolute path, so an edited file replaces
 * its entry), holding the plain data the schema produced and a key: a hash of the exact bytes of
 * the YAML file and of the code that reads and validates it. Any edit of the file, or of that code,
 * misses. Only files that validated are stored, so errors are reported as before.
 *
 * Where: `$PARLEY_CACHE_DIR`, else `$XDG_CACHE_HOME/parley`, else `~/.cache/parley`; off with
 * `PARLEY_NO_CACHE=1`. The folder is made private (0700) and used only if it belongs to this user.
 * Entries are written to a temporary file and renamed. Anything that goes wrong (a folder that
 * cannot be made, an unreadable or corrupt entry, a full disk) falls back to parsing: never an error.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the stored shape changes in a way the code hash would not catch. */
const CACHE_FORMAT = 'parley-codebook-cache/1';

/** What the cache did in this process (for tests and profiling). */
export const codebookCacheStats = { hits: 0, misses: 0, writes: 0 };

/** The cache folder the environment asks for; undefined when the cache is off. */
export function codebookCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.PARLEY_NO_CACHE && env.PARLEY_NO_CACHE !== '0') return undefined;
  if (env.PARLEY_CACHE_DIR) return resolve(env.PARLEY_CACHE_DIR);
  if (env.XDG_CACHE_HOME) return join(resolve(env.XDG_CACHE_HOME), 'parley');
  try {
    const home = homedir();
    return home ? join(home, '.cache', 'parley') : undefined;
  } catch {
    return undefined;
  }
}

let codeHash: string | undefined;
/** A hash of the code that parses and validates codebook files (this module and codebook.ts). */
function codeVersion(): string {
  if (codeHash) return codeHash;
  const hash = createHash('sha256').update(CACHE_FORMAT);
  // (the versions of the parser and the schema library too: an upgrade may read the same bytes
  // differently)
  const require = createRequire(import.meta.url);
  for (const pkg of ['yaml', 'zod']) {
    try {
      hash.update('\0').update(String(require(`${pkg}/package.json`).version));
    } catch {
      hash.update('\0?');
    }
  }
  for (const name of ['codebook-cache', 'codebook']) {
    const here = fileURLToPath(import.meta.url);
    const file = here.replace(/codebook-cache\.(js|ts)$/, `${name}.$1`);
    hash.update('\0').update(readFileSync(file));
  }
  codeHash = hash.digest('hex');
  return codeHash;
}

const readyDirs = new Set<string>();
/** Make the folder (private) if need be; true if it is a folder of this user that can be used. */
function ready(dir: string): boolean {
  if (readyDirs.has(dir)) return true;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = statSync(dir);
    if (!st.isDirectory()) return false;
    if (typeof process.getuid === 'function' && st.uid !== process.getuid()) return false;
  } catch {
    return false;
  }
  readyDirs.add(dir);
  return true;
}

interface Entry {
  key: string;
  data: unknown;
}

/**
 * The parsed form of `file` (whose content is `bytes`): from the cache when its entry has the same
 * key, else `parse()` (which may throw: nothing is stored then), stored for the next run.
 */
export function cachedCodebookFile<T>(
  file: string,
  bytes: Buffer,
  parse: () => T,
  dir: string | undefined = codebookCacheDir(),
): T {
  if (!dir) return parse();
  let key: string;
  try {
    key = createHash('sha256').update(codeVersion()).update('\0').update(bytes).digest('hex');
  } catch {
    return parse();
  }
  const entry = join(dir, `${createHash('sha256').update(resolve(file)).digest('hex')}.json`);
  try {
    const stored = JSON.parse(readFileSync(entry, 'utf8')) as Entry;
    if (stored && stored.key === key && typeof stored.data === 'object' && stored.data !== null) {
      codebookCacheStats.hits++;
      return stored.data as T;
    }
  } catch {
    // No entry yet, or one that cannot be read: parse and (re)write it.
  }
  codebookCacheStats.misses++;
  const data = parse();
  if (ready(dir)) {
    const tmp = `${entry}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      writeFileSync(tmp, JSON.stringify({ key, data } satisfies Entry), { mode: 0o600 });
      renameSync(tmp, entry);
      codebookCacheStats.writes++;
    } catch {
      try {
        rmSync(tmp, { force: true });
      } catch {
        // Nothing to clean up.
      }
    }
  }
  return data;
}
