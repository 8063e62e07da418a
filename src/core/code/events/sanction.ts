/**
 * SANCTION: the act ("imposed sanctions on X", "expelled two Ormundi diplomats") and the noun
 * ("U.S. sanctions on Venezuela", "the sanctions imposed by X on …"): imposers and target.
 */

import { actorLexicon } from '../actors/lexicon.js';
import { cueWords } from '../actors/resolve-speaker.js';
import { longestNonOverlapping } from '../issues.js';
import { mentionsWithin } from '../textindex.js';
import { frontedDate, pickDate } from './dates.js';
import { MODAL, type Sentence, textSpan, uniq } from './mention.js';
import {
  actorsIn,
  agentOf,
  BE,
  firstPartyAfter,
  listAfter,
  NOT_MODIFIER,
  passiveAgent,
  SUBORDINATORS,
} from './participants.js';

/** Words before a measure that suppose it rather than tell it imposed ("any cut", "a possible ban"). */
const SUPPOSED_MEASURE = /^(any|possible|potential|eventual|hypothetical)$/;

/**
 * What was cut off goes to someone, is shared with someone or is someone's: "froze weapons
 * shipments to Veska", "suspended military aid to Veska" (the one after "to" is sanctioned),
 * "severed ties with Ormund" (the one after "with"), "froze the assets of three Ormundi generals"
 * (the owners, after "of"). The preposition that names the target after the cue's noun (codebook
 * `sanction_nouns_to`, `sanction_nouns_with`, `sanction_nouns_of`).
 */
function recipientPreposition(ctx: Sentence['ctx'], noun: string): string | undefined {
  if (cueWords(ctx, 'sanction_nouns_to').has(noun)) return 'to';
  if (cueWords(ctx, 'sanction_nouns_with').has(noun)) return 'with';
  if (cueWords(ctx, 'sanction_nouns_of').has(noun)) return 'of';
  if (cueWords(ctx, 'sanction_nouns_from').has(noun)) return 'from';
  return undefined;
}

// Words that end a verb's object and open a phrase of its own ("on Monday", "for buying …").
const OBJECT_ENDS = new Set([
  'on',
  'for',
  'over',
  'in',
  'at',
  'after',
  'amid',
  'following',
  'to',
  'from',
  'by',
  'as',
]);
const OBJECT_TOKENS = 6;

/** Where the object that starts at `from` ends: at the first word that opens another phrase. */
function objectEnd(tokens: Sentence['tokens'], from: number, to: number): number {
  let k = from;
  while (k < Math.min(to, from + OBJECT_TOKENS) && !OBJECT_ENDS.has(tokens[k].lower)) k++;
  return k;
}

// How far before an infinitive's "to" the verb of agreeing may stand ("agreed on Monday to").
export const AGREED_SPAN = 5;

/**
 * "its demand for all U.N. sanctions on Ormund to be restored", "demanding the restoration of all
 * sanctions on Ormund": sanctions asked for, none imposed. ("demands that the sanctions imposed by
 * X be lifted" tells sanctions in force: a demand whose clause opens with "that" is left.)
 */
function demandedBefore(tokens: readonly { lower: string }[], from: number, at: number): boolean {
  for (let j = Math.max(from, at - 8); j < at; j++)
    if (/^demand(s|ed|ing)?$/.test(tokens[j].lower) && tokens[j + 1]?.lower !== 'that') return true;
  return false;
}

/** An agree cue ("agreed to", "agreed on Monday to") stands just before the "to" at `at - 1`. */
export function agreedBefore(
  { list, from, tokens }: Pick<Sentence, 'list' | 'from' | 'tokens'>,
  at: number,
): boolean {
  return list('agree_cues').some(
    (a) =>
      a.start >= Math.max(from, at - 1 - AGREED_SPAN) &&
      a.start < at - 1 &&
      /^agree/.test(tokens[a.start].lower),
  );
}

/** Stance verbs that, after "and", open a clause of their own. */
const CLAUSE_VERB_LISTS = ['stance_demand', 'stance_propose', 'stance_accept', 'stance_reject'];

