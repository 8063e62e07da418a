/** Watching the news: feeds polled on a schedule, alerts on what moved, their delivery, the digest. */
export * from './alerts.js';
export * from './config.js';
export * from './deliver.js';
export * from './poll.js';
export * from './round.js';
