/** A document's annotations in the gold shape of FORMAT.md (what `parley extract --format gold` prints). */
import { GOLD_EVENT_TYPES } from '../code/events/stage.js';
import { type ParleyDocument, textOf } from '../model.js';
import type { GoldEvent, GoldFile, GoldPosition, GoldStatement } from './gold.js';

export interface ToGoldOptions {
  /** The article's path as the gold file should name it. */
  source?: string;
  id?: string;
}

export function toGold(doc: ParleyDocument, options: ToGoldOptions = {}): GoldFile {
  const statements: GoldStatement[] = doc.statements.map((s) => ({
    speaker: s.speaker,
    actor: s.actor,
    direct: s.direct,
    content: textOf(doc, s.content),
    ...(s.anonymous ? { anonymous: true } : {}),
    ...(s.role ? { role: s.role } : {}),
    ...(s.cueSpan ? { cue: textOf(doc, s.cueSpan) } : s.provenance.cue ? { cue: s.provenance.cue } : {}),
  }));
  const positions: GoldPosition[] = doc.positions.map((p) => ({
    actor: p.actor,
    issue: p.issue,
    stance: p.stance,
    ...(p.about ? { about: p.about } : {}),
    ...(p.redLine ? { redLine: true } : {}),
    ...(p.date ? { date: p.date } : {}),
    evidence: textOf(doc, p.evidence),
  }));
  // Gold files score the four event types of TAXONOMY.md; REQUEST/REJECT/THREATEN stay out.
  const events: GoldEvent[] = doc.events
    .filter((e) => GOLD_EVENT_TYPES.includes(e.type))
    .map((e) => ({
      type: e.type,
      actors: e.actors,
      ...(e.date ? { date: e.date } : {}),
      ...(e.location ? { location: e.location.name } : {}),
      ...(e.status ? { status: e.status } : {}),
      evidence: textOf(doc, e.evidence),
    }));
  return {
    id: options.id ?? doc.id,
    ...(options.source ? { source: options.source } : {}),
    date: doc.date,
    statements,
    positions,
    events,
  };
}
