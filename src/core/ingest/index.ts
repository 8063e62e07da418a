/** Ingest: readers → prepareDocument (pure) → the batch writer. */

export * from '../analyse/fingerprints.js';
export * from './dates.js';
export * from './feed.js';
export * from './fetch.js';
export * from './html.js';
export * from './ingest.js';
export * from './jsonl.js';
export * from './prepare.js';
export * from './sources.js';
export * from './text.js';
export * from './types.js';
