/** The analyst's questions over the store: positions, changes, conflicts, events, quotes, the brief. */
export * from './brief.js';
export * from './events.js';
export * from './export.js';
export * from './lately.js';
export * from './positions.js';
export * from './quotes.js';
export * from './reprocess.js';
export * from './review.js';
