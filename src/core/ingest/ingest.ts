/**
 * The ingest loop: read items stream in, documents already stored (same content hash) are passed
 * over, and new ones go in batches to a handler that prepares them (annotates, fingerprints) and
 * either stores them itself (a worker with its own connection) or leaves that to this writer.
 * Each batch is one transaction holding whole documents with their facts, and batches commit in
 * input order. A kill between batches loses at most the batches in flight, and running the same
 * ingest again completes it.
 */

import { isNearDuplicate } from '../analyse/fingerprints.js';
import type { Store, StoreReader, StoreWriter } from '../store/store.js';
import { contentHash, type PreparedDocument } from './prepare.js';
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

/**
 * What became of a batch of raw documents once it was handled: documents prepared but still to be
 * stored (the writer stores them, in input order), or, when whoever handled the batch stored it
 * as well (a worker that writes), what became of each document; and the documents that failed.
 */
export interface BatchResult {
  prepared: PreparedDocument[];
  /** Documents already stored by the handler, with their outcome ('document' events). */
  stored: IngestEvent[];
  problems: IngestProblem[];
}

export interface IngestOptions {
  /**
   * Handle one batch of new raw documents: prepare them (annotate, fingerprint) and, optionally,
   * store them too. Called in input order; results are taken in input order, so a handler that
   * stores must do so in that order as well. May be async (a worker pool).
   */
  handleBatch: (raws: RawDocument[]) => BatchResult | Promise<BatchResult>;
  /** Documents per batch (and per transaction). */
  batchSize?: number;
  /** How many batches may be in flight at once (for a worker pool). */
  concurrency?: number;
  onEvent?: (event: IngestEvent) => void;
}

/** A handler's failure for a document, in words for the user. */
export const analysisProblem = (origin: string, error: unknown): IngestProblem => ({
  origin,
  reason: `could not be analysed (${(error as Error).message}): please report this with the file`,
});

/** A document of a batch the store could not take: nothing of it was written. */
export const storeProblem = (origin: string, error: unknown): IngestProblem => ({
  origin,
  reason: `could not be stored (${(error as Error).message}); nothing of it was written: run the ingest again`,
});

/** Prepare each document of a batch with `prepare`, keeping the ones that fail as problems. */
export function prepareBatch(
  raws: RawDocument[],
  prepare: (raw: RawDocument) => PreparedDocument,
): { prepared: PreparedDocument[]; problems: IngestProblem[] } {
  const prepared: PreparedDocument[] = [];
  const problems: IngestProblem[] = [];
  for (const raw of raws) {
    try {
      prepared.push(prepare(raw));
    } catch (error) {
      problems.push(analysisProblem(raw.origin, error));
    }
  }
  return { prepared, problems };
}

/** A batch handler that prepares on this thread and leaves the storing to the writer. */
export const preparingWith =
  (prepare: (raw: RawDocument) => PreparedDocument) =>
  (raws: RawDocument[]): BatchResult => ({ ...prepareBatch(raws, prepare), stored: [] });

/** The original a document is a near-duplicate of, if the store holds one: the closest match. */
export async function findNearDuplicate(
  store: StoreReader,
  fingerprint: bigint,
  signature?: Uint32Array,
): Promise<string | undefined> {
  let best: { id: string; distance: number } | undefined;
  for (const candidate of await store.nearDuplicateCandidates(fingerprint, signature)) {
    const match = isNearDuplicate(fingerprint, signature, candidate);
    if (match && (!best || match.distance < best.distance))
      best = { id: candidate.id, distance: match.distance };
  }
  return best?.id;
}

/**
 * Store prepared documents as one transaction: each is passed over if its text is stored already,
 * linked to its original if it is a near-duplicate of a stored one, and written with its facts.
 * Returns what became of each, in order (the caller counts them once the transaction has
 * committed), or, if the store could not take the batch, a problem for each of its documents.
 */
export async function storeBatch(
  store: Store,
  batch: PreparedDocument[],
): Promise<{ stored: IngestEvent[]; problems: IngestProblem[] }> {
  try {
    return { stored: await store.transaction((tx) => storePrepared(tx, batch)), problems: [] };
  } catch (error) {
    // Rolled back: a full disk, a store another writer held too long. Not an analysis failure
    // (nothing to report as a bug), and the rest of the ingest goes on.
    return { stored: [], problems: batch.map((prepared) => storeProblem(prepared.origin, error)) };
  }
}

/**
 * Store prepared documents within a transaction (`tx`), in order: what became of each. The events
 * are made inside the transaction, so that one tried again runs this again from the start.
 */
export async function storePrepared(tx: StoreWriter, batch: PreparedDocument[]): Promise<IngestEvent[]> {
  const events: IngestEvent[] = [];
  for (const prepared of batch) events.push(await storeOne(tx, prepared));
  return events;
}

/** Store one prepared document, within the batch's transaction; what became of it. */
async function storeOne(tx: StoreWriter, prepared: PreparedDocument): Promise<IngestEvent> {
  const { doc } = prepared;
  if (await tx.hasHash(prepared.hash))
    return { kind: 'document', outcome: 'unchanged', id: doc.id, origin: prepared.origin };
  const duplicateOf = await findNearDuplicate(tx, prepared.fingerprint, prepared.minhash);
  await tx.putDocument(
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
  return {
    kind: 'document',
    outcome: duplicateOf ? 'near-duplicate' : 'stored',
    id: doc.id,
    origin: prepared.origin,
    duplicateOf,
    skipped: prepared.status === 'skipped',
  };
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

  let batch: RawDocument[] = [];
  let batchHashes: string[] = [];
  /** Hashes read but not yet committed, so a text repeated within one run is stored once. */
  const pendingHashes = new Set<string>();
  const inFlight: { hashes: string[]; result: Promise<BatchResult> }[] = [];

  const count = (event: IngestEvent) => {
    if (event.kind !== 'document') return;
    if (event.outcome === 'unchanged') summary.unchanged++;
    else {
      summary.stored++;
      if (event.outcome === 'near-duplicate') summary.nearDuplicates++;
      if (event.skipped) summary.notEnglish++;
    }
    emit(event);
  };

  const dispatch = () => {
    if (!batch.length) return;
    const raws = batch;
    const hashes = batchHashes;
    batch = [];
    batchHashes = [];
    const result = Promise.resolve()
      .then(() => options.handleBatch(raws))
      .catch(
        (error: unknown): BatchResult => ({
          prepared: [],
          stored: [],
          problems: raws.map((raw) => analysisProblem(raw.origin, error)),
        }),
      );
    inFlight.push({ hashes, result });
  };

  const settleOne = async () => {
    const { hashes, result } = inFlight.shift()!;
    const { prepared, stored, problems } = await result;
    for (const problem of problems) report(problem);
    for (const event of stored) count(event);
    // Counted only once the transaction has committed.
    if (prepared.length) {
      const written = await storeBatch(store, prepared);
      for (const problem of written.problems) report(problem);
      for (const event of written.stored) count(event);
    }
    // Stored, or failed: a later copy of a failed text in this run is tried again.
    for (const hash of hashes) pendingHashes.delete(hash);
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
    if (pendingHashes.has(hash) || (await store.hasHash(hash))) {
      summary.unchanged++;
      emit({ kind: 'document', outcome: 'unchanged', origin: raw.origin });
      continue;
    }
    pendingHashes.add(hash);
    batch.push(raw);
    batchHashes.push(hash);
    if (batch.length >= batchSize) dispatch();
    while (inFlight.length >= concurrency) await settleOne();
  }
  dispatch();
  while (inFlight.length) await settleOne();
  return summary;
}
