/** Parley's core library: ingest → analyse → code → store → query. No CLI, HTTP or browser here. */

export { analyseSentences, sentencesStage } from './analyse/sentences.js';
export { mainParties } from './code/actors/main-parties.js';
export { resolveSpeaker } from './code/actors/resolve-speaker.js';
export { datesStage, resolveTimexes } from './code/dates.js';
export { eventsOf } from './code/events/merge.js';
export { eventsStage, GOLD_EVENT_TYPES } from './code/events/stage.js';
export { type CanonicalPerson, canonicalPerson, roleAt } from './code/persons.js';
export { type PloverRecord, ploverRecords } from './code/plover.js';
export { positionsOf, positionsStage } from './code/positions.js';
export { findStatements, statementsStage } from './code/statements.js';
export * from './codebook/codebook.js';
export * from './codebook/codebook-cache.js';
export * from './codebook/codebook-sources.js';
export * from './eval/index.js';
export * from './ingest/index.js';
export * from './model.js';
export * from './pipeline.js';
export * from './query/index.js';
export * from './records.js';
export * from './stages.js';
export { displayLocation, isServerLocation, openMemoryStore, openStore } from './store/index.js';
export type * from './store/store.js';
