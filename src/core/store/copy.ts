/**
 * Copying a store into another, of either engine: every document with its annotations,
 * fingerprints and facts (their ids kept, so that ties break alike), and the codebook it was
 * built with. The copy answers every question as the original does.
 */
import type { Store, StoreStats } from './store.js';

/** Documents written per transaction. */
const BATCH = 100;

export async function copyStore(
  from: Store,
  to: Store,
  onDocument?: (copied: number) => void,
): Promise<{ documents: number; stats: StoreStats }> {
  if ((await to.countDocuments()) > 0)
    throw new Error(
      `the target store already holds ${await to.countDocuments()} documents: copy into an empty store (a new file, or a new database)`,
    );
  let batch: Parameters<Store['restoreDocument']>[0][] = [];
  let copied = 0;
  const flush = async () => {
    const documents = batch;
    batch = [];
    await to.transaction(async (tx) => {
      for (const dump of documents) await tx.restoreDocument(dump);
    });
    for (const _ of documents) {
      copied++;
      onDocument?.(copied);
    }
  };
  for await (const dump of from.dumpDocuments()) {
    batch.push(dump);
    if (batch.length >= BATCH) await flush();
  }
  if (batch.length) await flush();
  const codebook = await from.recordedCodebook();
  if (codebook) await to.recordCodebook(codebook);
  const stats = await to.stats();
  const source = await from.stats();
  if (JSON.stringify(stats) !== JSON.stringify(source))
    throw new Error(
      `the copy holds ${JSON.stringify(stats)}, the original ${JSON.stringify(source)}: the copy is incomplete`,
    );
  return { documents: copied, stats };
}
