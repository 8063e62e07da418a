/**
 * The one who invites proposes what its guests answer: "Veska accepted Ormund's invitation to the
 * summit", "accepted an invitation by Tarsia to join the talks", "will meet at the invitation of
 * Tarsia's prime minister". Coders give the inviter a `propose` on the issue its guests accept,
 * decline or plan (the invitation is the inviter's offer); the guests' stance is read by the
 * stance rules, and this reads only whose invitation it is.
 */
import type { ParleyDocument, PipelineContext, Position } from '../model.js';
import { uniq } from './events/mention.js';
import { type ActorMention, type DocIndex, docIndex, mentionsEndingAt } from './textindex.js';

const INVITATION = /^invitations?$/;
/** "an invitation by|from|of Tarsia": the prepositions that name the inviter after the noun. */
const INVITER_AFTER = new Set(['by', 'from', 'of']);

/** The parties a mention names, when it names any. */
const codesOf = (m: ActorMention | undefined) => (m?.codes.length ? m.codes : []);

/**
 * Who issued the invitation at token `i`: the possessor or the modifier before the noun
 * ("Ormund's invitation", "the Tarsian invitation"), else the party named after "by", "from" or
 * "of" ("an invitation by the Council").
 */
function inviterOf(index: DocIndex, i: number): string[] {
  const { tokens } = index;
  const possessive = tokens[i - 1]?.lower === "'s" || tokens[i - 1]?.lower === "'";
  const before = possessive
    ? mentionsEndingAt(index, i - 1).find((m) => m.codes.length)
    : mentionsEndingAt(index, i).find((m) => m.codes.length);
  if (before) return codesOf(before);
  if (!INVITER_AFTER.has(tokens[i + 1]?.lower ?? '')) return [];
  let k = i + 2;
  if (tokens[k]?.lower === 'the') k++;
  return codesOf(index.mentionAt.get(k));
}

/**
 * For each invitation whose inviter is named, a `propose` of that inviter on the issue of each
 * stance that answers it: one whose evidence holds the invitation, or, in a sentence that tells a
 * meeting "at the invitation of" someone, each stance of that sentence on the meeting's issue.
 */
export function inviterPositions(doc: ParleyDocument, ctx: PipelineContext, found: Position[]): Position[] {
  const index = docIndex(doc, ctx);
  const { tokens } = index;
  const out: Position[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!INVITATION.test(tokens[i].lower)) continue;
    const inviters = uniq(inviterOf(index, i));
    if (inviters.length === 0) continue;
    const { from, to } = index.sentenceTokens[tokens[i].sentence];
    const sentence = { start: tokens[from].start, end: tokens[to - 1].end };
    // "at the invitation of Tarsia": the sentence's meeting is held on the inviter's offer.
    const atTheInvitation = tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.lower === 'at';
    for (const p of found) {
      const answers =
        (p.evidence.start <= tokens[i].start && p.evidence.end >= tokens[i].end) ||
        (atTheInvitation && p.evidence.start >= sentence.start && p.evidence.end <= sentence.end);
      if (!answers) continue;
      for (const actor of inviters)
        if (actor !== p.actor)
          out.push({
            start: p.start,
            end: p.end,
            actor,
            issue: p.issue,
            ...(p.about ? { about: p.about } : {}),
            stance: 'propose',
            evidence: p.evidence,
            provenance: { rule: 'position.invitation.inviter', cue: tokens[i].text, confidence: 0.55 },
          });
    }
  }
  return out;
}
