/** `parley eval`'s core: extract each gold file's article and score it against the gold. */
import { basename } from 'node:path';
import type { Codebook } from '../codebook/codebook.js';
import { createDocument } from '../pipeline.js';
import { defaultPipeline } from '../stages.js';
import { type ClassifiedError, classifyErrors } from './errors.js';
import { findGoldFiles, GoldError, type GoldEvent, type GoldPosition, readGoldFile } from './gold.js';
import { type RuleOutcome, ruleOutcomes, rulesOfPredicted } from './rules.js';
import { type DocumentScore, type LayerTotals, scoreDocument, totals } from './score.js';
import { type ToGoldOptions, toGold } from './to-gold.js';

export interface EvalReport {
  documents: Array<DocumentScore & { errors?: ClassifiedError[]; rules?: RuleOutcome[] }>;
  totals: LayerTotals;
  /** Gold files that could not be scored (unreadable, invalid, article missing), with the reason. */
  skipped: { file: string; reason: string }[];
}

/** Score Parley on every gold file under `paths` (files or folders). */
export interface EvaluateOptions {
  /** Run the pipeline only up to and including this stage (e.g. `statements`). */
  until?: string;
  /** Classify every miss and false alarm (`parley eval --errors`). */
  errors?: boolean;
  /** Tell, for each predicted position and event, its rule and whether the gold holds it (`parley eval --by-rule`). */
  byRule?: boolean;
  /**
   * How the pieces of one quotation split by its cue are scored (`ToGoldOptions.quotePieces`);
   * unset, as each gold file declares in its `quotePieces`, else apart (FORMAT.md).
   */
  quotePieces?: ToGoldOptions['quotePieces'];
  /** How speakers are named (`ToGoldOptions.speakers`); unset, as each gold file declares, else full. */
  speakers?: ToGoldOptions['speakers'];
}

export function evaluate(paths: string[], codebook?: Codebook, options: EvaluateOptions = {}): EvalReport {
  const pipeline = defaultPipeline(codebook);
  const documents: EvalReport['documents'] = [];
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
    // An article the pipeline fails on is named as not scored (a bug to report); the rest go on.
    let doc: ReturnType<typeof pipeline.run>;
    try {
      doc = pipeline.run(createDocument(text, { date: gold.date, source: file }), options.until);
    } catch (error) {
      const where = (error as Error).stack?.split('\n')[1]?.trim() ?? '';
      skipped.push({
        file,
        reason: `Parley failed on its article (a bug; please report it): ${(error as Error).message} ${where}`,
      });
      continue;
    }
    const pred = toGold(doc, {
      quotePieces: options.quotePieces ?? gold.quotePieces ?? 'apart',
      speakers: options.speakers ?? gold.speakers ?? 'full',
    });
    const score: EvalReport['documents'][number] = scoreDocument(gold, pred, scope);
    if (options.errors) {
      // Each false alarm and wrong item names the rule that produced it, as its provenance does.
      const rules = rulesOfPredicted(doc, pred);
      score.errors = classifyErrors(doc, pipeline.ctx, gold, pred, scope).map((e) => {
        const rule = e.predicted && rules.get(e.predicted as GoldPosition | GoldEvent);
        return rule ? { ...e, rule } : e;
      });
    }
    if (options.byRule) score.rules = ruleOutcomes(doc, gold, pred, scope);
    score.id = gold.id ?? basename(file).replace(/\.gold\.json$/, '');
    score.file = file;
    documents.push(score);
  }
  return { documents, totals: totals(documents), skipped };
}
