/**
 * Every event mention of a document: sentence by sentence, the cues found there are read by the
 * reader of each event type (consult.ts, agree.ts, sanction.ts, accuse.ts, directed.ts).
 */

import type { ParleyDocument, PipelineContext, Timex } from '../../model.js';
import { within } from '../../sorted.js';
import { cueWords } from '../actors/resolve-speaker.js';
import {
  type DocIndex,
  docIndex,
  EVENT_TRIGGER_LISTS,
  mentionsWithin,
  tokenAtOrAfter,
} from '../textindex.js';
import { readAccuse } from './accuse.js';
import { readAgree } from './agree.js';
import { readAttendance, readCeremony, readConsult } from './consult.js';
import { isDateline } from './dates.js';
import { readDirected } from './directed.js';
import { type Cue, type EventMention, MODAL, NEGATION, type Sentence } from './mention.js';
import { agentOf } from './participants.js';
import { readSanction } from './sanction.js';

const NO_CUES: Cue[] = [];

/** The cue lists whose words can start an event mention ("a truce between X and Y": a deal noun). */
const TRIGGERS = new Set([...EVENT_TRIGGER_LISTS, 'deal_nouns']);

// "if these answers are positive, we can sign", "until Kim agrees": a condition, not an act.
const CONDITIONS = new Set(['if', 'unless', 'until', 'whether']);
// What may stand before a condition that opens a clause ("If X agrees, we sign", "said that if …",
// "…, unless …"): its clause governs the rest of the sentence. After any other word ("doubts about
// whether X would attend, after criticising Y"), the condition ends at the next comma.
const CLAUSE_OPENERS = new Set([',', ';', ':', '"', '“', '‘', "'", 'that', 'and', 'but', 'or', 'so']);
const CLAUSE_BREAKS = new Set([',', ';']);

/**
 * The first token of a condition at token k, or -1: a word of CONDITIONS, "as soon as" (k its
 * last "as"), or "once" before a subject ("will take effect once Ormund agrees"; "had once
 * agreed", "once again" tell a time).
 */
function conditionStart(tokens: DocIndex['tokens'], from: number, k: number, at: number): number {
  const w = tokens[k].lower;
  if (CONDITIONS.has(w)) return k;
  if (w === 'as' && k - 2 >= from && tokens[k - 1].lower === 'soon' && tokens[k - 2].lower === 'as')
    return k - 2;
  if (w === 'once' && k + 1 < at && !ONCE_TIMES.has(tokens[k + 1].lower)) return k;
  return -1;
}
const ONCE_TIMES = new Set(['again', 'more', 'before', 'or']);

/** A condition in tokens [from, at) governs `at`: one that opens a clause, or one since the last comma. */
export function conditionBefore(tokens: DocIndex['tokens'], from: number, at: number): boolean {
  let embedded = false;
  for (let k = at - 1; k >= from; k--) {
    if (CLAUSE_BREAKS.has(tokens[k].lower)) embedded = true;
    const start = conditionStart(tokens, from, k, at);
    if (start < 0) continue;
    if (!embedded || start === from || CLAUSE_OPENERS.has(tokens[start - 1].lower)) return true;
  }
  return false;
}

// "The US previously designated the group", "had formerly agreed": an occurrence before the
// story's, told as such by one of the codebook's previously_adverbs (an auxiliary may stand between).
const PREVIOUS_AUX = new Set(['has', 'have', 'had']);

function toldAsPrevious(
  tokens: DocIndex['tokens'],
  from: number,
  at: number,
  previously: ReadonlySet<string>,
): boolean {
  let k = at - 1;
  if (k > from && PREVIOUS_AUX.has(tokens[k].lower)) k--;
  return k >= from && previously.has(tokens[k].lower);
}

/**
 * Parties that met (a verb) in a month that "and" joins to another ("met in April and May"): the
 * other month, a meeting of its own (talks told by a noun may run over both: "the first cycle of
 * talks took place in November and December").
 */
function otherMonth(index: DocIndex, timexes: Timex[], m: EventMention): string | undefined {
  if (m.type !== 'CONSULT' || m.status !== 'held' || m.date?.length !== 7) return undefined;
  if (!m.rule.startsWith('event.consult.verb')) return undefined;
  const t = timexes.find((x) => x.value === m.date && x.precision === 'month');
  if (!t) return undefined;
  const k = tokenAtOrAfter(index.tokens, t.end);
  if (index.tokens[k]?.lower !== 'and') return undefined;
  const next = timexes.find((x) => x.precision === 'month' && x.start === index.tokens[k + 1]?.start);
  return next && next.value !== m.date ? next.value : undefined;
}

/**
 * "The United States reached separate agreements with Ukraine and Russia", "Kallas met separately
 * with Vucic and Kurti", "held bilateral meetings with Lavrov and Qin": the subject's event with
 * each party listed, not one of them all.
 */
function splitSeparate(sentence: Sentence): void {
  const { doc, ctx, index, tokens, from, to, out, sentenceOut } = sentence;
  // (the codebook's apart_markers: "separately", "bilateral")
  const apartWords = cueWords(ctx, 'apart_markers');
  const told = out.length;
  for (let i = sentenceOut; i < told; i++) {
    const m = out[i];
    if ((m.type !== 'CONSULT' && m.type !== 'AGREE') || m.actors.length < 3) continue;
    const k = tokenAtOrAfter(tokens, m.evidence.start);
    let word = Math.max(from, k - 1);
    while (word < Math.min(to, k + 6) && !apartWords.has(tokens[word].lower)) word++;
    if (word >= Math.min(to, k + 6)) continue;
    const subject = agentOf(doc, index, from, word).filter((a) => m.actors.includes(a));
    const others = m.actors.filter((a) => !subject.includes(a));
    if (!subject.length || others.length < 2) continue;
    out[i] = { ...m, actors: [...subject, others[0]] };
    for (const other of others.slice(1)) out.push({ ...m, actors: [...subject, other] });
  }
}

