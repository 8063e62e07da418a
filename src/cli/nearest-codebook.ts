/**
 * The codebook that lies beside the articles. A negotiation's own codebook (its parties, its
 * issues) usually sits in the folder that holds its articles, as `examples/codebook.yaml` sits
 * beside `examples/corpus/`; without it the parties are unknown. So, like a linter finding its
 * configuration, `extract` and the first `ingest` into a store look for it when `--codebook` is
 * not given: the nearest file named `codebook.yaml` (or `codebook.yml`) in the article's folder
 * (a folder given as input: the folder itself) or a folder above it, not looking above the top of
 * the git repository that holds it (a folder with `.git`) nor above the home directory. They say on
 * standard error which file they use; `--no-codebook` turns the search off.
 */
import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const CODEBOOK_NAMES = ['codebook.yaml', 'codebook.yml'];

const isFile = (path: string): boolean => existsSync(path) && statSync(path).isFile();

/** The nearest codebook at or above `input` (a file or folder), or undefined; URLs and `-` have none. */
export function nearestCodebook(input: string): string | undefined {
  if (input === '-' || /^[a-z][a-z0-9+.-]*:\/\//i.test(input) || !existsSync(input)) return undefined;
  const start = resolve(input);
  let dir = statSync(start).isDirectory() ? start : dirname(start);
  const home = homedir();
  for (;;) {
    const found = CODEBOOK_NAMES.map((name) => join(dir, name)).find(isFile);
    if (found) return found;
    // The top of a repository or the home directory ends the search: what lies above is not the project's.
    if (existsSync(join(dir, '.git')) || dir === home) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export type CodebookSearch =
  | { kind: 'none' }
  | { kind: 'found'; file: string }
  | { kind: 'several'; found: Array<{ input: string; file: string }> };

/** The codebook the inputs lie beside: one file when all that have one have the same one. */
export function codebookBeside(inputs: string[]): CodebookSearch {
  const found = inputs.flatMap((input) => {
    const file = nearestCodebook(input);
    return file ? [{ input, file }] : [];
  });
  const files = [...new Set(found.map((f) => f.file))];
  if (!files.length) return { kind: 'none' };
  if (files.length === 1) return { kind: 'found', file: files[0] };
  return { kind: 'several', found };
}
