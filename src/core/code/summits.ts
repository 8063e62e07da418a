/**
 * Leaders who will meet accept the summit: a planned meeting (CONSULT, status `planned`) whose
 * sentence names the leaders of two or more of its parties ("Presidents Anna Veldt and Ivo Brisk
 * will meet in Tarsia next week") is coded, as coders code it, `summit` accept for each party whose
 * leader is named there. A meeting of ministers or envoys is talks, not a summit; a meeting held
 * is an event, not a stance (TAXONOMY.md: `summit`, "a meeting of the leaders takes place").
 */
import type { Entity, ParleyDocument, PipelineContext, Position } from '../model.js';
import { firstAtLeast, overlapping } from '../sorted.js';
import { cueWords } from './actors/resolve-speaker.js';

/** Words before a title that make it a deputy's ("vice president", "deputy prime minister"). */
const DEPUTY = /(?:^|[\s-])(?:vice|deputy|acting)[\s-]*$/;

/**
 * Whether a person's role is a leader's: the role, cut before a relation ("adviser to the prime
 * minister" is no leader), ends with a title of the codebook list `leader_titles` not held as a
 * deputy ("Vice-Premier").
 */
function isLeader(entity: Entity, titles: ReadonlySet<string>): boolean {
  if (entity.kind !== 'person' || entity.former || !entity.role) return false;
  const role = entity.role
    .toLowerCase()
    .split(/\s+(?:to|of|for|at)\s+/)[0]
    .trim();
  for (const title of titles) {
    if (!role.endsWith(title)) continue;
    const before = role.slice(0, role.length - title.length);
    if (before !== '' && !/\s$/.test(before)) continue;
    if (!DEPUTY.test(before.trimEnd())) return true;
  }
  return false;
}

export function summitPositions(doc: ParleyDocument, ctx: PipelineContext): Position[] {
  const titles = cueWords(ctx, 'leader_titles');
  if (titles.size === 0) return [];
  const out: Position[] = [];
  for (const event of doc.events) {
    if (event.type !== 'CONSULT' || event.status !== 'planned') continue;
    const s = Math.max(
      0,
      firstAtLeast(doc.sentences, event.evidence.start + 1, (x) => x.end),
    );
    const sentence = doc.sentences[s];
    if (!sentence) continue;
    const leaders = new Map<string, number>();
    for (const m of overlapping(doc.mentions, sentence.start, sentence.end)) {
      if (m.entity === undefined) continue;
      const entity = doc.entities[m.entity];
      if (typeof entity.actor !== 'string' || !event.actors.includes(entity.actor)) continue;
      if (isLeader(entity, titles) && !leaders.has(entity.actor)) leaders.set(entity.actor, m.entity);
    }
    if (leaders.size < 2) continue;
    const evidence = { start: sentence.start, end: sentence.end };
    for (const [actor, entity] of leaders)
      out.push({
        ...evidence,
        actor,
        entity,
        issue: 'summit',
        stance: 'accept',
        evidence,
        provenance: { rule: 'position.summit.leaders_to_meet', cue: event.provenance.cue, confidence: 0.6 },
      });
  }
  return out;
}