const mentionsCache = new WeakMap<
  ParleyDocument,
  { index: DocIndex; timexes: Timex[]; mentions: EventMention[] }
>();

/**
 * "mediated by the OSCE", "brokered by Qatar": a party named as the agent of a participle; "the
 * participants at the Vienna meeting", "the parties in Doha": a place the collective met at. No
 * subject either way.
 */
function byAgentOrPlace(tokens: DocIndex['tokens'], start: number): boolean {
  const k = tokens[start - 1]?.lower === 'the' ? start - 2 : start - 1;
  return /^(by|at|in)$/.test(tokens[k]?.lower ?? '');
}

/** Some token of [from, to) is one of `words` (a loop: no slice of the tokens per question). */
function anyIn(tokens: DocIndex['tokens'], from: number, to: number, words: ReadonlySet<string>): boolean {
  // As `tokens.slice(from, to)` reads its bounds.
  const end = to < 0 ? tokens.length + to : Math.min(to, tokens.length);
  for (let k = Math.max(0, from); k < end; k++) if (words.has(tokens[k].lower)) return true;
  return false;
}

/** Every event mention of the document, before mentions of one event are merged. */
export function findEventMentions(doc: ParleyDocument, ctx: PipelineContext): EventMention[] {
  const index = docIndex(doc, ctx);
  const hit = mentionsCache.get(doc);
  if (hit && hit.index === index && hit.timexes === doc.timexes) return hit.mentions;
  const { tokens } = index;
  const previously = cueWords(ctx, 'previously_adverbs');
  const out: EventMention[] = [];
  let cursor = 0;
  for (let s = 0; s < index.sentenceTokens.length; s++) {
    const { from, to } = index.sentenceTokens[s];
    if (to <= from) continue;
    while (cursor < index.cues.length && index.cues[cursor].start < from) cursor++;
    const cues: Cue[] = [];
    for (let c = cursor; c < index.cues.length && index.cues[c].start < to; c++) cues.push(index.cues[c]);
    // Most sentences tell no event: nothing to read without a word that could start one.
    if (!cues.some((c) => TRIGGERS.has(c.pattern.payload))) continue;
    const byList = new Map<string, Cue[]>();
    for (const c of cues) {
      const l = byList.get(c.pattern.payload);
      if (l) l.push(c);
      else byList.set(c.pattern.payload, [c]);
    }
    const list = (name: string): Cue[] => byList.get(name) ?? NO_CUES;
    const sStart = tokens[from].start;
    const sEnd = tokens[to - 1].end;
    // The timexes are in text order (the dates stage reads sentence after sentence).
    const timexes = within(doc.timexes, sStart, sEnd).filter((t) => !isDateline(doc, t));
    const sentenceOut = out.length;
    const cueText = (c: Cue) => doc.text.slice(tokens[c.start].start, tokens[c.end - 1].end);
    const near = (name: string, a: number, b: number) => list(name).some((c) => c.start >= a && c.start < b);
    const modalBefore = (at: number, span = 3) => anyIn(tokens, Math.max(from, at - span), at, MODAL);
    // ("don't always agree": a contraction is one token)
    const negatedBefore = (at: number) =>
      anyIn(tokens, Math.max(from, at - 3), at, NEGATION) ||
      tokens.slice(Math.max(from, at - 3), at).some((t) => /n['’]t$/.test(t.lower));
    // "If these answers are positive, we can sign": a condition, not a deal.
    const conditionalBefore = (at: number) => conditionBefore(tokens, from, at);
    // "The warring parties had agreed", "the four emerged …, all agreeing": the story's sides.
    // A one-word collective ("parties", "sides") stands for the story's sides only as "the
    // parties" ("political parties" are others).
    const collectiveBefore = (at: number) =>
      list('collective_parties').some(
        (k) =>
          k.end <= at &&
          (k.end - k.start > 1 || tokens[k.start - 1]?.lower === 'the') &&
          // ("the parties, mediated by the OSCE, agreed": the mediator is no subject, nor is the
          // place they met at)
          !mentionsWithin(index, k.start, at).some((m) => m.codes.length && !byAgentOrPlace(tokens, m.start)),
      );
    const sentence: Sentence = {
      doc,
      ctx,
      index,
      tokens,
      from,
      to,
      cues,
      list,
      sStart,
      timexes,
      out,
      sentenceOut,
      cueText,
      near,
      modalBefore,
      negatedBefore,
      conditionalBefore,
      collectiveBefore,
    };
    readConsult(sentence);
    readCeremony(sentence);
    readAttendance(sentence);
    readAgree(sentence);
    readSanction(sentence);
    readAccuse(sentence);
    readDirected(sentence);
    for (let i = sentenceOut; i < out.length; i++)
      if (toldAsPrevious(tokens, from, tokenAtOrAfter(tokens, out[i].evidence.start), previously))
        out[i].previously = true;
    splitSeparate(sentence);
    // "The two met on the border in April and May": a meeting in each month.
    const told = out.length;
    for (let i = sentenceOut; i < told; i++) {
      const other = otherMonth(index, timexes, out[i]);
      if (other) out.push({ ...out[i], date: other });
    }
  }
  mentionsCache.set(doc, { index, timexes: doc.timexes, mentions: out });
  return out;
}
