/**
 * The ingest writer: read items stream in, documents already stored (same content hash) are
 * passed over, new ones are prepared (annotated, fingerprinted) and written in batches, each batch
 * one transaction holding whole documents with their facts. A kill between batches loses at most
 * the batch in flight, and running the same ingest again completes it.
 */
import type { Store } from '../store/store.js';
import { contentHash, type PreparedDocument } from './prepare.js';
import { isNearDuplicate } from './simhash.js';
import type { IngestProblem, RawDocument, ReadItem } from './types.js';

export type DocumentOutcome = 'stored' | 'near-duplicate' | 'unchanged';

export type IngestEvent =
  | {
      kind: 'document';
      outcome: DocumentOutcome;
      id?: string;
      origin: string;
      duplicateOf?: string;
      skipped?: boolean;
    }
  | { kind: 'problem'; problem: IngestProblem }
  | { kind: 'input-done'; origin: string }
  | { kind: 'passed-over'; origin: string };

export interface IngestSummary {
  /** Inputs (files, URLs, stdin) gone through. */
  inputs: number;
  /** Documents read from them. */
  read: number;
  /** New documents stored (near-duplicates included). */
  stored: number;
  /** Of the stored: linked to an original as near-duplicates. */
  nearDuplicates: number;
  /** Of the stored: not English, kept without extraction. */
  notEnglish: number;
  /** Documents already in the store (same content hash): nothing changed. */
  unchanged: number;
  /** Files in directories left alone as not articles (.json gold files, .yaml codebooks, …). */
  passedOver: number;
  /** Inputs, lines or items that could not be ingested. */
  failed: number;
  problems: IngestProblem[];
}

export interface IngestOptions {
  /** Annotate one raw document; may be async (a worker pool). */
  prepare: (raw: RawDocument) => PreparedDocument | Promise<PreparedDocument>;
  /** Documents per transaction. */
  batchSize?: number;
  /** How many `prepare` calls may be in flight at once (for a worker pool). */
  concurrency?: number;
  onEvent?: (event: IngestEvent) => void;
}

/** The original a document is a near-duplicate of, if the store holds one: the closest match. */
export function findNearDuplicate(
  store: Store,
  fingerprint: bigint,
  signature?: Uint32Array,
): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const candidate of store.nearDuplicateCandidates(fingerprint, signature)) {
    const match = isNearDuplicate(fingerprint, signature, candidate);
    if (match && (!best || match.distance < best.distance))
      best = { id: candidate.id, distance: match.distance };
  }
  return best?.id;
}

export async function ingest(
  items: AsyncIterable<ReadItem>,
  store: Store,
  options: IngestOptions,
): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 50;
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const emit = options.onEvent ?? (() => {});
  const summary: IngestSummary = {
    inputs: 0,
    read: 0,
    stored: 0,
    nearDuplicates: 0,
    notEnglish: 0,
    unchanged: 0,
    passedOver: 0,
    failed: 0,
    problems: [],
  };
  const report = (problem: IngestProblem) => {
    summary.failed++;
    summary.problems.push(problem);
    emit({ kind: 'problem', problem });
  };

  let batch: PreparedDocument[] = [];
  /** Hashes read but not yet committed, so a text repeated within one run is stored once. */
  const pendingHashes = new Set<string>();
  const inFlight: Promise<PreparedDocument | IngestProblem>[] = [];

  const write = () => {
    if (!batch.length) return;
    const written = batch;
    batch = [];
    const events: IngestEvent[] = [];
    store.transaction(() => {
      for (const prepared of written) {
        const { doc } = prepared;
        if (store.hasHash(prepared.hash)) {
          events.push({ kind: 'document', outcome: 'unchanged', id: doc.id, origin: prepared.origin });
          continue;
        }
        const duplicateOf = findNearDuplicate(store, prepared.fingerprint, prepared.minhash);
        store.putDocument(
          doc,
          {
            id: doc.id,
            hash: prepared.hash,
            date: doc.date,
            title: doc.title,
            url: doc.url,
            source: doc.source,
            byline: doc.byline,
            lang: prepared.lang,
            words: prepared.words,
            duplicateOf,
            status: prepared.status,
          },
          prepared.fingerprint,
          prepared.minhash,
        );
        events.push({
          kind: 'document',
          outcome: duplicateOf ? 'near-duplicate' : 'stored',
          id: doc.id,
          origin: prepared.origin,
          duplicateOf,
          skipped: prepared.status === 'skipped',
        });
      }
    });
    // Counted only once the transaction has committed.
    for (const event of events) {
      if (event.kind !== 'document') continue;
      if (event.outcome === 'unchanged') summary.unchanged++;
      else {
        summary.stored++;
        if (event.outcome === 'near-duplicate') summary.nearDuplicates++;
        if (event.skipped) summary.notEnglish++;
      }
      emit(event);
    }
    for (const prepared of written) pendingHashes.delete(prepared.hash);
  };

  const settleOne = async () => {
    const result = await inFlight.shift()!;
    if ('doc' in result) {
      batch.push(result);
      if (batch.length >= batchSize) write();
    } else report(result);
  };

  for await (const item of items) {
    if (item.kind === 'problem') {
      report(item.problem);
      continue;
    }
    if (item.kind === 'passed-over') {
      summary.passedOver++;
      emit(item);
      continue;
    }
    if (item.kind === 'input-done') {
      summary.inputs++;
      emit(item);
      continue;
    }
    summary.read++;
    const { raw } = item;
    const hash = contentHash(raw.text);
    if (pendingHashes.has(hash) || store.hasHash(hash)) {
      summary.unchanged++;
      emit({ kind: 'document', outcome: 'unchanged', origin: raw.origin });
      continue;
    }
    pendingHashes.add(hash);
    inFlight.push(
      Promise.resolve()
        .then(() => options.prepare(raw))
        .catch((error: unknown): IngestProblem => {
          // Not stored: a later copy of the same text in this run must be tried again.
          pendingHashes.delete(hash);
          return {
            origin: raw.origin,
            reason: `could not be analysed (${(error as Error).message}): please report this with the file`,
          };
        }),
    );
    while (inFlight.length >= concurrency) await settleOne();
  }
  while (inFlight.length) await settleOne();
  write();
  return summary;
}
