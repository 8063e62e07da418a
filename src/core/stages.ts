/**
 * The default pipeline: the stages in the order the data needs them. Each stage module exports
 * one `Stage`; add a stage here to make it part of every extraction.
 */
import { layoutStage } from './analyse/layout.js';
import { sentencesStage } from './analyse/sentences.js';
import { actorsStage } from './code/actors/stage.js';
import { datesStage } from './code/dates.js';
import { eventsStage } from './code/events/stage.js';
import { negotiationsStage } from './code/negotiations.js';
import { positionsStage } from './code/positions.js';
import { statementsStage } from './code/statements.js';
import type { Codebook } from './codebook/codebook.js';
import type { Stage } from './model.js';
import { createContext, Pipeline } from './pipeline.js';

export function defaultStages(): Stage[] {
  // Events before positions: a deal's parties (AGREE) accept what it covers (code/deals.ts).
  // Negotiations last: a document's facts go to the negotiations of their blocks and actors.
  return [
    layoutStage,
    sentencesStage,
    actorsStage,
    statementsStage,
    datesStage,
    eventsStage,
    positionsStage,
    negotiationsStage,
  ];
}

/** The default stages over `codebook`; documents longer than `sectionChars` are read in sections. */
export function defaultPipeline(codebook?: Codebook, sectionChars?: number): Pipeline {
  return new Pipeline(defaultStages(), createContext(codebook), sectionChars);
}
