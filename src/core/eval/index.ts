/** Evaluation: gold files (FORMAT.md), the scorer, and extraction in the gold shape. */

export * from './codes.js';
export * from './gold.js';
export * from './run.js';
export * from './score.js';
export * from './to-gold.js';
