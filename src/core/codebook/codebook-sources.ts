/**
 * Which codebook a store was built with. The facts of a store are only as good as the codebook
 * that coded them: re-extracting a store built with a negotiation's own codebook (its parties, its
 * issues) with the default one would drop every fact about those. So a store records the user
 * codebook files it was built with (each one's path, content hash and parsed content), and the
 * commands over it use them unless told otherwise, and say so when told otherwise.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  type Codebook,
  CodebookError,
  CodebookSchema,
  loadCodebook,
  mergeCodebooks,
  readCodebookDir,
  readCodebookFile,
} from './codebook.js';

/** One user codebook (a file, or a folder of YAML files) as merged over the default codebook. */
export interface CodebookSource {
  /** Absolute path of the file or folder. */
  path: string;
  /** SHA-256 (hex) of its content (a folder's: of its YAML files' names and contents, in order). */
  sha256: string;
  /** What it holds, parsed and validated: what a command uses if the file has gone. */
  codebook: Codebook;
}

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();

function contentHash(path: string): string {
  const hash = createHash('sha256');
  if (statSync(path).isDirectory())
    for (const name of yamlFiles(path))
      hash
        .update(`${name}\0`)
        .update(readFileSync(join(path, name)))
        .update('\0');
  else hash.update(readFileSync(path));
  return hash.digest('hex');
}

/** Read user codebook files or folders (as given to --codebook) as sources, in order. */
export function readCodebookSources(paths: string[]): CodebookSource[] {
  return paths.map((given) => {
    const path = resolve(given);
    if (!existsSync(path))
      throw new CodebookError(given, 'no such codebook file; check the path given to --codebook');
    const codebook = statSync(path).isDirectory() ? readCodebookDir(path) : readCodebookFile(path);
    return { path, sha256: contentHash(path), codebook };
  });
}

/** The default codebook with the sources merged over it, in order (what `loadCodebook` makes of their paths). */
export const codebookOf = (sources: CodebookSource[]): Codebook =>
  sources.reduce((book, source) => mergeCodebooks(book, source.codebook), loadCodebook());

const describe = (sources: CodebookSource[]): string =>
  sources.length ? sources.map((s) => s.path).join(', ') : 'the default codebook alone';

const sameSources = (a: CodebookSource[], b: CodebookSource[]): boolean =>
  a.length === b.length && a.every((source, i) => source.sha256 === b[i].sha256);

export interface CodebookChoice {
  codebook: Codebook;
  /** What it is made of: what a store built with it records. */
  sources: CodebookSource[];
  /** What the user should hear (on standard error): the choice differs from what built the store. */
  notices: string[];
}

/**
 * The codebook a command over a store uses: the files given (`--codebook`), else the ones the
 * store records it was built with (read again from their paths, so that an edited codebook is
 * what a reprocess applies; the recorded copy if a file has gone), else the default one.
 */
export function chooseCodebook(
  recorded: CodebookSource[] | undefined,
  given: string[] | undefined,
): CodebookChoice {
  if (given) {
    const sources = readCodebookSources(given);
    const notices =
      recorded && !sameSources(recorded, sources)
        ? [
            `the store was built with ${describe(recorded)}; this command uses ${describe(sources)} instead, as --codebook says`,
          ]
        : [];
    return { codebook: codebookOf(sources), sources, notices };
  }
  if (!recorded) return { codebook: loadCodebook(), sources: [], notices: [] };
  const notices: string[] = [];
  const sources = recorded.map((source) => {
    if (!existsSync(source.path)) {
      notices.push(
        `${source.path}, a codebook the store was built with, is gone; using the copy the store keeps`,
      );
      return { ...source, codebook: CodebookSchema.parse(source.codebook) };
    }
    const [now] = readCodebookSources([source.path]);
    if (now.sha256 !== source.sha256)
      notices.push(`${source.path} has changed since the store was built with it; using it as it is now`);
    return now;
  });
  return { codebook: codebookOf(sources), sources, notices };
}
