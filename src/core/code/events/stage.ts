/**
 * Stage `events`: what happened, as PLOVER event types (codebooks/stance.yaml lists the cues).
 * The flow, one module each:
 *
 * - mentions.ts reads the document sentence by sentence; in each, the reader of each event type
 *   reads its cues: consult.ts (CONSULT: meetings, talks, visits, calls), agree.ts (AGREE),
 *   sanction.ts (SANCTION), accuse.ts (ACCUSE), directed.ts (REQUEST, REJECT, THREATEN — only in
 *   their clearest forms, both sides named). Each finds the event's parties with
 *   participants.ts, its date with dates.ts, and (CONSULT) its place and duration with places.ts
 *   and durations.ts; what it finds is an event mention (mention.ts).
 * - merge.ts makes events of the mentions: the parties in play (parties.ts) complete those told
 *   without all their parties, repeated mentions of one event merge, and a definite mention
 *   without named parties ("the talks", "Tuesday's meeting") adds its details to the event the
 *   article is about instead of counting twice.
 */

import type { EventType, ParleyDocument, PipelineContext, Stage } from '../../model.js';
import { quotedDaysFromTheSaying } from './dates.js';
import { meetingSpeakerParties } from './meeting-speakers.js';
import { eventsOf } from './merge.js';

export const eventsStage: Stage = {
  name: 'events',
  run(doc: ParleyDocument, ctx: PipelineContext) {
    // A speaker's "today" is their day of speaking, which the lead's day may give: read before
    // any event is dated by it.
    quotedDaysFromTheSaying(doc);
    doc.events = eventsOf(doc, ctx);
    // A joint text or collective of a meeting speaks for its participants, known only now.
    meetingSpeakerParties(doc, ctx);
  },
};

/** The event types that gold files score (TAXONOMY.md). */
export const GOLD_EVENT_TYPES: readonly EventType[] = ['CONSULT', 'AGREE', 'SANCTION', 'ACCUSE'];
