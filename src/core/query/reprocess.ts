/**
 * Re-processing: run the pipeline again over stored documents (after a codebook or rule change)
 * and replace their facts. The documents stay; their statements, positions and events are
 * replaced, never added a second time.
 */
import type { Pipeline } from '../pipeline.js';
import { createDocument } from '../pipeline.js';
import type { CorrectionOutcome } from '../store/corrections.js';
import type { DocumentFilter, StoreWriter } from '../store/store.js';

export interface ReprocessSummary {
  /** Documents whose facts were replaced. */
  documents: number;
  /** Documents left alone: not English, or kept without extraction. */
  skipped: number;
  /**
   * The analyst's corrections, applied to the new extraction: how many still hold, how many the
   * extraction now agrees with, and those it contradicts (the correction wins), each with why.
   */
  corrections: { holds: number; agrees: number; conflicts: CorrectionOutcome[] };
}

export async function reprocess(
  store: StoreWriter,
  pipeline: Pipeline,
  filter: DocumentFilter = {},
  onDocument?: (id: string) => void,
): Promise<ReprocessSummary> {
  const summary: ReprocessSummary = {
    documents: 0,
    skipped: 0,
    corrections: { holds: 0, agrees: 0, conflicts: [] },
  };
  for (const info of await store.listDocuments(filter)) {
    if (info.status !== 'extracted') {
      summary.skipped++;
      continue;
    }
    const stored = await store.getDocument(info.id);
    if (!stored) continue;
    const doc = createDocument(stored.text, {
      date: info.date,
      title: info.title,
      url: info.url,
      source: info.source,
      byline: info.byline,
      lang: info.lang,
    });
    // The stored id names the document even if a reader derived it differently.
    doc.id = info.id;
    pipeline.run(doc);
    for (const outcome of await store.replaceFacts(doc)) {
      if (outcome.state === 'conflict') summary.corrections.conflicts.push(outcome);
      else summary.corrections[outcome.state]++;
    }
    summary.documents++;
    onDocument?.(info.id);
  }
  return summary;
}
