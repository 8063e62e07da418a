/** Paths as the user sees them. */
import { isAbsolute, relative } from 'node:path';

/** A path as a user would type it from here: relative when under the working directory. */
export function displayPath(path: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
