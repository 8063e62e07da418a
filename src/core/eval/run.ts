/** `parley eval`'s core: extract each gold file's article and score it against the gold. */
import { basename } from 'node:path';
import type { Codebook } from '../code/codebook.js';
import { createDocument } from '../pipeline.js';
import { defaultPipeline } from '../stages.js';
import { findGoldFiles, GoldError, readGoldFile } from './gold.js';
import { type DocumentScore, type LayerTotals, scoreDocument, totals } from './score.js';
import { toGold } from './to-gold.js';

export interface EvalReport {
  documents: DocumentScore[];
  totals: LayerTotals;
  /** Gold files that could not be scored (unreadable, invalid, article missing), with the reason. */
  skipped: { file: string; reason: string }[];
}

/** Score Parley on every gold file under `paths` (files or folders). */
export interface EvaluateOptions {
  /** Run the pipeline only up to and including this stage (e.g. `statements`). */
  until?: string;
}

export function evaluate(paths: string[], codebook?: Codebook, options: EvaluateOptions = {}): EvalReport {
  const pipeline = defaultPipeline(codebook);
  const documents: DocumentScore[] = [];
  const skipped: EvalReport['skipped'] = [];
  for (const file of findGoldFiles(paths)) {
    // A gold file that cannot be read is named with its reason; the rest of the set is still scored.
    let loaded: ReturnType<typeof readGoldFile>;
    try {
      loaded = readGoldFile(file);
    } catch (error) {
      if (!(error instanceof GoldError)) throw error;
      skipped.push({ file, reason: error.reason });
      continue;
    }
    const { gold, text, scope } = loaded;
    const doc = pipeline.run(createDocument(text, { date: gold.date, source: file }), options.until);
    const score = scoreDocument(gold, toGold(doc), scope);
    score.id = gold.id ?? basename(file).replace(/\.gold\.json$/, '');
    score.file = file;
    documents.push(score);
  }
  return { documents, totals: totals(documents), skipped };
}
