/**
 * The party of a text or collective that speaks for a meeting: "said a joint statement issued
 * after talks between Veska, Ormund and Tarsia", "the statement said" after "Tarsia hosted talks
 * with Veska and Ormund", "stakeholders announced after the meeting". Such a speaker speaks for
 * the participants of the meeting the story tells — the CONSULT event in its sentence, else the
 * last one told before it, of two parties or more. Read once the events are known (the actors
 * stage, which resolves speakers, comes before them).
 *
 * It gives a party to such a speaker that has none, and widens a joint text's pair (the two
 * parties the story is about) to the meeting's participants when these hold the pair and more. A
 * joint text whose issuers the text names ("a joint statement from Veska and Ormund") keeps them.
 */

import type { NegotiationEvent, ParleyDocument, PipelineContext, Statement } from '../../model.js';
import { cueWords, jointlyActedParties, textNoun } from '../actors/resolve-speaker.js';
import { docIndex } from '../textindex.js';
import { mediatorsOf } from './parties.js';

/** "a joint statement from …", "… issued by …": a text whose issuers are named with it. */
const ISSUERS_AFTER = /^\s+(?:from|by|of|between|issued by|signed by)\s/i;

const lowerWords = (name: string) =>
  name
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w);

/**
 * Whether a speaker's words name a text or collective of a meeting (codebook `meeting_speakers`),
 * after an article and one modifier (codebook `joint_text_modifiers`: "the final communique"). An
 * indefinite text speaks for the meeting only as a joint one ("a joint statement"; "a statement"
 * is anyone's). Undefined when not; else whether it is a joint text.
 */
export function meetingSpeaker(name: string, ctx: PipelineContext): { joint: boolean } | undefined {
  const { article, noun } = textNoun(lowerWords(name.replace(/[’']/g, "'")), ctx);
  if (!cueWords(ctx, 'meeting_speakers').has(noun)) return undefined;
  const joint = noun.split(' ')[0] === 'joint';
  if ((article === 'a' || article === 'an') && !joint) return undefined;
  return { joint };
}

/** The event of `type` a speaker at `at` speaks for: one of two parties or more in its sentence,
 * else the last one told before it; an agreement, else the first told after it. */
function eventOf(doc: ParleyDocument, at: number, type: 'CONSULT' | 'AGREE'): NegotiationEvent | undefined {
  const meetings = (doc.events ?? []).filter((e) => e.type === type && e.actors.length >= 2);
  const sentence = doc.sentences.find((s) => s.start <= at && at < s.end);
  if (sentence) {
    const here = meetings.find((e) => e.evidence.start >= sentence.start && e.evidence.start < sentence.end);
    if (here) return here;
  }
  let last: NegotiationEvent | undefined;
  for (const e of meetings)
    if (e.evidence.start < at && (!last || e.evidence.start > last.evidence.start)) last = e;
  if (last || type === 'CONSULT') return last;
  // "according to the agreement" before the story tells who signed it: the first one after.
  return meetings.reduce<NegotiationEvent | undefined>(
    (first, e) => (!first || e.evidence.start < first.evidence.start ? e : first),
    undefined,
  );
}

/**
 * Whether a speaker's words name the text of an agreement (codebook `agreement_text_speakers`: "the
 * agreement", "the ceasefire deal"), after "the" and one modifier (codebook `joint_text_modifiers`).
 */
export function agreementSpeaker(name: string, ctx: PipelineContext): boolean {
  const { article, noun } = textNoun(lowerWords(name), ctx);
  return article === 'the' && cueWords(ctx, 'agreement_text_speakers').has(noun);
}

/**
 * Gives the statements spoken by a meeting's text or collective the meeting's participants, and
 * those spoken by an agreement's text ("the agreement says") the parties of the agreement (AGREE)
 * in its sentence, else of the last one told before it, in place of the story's pair.
 */
export function meetingSpeakerParties(doc: ParleyDocument, ctx: PipelineContext): void {
  for (const s of doc.statements ?? []) {
    const span = s.speakerSpan;
    if (!span) continue;
    if (ISSUERS_AFTER.test(doc.text.slice(span.end, span.end + 12))) continue;
    const name = doc.text.slice(span.start, span.end);
    // "The mediators said …": the parties the story says mediate ("talks mediated by X and Y").
    if (s.actor === null && cueWords(ctx, 'mediator_speakers').has(lowerWords(name).join(' '))) {
      const mediators = [...mediatorsOf(docIndex(doc, ctx))];
      if (mediators.length) {
        s.actor = mediators.length === 1 ? mediators[0] : mediators;
        s.provenance = { ...s.provenance, rule: `${s.provenance.rule}+party.mediators` };
      }
      continue;
    }
    if (agreementSpeaker(name, ctx) && (s.actor === null || Array.isArray(s.actor))) {
      const deal = eventOf(doc, span.start, 'AGREE');
      if (deal) {
        s.actor = [...deal.actors];
        s.provenance = { ...s.provenance, rule: `${s.provenance.rule}+party.agreement` };
      }
      continue;
    }
    const kind = meetingSpeaker(name, ctx);
    if (!kind) continue;
    const meeting = eventOf(doc, span.start, 'CONSULT');
    if (!meeting) continue;
    if (!widens(s, meeting, kind.joint)) continue;
    // ("X and Y jointly called for a truce. The joint statement says": its issuers are known)
    if (kind.joint && jointlyActedParties(doc, span)) continue;
    s.actor = [...meeting.actors];
    s.provenance = { ...s.provenance, rule: `${s.provenance.rule}+party.meeting` };
  }
}

/**
 * A speaker with no party takes the meeting's. So does a joint text's pair (the two parties the
 * story is about, a guess from the whole article): the meeting told is firmer evidence of who
 * issued it, whether it holds the pair and more ("a joint statement" after talks of A, B and C)
 * or another pair (a joint statement after talks of the United States with one side of a war).
 */
function widens(s: Statement, meeting: NegotiationEvent, joint: boolean): boolean {
  if (s.actor === null) return true;
  if (!joint || !Array.isArray(s.actor) || s.actor.length < 2) return false;
  const held = s.actor;
  return meeting.actors.length !== held.length || held.some((c) => !meeting.actors.includes(c));
}