/**
 * "supported the designation and called for pressure on the Houthis": a verb of speech or stance
 * after "and" opens a second clause, whose "on" is not the sanction's target.
 */
function clauseVerbAt({ ctx, tokens, list }: Sentence, k: number): boolean {
  const word = tokens[k]?.lower ?? '';
  if (actorLexicon(ctx).verbs.has(word)) return true;
  return /ed$/.test(word) && CLAUSE_VERB_LISTS.some((n) => list(n).some((c) => c.start === k));
}

export function readSanction(sentence: Sentence) {
  const { doc, ctx, index, tokens, from, to, timexes, out } = sentence;
  const { list, cueText, modalBefore, negatedBefore } = sentence;
  const pushSanction = (
    evFrom: number,
    evTo: number,
    imposers: string[],
    target: string[],
    rule: string,
    cue: string,
    dateAt = evFrom,
  ) => {
    const date =
      pickDate(index, timexes, dateAt, undefined, 12, { since: true }) ?? frontedDate(index, timexes, from);
    out.push({
      type: 'SANCTION',
      actors: uniq([...imposers, ...target]),
      source: imposers,
      target,
      excluded: [],
      ...(date ? { date } : {}),
      evidence: textSpan(index, evFrom, evTo),
      rule,
      cue,
      otherSide: !imposers.length || !target.length,
    });
  };
  const overlapsCue = (name: string) => (c: { start: number; end: number }) =>
    list(name).some((l) => l.start < c.end && l.end > c.start);
  // "the demand to lift all sanctions on X", "the lifting of sanctions": relief, not a sanction.
  const lifted = overlapsCue('sanction_lifted');
  // "was found to have violated U.S. sanctions against Ormund": sanctions in force, broken.
  const broken = overlapsCue('sanction_broken');
  const causatives = cueWords(ctx, 'causative_verbs');
  const taken = cueWords(ctx, 'sanction_taken_verbs');
  // "to impose sanctions": an aim or a wish, unless a causative told it done ("caused Veska to
  // add Ormund to a list"; the causative's object, the clause's nearest party, imposes it).
  // "The EU agreed on Monday to impose new sanctions on Ormund": a sanction decided, its imposer
  // the one that agreed (agree.ts leaves it no AGREE of its own); "moved to reimpose sanctions":
  // the step taken, its imposer the one that moved ("moved on Thursday to reimpose" too).
  const infinitiveAim = (at: number) =>
    tokens[at - 1]?.lower === 'to' &&
    !tokens.slice(Math.max(from, at - 8), at - 1).some((t) => causatives.has(t.lower)) &&
    !tokens.slice(Math.max(from, at - 1 - AGREED_SPAN), at - 1).some((t) => taken.has(t.lower)) &&
    !agreedBefore(sentence, at);
  const nouns = cueWords(ctx, 'sanction_nouns');
  const authorBeforeNoun = (c: { start: number; end: number }) => {
    const author = index.mentionEndingAt.get(c.end - 1);
    return author?.kind === 'org' && author.start > c.start && nouns.has(tokens[c.end - 1].lower)
      ? author.codes
      : [];
  };
  for (const c of longestNonOverlapping(list('sanction_cues'))) {
    if (negatedBefore(c.start) || modalBefore(c.start, 4) || infinitiveAim(c.start)) continue;
    if (lifted(c) || broken(c)) continue;
    // "any cut to supplies would hurt Ormund", "a possible freeze of assets": a measure supposed,
    // none imposed.
    if (SUPPOSED_MEASURE.test(tokens[c.start - 1]?.lower ?? '')) continue;
    // "suspended trade talks": the noun names the talks, which are put off (consult.ts), not cut.
    if (list('consult_nouns').some((n) => n.start === c.end)) continue;
    if (
      tokens
        .slice(Math.max(from, c.start - 4), c.start)
        .some((t) => /^(threaten|call|urg|demand|push)/.test(t.lower))
    )
      continue;
    // "Ormund was sanctioned by Veska", "the group was designated as a terrorist organisation":
    // the subject is the target; the imposer is the passive's agent, else the story's other side.
    if (
      /ed$/.test(tokens[c.start].lower) &&
      tokens.slice(Math.max(from, c.start - 3), c.start).some((t) => BE.has(t.lower))
    ) {
      const targets = agentOf(doc, index, from, c.start);
      const by = passiveAgent(ctx, index, c.end, to).filter((a) => !targets.includes(a));
      if (targets.length)
        pushSanction(c.start, Math.min(to, c.end + 3), by, targets, 'event.sanction.passive', cueText(c));
      continue;
    }
    // "contacts that China severed": the relative clause's subject, named in the cue, imposes it.
    const relative = tokens.slice(c.start, c.end).some((t) => t.lower === 'that' || t.lower === 'which');
    const imposers = relative ? c.actors.flat() : agentOf(doc, index, from, c.start);
    let target: string[] = [];
    // "expelled two Ormundi diplomats": the party named inside the cue; but in "reimposed U.N.
    // sanctions" the body before the noun is the sanctions' author, not their target.
    if (!relative)
      target = actorsIn(ctx, index, c.start + 1, c.end).filter(
        (a) => !imposers.includes(a) && !authorBeforeNoun(c).includes(a),
      );
    const recipient = recipientPreposition(ctx, tokens[c.end - 1].lower);
    for (let i = c.end - 1; !relative && i < Math.min(to, c.end + 6) && !target.length; i++) {
      if (tokens[i].text === ',') break;
      if (
        ['on', 'against'].includes(tokens[i].lower) ||
        (i >= c.end && tokens[i].lower === recipient) ||
        (i === c.end - 1 && /^(sanctioned|expelled|of)$/.test(tokens[i].lower))
      ) {
        target = listAfter(ctx, index, i + 1, to).codes;
        // "sanctioned six Chinese companies on Monday for buying Iranian oil": the party whose
        // firms they are, named in the object (not a party of the phrases after it).
        if (!target.length && i === c.end - 1 && tokens[i].lower !== 'of')
          target = firstPartyAfter(index, i + 1, objectEnd(tokens, i + 1, to), imposers);
        // "imposed sanctions on two Ormundi oil companies", "froze the assets of three Ormundi
        // generals": the party whose firms or officers they are.
        if (
          !target.length &&
          (/^(on|against)$/.test(tokens[i].lower) || (i >= c.end && tokens[i].lower === recipient))
        )
          target = firstPartyAfter(index, i + 1, Math.min(to, i + 8), imposers);
        if (target.length) break;
      }
    }
    // "Veska and Ormund expelled their respective ambassadors": each the other's target.
    if (!target.length && !relative && imposers.length >= 2 && reciprocalAfter(sentence, c.start, c.end)) {
      pushSanction(c.start, Math.min(to, c.end + 3), imposers, [], 'event.sanction.reciprocal', cueText(c));
      continue;
    }
    // "China severed military contacts": with the story's other side.
    if (
      !imposers.length ||
      (!target.length && !relative && !/^(sever|suspend|cut|froze|freez|halt)/.test(tokens[c.start].lower))
    )
      continue;
    // (the relative clause dated from its verb: "that China severed after … in August 2022")
    pushSanction(
      c.start,
      Math.min(to, c.end + 3),
      imposers,
      target,
      'event.sanction',
      cueText(c),
      relative ? c.end - 1 : c.start,
    );
  }
  // A sanction named by its noun: "U.S. sanctions on Venezuela", "the sanctions imposed by the
  // United States and Europe on officials", "10% tariffs on $200 billion worth of Chinese goods".
  const owned = new Set(list('sanction_nouns_owned'));
  for (const c of longestNonOverlapping([...list('sanction_nouns'), ...owned])) {
    // The act read it already ("imposed sanctions on"), or set it aside ("called for … to impose").
    if (list('sanction_cues').some((v) => v.start <= c.start && v.end >= c.end)) continue;
    // ("warned of additional sanctions on Ormund", "lifted its threat of higher tariffs": a threat;
    // "New sanctions on Ormund took effect": new ones in force)
    const threat = tokens
      .slice(Math.max(from, c.start - 4), c.start)
      .filter((t) => /^(threat|warn|call|urg|push|new|more|further|additional|possible)/.test(t.lower));
    if (demandedBefore(tokens, from, c.start)) continue;
    const inForce = list('sanction_in_force').some(
      (f) => f.start >= c.end && f.start < Math.min(to, c.end + 12),
    );
    if (
      lifted(c) ||
      broken(c) ||
      (threat.length && !(inForce && threat.every((t) => /^(new|additional|further)$/.test(t.lower))))
    )
      continue;
    // Who imposes it: "U.S. sanctions", "Washington's sanctions", "… imposed by X".
    let imposers = mentionsWithin(index, from, c.start)
      .filter(
        (m) =>
          m.end >= c.start - 3 &&
          m.codes.length &&
          tokens
            .slice(m.end, c.start)
            .every((t) => t.lower === "'s" || (t.kind === 'word' && !NOT_MODIFIER.has(t.lower))),
      )
      .flatMap((m) => m.codes);
    // "U.S. restrictions on …", "Veska's export controls": only with its imposer named straight
    // before it.
    if (
      owned.has(c) &&
      !mentionsWithin(index, from, c.start).some(
        (m) =>
          m.codes.length && (m.end === c.start || (m.end === c.start - 1 && tokens[m.end].lower === "'s")),
      )
    )
      continue;
    let target: string[] = [];
    let namedBy = false;
    for (let i = c.end; i < Math.min(to, c.end + 12); i++) {
      const w = tokens[i].lower;
      if (w === ';' || w === 'that' || SUBORDINATORS.has(w)) break;
      if (w === 'and' && clauseVerbAt(sentence, i + 1)) break;
      if (w === 'by' && !imposers.length) {
        const l = listAfter(ctx, index, i + 1, to);
        imposers = l.codes;
        namedBy = l.codes.length > 0;
        if (l.end > i + 1) i = l.end - 1;
      } else if ((w === 'on' || w === 'against') && !target.length) {
        target = listAfter(ctx, index, i + 1, to).codes;
        // "on $200 billion worth of Chinese goods", "against Iran's Revolutionary Guard"
        if (!target.length) target = firstPartyAfter(index, i + 1, Math.min(to, i + 8));
      }
    }
    // "the sanctions imposed by the United States and Europe on officials": its target is
    // whoever the clause is about (or the story's other side).
    const byImposers = namedBy && !target.length;
    if (!target.length && !byImposers) continue;
    // "sanctions on North Korea could be raised": talk of sanctions, not their imposition.
    if (tokens.slice(c.end, Math.min(to, c.end + 8)).some((t) => MODAL.has(t.lower))) continue;
    if (byImposers) target = agentOf(doc, index, from, c.start).filter((a) => !imposers.includes(a));
    if (!imposers.length) imposers = agentOf(doc, index, from, c.start);
    imposers = imposers.filter((a) => !target.includes(a));
    pushSanction(c.start, Math.min(to, c.end + 6), imposers, target, 'event.sanction.noun', cueText(c));
  }
}

/** A word of a measure taken against each other ("their respective ambassadors", "each other's
 * diplomats") among the cue's words or the three after it (codebook `reciprocal_markers`). */
function reciprocalAfter({ ctx, tokens, to }: Sentence, start: number, end: number): boolean {
  const markers = cueWords(ctx, 'reciprocal_markers');
  for (let k = start; k < Math.min(to, end + 3); k++) {
    const w = tokens[k].lower;
    if (!markers.has(w)) continue;
    // ("each other's", "one another's": the pair of words; "respective", "mutual" alone)
    if (w === 'each' || w === 'one') {
      if (/^(other|another)$/.test(tokens[k + 1]?.lower ?? '')) return true;
    } else return true;
  }
  return false;
}
