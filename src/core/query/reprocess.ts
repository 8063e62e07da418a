/**
 * Re-processing: run the pipeline again over stored documents (after a codebook or rule change)
 * and replace their facts. The documents stay; their statements, positions and events are
 * replaced, never added a second time.
 */
import type { Pipeline } from '../pipeline.js';
import { createDocument } from '../pipeline.js';
import type { DocumentFilter, StoreWriter } from '../store/store.js';

export interface ReprocessSummary {
  /** Documents whose facts were replaced. */
  documents: number;
  /** Documents left alone: not English, or kept without extraction. */
  skipped: number;
}

export async function reprocess(
  store: StoreWriter,
  pipeline: Pipeline,
  filter: DocumentFilter = {},
  onDocument?: (id: string) => void,
): Promise<ReprocessSummary> {
  const summary: ReprocessSummary = { documents: 0, skipped: 0 };
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
    await store.replaceFacts(doc);
    summary.documents++;
    onDocument?.(info.id);
  }
  return summary;
}
