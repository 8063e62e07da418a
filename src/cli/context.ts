/** What every command shares: the store named by --db / PARLEY_DB, and the codebook. */
import { type Codebook, loadCodebook } from '../core/code/codebook.js';

export interface GlobalOptions {
  db?: string;
  codebook?: string[];
  json?: boolean;
}

export const dbPath = (opts: GlobalOptions): string => opts.db ?? process.env.PARLEY_DB ?? './parley.db';

export const loadCodebookFromOpts = (opts: GlobalOptions): Codebook => loadCodebook(opts.codebook ?? []);
