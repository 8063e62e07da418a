/**
 * The contract between the statements stage and the actors stage: the statements stage finds a
 * speaker's span; the actors stage says who that is (entity, fullest name, party, role).
 */
import type { ParleyDocument, PipelineContext, Span } from '../model.js';

export interface SpeakerRef {
  /** Index into `doc.entities`, when the speaker is (or was resolved to) a known entity. */
  entity?: number;
  /** The fullest name the text gives ("Mike Waltz"; "Sources familiar with the matter"; "Kyiv"). */
  name: string;
  /** The party: an actor code, a list of codes, or null (speaks for nobody / unknown). */
  actor: string | string[] | null;
  role?: string;
  anonymous?: boolean;
}

export type SpeakerResolver = (doc: ParleyDocument, span: Span, ctx: PipelineContext) => SpeakerRef;
