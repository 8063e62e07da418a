/**
 * Stage `positions`: each party's stance on each issue, from statements and from the reporter's
 * own sentences ("Zelenskiy has consistently demanded NATO membership").
 *
 * For every issue pattern found in a sentence (codebooks/issues.yaml) the stage looks for the cue
 * that governs it (codebooks/stance.yaml: the nearest stance cue before it in its clause, or a
 * judging cue after it: "…, which both men say they want"), then composes the polarity:
 *   cue polarity  XOR  an odd number of negators in the cue's scope  XOR  a pattern that states
 *   the opposite of the proposition ("behind Ukraine's back").
 * So "will not accept any deal imposed without its consent" is for inclusion (a demand), "it was
 * not enough for NATO not to admit Ukraine" is against membership ("not enough" asks for more in
 * the direction of its clause). The holder is, in order: the party accused of the stance ("X
 * accused Y of ruling out …" → Y, with X as the source), every party of a joint or collective
 * stance ("both men say they want"), the statement's party, or the clause's grammatical subject.
 */

import type {
  ParleyDocument,
  PipelineContext,
  Position,
  Span,
  Stage,
  Stance,
  Statement,
  Timex,
  Token,
} from '../model.js';
import { startingIn, within } from '../sorted.js';
import { cueWords } from './actors/resolve-speaker.js';
import { COUNT_WORDS } from './dates.js';
import {
  answerPositions,
  criticismRebutted,
  dealPositions,
  deniedProposal,
  meetingAsSetting,
} from './deals.js';
import { pronounSubjectBefore, reportedByNamedPerson, uniq } from './events/mention.js';
import { partiesInPlay } from './events/parties.js';
import { inviterPositions } from './invitations.js';
import { issuesBySentence } from './issue-parties.js';
import {
  type CompiledPattern,
  cached,
  compilePattern,
  type IssuePayload,
  longestNonOverlapping,
  type PhraseMatch,
  preferTight,
} from './issues.js';
import { referenceIssues, referenceMatches } from './references.js';
import { readStance, type StanceCandidate, type StanceReading, stanceCandidates } from './stance-model.js';
import { summitPositions } from './summits.js';
import {
  type ActorMention,
  type DocIndex,
  docIndex,
  FINITE_BE,
  GROUP_NOUNS,
  listFrom,
  mentionsEndingAt,
  mentionsWithin,
  namesAPlace,
  PRESSING_VERBS,
  pressedBy,
  statementActorsAt,
  subjectBefore,
  tokenAtOrAfter,
  tokenRange,
} from './textindex.js';

/** The cue lists of codebooks/stance.yaml that state a stance, with the stance each states. */
export const STANCE_LISTS: Record<string, Stance | 'more'> = {
  stance_demand: 'demand',
  stance_propose: 'propose',
  stance_accept: 'accept',
  stance_open: 'open',
  stance_joint_open: 'open',
  stance_joint_after: 'open',
  stance_joint_done: 'accept',
  stance_reject: 'reject',
  stance_more: 'more',
};

/** Cues whose holder is the speaker even when the clause has another subject ("X must …"). */
const SPEAKER_MODALS = new Set([
  'must',
  'should',
  'need',
  'needs',
  'needed',
  'has',
  'have',
  'had',
  'ought',
  'there',
  'would',
  'will',
]);

/** Tokens after a cue within which an issue counts as governed. */
export const MAX_CUE_DISTANCE = 10;
/** Talks held together: open for each party at the table, and only for such a table. */
const JOINT_OPEN = 'stance_joint_open';
/** Events that tell a table and its parties: a meeting, or an agreement reached there. */
const MEETING_TYPES = new Set(['CONSULT', 'AGREE']);
/** How many sentences back a collective ("the participants", "they") still stands for a table told. */
const TABLE_REACH = 2;
/** The same, for a topic named right before the talks ("border talks"): never a cue before an issue. */
const JOINT_AFTER = 'stance_joint_after';
/** What the parties named in a meeting or swap did together ("the meeting between X and Y ended"). */
const JOINT_DONE = 'stance_joint_done';
/** Joint cues that only judge what precedes them: they neither govern nor take an object. */
const AFTER_ONLY = new Set([JOINT_AFTER, JOINT_DONE]);
const isJoint = (c: Cue) => c.pattern.payload === JOINT_OPEN || AFTER_ONLY.has(c.pattern.payload);
const OFFER_MODALS = new Set(['would', 'will', "'ll", 'could', "'d", '’d', '’ll']);
/**
 * "Russia and China, which signed the 2015 deal, have rejected …": a time inside a relative clause
 * closed before the cue dates that clause, not the stance.
 */
function inRelativeBefore(index: DocIndex, from: number, cueAt: number, offset: number): boolean {
  const { tokens } = index;
  for (let k = from + 1; k < cueAt; k++) {
    if (tokens[k - 1].lower !== ',' || !RELATIVE_PRONOUNS.has(tokens[k].lower)) continue;
    let close = k + 1;
    while (close < cueAt && tokens[close].lower !== ',') close++;
    if (close < cueAt && tokens[k].start <= offset && offset < tokens[close].start) return true;
  }
  return false;
}

/** A modal of ability denied ("cannot", "could not"): said of another party's act, a prohibition. */
const CANNOT = new Set(['cannot', "can't", 'can’t', 'could', "couldn't", 'couldn’t', 'can', 'not']);
const MODAL_OFFER = compilePattern('would', 'stance_propose');
const ACT_DONE = compilePattern('did', 'stance_accept');
const ACT_AUXILIARIES = new Set(['has', 'have', 'had', 'did', 'does']);
/** Prepositions that open a time or a setting, never a cue's object ("demanding since the truce"). */
const TIME_PREPOSITIONS = new Set(['since', 'during', 'throughout', 'amid']);
const BACKGROUND_SUBORDINATORS = new Set([
  'after',
  'since',
  'before',
  'when',
  'until',
  'following',
  'once',
  'as',
]);
/** Past forms that do not end in -ed, for verbs that issue patterns open with. */
const IRREGULAR_PAST = new Set(
  'withdrew sent froze took gave made began held met struck brought paid set cut put let kept left drew broke won sought bought sold freed hit'.split(
    ' ',
  ),
);

/**
 * Is `word`, the first token of an issue match, a finite verb of the pattern? A pattern opens with a
 * verb when its first alternatives list inflected forms ("lift|lifting|lifts|lifted"), or with a
 * verb prefix ("withdraw*") matched by a past or third-person form.
 */
function finiteVerbAt(word: string, pattern: CompiledPattern<IssuePayload>): boolean {
  const first = pattern.elements[0];
  if (first?.kind !== 'word' || word.endsWith('ing')) return false;
  const inflected = [...first.exact].some((w) => w.endsWith('ed') || w.endsWith('ing'));
  if (inflected && first.exact.has(word))
    return word.endsWith('ed') || word.endsWith('s') || IRREGULAR_PAST.has(word);
  return first.prefixes.length > 0 && (/(ed|es)$/.test(word) || IRREGULAR_PAST.has(word));
}

/**
 * "said it was adding Huawei to its Entity List", "Veska is lifting the sanctions": the act told
 * in the progressive, right after its subject (a party or a pronoun) and "is|was", is under way,
 * and so done as much as "has added". The pattern must open with the -ing form of a verb.
 */
function progressiveAct(index: DocIndex, from: number, act: number, m: PhraseMatch<IssuePayload>): boolean {
  const { tokens } = index;
  const word = tokens[m.start].lower;
  const first = m.pattern.elements[0];
  if (act - 1 < from || !FINITE_BE.has(tokens[act].lower) || !word.endsWith('ing')) return false;
  if (first?.kind !== 'word' || !(first.exact.has(word) || first.prefixes.length > 0)) return false;
  return (
    SUBJECT_PRONOUNS.has(tokens[act - 1].lower) || mentionsEndingAt(index, act).some((x) => x.codes.length)
  );
}
const NOUN_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'any',
  'all',
  'its',
  'their',
  'his',
  'her',
  'that',
  'this',
  'these',
  'those',
  'such',
]);
/** Words that qualify a stance noun ("opposes UNILATERAL efforts", "rejected the LATEST proposal"). */
const NOUN_QUALIFIERS =
  /^(new|latest|fresh|final|recent|further|renewed|repeated|so-called|peace|joint|formal|any|.+(al|ic|ive|ous|ful|ary|ent|ant))$/;

/** A possessive ending at token `k`: "'s", or the bare apostrophe of a plural ("the mediators'"). */
const isPossessive = (index: DocIndex, k: number) =>
  index.tokens[k].lower === "'s" ||
  (index.tokens[k].lower === "'" &&
    index.tokens[k - 1].kind === 'word' &&
    index.tokens[k - 1].lower.endsWith('s') &&
    index.tokens[k - 1].end === index.tokens[k].start);

/**
 * A cue that is the object of another ("rejected calls for new elections", "welcomed the
 * proposal for a truce"): the outer verb carries the holder's stance.
 */
function outerCue(index: DocIndex, stanceCues: Cue[], c: Cue): Cue {
  let k = c.start - 1;
  // "accept a U.S. proposal for …": determiners and the noun's possessor stand between them.
  const innerKind = STANCE_LISTS[c.pattern.payload];
  const modal = modalDemandOver(index, stanceCues, c);
  if (modal) return modal;
  const insisted = demandOverModal(index, stanceCues, c);
  if (insisted) return insisted;
  for (;;) {
    // "refused to discuss", "withdrew its offer to discuss": an infinitive under another cue.
    if (
      k >= 0 &&
      (NOUN_DETERMINERS.has(index.tokens[k].lower) ||
        (c.start - k <= 2 &&
          NOUN_QUALIFIERS.test(index.tokens[k].text) &&
          index.tokens[k].text === index.tokens[k].lower) ||
        (index.tokens[k].lower === 'to' && innerKind === 'open'))
    )
      k--;
    else if (k > 0 && isPossessive(index, k)) {
      // "refused Mr. Kim's demand to lift …": past the possessor, resolved or not.
      const possessor = mentionsEndingAt(index, k)[0];
      if (possessor) k = possessor.start - 1;
      else {
        // A name the actors stage could not place ("Mr. Kim's"): its capitalised words; else a
        // common noun ("did not accept the mediators' proposal", "rejected the government's offer").
        const end = k;
        while (k > 0 && end - k < 4 && /^\p{Lu}/u.test(index.tokens[k - 1].text)) k--;
        if (k === end && index.tokens[k - 1].kind !== 'word') break;
        k = k === end ? k - 2 : k - 1;
      }
      while (k >= 0 && /^(mr|mrs|ms|dr|mr\.|mrs\.|ms\.|dr\.|\.)$/.test(index.tokens[k].lower)) k--;
    } else {
      // A bare name before a modal is its subject, not a noun's owner ("insisted that Kyiv must
      // recognise …": the speaker demands; Kyiv is only asked).
      if (SPEAKER_MODALS.has(index.tokens[c.start].lower)) break;
      const possessor = mentionsEndingAt(index, k + 1).find((x) => x.codes.length);
      if (!possessor) break;
      k = possessor.start - 1;
      if (index.tokens[k + 1 + (possessor.end - possessor.start)]?.lower === "'s") k = possessor.start - 1;
    }
  }
  const outer = stanceCues.find((o) => o !== c && o.end === k + 1);
  const kind = innerKind;
  const outerRejects = outer && STANCE_LISTS[outer.pattern.payload] === 'reject';
  if (outer && (kind === 'demand' || kind === 'propose' || (kind === 'open' && outerRejects))) {
    innerOf.set(outer, c);
    return outer;
  }
  return c;
}

/**
 * "North Korea must agree to abandon …", "Kyiv should accept …" in a statement: the speaker demands
 * it; the party named is only the one asked to act.
 */
function modalDemandOver(index: DocIndex, stanceCues: Cue[], c: Cue): Cue | undefined {
  const kind = STANCE_LISTS[c.pattern.payload];
  if (kind !== 'accept' && kind !== 'propose' && kind !== 'open') return undefined;
  if (index.statementOf[c.start] < 0) return undefined;
  let k = c.start - 1;
  while (k >= 0 && /^(also|first|now|still|then)$|ly$/.test(index.tokens[k].lower)) k--;
  return stanceCues.find(
    (o) =>
      o.end === k + 1 &&
      STANCE_LISTS[o.pattern.payload] === 'demand' &&
      SPEAKER_MODALS.has(index.tokens[o.start].lower) &&
      !saysNot(index, o),
  );
}

/** How many words may stand between "that" and the modal of its clause ("that any new deal must"). */
const THAT_SUBJECT_REACH = 6;

/**
 * "Ormund remained adamant that any deal must guarantee …": a modal demand in a "that" clause of
 * another demand cue is that cue's content, so the one who insists holds it, not the clause's
 * subject (a deal asks nothing) nor the one who reports it.
 */
function demandOverModal(index: DocIndex, stanceCues: Cue[], c: Cue): Cue | undefined {
  const { tokens } = index;
  if (!SPEAKER_MODALS.has(tokens[c.start].lower) || saysNot(index, c)) return undefined;
  for (let k = c.start - 1; k >= Math.max(0, c.start - 1 - THAT_SUBJECT_REACH); k--) {
    if (tokens[k].kind !== 'word') return undefined;
    if (tokens[k].lower !== 'that') continue;
    // (the cue may hold the "that" itself: "adamant that")
    return stanceCues.find(
      (o) => (o.end === k || o.end === k + 1) && o !== c && STANCE_LISTS[o.pattern.payload] === 'demand',
    );
  }
  return undefined;
}

/** Is token `k` one word of a party's mention ("Israeli", "Veskan")? */
const partyWordAt = (index: DocIndex, k: number) =>
  index.mentions.some((x) => x.start <= k && k < x.end && x.codes.length > 0);

/** A cue written with a negation in it ("must not", "shouldn't"). */
const saysNot = (index: DocIndex, c: Cue) =>
  index.tokens.slice(c.start, c.end).some((t) => t.lower === 'not' || t.lower.endsWith("n't"));

/**
 * The stance a cue of `kind` gives an issue after `negated` (an odd number of negations of the
 * cue) and the issue's own polarity: against it is a reject; for it, after a refusal or a negation,
 * a demand ("has long refused to give up X", "never abandoned X"); else the cue's own kind.
 */
function stanceThrough(kind: Stance, negated: boolean, issueNegated: boolean): Stance {
  const pro = ((kind !== 'reject') !== negated) !== issueNegated;
  return !pro ? 'reject' : kind === 'reject' || negated ? 'demand' : kind;
}

/** How many tokens a short name in brackets may have ("(AU)", "(M23)", "(E3)"). */
const SHORT_NAME_TOKENS = 3;

/**
 * "The African Union (AU) imposed sanctions": the party named right before the verb, with its
 * short name in brackets between them (`close`: the closing bracket's token).
 */
function partyWithShortName(index: DocIndex, from: number, close: number): boolean {
  if (index.tokens[close]?.text !== ')') return false;
  for (let open = close - 1; open >= Math.max(from, close - 1 - SHORT_NAME_TOKENS); open--)
    if (index.tokens[open].text === '(') return mentionsEndingAt(index, open).some((x) => x.codes.length > 0);
  return false;
}

/** The cue noun an outer verb governs ("a U.S. PROPOSAL"), to credit its possessor too. */
const innerOf = new WeakMap<Cue, Cue>();
const COORD = new Set(['and', 'or', ',', 'nor', 'as', 'well', 'the', 'a', 'an', 'any', 'its', 'their']);
/** What may open the next item of a list of objects ("three goals: a national truce, FULL access"). */
const LIST_QUALIFIER =
  /^(:|full|complete|total|immediate|unhindered|unconditional|permanent|lasting|safe|free|direct|new|further|.+(al|ic|ive|ous|ful|ary|ent|ant))$/;
/** Words that join a second object to the first as its companion ("coupled with", "along with"). */
const ACCOMPANYING = new Set(['accompanied', 'coupled', 'combined', 'together', 'along', 'alongside']);
const QUANTIFIERS = new Set(['some', 'all', 'more', 'several', 'partial']);

/**
 * "agree on a halt in the fighting, accompanied by some military withdrawals": what comes with the
 * first object is agreed with it, so the cue governs both (`sep`: the words between the two).
 */
function accompaniedBy(sep: string[]): boolean {
  let i = sep[0] === ',' ? 1 : 0;
  if (!ACCOMPANYING.has(sep[i] ?? '')) return false;
  if (sep[i + 1] === 'by' || sep[i + 1] === 'with') i += 2;
  else if (sep[i] === 'alongside') i += 1;
  else return false;
  return sep.slice(i).every((w) => COORD.has(w) || QUANTIFIERS.has(w) || LIST_QUALIFIER.test(w));
}
const CLAUSE_CONJ = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'yet']);
/** Conjunctions that open a new clause even without a comma before them. */
const ALWAYS_CLAUSE = new Set(['but', 'whereas', 'although', 'though']);
const DETERMINERS = new Set(['the', 'a', 'an', 'any', 'its', 'their', 'this', 'that']);
/** Conjunctions that open a subordinate clause with a subject of its own ("when Veska severed ties"; "after" and "because" clauses more often tell background acts that the coders leave out). */
const SUBORDINATE_OPENERS = new Set(['when']);

type Cue = PhraseMatch<string>;

interface Clause {
  from: number;
  to: number;
}

/** Where the clause that holds token range [a, b) begins and ends, within its sentence. */
function clauseAround(
  index: DocIndex,
  from: number,
  to: number,
  a: number,
  b: number,
  stanceNouns: ReadonlySet<string> = new Set(),
): Clause {
  const { tokens, statementOf } = index;
  let stmt = statementOf[a];
  let start = a;
  while (start > from) {
    const prev = tokens[start - 1];
    // "rejected Moscow's demand THAT Kyiv withdraw …": the words of a statement told by a stance
    // noun are that noun's content, and the clause runs on to the noun and the verb that answers it.
    if (
      stmt >= 0 &&
      statementOf[start - 1] !== stmt &&
      prev.lower === 'that' &&
      stanceNouns.has(tokens[start - 2]?.lower ?? '')
    ) {
      start -= 2;
      stmt = statementOf[start];
      continue;
    }
    if (prev.text === ';' || statementOf[start - 1] !== stmt || ALWAYS_CLAUSE.has(prev.lower)) break;
    // "The feud erupted when Saudi Arabia severed ties with Qatar": a clause a subordinator opens
    // with a party as its subject is the party's own.
    if (
      SUBORDINATE_OPENERS.has(prev.lower) &&
      start < a &&
      (mentionFrom(index, start)?.codes.length ?? 0) > 0
    )
      break;
    // "… and that Veska would not give up the islands": a second reported clause.
    if (prev.lower === 'that' && CLAUSE_CONJ.has(tokens[start - 2]?.lower ?? '')) break;
    if (
      prev.text === ',' &&
      CLAUSE_CONJ.has(tokens[start]?.lower) &&
      start < a &&
      !serialListAt(index, start - 1)
    )
      break;
    start--;
  }
  let end = b;
  while (end < to) {
    const t = tokens[end];
    if (t.text === ';' || statementOf[end] !== stmt || ALWAYS_CLAUSE.has(t.lower)) break;
    if (CLAUSE_CONJ.has(t.lower) && tokens[end + 1]?.lower === 'that') break;
    if (t.text === ',' && CLAUSE_CONJ.has(tokens[end + 1]?.lower) && !serialListAt(index, end)) break;
    end++;
  }
  return { from: start, to: end };
}

/**
 * "China, France, and Russia were ready …": a comma before "and" that joins the last party of a
 * list (the serial comma) opens no clause.
 */
function serialListAt(index: DocIndex, comma: number): boolean {
  if (index.tokens[comma + 1]?.lower !== 'and') return false;
  return (
    mentionsEndingAt(index, comma).some((x) => x.codes.length > 0) &&
    (mentionFrom(index, comma + 2)?.codes.length ?? 0) > 0
  );
}

/** The last comma in [from, at). */
function lastComma(index: DocIndex, from: number, at: number): number {
  for (let i = at - 1; i >= from; i--) if (index.tokens[i].text === ',') return i;
  return -1;
}

const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);
/** Prepositions of place: a party after one names where ("issued from Saudi Arabia, which …"). */
const PLACE_PREPOSITIONS = new Set(['in', 'of', 'from', 'at']);

/** Words that open a clause fronted before a sentence's subject ("Meeting in Jeddah, …", "After talks in Doha, …"). */
const FRONTED_OPENERS = /^(after|before|when|while|following|during|despite|in|at)$/;

/**
 * Where the subject's clause starts when a participle or a phrase of time or place is fronted
 * before it and set off by a comma ("Meeting in Jeddah, the army and the RSF signed …"): after
 * that comma; else `from`.
 */
function afterOpeningClause(index: DocIndex, from: number, limit: number): number {
  const t = index.tokens[from];
  if (!t || !(/^\p{Lu}\p{Ll}+ing$/u.test(t.text) || FRONTED_OPENERS.test(t.lower))) return from;
  for (let k = from + 1; k < limit; k++) if (index.tokens[k].text === ',') return k + 1;
  return from;
}

/**
 * The clause's subject, passing over a party that is a preposition's object ("in the French
 * capital"), except before a relative pronoun, whose antecedent is the subject whatever governs it
 * ("a gathering of a U.S.-led group that called on …").
 */
function subjectOf(index: DocIndex, from: number, limit: number, exclude?: { from: number; to: number }) {
  // "…signed an agreement in Istanbul, which is expected to unlock …": the subject of a relative
  // clause set off by a comma is the word before the comma, a party or nobody ("Serraj, whose
  // forces have struggled …, signed the agreement" is Serraj's).
  const qualified = bareWhoseAntecedent(index, from, limit);
  if (qualified) return [qualified];
  for (let r = limit - 2; r > from; r--) {
    if (!RELATIVE_OPENERS.has(index.tokens[r].text) || !/^(which|who|whose)$/.test(index.tokens[r + 1].lower))
      continue;
    if (exclude && r >= exclude.from && r < exclude.to) continue;
    // (a party after a preposition of place may only qualify the antecedent: "a communiqué issued
    // from Saudi Arabia, which …"; "a nonstarter for Kyiv, which wants …" is Kyiv's)
    const antecedent = mentionsEndingAt(index, r).find((x) => x.codes.length);
    // ("Russia and China, which signed the deal, rejected …": the whole list before the comma)
    const list = antecedent ? [antecedent] : [];
    for (let q = (antecedent?.start ?? 0) - 1; q > from && /^(and|,)$/.test(index.tokens[q].lower); ) {
      const before = mentionsEndingAt(index, q).find((x) => x.codes.length);
      if (!before) break;
      list.unshift(before);
      q = before.start - 1;
    }
    let p = list.length ? list[0].start - 1 : -1;
    while (p > from && DETERMINERS.has(index.tokens[p].lower)) p--;
    return antecedent && !PLACE_PREPOSITIONS.has(index.tokens[p]?.lower ?? '') ? list : [];
  }
  let k = limit - 1;
  while (k > from && /^(also|has|have|had)$|ly$/.test(index.tokens[k].lower)) k--;
  const relative = k >= from && RELATIVE_PRONOUNS.has(index.tokens[k].lower);
  const subject = subjectBefore(index, from, limit, exclude, { objectsThroughDeterminers: !relative });
  return subject.filter((x) => !namesTheCitysCountry(index, x.start, from));
}

/**
 * "The M23 whose fighters overran eastern Congo has handed over …": a "whose" clause set off by no
 * comma qualifies the party right before it, which stays the subject; a party the clause names
 * (Congo) is not. (An antecedent that is no party, "the talks whose outcome Veska rejected",
 * leaves the subject to the clause.)
 */
function bareWhoseAntecedent(index: DocIndex, from: number, limit: number) {
  for (let r = limit - 2; r > from; r--) {
    if (index.tokens[r].lower !== 'whose' || RELATIVE_OPENERS.has(index.tokens[r - 1].text)) continue;
    return mentionsEndingAt(index, r).find((x) => x.codes.length);
  }
  return undefined;
}

/**
 * "leaders meet in Ohrid, North Macedonia to discuss …": a country set off by a comma after a
 * place the sentence puts things in is where the city lies, not a party that discusses. ("In
 * Lirna, Tarsia proposed …", the place opening the clause, leaves Tarsia its subject.)
 */
function namesTheCitysCountry(index: DocIndex, start: number, clauseFrom: number): boolean {
  if (index.tokens[start - 1]?.text !== ',') return false;
  const city = index.tokens[start - 2];
  if (!city || !/^\p{Lu}/u.test(city.text) || index.mentionAt.has(start - 2)) return false;
  return start - 3 > clauseFrom && PLACE_PREPOSITIONS.has(index.tokens[start - 3]?.lower ?? '');
}

interface Holder {
  actors: string[];
  /** The holder asks another party to act ("urged Ormund to accept …"): a demand. */
  forceDemand?: boolean;
  source?: string | null;
  entity?: number;
  statement?: number;
  via: string;
  /** The parties are the story's parties in play, not ones the sentence names ("both sides"). */
  inPlay?: boolean;
}

const sentenceIssuesOf = new WeakMap<DocIndex, PhraseMatch<IssuePayload>[][]>();

/**
 * Each sentence's issue matches: its patterns', and those of the generic nouns that refer to an
 * issue named before ("the agreement", "the exchange") or to the story's issue.
 * (an issue's words that name a body which speaks or commands are no issue: issue-parties.ts)
 */
function sentenceIssues(
  doc: ParleyDocument,
  ctx: PipelineContext,
  index: DocIndex,
): PhraseMatch<IssuePayload>[][] {
  let hit = sentenceIssuesOf.get(index);
  if (hit) return hit;
  const rawBySentence = issuesBySentence(doc, ctx, index);
  const references = referenceIssues(ctx, index, rawBySentence);
  hit = index.sentenceTokens.map(({ from, to }, s) =>
    to > from ? preferTight([...rawBySentence[s], ...(references.get(s) ?? [])]) : [],
  );
  sentenceIssuesOf.set(index, hit);
  return hit;
}

export function positionsOf(doc: ParleyDocument, ctx: PipelineContext): Position[] {
  const index = docIndex(doc, ctx);
  const docYear = Number(doc.date.slice(0, 4));
  const out: Position[] = [];
  const issues = sentenceIssues(doc, ctx, index);
  let cueCursor = 0;
  for (let s = 0; s < index.sentenceTokens.length; s++) {
    const { from, to } = index.sentenceTokens[s];
    while (cueCursor < index.cues.length && index.cues[cueCursor].start < from) cueCursor++;
    if (issues[s].length === 0) continue;
    const cues: Cue[] = [];
    for (let c = cueCursor; c < index.cues.length && index.cues[c].start < to; c++) cues.push(index.cues[c]);
    const sc = sentenceCues(doc, ctx, index, out, from, to, cues, issues[s], docYear);
    for (const m of sc.issues) positionOfMatch(sc, m);
  }
  return dedupe(out);
}

/**
 * The candidates the stance reader is asked about: each party and issue that meet in a sentence,
 * where the rules gave the party no stance on the issue anywhere in the document.
 */
export function unreadStanceCandidates(
  doc: ParleyDocument,
  ctx: PipelineContext,
  ruled: Position[],
): StanceCandidate[] {
  const index = docIndex(doc, ctx);
  const held = new Set(ruled.map((p) => `${p.actor}|${p.issue}`));
  return sentenceIssues(doc, ctx, index).flatMap((matches, s) =>
    stanceCandidates(doc, index, s, matches, held),
  );
}

/**
 * The stances the stance reader reads where the rules read none (see stance-model.ts): for each
 * party and issue, the sentence where the reader is surest.
 */
function modelPositions(doc: ParleyDocument, ctx: PipelineContext, ruled: Position[]): Position[] {
  const model = ctx.codebook.stance_model;
  if (!model) return [];
  const index = docIndex(doc, ctx);
  const best = new Map<string, { c: StanceCandidate; reading: StanceReading }>();
  for (const c of unreadStanceCandidates(doc, ctx, ruled)) {
    const reading = readStance(model, c);
    if (!reading) continue;
    const key = `${c.actor}|${c.issue}`;
    const had = best.get(key);
    if (!had || reading.probability > had.reading.probability) best.set(key, { c, reading });
  }
  return [...best.values()].map(({ c, reading }) => ({
    ...c.span,
    actor: c.actor,
    issue: c.issue,
    ...(c.match.pattern.payload.about ? { about: c.match.pattern.payload.about } : {}),
    stance: reading.stance,
    evidence: c.span,
    provenance: {
      rule: `position.model.${reading.stance}`,
      // The issue's words as the text has them (what weighed most is in the model's weights).
      cue: doc.text.slice(index.tokens[c.match.start].start, index.tokens[c.match.end - 1].end),
      confidence: Math.round(reading.probability * 100) / 100,
    },
  }));
}

/** One sentence as the positions stage reads it: its issue matches and its cues by list. */
interface SentenceCues {
  doc: ParleyDocument;
  ctx: PipelineContext;
  index: DocIndex;
  out: Position[];
  from: number;
  to: number;
  issues: PhraseMatch<IssuePayload>[];
  allStanceCues: Cue[];
  stanceCues: Cue[];
  after: Cue[];
  negators: Cue[];
  frames: Cue[];
  processLabels: Cue[];
  conditionals: Cue[];
  collectives: Cue[];
  tables: Cue[];
  joints: Cue[];
  redLines: Cue[];
  relatives: Cue[];
  hypotheticals: Cue[];
  offerVerbs: Cue[];
  undoVerbs: Cue[];
  violationVerbs: Cue[];
  violationNouns: Cue[];
  chargeNouns: Cue[];
  disputeTopics: Cue[];
  opinionVerbs: Cue[];
  jointAfter: Cue[];
  sentenceTimexes: Timex[];
  oldTimexes: Timex[];
}

function sentenceCues(
  doc: ParleyDocument,
  ctx: PipelineContext,
  index: DocIndex,
  out: Position[],
  from: number,
  to: number,
  cues: Cue[],
  issues: PhraseMatch<IssuePayload>[],
  docYear: number,
): SentenceCues {
  const { tokens } = index;
  const byList = (name: string) => cues.filter((c) => c.pattern.payload === name);
  const allStanceCues = longestNonOverlapping(
    cues.filter(
      (c) => c.pattern.payload in STANCE_LISTS && !countedAfter(index, c) && !needOfPeople(index, c),
    ),
  );
  // (a cue that judges only what precedes it is kept apart: it neither governs nor takes an object)
  const stanceCues = allStanceCues.filter(
    (c) =>
      !issues.some((m) => c.start >= m.start && c.end <= m.end && !hasGapInside(m, c)) &&
      !AFTER_ONLY.has(c.pattern.payload),
  );
  const jointAfter = cues.filter((c) => AFTER_ONLY.has(c.pattern.payload));
  const after = byList('stance_after');
  const additive = byList('not_negating');
  const negators = byList('negators').filter(
    (n) =>
      !issues.some((m) => n.start >= m.start && n.end <= m.end) &&
      !additive.some((a) => n.start >= a.start && n.end <= a.end),
  );
  const frames = byList('third_party_frames');
  const processLabels = byList('process_labels');
  const conditionals = byList('conditional');
  const collectives = byList('collective_subjects');
  const tables = byList('table_collectives');
  const joints = byList('joint_markers');
  const redLines = byList('red_line');
  const relatives = byList('stance_relative');
  const hypotheticals = byList('stance_hypothetical');
  const offerVerbs = byList('offer_verbs');
  const undoVerbs = byList('undo_verbs');
  const violationVerbs = byList('violation_verbs');
  const violationNouns = byList('violation_nouns');
  const chargeNouns = byList('charge_nouns');
  const disputeTopics = byList('dispute_topics');
  const opinionVerbs = byList('opinion_verbs');
  // The timexes are in text order (the dates stage reads sentence after sentence).
  const sentenceTimexes = within(doc.timexes, tokens[from].start, tokens[to - 1].end);
  const oldTimexes = sentenceTimexes.filter((t) => Number(t.value.slice(0, 4)) <= docYear - 2);
  return {
    doc,
    ctx,
    index,
    out,
    from,
    to,
    issues,
    allStanceCues,
    stanceCues,
    after,
    negators,
    frames,
    processLabels,
    conditionals,
    collectives,
    tables,
    joints,
    redLines,
    relatives,
    hypotheticals,
    offerVerbs,
    undoVerbs,
    violationVerbs,
    violationNouns,
    chargeNouns,
    disputeTopics,
    opinionVerbs,
    jointAfter,
    sentenceTimexes,
    oldTimexes,
  };
}

/** Words after "more than" that make it a count ("more than a dozen", "more than 100 prisoners"). */
const COUNT_OPENERS = /^(a|an|half|dozens?|hundreds?|thousands?|millions?|twice|double)$/;

/** "a war that has killed more than 13,000 people": "more than" before a count asks for nothing. */
function countedAfter(index: DocIndex, c: Cue): boolean {
  if (STANCE_LISTS[c.pattern.payload] !== 'more') return false;
  const next = index.tokens[c.end];
  return (
    next !== undefined &&
    (next.kind === 'number' || next.lower in COUNT_WORDS || COUNT_OPENERS.test(next.lower))
  );
}

/** Nouns of the people a report counts ("2 million people", "children", "families"). */
const PEOPLE_NOUNS =
  /^(people|persons|civilians|children|women|men|families|residents|refugees|households|millions?|thousands|others|those)$/;

/**
 * "21 million people requiring humanitarian assistance": a participle of need after the people it
 * describes tells their plight, not a party's demand.
 */
function needOfPeople(index: DocIndex, c: Cue): boolean {
  const first = index.tokens[c.start];
  if (STANCE_LISTS[c.pattern.payload] !== 'demand' || !first?.lower.endsWith('ing')) return false;
  const before = index.tokens[c.start - 1];
  return before !== undefined && (before.kind === 'number' || PEOPLE_NOUNS.test(before.lower));
}

/** A stance found by a rule of its own (a condition, a relative): one position per actor. */
function pushFound(
  sc: SentenceCues,
  m: PhraseMatch<IssuePayload>,
  f: { actors: string[]; stance: Stance; cue: Cue; statement?: number },
  evidence: Span,
  rule: string,
  confidence: number,
) {
  const { doc, out } = sc;
  const { tokens } = sc.index;
  for (const actor of f.actors)
    out.push({
      ...evidence,
      actor,
      issue: m.pattern.payload.issue,
      ...(m.pattern.payload.about ? { about: m.pattern.payload.about } : {}),
      stance: f.stance,
      ...(f.statement !== undefined ? { statement: f.statement } : {}),
      evidence,
      provenance: {
        rule: `position.${rule}.${f.stance}${referenceMatches.has(m) ? '.reference' : ''}`,
        cue: doc.text.slice(tokens[f.cue.start].start, tokens[f.cue.end - 1].end),
        confidence,
      },
    });
}

/**
 * A barrier coordinated after its lifting ("the pause in tariffs and export controls", "the
 * removal of sanctions and restrictions"): the head that lifts the first lifts the second, which
 * is no barrier upheld of its own.
 */
function sharesLiftingHead(
  index: DocIndex,
  issues: PhraseMatch<IssuePayload>[],
  m: PhraseMatch<IssuePayload>,
) {
  if (!m.pattern.negated || !/^(and|or|,)$/.test(index.tokens[m.start - 1]?.lower ?? '')) return false;
  return issues.some(
    (o) => o.end === m.start - 1 && !o.pattern.negated && o.pattern.payload.issue === m.pattern.payload.issue,
  );
}

/** The positions one issue match of a sentence tells (none, one per holder, an owner's). */
function positionOfMatch(sc: SentenceCues, m: PhraseMatch<IssuePayload>) {
  const { doc, ctx, index, out, from, to, issues, allStanceCues, stanceCues, after, negators } = sc;
  const { frames, processLabels, conditionals, collectives, tables, joints, redLines, relatives } = sc;
  const { hypotheticals, offerVerbs, jointAfter, sentenceTimexes, oldTimexes } = sc;
  const { tokens } = index;
  // "talks on ending the war", "ways to halt the conflict": the topic of talks, not a stance
  // (unless the parties at the table hold the talks: "Veska and Ormund held talks on …").
  const labels = processLabels.filter(
    (p) => p.end === m.start || (p.end === m.start - 1 && DETERMINERS.has(tokens[p.end].lower)),
  );
  const jointLabel = (p: Cue) => stanceCues.some((c) => c.pattern.payload === JOINT_OPEN && c.end === p.end);
  if (labels.some((p) => !jointLabel(p))) return;
  if (sharesLiftingHead(index, issues, m)) return;
  // "allow repairs to power lines at the Zaporizhzhia nuclear plant": a place where something
  // else is done, not what the stance is about.
  if (namesAPlace(index, m.start)) return;
  // "signed after the Pyongyang summit", "agreements reached at a meeting of the presidents": the
  // meeting is when or where the stance came, not what it is on.
  if (meetingAsSetting(index, m, cueWords(ctx, 'deal_participles'))) return;
  const rel =
    relativeStance(doc, index, { stanceCues, relatives, issues, violationVerbs: sc.violationVerbs }, m) ??
    restrictiveRelativeStance(index, { stanceCues }, m) ??
    agentStance(index, stanceCues, issues, m);
  if (rel)
    pushFound(
      sc,
      m,
      rel,
      { start: tokens[m.start].start, end: tokens[rel.cue.end - 1].end },
      'relative',
      0.7,
    );
  const clause = clauseAround(index, from, to, m.start, m.end, cueWords(ctx, 'stance_nouns'));
  // Inside a condition ("if the conflict ultimately ended", "in exchange for assurances").
  const cond = conditionOf(doc, index, conditionals, clause, m);
  // "refused to release them until Ormund pays compensation": what a refusal waits for is a demand.
  const until = cond === 'inside' ? demandedCondition(index, conditionals, stanceCues, clause, m) : undefined;
  if (cond === 'inside' && !until) {
    // "promised a ceasefire if Kyiv started withdrawing troops": what an offer waits for.
    const threats = cueWords(ctx, 'threat_verbs');
    const d = conditionDemand(
      doc,
      index,
      { conditionals, stanceCues, negators, from, to, oldTimexes, threats },
      m,
    );
    if (d)
      pushFound(sc, m, d, { start: tokens[d.cue.start].start, end: tokens[m.end - 1].end }, 'condition', 0.6);
    return;
  }
  // The speech verb of a reported statement may itself be the stance ("Tarsia called for a
  // truce", "Ormund insists that Veska withdraw"): the cue search reaches back to it.
  const stmtIdx = index.statementOf[m.start];
  let cueFrom = clause.from;
  const speech = stmtIdx >= 0 ? doc.statements[stmtIdx].cueSpan : undefined;
  if (speech) {
    const r = tokenRange(tokens, speech.start, speech.end);
    if (r.from < clause.from && tokens[r.from].sentence === tokens[m.start].sentence) cueFrom = r.from;
  }
  // "al-Burhan's interest in the talks": a pattern that opens with a stance word is its own cue,
  // nearer than the verb that reports it ("Perriello confirmed …").
  const opening = allStanceCues.find(
    (c) =>
      c.start === m.start &&
      c.end < m.end &&
      STANCE_LISTS[c.pattern.payload] !== 'reject' &&
      !AFTER_ONLY.has(c.pattern.payload),
  );
  const governing =
    until ??
    governingCue(
      index,
      stanceCues,
      after,
      issues,
      { from: cueFrom, to: clause.to },
      m,
      offerVerbs,
      jointAfter,
    );
  const cue = opening && (!governing || governing.start < clause.from) ? opening : governing;
  if (!cue || consequenceOf(ctx, index, m, cue)) return;
  // ("had not received a proposal from Kyiv on a prisoner exchange": no one proposed it)
  if (STANCE_LISTS[cue.pattern.payload] === 'propose' && deniedProposal(ctx, index, cue.start)) return;
  // Talks named as a label are read only as the talks of the parties who hold them.
  const joint = isJoint(cue);
  if (labels.length && !joint) return;
  // "If the rebels refuse, the regional force will …": a cue inside a condition that closes
  // before the issue governs nothing beyond it.
  if (conditionals.some((x) => x.start <= cue.start && closedBetween(index, x.end, cue.end, m.start))) return;
  // "no indication that the Taliban would agree to …", "declined to say whether …": a question
  // the text leaves open is no one's stance.
  if (hypotheticals.some((x) => x.end <= m.start && (x.start >= clause.from || x.start >= cue.end))) return;
  // "dismissed claims that it had blocked the corridor": what a refused charge says was done is
  // denied, no stance of the one charged.
  if (insideRefutedCharge(index, stanceCues, sc.chargeNouns, cue)) return;
  // ("rejected criticism of the truce" defends the truce)
  const kind = criticismRebutted(index, cue) ? 'accept' : STANCE_LISTS[cue.pattern.payload];
  // Background from years ago ("Ukraine agreed … in 1994") is an event, not a current stance.
  // (a year named after the issue, in another clause — "the regions annexed in 2022" — dates
  // that clause, not the stance)
  const last = Math.max(cue.end, m.end);
  // ("The army and the RSF had shared power with civilians after the fall of … in 2019": a
  // pluperfect tells what came before the story's time, dated anywhere in its clause)
  const reach =
    tokens[(pluperfect(tokens, clause.from, cue.start) ? clause.to : Math.min(last + 6, clause.to)) - 1].end;
  const condition = conditionals.find((c) => c.start >= last && c.start < clause.to);
  const historical = oldTimexes.some(
    (t) =>
      t.start >= tokens[clause.from].start &&
      t.end <= reach &&
      !(condition && tokens[condition.start].start < t.start) &&
      !inRelativeBefore(index, clause.from, cue.start, t.start),
  );
  // ("Ukraine gave up its nuclear arsenal in 1994": a past form that does not end in -ed)
  const pastForm =
    /ed$/.test(tokens[cue.start].lower) || cueWords(ctx, 'irregular_past').has(tokens[cue.start].lower);
  if (historical && pastForm) return;
  const scopeFrom = Math.max(clause.from, lastComma(index, clause.from, cue.start) + 1, cue.start - 4);
  const scopeTo = Math.max(cue.start, m.start);
  // Negators in the cue's scope, except those the governing cue is made of ("will NOT accept");
  // one in a gap of the cue is no word of it ("was NOT interested in").
  const inCueGap = (n: Cue) => cue.gaps.some(([a, b]) => n.start >= a && n.end <= b);
  const negCount = negators.filter(
    (n) =>
      n.start >= scopeFrom &&
      n.end <= scopeTo &&
      !(n.start >= cue.start && n.end <= cue.end && !inCueGap(n)) &&
      (n.start >= cue.end || negatesCue(index, stanceCues, n.end, cue.start)),
  ).length;
  // "Ukraine must not join NATO": a modal demand made of a negation demands the opposite (not
  // "not negotiable", which insists on what it judges).
  const cueNegation =
    kind === 'demand' && SPEAKER_MODALS.has(tokens[cue.start].lower) && saysNot(index, cue) ? 1 : 0;
  const negated = !until && (negCount + cueNegation) % 2 === 1;
  // "without announcing an extension": news not given is no refusal.
  if (negated && cueWords(ctx, 'silent_when_negated').has(tokens[cue.start].lower)) return;
  // "did not say when the prisoners were released": a bare negation of a verb of telling is
  // silence too, not a refusal of what goes untold.
  if (bareNegation(index, cue) && cueWords(ctx, 'silent_when_negated').has(tokens[cue.end]?.lower ?? ''))
    return;
  // A generic noun that stands for an issue ("the deal") is read only where a cue of its own
  // takes it: "have not signed the accord", "did not see the proposals" tell too little of what
  // is refused, and of which deal (as deals.ts reads a turned answer only near its deal).
  if (referenceMatches.has(m) && (negated || bareNegation(index, cue))) return;
  // "we do not see the Taliban has any intention for peace": a negated opinion on what another
  // party intends tells neither party's stance.
  if (bareNegation(index, cue) && deniedOfAnother(index, sc.opinionVerbs, cue, m)) return;
  // "the force would not be a peacekeeping mission but would deter attacks": a corrective
  // negation denies the kind of what is offered, not the offer.
  if (bareNegation(index, cue) && correctsKind(index, cue, m)) return;
  // "not enough to lift the sanctions" (a condition that does not suffice) is against; "not
  // enough for NATO not to admit Ukraine" asks for more in the direction of its clause.
  const insufficient = kind === 'more' && tokens[cue.end]?.lower === 'to';
  // "efforts to block China's access to chips through export controls": the issue is the means
  // of the blocking, used by its holder, not what is blocked.
  const instrument = kind === 'reject' && issueAsInstrument(ctx, index, cue.end, m.start);
  const basePro = (kind !== 'reject' || instrument) && !insufficient;
  const breach = breachRefused(index, sc, kind, cue, m);
  if (breach === 'denied') return;
  // ("breaches of the truce" is a noun, read above, though "breaches" is also a verb of a violation)
  const violated = !breach && undoneBetween(index, sc.violationVerbs, issues, cue.end, m.start);
  if (violated && kind === 'reject') return;
  // "rejected accusations that it is enriching uranium": a refused charge tells no stance on what is charged.
  if (kind === 'reject' && refutesCharge(index, sc.chargeNouns, cue.end, m.start)) return;
  // "refusing to overcome differences on the settlement": the stance is on the dispute, not on what it is over.
  if (kind !== 'open' && disputeTopicBefore(sc.disputeTopics, cue.end, m.start)) return;
  const talksTopic = !!topicOfTalks(ctx, index, cue, kind, m);
  const undone =
    violated ||
    breach === 'condemned' ||
    undoneBetween(index, sc.undoVerbs, issues, cue.end, m.start) ||
    keptByJudgement(ctx, index, cue, m);
  const inverse = (m.pattern.negated !== talksTopic) !== undone;
  // "blocked a bid by Tarsia to extend the embargo": words that state the issue's opposite, and
  // nothing else turned, make the owner of the bid stand against the issue.
  const ownerAgainst = !!m.pattern.negated && !talksTopic && !undone;
  const pro = (basePro !== negated) !== inverse;
  // "this war cannot end with the capitulation of Ormund": a negation inside the issue's own
  // words, followed by the way it would come about, refuses that way, not the issue.
  if (!pro && deniesManner(ctx, index, cue, m)) return;
  let stance: Stance = !pro
    ? 'reject'
    : instrument
      ? 'propose'
      : kind === 'reject' || kind === 'more' || negated
        ? 'demand'
        : kind;
  // "want the ceasefire to hold", "hope the truce lasts": wishing a state in force to go on accepts it.
  if (
    stance === 'propose' &&
    kind === 'propose' &&
    keptInForce(index, cueWords(ctx, 'keep_on_verbs'), m.end, clause.to)
  )
    stance = 'accept';
  const redLine =
    (stance === 'reject' || stance === 'demand') &&
    redLines.some((r) => r.start >= clause.from && r.end <= Math.max(clause.to, cue.end) + 0) &&
    !(kind === 'accept' && !negated);
  const holder = holderOf(doc, ctx, index, {
    frames,
    collectives,
    tables,
    joints,
    clause,
    cue,
    m,
    sentenceFrom: from,
  });
  if (!holder || holder.actors.length === 0) return;
  // "held talks with Ormund on a truce": the party the cue names after "with" sits at the table too.
  // (Not in a party's own statement: "said it agreed to hold more talks with Moscow on ending the
  // war" tells the speaker's stance, not the other's.)
  const partners = joint ? cue.actors.flat().filter((a) => !holder.actors.includes(a)) : [];
  if (partners.length && holder.actors.length === 1 && !holder.inPlay && holder.via !== 'statement')
    holder.actors = uniq([...holder.actors, ...partners]);
  // Talks one party holds tell no stance of the table's parties; nor do talks of unnamed sides.
  if (joint && (holder.actors.length < 2 || holder.inPlay)) return;
  // Talks a third party reports ("the mediator said the delegations had discussed a ceasefire")
  // tell the topic of the table, not that each party there moved on it: only a speaker at the
  // table tells that.
  if (joint && holder.via === 'reported-in-statement' && !holder.actors.includes(holder.source ?? '')) return;
  if (holder.forceDemand && stance !== 'reject') stance = 'demand';
  // The stance's own date: a time expression before the cue, in its clause or, for a
  // statement, in the words that report it ("In April, Ormund had said it would never …").
  const dateFrom = holder.statement !== undefined ? from : clause.from;
  const own = sentenceTimexes.filter(
    (t) =>
      t.start >= tokens[dateFrom].start &&
      t.end <= tokens[cue.start].start &&
      !(t.start >= tokens[m.start].start && t.end <= tokens[m.end - 1].end) &&
      !doc.text.slice(t.end, tokens[cue.start].start).includes(';'),
  );
  const date = own.length && own[own.length - 1].value !== doc.date ? own[own.length - 1].value : undefined;
  const about = aboutOf(m, holder, index);
  const evFrom = Math.min(cue.start, m.start);
  const evTo = Math.max(cue.end, m.end);
  const evidence: Span = { start: tokens[evFrom].start, end: tokens[evTo - 1].end };
  for (const actor of holder.actors) {
    out.push({
      start: evidence.start,
      end: evidence.end,
      actor,
      ...(holder.entity !== undefined ? { entity: holder.entity } : {}),
      issue: m.pattern.payload.issue,
      ...(about ? { about } : {}),
      stance,
      ...(redLine ? { redLine: true } : {}),
      ...(typeof cond === 'object' ? { condition: cond } : {}),
      ...(holder.statement !== undefined ? { statement: holder.statement } : {}),
      ...(holder.source !== undefined ? { source: holder.source } : {}),
      ...(date ? { date } : {}),
      evidence,
      provenance: {
        rule: `position.${holder.via}.${kind}${joint ? '.joint' : ''}${negated ? '.negated' : ''}${inverse ? '.inverse' : ''}${referenceMatches.has(m) ? '.reference' : ''}`,
        cue: doc.text.slice(tokens[cue.start].start, tokens[cue.end - 1].end),
        confidence: holder.via === 'statement' || holder.via === 'subject' ? 0.8 : 0.7,
      },
    });
  }
  // "ready to accept a U.S. proposal for a ceasefire": the proposal's owner proposes it.
  const inner = innerOf.get(cue);
  // ("accepts the Qatari-Egyptian proposal": each party of the pair)
  // ("welcomed calls from Tarsia for …": the owner named after the noun)
  const named = inner
    ? startingIn(index.mentions, cue.end, inner.start).filter((x) => x.end <= inner.start && x.codes.length)
    : [];
  const ownerAfter = inner && !named.length ? stanceNounOwner(ctx, index, inner) : undefined;
  // ("demanded that Veska and Ormund commit to a truce": parties pressed to act own no stance noun)
  const owners = ownerAfter ? [ownerAfter] : pressedBy(index, named) !== undefined ? [] : named;
  if (inner && owners.length && (!inverse || ownerAgainst))
    for (const actor of uniq(owners.flatMap((x) => x.codes)).filter((a) => !holder.actors.includes(a)))
      out.push({
        start: evidence.start,
        end: evidence.end,
        actor,
        issue: m.pattern.payload.issue,
        ...(about ? { about } : {}),
        stance: ownerAgainst
          ? 'reject'
          : STANCE_LISTS[inner.pattern.payload] === 'demand'
            ? 'demand'
            : 'propose',
        ...(holder.actors[0] ? { source: holder.actors[0] } : {}),
        ...(date ? { date } : {}),
        evidence,
        provenance: {
          rule: `position.owner.${STANCE_LISTS[inner.pattern.payload]}`,
          cue: doc.text.slice(tokens[inner.start].start, tokens[inner.end - 1].end),
          confidence: 0.6,
        },
      });
}

const SUBJECT_PRONOUNS = new Set(['they', 'it', 'he', 'she']);
/** Appositive heads that name an act, not an issue ("…, a move X welcomed", "a step Y rejected"). */
const ACT_HEADS = new Set(['move', 'step']);
const RELATIVE_OPENERS = new Set([',', '–', '—', '-', '(']);
/** What may stand between the subject of a relative and its stance verb ("has long", "have continued to"). */
const RELATIVE_AUXILIARIES =
  /^(has|have|had|is|are|was|were|been|be|long|also|so|far|continued|continues|continue|to|not|n't|never|described|describes|called|calls|termed|deemed|as)$|ly$/;
/** Heads of a speaker named again ("the source", "the official"), in a relative after the issue. */
const SPEAKER_AGAIN = new Set([
  'source',
  'official',
  'diplomat',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'minister',
  'envoy',
  'negotiator',
  'aide',
]);

/**
 * "…a cease-fire, which Tarsia has long sought", "…, something they have continued to reject",
 * "… – a demand Ormund has firmly rejected": a relative or an appositive after the issue, with a
 * subject of its own. That subject holds the stance its verb names, beside whatever the main
 * clause says about the issue.
 */
function relativeStance(
  doc: ParleyDocument,
  index: DocIndex,
  h: Pick<SentenceCues, 'stanceCues' | 'relatives' | 'issues' | 'violationVerbs'>,
  m: PhraseMatch<IssuePayload>,
): { actors: string[]; stance: Stance; cue: Cue } | undefined {
  const { tokens } = index;
  // "accused Ormund of violating the truce, which Ormund denied": the relative takes the charge.
  const { from } = index.sentenceTokens[tokens[m.start].sentence];
  if (undoneBetween(index, h.violationVerbs, h.issues, from, m.start)) return;
  const sentence = tokens[m.start].sentence;
  // (past an issue in a phrase that qualifies it: "mediation on the disputed region, which …")
  const last = h.issues.filter((o) => qualifiesIssue(index, m, o)).at(-1);
  let p = last ? last.end : m.end;
  const reach = p + 5;
  while (p < reach && p < tokens.length && !RELATIVE_OPENERS.has(tokens[p].text)) p++;
  if (p >= tokens.length || tokens[p].sentence !== sentence || !RELATIVE_OPENERS.has(tokens[p].text)) return;
  // A dash set off by spaces, not a hyphen inside a compound.
  if (tokens[p].text === '-' && tokens[p].start === tokens[p - 1].end) return;
  // "sought international mediation on the disputed region, which India rejects": the relative
  // is of the head noun, not of the issue in the phrase that qualifies it.
  if (h.issues.some((o) => o !== m && qualifiesIssue(index, o, m))) return;
  if (h.issues.some((o) => o !== m && o.start >= m.end && o.start < p && !qualifiesIssue(index, m, o)))
    return;
  if (h.stanceCues.some((c) => c.start >= m.end && c.start < p)) return;
  const head = h.relatives.find((r) => r.start === p + 1);
  if (!head) return;
  // "imposed new sanctions on Iranian oil exports, a move Tehran condemned": a move or a step is
  // the whole act told before it; with more than one issue there, it is not the last one's alone.
  if (
    ACT_HEADS.has(tokens[head.end - 1].lower) &&
    h.issues.some((o) => o !== m && o.start < m.start && tokens[o.start].sentence === sentence)
  )
    return;
  const at = tokens[head.end]?.lower === 'that' ? head.end + 1 : head.end;
  let subject: { end: number; codes: string[] } | undefined = index.mentionAt.get(at);
  // "… when the Taliban would hold direct talks, something they have continued to reject": a
  // pronoun stands for the subject of the clause that names the issue.
  if (!subject?.codes.length && SUBJECT_PRONOUNS.has(tokens[at]?.lower ?? '')) {
    const { from } = index.sentenceTokens[sentence];
    const codes = subjectBefore(index, from, m.start).flatMap((x) => x.codes);
    subject = codes.length ? { end: at + 1, codes } : undefined;
  }
  // "…, a demand the source described as unacceptable": the speaker named again by the head of
  // its description speaks for the statement's party.
  if (
    !subject?.codes.length &&
    tokens[at]?.lower === 'the' &&
    SPEAKER_AGAIN.has(tokens[at + 1]?.lower ?? '')
  ) {
    const codes = statementActorsAt(doc, index, at);
    subject = codes.length ? { end: at + 2, codes } : undefined;
  }
  // "the week-long ceasefire, which was backed by the US": the passive's agent holds the stance.
  if (!subject?.codes.length) return passiveRelativeStance(index, h, m, at);
  return stanceOfRelative(index, h, m, subject);
}

/** "…, which was backed by the US", "…, which has been rejected by Ormund": the agent after the
 * relative's passive cue takes the stance the cue tells. */
function passiveRelativeStance(
  index: DocIndex,
  h: Pick<SentenceCues, 'stanceCues'>,
  m: PhraseMatch<IssuePayload>,
  at: number,
): { actors: string[]; stance: Stance; cue: Cue } | undefined {
  const { tokens } = index;
  let k = at;
  let negators = 0;
  let passive = false;
  for (; k < at + 4 && k < tokens.length; k++) {
    if (h.stanceCues.some((c) => c.start === k)) break;
    if (!RELATIVE_AUXILIARIES.test(tokens[k].lower)) return;
    if (/^(was|were|is|are|be|been|being)$/.test(tokens[k].lower)) passive = true;
    if (/^(not|n't|never)$/.test(tokens[k].lower)) negators++;
  }
  const cue = h.stanceCues.find((c) => c.start === k);
  const kind = cue && STANCE_LISTS[cue.pattern.payload];
  if (!passive || !cue || !kind || kind === 'more' || !/ed$/.test(tokens[cue.end - 1].lower)) return;
  if (tokens[cue.end]?.lower !== 'by') return;
  const agent = index.mentionAt.get(cue.end + 1);
  if (!agent?.codes.length) return;
  return {
    actors: uniq(agent.codes),
    stance: stanceThrough(kind, negators % 2 === 1, m.pattern.negated),
    cue,
  };
}

/** The stance a relative clause's subject takes by its verb: "…, which Ormund has not accepted". */
function stanceOfRelative(
  index: DocIndex,
  h: Pick<SentenceCues, 'stanceCues'>,
  m: PhraseMatch<IssuePayload>,
  subject: { end: number; codes: string[] },
): { actors: string[]; stance: Stance; cue: Cue } | undefined {
  const { tokens } = index;
  let k = subject.end;
  let negators = 0;
  for (; k < subject.end + 5 && k < tokens.length; k++) {
    if (h.stanceCues.some((c) => c.start === k)) break;
    if (!RELATIVE_AUXILIARIES.test(tokens[k].lower)) return;
    if (/^(not|n't|never)$/.test(tokens[k].lower)) negators++;
  }
  const cue = h.stanceCues.find((c) => c.start === k);
  const kind = cue && STANCE_LISTS[cue.pattern.payload];
  if (!cue || !kind || kind === 'more') return;
  return {
    actors: uniq(subject.codes),
    stance: stanceThrough(kind, negators % 2 === 1, m.pattern.negated),
    cue,
  };
}

/** "had shared", "had already agreed": a cue in the pluperfect (an adverb may stand between). */
function pluperfect(tokens: Token[], from: number, at: number): boolean {
  const before = tokens[at - 1]?.lower;
  if (at - 1 >= from && before === 'had') return true;
  return (
    at - 2 >= from &&
    tokens[at - 2].lower === 'had' &&
    /ly$|^(also|already|once|previously)$/.test(before ?? '')
  );
}

/**
 * "the full 30-day ceasefire that Washington and Kyiv had proposed": a relative clause right after
 * the issue, with no comma, whose subject is one or two parties, tells their stance on it.
 */
function restrictiveRelativeStance(
  index: DocIndex,
  h: Pick<SentenceCues, 'stanceCues'>,
  m: PhraseMatch<IssuePayload>,
): { actors: string[]; stance: Stance; cue: Cue } | undefined {
  const { tokens } = index;
  const that = tokens[m.end];
  if (!that || !/^(that|which)$/.test(that.lower) || that.sentence !== tokens[m.start].sentence) return;
  let subject = index.mentionAt.get(m.end + 1);
  if (!subject?.codes.length) return;
  const codes = [...subject.codes];
  const second = tokens[subject.end]?.lower === 'and' ? index.mentionAt.get(subject.end + 1) : undefined;
  if (second?.codes.length) {
    codes.push(...second.codes);
    subject = second;
  }
  return stanceOfRelative(index, h, m, { end: subject.end, codes });
}

// Prepositions that open a phrase qualifying the noun before them ("mediation ON the region").
const QUALIFYING_PREPOSITIONS = new Set(['on', 'over', 'about', 'in', 'for']);
// How many words (the preposition, determiners, adjectives) may stand between the two.
const QUALIFYING_GAP = 4;

/** Issue `inner` is in a prepositional phrase right after issue `outer` ("mediation on the disputed region"). */
function qualifiesIssue(
  index: DocIndex,
  outer: PhraseMatch<IssuePayload>,
  inner: PhraseMatch<IssuePayload>,
): boolean {
  const { tokens } = index;
  if (inner.start < outer.end || inner.start - outer.end > QUALIFYING_GAP) return false;
  if (!QUALIFYING_PREPOSITIONS.has(tokens[outer.end]?.lower ?? '')) return false;
  for (let k = outer.end + 1; k < inner.start; k++) if (tokens[k].kind !== 'word') return false;
  return true;
}

/** Words after which a participle qualifies another noun ("attacks BY Cypriot Greeks supported by …"). */
// "as demanded by": a Set, not a comparison with 'by' (whose feedback, internalised strings only,
// made positionOfMatch recompile when a token's own lowercased string came).
const AGENT_BY = new Set(['by']);

const AGENT_BREAKS = new Set([
  'in',
  'of',
  'from',
  'at',
  'by',
  'to',
  'with',
  'for',
  'on',
  'against',
  'which',
  'that',
]);

/** Words of a time that may stand between a participle and its agent ("denied days later by"). */
const AGENT_TIME =
  /^(\d+|a|few|several|two|three|days?|weeks?|months?|hours?|later|earlier|afterwards|soon|shortly|immediately|swiftly|quickly)$/;

/**
 * "… complete disarmament, as demanded by Azerbaijan", "a ceasefire proposed by Tarsia": a stance
 * participle after the issue, with its agent named by "by".
 */
function agentStance(
  index: DocIndex,
  stanceCues: Cue[],
  issues: PhraseMatch<IssuePayload>[],
  m: PhraseMatch<IssuePayload>,
): { actors: string[]; stance: Stance; cue: Cue } | undefined {
  const { tokens } = index;
  // (past the rest of a coordinated object: "disarmament and full surrender, as demanded by")
  const cue = stanceCues.find(
    (c) =>
      c.start >= m.end &&
      c.start <= m.end + 6 &&
      /ed$/.test(tokens[c.end - 1].lower) &&
      tokens
        .slice(m.end, c.start)
        .every((t) => (t.kind === 'word' && !AGENT_BREAKS.has(t.lower)) || t.text === ','),
  );
  if (cue && stanceCues.some((c) => c.start >= m.end && c.start < cue.start)) return undefined;
  if (cue && issues.some((o) => o !== m && o.start >= m.end && o.start < cue.start)) return undefined;
  const kind = cue && STANCE_LISTS[cue.pattern.payload];
  if (!cue || !kind || kind === 'more') return undefined;
  // ("a bilateral ceasefire, denied days later by the guerrillas": a time before the agent)
  let by = cue.end;
  while (by < cue.end + 3 && AGENT_TIME.test(tokens[by]?.lower ?? '')) by++;
  if (!AGENT_BY.has(tokens[by]?.lower ?? '')) return undefined;
  const agent =
    index.mentionAt.get(by + 1) ??
    (tokens[by + 1]?.lower === 'the' ? index.mentionAt.get(by + 2) : undefined);
  if (!agent?.codes.length || tokens[agent.start].sentence !== tokens[m.start].sentence) return undefined;
  const actors = uniq(agentList(index, agent).flatMap((x) => x.codes));
  return { actors, stance: stanceThrough(kind, false, m.pattern.negated), cue };
}

/**
 * The agents a "by" names: "signed by Tarsia, Veska and Ormund" is the three. The list closes at
 * its "and"; with none, only the first is the agent ("signed by Tarsia, Veska is to …": the one
 * after the comma is the subject of the next clause).
 */
function agentList(index: DocIndex, first: ActorMention): ActorMention[] {
  const items = listFrom(index, first);
  const closed = items.findIndex((x, i) => i > 0 && index.tokens[x.start - 1]?.lower === 'and');
  return closed < 0 ? [first] : items.slice(0, closed + 1);
}

/** A cue that sits in the gap of a pattern ("the war MUST come to a permanent end") still counts. */
function hasGapInside(m: PhraseMatch<IssuePayload>, c: Cue): boolean {
  return m.gaps.some(([a, b]) => c.start >= a && c.end <= b);
}

/** The finite verbs of a clause whose subject is another party ("the Taliban HAS any intention"). */
const FINITE_AUXILIARIES = /^(has|have|had|is|are|was|were|will|would|can|could|wants|intends|plans)$/;

/**
 * A negated verb of opinion whose object is a clause with a party of its own as subject ("do not
 * see the Taliban has any intention or will for peace"): the speaker doubts that party's stance.
 */
function deniedOfAnother(index: DocIndex, opinionVerbs: Cue[], cue: Cue, m: PhraseMatch<IssuePayload>) {
  const verb = opinionVerbs.find((v) => v.start === cue.end);
  if (!verb) return false;
  let k = verb.end;
  if (index.tokens[k]?.lower === 'that') k++;
  const subject = startingIn(index.mentions, k, k + 2).find((x) => x.codes.length);
  return (
    subject !== undefined &&
    subject.end < m.start &&
    FINITE_AUXILIARIES.test(index.tokens[subject.end]?.lower ?? '')
  );
}

/** Tokens that may stand between a verb that undoes an issue and the issue ("chop up" the grain deal). */
const MAX_UNDO_DISTANCE = 4;

/**
 * The cue stands in a gap of the issue's pattern ("war CANNOT end", "fighting WILL NOT stop") and
 * a way of coming about follows the issue (codebook `manner_openers`: "… with the capitulation of").
 */
function deniesManner(
  ctx: PipelineContext,
  index: DocIndex,
  cue: Cue,
  m: PhraseMatch<IssuePayload>,
): boolean {
  const opener = index.tokens[m.end]?.lower ?? '';
  return (
    cueWords(ctx, 'manner_openers').has(opener) && m.gaps.some(([a, b]) => cue.start >= a && cue.end <= b)
  );
}

/** Articles between "not be" and the noun it denies ("would not be a peacekeeping mission"). */
const KIND_ARTICLES = new Set(['a', 'an']);

/**
 * A negated auxiliary, then "be", the issue as a predicate noun and "but" right after it ("would
 * not be peacekeepers but a reassurance force"), the noun phrase ending within two words: "not X
 * but Y" corrects what the thing is called.
 * "would not send troops but would fund the mission" refuses an act, and stays a refusal.
 */
function correctsKind(index: DocIndex, cue: Cue, m: PhraseMatch<IssuePayload>): boolean {
  const { tokens } = index;
  if (tokens[cue.end]?.lower !== 'be') return false;
  for (let k = cue.end + 1; k < m.start; k++) if (!KIND_ARTICLES.has(tokens[k].lower)) return false;
  // (the noun phrase may go on past the issue's words: "a peacekeeping mission but")
  for (let k = m.end; k < Math.min(m.end + 3, tokens.length); k++) {
    if (tokens[k].lower === 'but') return true;
    if (tokens[k].kind !== 'word' && tokens[k].lower !== ',') return false;
  }
  return false;
}

/**
 * "Agreed to discuss export controls", "discussions on tariffs": a barrier named bare (a pattern of
 * words alone, no verb of raising it over a gap) after a cue that puts a topic on the table is
 * negotiable, so the cue is open on its relief rather than for the barrier.
 */
function topicOfTalks(
  ctx: PipelineContext,
  index: DocIndex,
  cue: Cue,
  kind: string,
  m: PhraseMatch<IssuePayload>,
): boolean {
  if (kind !== 'open' || !m.pattern.negated || m.pattern.elements.some((e) => e.kind !== 'word'))
    return false;
  return cueWords(ctx, 'topic_cues').has(index.tokens[cue.start].lower);
}

/**
 * "Enrichment on our soil is not negotiable", "our territory is non-negotiable": a judgement that
 * what a party holds is not to be bargained over keeps it, against the proposition that would
 * limit or cede it (codebook `keeping_judgements`, of a subject made only of `held_nouns`). "The
 * withdrawal of troops is not negotiable" names a change, which the judgement insists on.
 */
function keptByJudgement(
  ctx: PipelineContext,
  index: DocIndex,
  cue: Cue,
  m: PhraseMatch<IssuePayload>,
): boolean {
  if (m.pattern.negated || m.end > cue.start) return false;
  const { tokens } = index;
  const judgement = tokens
    .slice(cue.start, cue.end)
    .map((t) => t.lower)
    .join(' ');
  if (!cueWords(ctx, 'keeping_judgements').has(judgement)) return false;
  const held = cueWords(ctx, 'held_nouns');
  return tokens.slice(m.start, m.end).every((t) => held.has(t.lower));
}

/** Prepositions after a claim that make it a party's demand ("claims to the islands"), not a charge. */
const CLAIM_OBJECT_PREPOSITIONS = new Set(['to', 'over', 'on', 'for', 'of']);

/** Words (articles, possessives, adjectives) an instrument preposition may stand before its issue. */
const MAX_INSTRUMENT_GAP = 3;

/**
 * The issue is the means of the cue's act, after a preposition of instrument (codebook
 * `instrument_prepositions`: "block access through export controls", "halt the advance via a
 * truce"): the act is done with the issue, so its holder uses it rather than refuses it.
 */
function issueAsInstrument(
  ctx: PipelineContext,
  index: DocIndex,
  cueEnd: number,
  issueStart: number,
): boolean {
  const prepositions = cueWords(ctx, 'instrument_prepositions');
  for (let i = issueStart - 1; i >= cueEnd && issueStart - i <= MAX_INSTRUMENT_GAP + 1; i--)
    if (prepositions.has(index.tokens[i].lower)) return true;
  return false;
}

/** A charge noun taken by a refusal cue, right after it ("denied [the] claims that …") and before
 * the issue it would otherwise refuse; claims "to", "over" or "of" a thing are a party's demands
 * ("rejected the claims to the islands", "the claim of sovereignty"), not a charge. */
function refutesCharge(index: DocIndex, chargeNouns: Cue[], cueEnd: number, issueStart: number): boolean {
  return chargeNouns.some(
    (c) =>
      c.start >= cueEnd &&
      c.start - cueEnd <= 1 &&
      c.end <= issueStart &&
      !CLAIM_OBJECT_PREPOSITIONS.has(index.tokens[c.end]?.lower ?? ''),
  );
}

/** Words a charge's clause may hold before the cue inside it ("claims that it had ... blocked"). */
const MAX_CHARGE_CLAUSE_WORDS = 8;

/**
 * A cue in the clause of a charge noun that a refusal takes ("denied reports that it had rejected
 * the plan", "dismissed claims it blocked the corridor"): the refusal, one or two words before the
 * charge, answers the charge, and the cue inside tells what is denied, not a stance.
 */
function insideRefutedCharge(index: DocIndex, stanceCues: Cue[], chargeNouns: Cue[], cue: Cue): boolean {
  const { tokens } = index;
  return chargeNouns.some(
    (c) =>
      c.end <= cue.start &&
      cue.start - c.end <= MAX_CHARGE_CLAUSE_WORDS &&
      tokens[c.start].sentence === tokens[cue.start].sentence &&
      !tokens.slice(c.end, cue.start).some((t) => /^[,;:()]$/.test(t.text)) &&
      stanceCues.some(
        (r) =>
          r !== cue &&
          STANCE_LISTS[r.pattern.payload] === 'reject' &&
          r.end <= c.start &&
          c.start - r.end <= 2,
      ),
  );
}

/** How many words (articles, adjectives) may stand between "differences on" and the issue it names. */
const MAX_DISPUTE_TOPIC_GAP = 5;

/**
 * "refused to overcome differences on the future settlement", "demanded an end to disagreements
 * over the truce": a dispute noun whose topic is the issue, between the cue and the issue (codebook
 * `dispute_topics`); what the cue takes is the dispute, and it tells no stance on the issue.
 */
function disputeTopicBefore(disputeTopics: Cue[], cueEnd: number, issueStart: number): boolean {
  return disputeTopics.some(
    (d) => d.start >= cueEnd && d.end <= issueStart && issueStart - d.end <= MAX_DISPUTE_TOPIC_GAP,
  );
}

/** Cue words of a denial: "denied violations of the truce" answers a charge, as "denied violating" does. */
const DENIAL = /^den(y|ies|ied|ying)$/;

/**
 * "condemned the violations of the cessation of hostilities": a refusal whose object is a breach of
 * the issue refuses the breach, and so stands for the issue (a demand that it hold); a denial of
 * the breach answers a charge and tells no stance on the issue.
 */
function breachRefused(
  index: DocIndex,
  sc: Pick<SentenceCues, 'violationNouns' | 'issues'>,
  kind: string,
  cue: Cue,
  m: PhraseMatch<IssuePayload>,
): 'condemned' | 'denied' | undefined {
  if (kind !== 'reject' || !undoneBetween(index, sc.violationNouns, sc.issues, cue.end, m.start)) return;
  return DENIAL.test(index.tokens[cue.start]?.lower ?? '') ? 'denied' : 'condemned';
}

/**
 * A verb that undoes what it takes, between a stance cue and its issue ("not prepared to CHOP UP
 * the grain deal", "seeking to UNDERMINE the talks"): the cue's stance is on the issue's undoing.
 * Only its own object: no comma, and no other issue ("end hostilities and release the hostages"),
 * between the verb and the issue.
 */
function undoneBetween(
  index: DocIndex,
  undoVerbs: Cue[],
  issues: PhraseMatch<IssuePayload>[],
  cueEnd: number,
  issueStart: number,
): boolean {
  return undoVerbs.some(
    (u) =>
      u.start >= cueEnd &&
      u.end <= issueStart &&
      issueStart - u.end <= MAX_UNDO_DISTANCE &&
      !index.tokens.slice(u.end, issueStart).some((t) => t.text === ',' || t.text === ';') &&
      !issues.some((o) => o.end > u.start && o.start < issueStart),
  );
}

/** Words that may stand between a negator and the cue it negates ("not fully accept", "not
 * prepared to discuss"); a content verb between them ("did not repeat his demand") stops it. */
const NEGATION_BRIDGE = new Set([
  'be',
  'been',
  'being',
  'is',
  'are',
  'was',
  'were',
  'fully',
  'yet',
  'ever',
  'even',
  'really',
  'necessarily',
  'to',
  'going',
  'able',
  'about',
  'immediately',
  'completely',
  'entirely',
  'currently',
]);

function negatesCue(index: DocIndex, stanceCues: Cue[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (NEGATION_BRIDGE.has(index.tokens[i].lower)) continue;
    if (stanceCues.some((c) => i >= c.start && i < c.end)) continue;
    return false;
  }
  return true;
}

/**
 * Conditions that take a noun phrase, not a clause ("in exchange for guarantees", "in the event of
 * a truce"). Not "on condition of": news says it of sources ("speaking on condition of anonymity").
 */
const PRICE_CONDITIONS =
  /^(in exchange for|in return for|condition for|precondition for|in the event of|in case of)$/;
/** A price names no clause: its phrase ends where the main clause's verb comes ("… in exchange for
 * security guarantees WOULD mean it would not join alliances"). */
const PRICE_END = new Set([
  'would',
  'will',
  'could',
  'can',
  'should',
  'must',
  'may',
  'might',
  'is',
  'are',
  'was',
  'were',
]);
const isPrice = (doc: ParleyDocument, index: DocIndex, c: Cue) =>
  PRICE_CONDITIONS.test(
    doc.text.slice(index.tokens[c.start].start, index.tokens[c.end - 1].end).toLowerCase(),
  );
/** The forms of "be" after an existential "there" ("if there is", "provided there was"). */
const EXISTENTIAL_BE = new Set(['is', 'was', 'were', 'are', 'be', 'will', 'would']);
/**
 * A condition with no party of its own ("if there is a ceasefire", "provided there was an overall
 * ceasefire"): a state of affairs that the offer waits for, demanded as a price is.
 */
const isExistentialCondition = (index: DocIndex, c: Cue) => {
  const { tokens } = index;
  const there = tokens[c.end - 1]?.lower === 'there' ? c.end - 1 : c.end;
  // ("engage Hamas to see if there is a way to push ahead with the ceasefire": a question asked,
  // whose answer no one demands)
  if (QUESTION_VERBS.has(tokens[c.start - 1]?.lower ?? '')) return false;
  return tokens[there]?.lower === 'there' && EXISTENTIAL_BE.has(tokens[there + 1]?.lower ?? '');
};
/**
 * Who holds the condition of an offer told in a statement: the reported clause's own subject
 * ("the envoy confirmed that the Houthis had offered to hand over the port, provided …" is the
 * Houthis'), else the speaker ("Veska said it would …").
 */
function reportedOfferHolder(
  doc: ParleyDocument,
  index: DocIndex,
  stanceCues: Cue[],
  stmt: number,
  c: Cue,
): string[] {
  const { content, actor } = doc.statements[stmt];
  const from = tokenRange(index.tokens, content.start, content.end).from;
  const subject = from < c.start ? subjectOf(index, from, c.start).filter((x) => x.codes.length) : [];
  const end = subject.at(-1)?.end;
  // (only an offer its subject makes: "Ormund had offered to …", not "Ormund would step up …")
  const offered =
    end !== undefined &&
    stanceCues.some(
      (x) =>
        x.start >= end &&
        x.start <= end + 2 &&
        x.end <= c.start &&
        STANCE_LISTS[x.pattern.payload] === 'propose',
    );
  return offered ? subject.flatMap((x) => x.codes) : toList(actor);
}
/** Verbs after which "if" opens a question, not a condition ("to see if", "asked if"). */
const QUESTION_VERBS = new Set([
  'see',
  'ask',
  'asked',
  'asking',
  'know',
  'check',
  'determine',
  'wonder',
  'test',
]);
const MAIN_CLAUSE_MODALS = new Set([
  'will',
  'would',
  'can',
  'could',
  'shall',
  "'ll",
  'ready',
  'prepared',
  'willing',
]);

/**
 * An issue inside a condition of another party's act ("… if Kyiv started withdrawing troops", "…
 * until Mr. Kim agrees to dismantle", "… in exchange for security guarantees"): the holder of the
 * clause the condition qualifies — the statement's speaker, else that clause's subject — demands
 * it (or, when the condition states it against, rejects it). The qualified clause must carry a
 * stance cue or a modal of offer, so that an analyst's "if the talks fail, …" is no one's demand.
 */
function conditionDemand(
  doc: ParleyDocument,
  index: DocIndex,
  h: {
    conditionals: Cue[];
    stanceCues: Cue[];
    negators: Cue[];
    from: number;
    to: number;
    oldTimexes: Span[];
    threats: ReadonlySet<string>;
  },
  m: PhraseMatch<IssuePayload>,
): { actors: string[]; stance: Stance; cue: Cue; statement?: number } | undefined {
  const { tokens } = index;
  const c = h.conditionals.filter((x) => x.end <= m.start && x.start >= h.from).at(-1);
  if (!c) return undefined;
  const price = isPrice(doc, index, c);
  const inner = subjectOf(index, c.end, m.start).flatMap((x) => x.codes);
  if (!price && inner.length === 0 && !isExistentialCondition(index, c)) return undefined;
  // The condition's end: the next comma or clause break after the issue.
  let condEnd = m.end;
  while (
    condEnd < h.to &&
    tokens[condEnd].text !== ',' &&
    tokens[condEnd].text !== ';' &&
    !(price && PRICE_END.has(tokens[condEnd].lower))
  )
    condEnd++;
  const outside = (i: number) => i < c.start || i >= condEnd;
  // "Ukraine agreed … in 1994 in exchange for assurances": an old bargain, not today's demand.
  const condSpan = { start: tokens[c.start].start, end: tokens[condEnd - 1].end };
  if (h.oldTimexes.some((t) => t.end <= condSpan.start || t.start >= condSpan.end)) return undefined;
  const offers =
    h.stanceCues.some((x) => outside(x.start) && STANCE_LISTS[x.pattern.payload] !== 'more') ||
    tokens.slice(h.from, h.to).some((t, k) => outside(h.from + k) && MAIN_CLAUSE_MODALS.has(t.lower));
  if (!offers) return undefined;
  const stmt = index.statementOf[m.start];
  let actors: string[] = [];
  if (stmt >= 0 && index.statementOf[c.start] === stmt)
    actors = reportedOfferHolder(doc, index, h.stanceCues, stmt, c);
  else if (c.start > h.from) actors = subjectOf(index, h.from, c.start).flatMap((x) => x.codes);
  else
    actors = index.mentions.find((x) => x.start >= condEnd && x.start < h.to && x.codes.length)?.codes ?? [];
  actors = uniq(actors.filter((a) => !inner.includes(a)));
  if (actors.length === 0) return undefined;
  // The condition's own polarity: its cue ("renounced plans to join NATO"), its negators, the pattern.
  // Only the conjunct that holds the issue counts ("… withdrawing troops and renounced plans to join").
  let from = c.end;
  for (let i = m.start - 1; i > c.end; i--)
    if (tokens[i].lower === 'and' || tokens[i].lower === 'or' || tokens[i].text === ',') {
      from = i + 1;
      break;
    }
  const rejects = h.stanceCues.filter(
    (x) => x.start >= from && x.end <= m.start && STANCE_LISTS[x.pattern.payload] === 'reject',
  ).length;
  const negators = h.negators.filter((n) => n.start >= from && n.end <= m.start).length;
  // "Beijing would RETALIATE if Washington imposed new sanctions": a threat answers the condition,
  // which the holder opposes, where an offer waits for it.
  const threatened = tokens.slice(h.from, c.start).some((t) => h.threats.has(t.lower));
  const pro = ((rejects + negators + (threatened ? 1 : 0)) % 2 === 0) !== m.pattern.negated;
  return { actors, stance: pro ? 'demand' : 'reject', cue: c, ...(stmt >= 0 ? { statement: stmt } : {}) };
}

const UNTIL_WORDS = new Set(['until', 'unless', 'till']);
const UNTIL_DEMAND = compilePattern('until', 'stance_demand');

/** M inside an until/unless clause that follows a refusal: the refusal's price, demanded. */
function demandedCondition(
  index: DocIndex,
  conditionals: Cue[],
  stanceCues: Cue[],
  clause: Clause,
  m: PhraseMatch<IssuePayload>,
): Cue | undefined {
  const c = conditionals
    .filter(
      (x) =>
        x.end <= m.start &&
        (UNTIL_WORDS.has(index.tokens[x.start].lower) || index.tokens[x.start].lower === 'only'),
    )
    .at(-1);
  if (!c) return undefined;
  // "would take effect only once sanctions are lifted", "will sign only if …": the one condition
  // the holder accepts, demanded.
  if (index.tokens[c.start].lower === 'only') return { ...c, pattern: UNTIL_DEMAND };
  const refusal = stanceCues.some(
    (x) => STANCE_LISTS[x.pattern.payload] === 'reject' && x.start >= clause.from && x.end <= c.start,
  );
  return refusal ? { start: c.start, end: c.end, pattern: UNTIL_DEMAND, actors: [], gaps: [] } : undefined;
}

function conditionOf(
  doc: ParleyDocument,
  index: DocIndex,
  conditionals: Cue[],
  clause: Clause,
  m: PhraseMatch<IssuePayload>,
): 'inside' | Span | undefined {
  const { tokens } = index;
  // The condition runs from its cue to the next comma (or the end of the sentence).
  const endOf = (c: Cue) => {
    let end = c.end;
    const price = isPrice(doc, index, c);
    while (
      end < tokens.length &&
      tokens[end].text !== ',' &&
      tokens[end].text !== ';' &&
      tokens[end].kind !== 'punct' &&
      tokens[end].sentence === tokens[c.start].sentence &&
      !(price && PRICE_END.has(tokens[end].lower))
    )
      end++;
    return end;
  };
  for (const c of conditionals) {
    if (c.start >= m.start) continue;
    const end = endOf(c);
    if (m.start < end) return 'inside';
    if (c.start >= clause.from - 8 && end <= m.start)
      return { start: tokens[c.start].start, end: tokens[end - 1].end };
  }
  // "… would release hostages if Veska lifted the blockade": a condition after the stance.
  const after = conditionals.find((c) => c.start >= m.end && c.start < clause.to);
  if (after) return { start: tokens[after.start].start, end: tokens[endOf(after) - 1].end };
  return undefined;
}

function governingCue(
  index: DocIndex,
  stanceCues: Cue[],
  after: Cue[],
  issues: PhraseMatch<IssuePayload>[],
  clause: Clause,
  m: PhraseMatch<IssuePayload>,
  offerVerbs: Cue[] = [],
  jointAfter: Cue[] = [],
): Cue | undefined {
  const { tokens } = index;
  // Before (or inside the gap of) the issue: the nearest cue, unless another issue stands between
  // them that is not coordinated with this one.
  const before = stanceCues.filter(
    (c) => c.start >= clause.from && c.start < m.end && c.end <= m.end && c.start <= m.end - 1,
  );
  for (let k = before.length - 1; k >= 0; k--) {
    const c = before[k];
    if (c.start >= m.start && !hasGapInside(m, c)) continue;
    // "the terms it has been demanding since the truce began": a time phrase between the cue and
    // the issue dates the cue; the issue in it is no object of the cue.
    if (tokens.slice(c.end, m.start).some((t) => TIME_PREPOSITIONS.has(t.lower))) return undefined;
    // "would not accept any deal that allows Tarsia to keep …": the verb of a relative clause on a
    // deal or plan tells what that text does; the verb that answers the text is the stance.
    const answer = dealRelativeAnswer(index, stanceCues, c);
    if (answer !== undefined) return answer ?? undefined;
    // "Tarsia abandoned the pact and imposed new sanctions": a verb of its own joined by "and"
    // after the cue's object is a second predicate, not the cue's object; it may be an act.
    if (c.end < m.start && joinedPredicateAt(index, c.start, m)) break;
    const between = issues.filter((o) => o !== m && o.start >= c.end && o.end <= m.start);
    // "agreed to a ceasefire at sea and to swap detained fishermen": coordinated objects share the cue.
    const last = between[between.length - 1];
    const sep = last ? tokens.slice(last.end, m.start).map((t) => t.lower) : [];
    // ("must de-escalate by moving its troops away": the means of the first is governed too)
    const means = sep[0] === 'by' && /ing$/.test(sep[1] ?? '') && sep.length <= 6 && !sep.includes(',');
    // ("a permanent ceasefire, full Israeli withdrawal from Gaza": a party's adjective qualifies
    // the next item as any other)
    const coordinated =
      means ||
      accompaniedBy(sep) ||
      sep.every((w, i) => COORD.has(w) || LIST_QUALIFIER.test(w) || partyWordAt(index, last.end + i)) ||
      (sep.includes('and') && sep.length <= 5 && !sep.includes(','));
    // A cue far from the issue governs something else ("never seem to tire of telling …"); the
    // distance runs to the first of coordinated objects, and from inside a relative clause that
    // states the content of the cue's object ("prefers an approach in which Veska takes steps to …").
    const reached = last && coordinated ? between[0].start : m.start;
    const opener = relativeContentAt(index, c.end, reached);
    const distance = reached - (opener ?? c.end);
    // (a far speech verb that reports the statement leaves the words of the statement to decide:
    // "announced that it will supply Veska with $6 million in military aid")
    if (c.end < m.start && distance > MAX_CUE_DISTANCE && !hasGapInside(m, c)) {
      if (index.statementOf[c.start] !== index.statementOf[m.start] && index.statementOf[m.start] >= 0) break;
      return undefined;
    }
    // "guarantees that the U.S. would not leave the pact, and questions over uranium": a bare
    // negated auxiliary governs its own verb's object, not the next item of a list after ", and";
    // nor what a "but" sets against it ("would not join alliances, but would have its security
    // guaranteed").
    if (
      bareNegation(index, c) &&
      (commaAndBetween(index, c.end, m.start) || butBetween(index, c.end, m.start))
    )
      return undefined;
    if (between.length === 0 || coordinated) return outerCue(index, stanceCues, c);
    return undefined;
  }
  // "it would release hostages if …", "Veska will lift the blockade": an offer in the modal itself.
  // (an adverb may stand between: "would immediately lift its pause on military aid")
  const adverb = /ly$/.test(tokens[m.start - 1]?.lower ?? '') ? 1 : 0;
  const prev = tokens[m.start - 1 - adverb]?.lower;
  if (
    prev &&
    OFFER_MODALS.has(prev) &&
    m.start - 1 - adverb >= clause.from &&
    tokens[m.start].kind === 'word'
  )
    return { start: m.start - 1 - adverb, end: m.start - adverb, pattern: MODAL_OFFER, actors: [], gaps: [] };
  // "Veska will send a civilian mission", "Ormund would not provide new guarantees": a modal of
  // offer, a verb of giving (offer_verbs) and the issue as its object; a negation between them
  // is counted as any other.
  const modal = modalOfOffer(index, offerVerbs, clause, m);
  if (modal !== undefined)
    return { start: modal, end: modal + 1, pattern: MODAL_OFFER, actors: [], gaps: [] };
  // "Israel withdrew its forces", "the U.S. has lifted sanctions", "Biden imposed new sanctions":
  // the act itself, done by the clause's subject, is its acceptance (or, for a pattern that states
  // the opposite, its rejection). Only a pattern that opens with a finite verb is an act.
  // (a time or an adverb may stand between the subject or auxiliary and the verb: "has since
  // April 8 released", "Veska on Monday withdrew")
  const act = m.start - 1 - adverbialBefore(index, clause.from, m.start);
  if (
    act >= clause.from &&
    (((ACT_AUXILIARIES.has(tokens[act].lower) ||
      mentionsEndingAt(index, act + 1).some((x) => x.codes.length) ||
      partyWithShortName(index, clause.from, act) ||
      includedBefore(index, act, clause.from).length > 0 ||
      joinedPredicateAt(index, clause.from, m)) &&
      finiteVerbAt(tokens[m.start].lower, m.pattern)) ||
      progressiveAct(index, clause.from, act, m)) &&
    // "after the U.S. imposed waves of sanctions": an act in a temporal clause is background.
    !tokens.slice(clause.from, act + 1).some((t) => BACKGROUND_SUBORDINATORS.has(t.lower))
  )
    return { start: m.start, end: m.start + 1, pattern: ACT_DONE, actors: [], gaps: [] };
  // "the measures … would remain in force": the modal inside the pattern's gap.
  for (const [a, b] of m.gaps)
    for (let i = a; i < b; i++)
      if (OFFER_MODALS.has(tokens[i].lower))
        return { start: i, end: i + 1, pattern: MODAL_OFFER, actors: [], gaps: [] };
  // "humanitarian aid would enter the port", "the truce will start on Monday" in a party's words:
  // what the speaker says will happen, it offers.
  if (index.statementOf[m.start] >= 0) {
    const j = m.end;
    if (OFFER_MODALS.has(tokens[j]?.lower ?? '') && tokens[j].sentence === tokens[m.start].sentence) {
      let v = j + 1;
      while (/^(also|soon|then|now)$|ly$/.test(tokens[v]?.lower ?? '')) v++;
      // ("NATO troops in Ukraine would be unacceptable": the judging cue after "be" decides)
      let judge = v + 1;
      while (/ly$/.test(tokens[judge]?.lower ?? '')) judge++;
      // ("… would be SEEN as a party to the conflict": a verb of regarding before the judgement)
      if (/(ed|en)$/.test(tokens[judge]?.lower ?? '') && after.some((a) => a.start === judge + 1)) judge++;
      const judged = tokens[v]?.lower === 'be' && after.some((a) => a.start === judge);
      if (tokens[v]?.kind === 'word' && !/^(not|never|n't)$/.test(tokens[v].lower) && !judged)
        return { start: j, end: j + 1, pattern: MODAL_OFFER, actors: [], gaps: [] };
    }
  }
  // After: only cues that judge what precedes them, within the comma segment (or a relative clause).
  // A relative clause may run past the end of a statement's content ("…, which both men say they want").
  for (const a of after) {
    if (a.start < m.end || tokens[a.start].sentence !== tokens[m.start].sentence) continue;
    const gap = tokens.slice(m.end, a.start);
    if (gap.some((t) => t.text === ';')) continue;
    const commaAt = gap.findIndex((t) => t.text === ',');
    const relative = commaAt >= 0 && ['which', 'that', 'who'].includes(gap[commaAt + 1]?.lower ?? '');
    if ((commaAt >= 0 && !relative) || (!relative && a.start >= Math.max(clause.to, m.end))) continue;
    // "elections must be held": a modal judges only the issue it directly follows.
    if (/^(must|should|need|has)/.test(a.pattern.source) && a.start - m.end > 1) continue;
    if (issues.some((o) => o !== m && o.start >= m.end && o.end <= a.start)) continue;
    const judges = [...stanceCues, ...jointAfter];
    const judged =
      judges.find((c) => c.start <= a.start && c.end >= a.end) ??
      judges.find((c) => c.start >= a.start && c.end <= a.end);
    // ("nuclear talks": talks name their topic only right before them)
    if (judged && isJoint(judged) && a.start !== m.end) continue;
    if (judged) return judged;
  }
  return undefined;
}

/** Words of a time or manner between an auxiliary and its verb ("has since April 8 released"). */
const ADVERBIAL =
  /^(already|now|since|finally|just|recently|again|reportedly|so|far|then|last|later|twice|further|still|subsequently|even|once|jointly|this|on|in|by|early|late|week|month|year|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,4})$|ly$/;

/** How many adverbial words stand right before token `at` (at most four, none before `from`). */
function adverbialBefore(index: DocIndex, from: number, at: number): number {
  let n = 0;
  while (n < 4 && at - n - 1 >= from && ADVERBIAL.test(index.tokens[at - n - 1].lower)) n++;
  return n;
}

/** Is there a comma followed by "and" or "or" in [from, to)? */
function commaAndBetween(index: DocIndex, from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++)
    if (index.tokens[k].text === ',' && /^(and|or)$/.test(index.tokens[k + 1].lower)) return true;
  return false;
}

/** Is there a "but" in [from, to)? */
function butBetween(index: DocIndex, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (index.tokens[k].lower === 'but') return true;
  return false;
}

/** Does the clause opened at `from` close (a comma or semicolon) at or after `at` and before `to`? */
function closedBetween(index: DocIndex, from: number, at: number, to: number): boolean {
  const { tokens } = index;
  for (let k = from; k < to; k++) if (tokens[k].text === ',' || tokens[k].text === ';') return k >= at;
  return false;
}

/** What may stand between a verb of giving and the issue it governs ("send a NEW mission"). */
const OBJECT_WORDS = new Set([
  ...DETERMINERS,
  'some',
  'more',
  'new',
  'further',
  'additional',
  'its',
  'their',
]);

/** An amount before the thing given ("$6.5 million in", "500 tonnes of", "two more batches of"). */
const AMOUNT_WORDS =
  /^(\$|€|£|\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|hundreds?|thousands?|millions?|billions?|worth|of|in|tonnes?|tons?|batch|batches|package|packages|dollars|euros)$/;

/**
 * Do tokens [from, to) join a verb of giving to its object: determiners ("send a NEW mission"), or
 * the one it is given to and an amount ("supply Veska with $6 million in military aid")?
 */
function objectBetween(index: DocIndex, from: number, to: number): boolean {
  const { tokens } = index;
  if (tokens.slice(from, to).every((t) => OBJECT_WORDS.has(t.lower)) && to - from <= 2) return true;
  // "supply Veska with …", "provide the islanders' council with …": the recipient, then "with".
  let k = from;
  if (tokens[k]?.lower === 'the') k++;
  const recipient = index.mentionAt.get(k);
  if (!recipient?.codes.length || tokens[recipient.end]?.lower !== 'with') return false;
  k = recipient.end + 1;
  if (to - k > 6) return false;
  for (; k < to; k++) {
    const w = tokens[k].lower;
    if (!OBJECT_WORDS.has(w) && !AMOUNT_WORDS.test(w) && !NOUN_QUALIFIERS.test(w)) return false;
  }
  return true;
}

/** The modal before a verb of giving whose object is the issue, if any ("will SEND a mission"). */
function modalOfOffer(index: DocIndex, offerVerbs: Cue[], clause: Clause, m: PhraseMatch<IssuePayload>) {
  const { tokens } = index;
  const verb = offerVerbs.find(
    (v) => v.end <= m.start && v.start > clause.from && objectBetween(index, v.end, m.start),
  );
  if (!verb) return undefined;
  let k = verb.start - 1;
  while (k > clause.from && /^(also|then|soon|now|not|never|n't)$|ly$/.test(tokens[k].lower)) k--;
  return OFFER_MODALS.has(tokens[k].lower) ? k : undefined;
}

/** What may stand between a relative pronoun and its verb ("a deal that WOULD allow"). */
const DEAL_RELATIVE_AUXILIARIES =
  /^(would|will|could|can|may|might|does|did|do|has|have|had|is|was|also|still|not|n't)$/;

/**
 * A stance cue that opens a relative clause on a deal or plan ("… a plan that calls for …") tells
 * what that text does. Where a stance verb answers the text ("rejected a proposal that would
 * require it to disarm", "would not accept any deal that allows …", "rallied support behind a plan
 * that calls for …"), that verb is the holder's stance: returned. A text only supposed ("any
 * agreement that allows …") that nothing answers is no one's stance: null. Otherwise undefined
 * (a plan told as made keeps its content).
 */
function dealRelativeAnswer(index: DocIndex, stanceCues: Cue[], c: Cue): Cue | null | undefined {
  const { tokens } = index;
  let k = c.start - 1;
  while (k > 0 && DEAL_RELATIVE_AUXILIARIES.test(tokens[k].lower)) k--;
  if (k <= 0 || !RELATIVE_PRONOUNS.has(tokens[k].lower) || tokens[k].lower === 'who') return undefined;
  const noun = startingIn(index.cues, Math.max(0, k - 3), k).find(
    (n) => n.end === k && (n.pattern.payload === 'deal_nouns' || n.pattern.payload === 'proposal_nouns'),
  );
  if (!noun) return undefined;
  const from = Math.max(0, noun.start - 4);
  // "a Tarsian plan that would require …": a text with its author named says what the author asks.
  if (within(index.mentions, from, noun.start).some((x) => x.codes.length && x.end <= noun.start))
    return undefined;
  const answer = stanceCues.filter((o) => o !== c && o.end >= from && o.end <= noun.start).at(-1);
  // (a text that itself rules something out, answered by another verb, is a double turn: left unread)
  if (answer && STANCE_LISTS[c.pattern.payload] !== 'reject') return answer;
  return answer || tokens.slice(from, noun.start).some((t) => t.lower === 'any') ? null : undefined;
}

/** Openers of a relative clause that states what its noun holds ("a deal under which …"). */
const CONTENT_RELATIVES = /^(in|under|by)$/;

/**
 * The token after "in which", "under which", "whereby" between a cue's end and `to`, when the
 * relative follows the cue's object within reach ("proposed a plan under which …"); else undefined.
 */
function relativeContentAt(index: DocIndex, from: number, to: number): number | undefined {
  const { tokens } = index;
  for (let k = from; k < to && k - from <= MAX_CUE_DISTANCE; k++) {
    const w = tokens[k].lower;
    if (w === ',' || w === ';') return undefined;
    if (w === 'whereby') return k + 1;
    if (w === 'which' && k > from && CONTENT_RELATIVES.test(tokens[k - 1].lower)) return k + 1;
  }
  return undefined;
}

/**
 * The parties of the tables (meetings and agreements the events stage resolved) told in a
 * sentence or shortly before it: "X and Y agreed on a truce … She said … They also discussed …".
 */
function meetingParties(doc: ParleyDocument, index: DocIndex, sentence: number): string[] {
  return uniq(meetingsNear(doc, index, sentence, MEETING_TYPES).flatMap((e) => e.actors));
}

/** The parties of the last meeting (CONSULT) told in the sentence or the few before it. */
function lastMeetingParties(doc: ParleyDocument, index: DocIndex, sentence: number): string[] {
  const met = meetingsNear(doc, index, sentence, CONSULT_ONLY);
  return met.length ? [...met[met.length - 1].actors] : [];
}

const CONSULT_ONLY = new Set(['CONSULT']);

/** Events of the given types, between two or more parties, told in the sentence or the few before it. */
function meetingsNear(doc: ParleyDocument, index: DocIndex, sentence: number, types: ReadonlySet<string>) {
  const sentenceAt = (offset: number) => index.tokens[tokenAtOrAfter(index.tokens, offset)]?.sentence ?? -1;
  return doc.events.filter((e) => {
    if (!types.has(e.type) || e.actors.length < 2) return false;
    const s = sentenceAt(e.evidence.start);
    return s <= sentence && s >= sentence - TABLE_REACH;
  });
}

interface HolderInput {
  frames: Cue[];
  collectives: Cue[];
  tables: Cue[];
  joints: Cue[];
  clause: Clause;
  cue: Cue;
  m: PhraseMatch<IssuePayload>;
  sentenceFrom: number;
}

/**
 * Is the span inside a relative clause set off by commas that closes before `limit` ("The plan,
 * which both sides accepted, calls for …")? Those words qualify the clause's subject; they are
 * not its subject.
 */
function inClosedRelative(
  index: DocIndex,
  from: number,
  span: { start: number; end: number },
  limit: number,
) {
  const { tokens } = index;
  let opener = -1;
  for (let k = span.start - 1; k > from; k--)
    if (/^(which|who|whom)$/.test(tokens[k].lower) && tokens[k - 1].text === ',') {
      opener = k;
      break;
    }
  if (opener < 0) return false;
  for (let k = span.end; k < limit; k++) if (tokens[k].text === ',') return true;
  return false;
}

function holderOf(
  doc: ParleyDocument,
  ctx: PipelineContext,
  index: DocIndex,
  h: HolderInput,
): Holder | undefined {
  const { m, cue, clause } = h;
  const stmtIdx = index.statementOf[m.start];
  const statement = stmtIdx >= 0 ? doc.statements[stmtIdx] : undefined;
  const speakerActors = statement ? toList(statement.actor) : [];
  // 1. "X accused Y of ruling out …": Y's stance, X the source.
  // ("X accused Y of stalling and said Veska wanted a truce": a statement of its own after the
  // frame's is out of its reach.)
  const framed = (f: Cue) => index.statementOf[f.end] < 0 || index.statementOf[f.end] === stmtIdx;
  const frame = h.frames.find((f) => f.end <= m.start && f.actors.length && f.actors[0].length && framed(f));
  if (frame) {
    const accuser = subjectOf(index, h.sentenceFrom, frame.start);
    return {
      actors: frame.actors[0].slice(0, 1),
      source: accuser[0]?.codes[0] ?? speakerActors[0] ?? null,
      via: 'reported',
    };
  }
  const first = Math.min(cue.start, m.start);
  // 2. Collective subject before the cue ("both men say they want"), or a joint action.
  // Before the cue ("Both sides want …"), or between the issue and a judging cue after it.
  const cueWord = index.tokens[cue.start].lower;
  const collective = h.collectives.find(
    (c) =>
      ((c.start >= clause.from &&
        c.end <= first &&
        !ownSubjectBetween(index, c.end, first) &&
        !namedSubordinateBetween(index, c.end, first) &&
        !inClosedRelative(index, clause.from, c, first)) ||
        (cue.start >= m.end && c.start >= m.end && c.end <= cue.start)) &&
      // "“All sides must refrain from …,” X said": what the speaker asks of the sides is the
      // speaker's demand, not theirs.
      !(statement && SPEAKER_MODALS.has(cueWord) && !OFFER_MODALS.has(cueWord)),
  );
  // ("the meeting between X and Y ended": the parties the issue names did it together)
  const joint =
    h.joints.find((c) => c.start >= clause.from && c.end <= clause.to + 1) ??
    (cue.pattern.payload === JOINT_DONE && uniq(m.actors.flat()).length >= 2 ? cue : undefined);
  // "The participants discussed …": the parties of a table told just before (only with the cues
  // of talks held together; with no table told, the collective stands for no one). A joint word
  // in the clause does not name them ("they discussed mutual recognition of …").
  const table =
    !collective && cue.pattern.payload === JOINT_OPEN
      ? h.tables.find(
          (c) => c.start >= clause.from && c.end <= first && !ownSubjectBetween(index, c.end, first),
        )
      : undefined;
  const met = table ? meetingParties(doc, index, index.tokens[cue.start].sentence) : [];
  if (met.length >= 2)
    return { actors: met, via: 'collective', statement: stmtIdx >= 0 ? stmtIdx : undefined };
  if (collective || joint) {
    const named = uniq(m.actors.flat());
    const inside = uniq(within(index.mentions, m.start, m.end).flatMap((x) => x.codes));
    // "The three countries backed …": the parties the collective itself stands for, where the
    // actors stage resolved it.
    const own = collective
      ? uniq(within(index.mentions, collective.start, collective.end).flatMap((x) => x.codes))
      : [];
    // "Russia, Iran and Turkey … The 3 powers also backed …": a counted collective of three or
    // more is the list of as many parties told last before it.
    const count = collective ? countOf(index, collective) : 0;
    const recalled = count >= 3 ? lastListOf(index, collective?.start ?? 0, count) : [];
    // ("Veska and Ormund agreed to stop targeting each other": a joint act's coordinated subject.)
    const subject = joint
      ? uniq(subjectOf(index, clause.from, first, { from: m.start, to: m.end }).flatMap((x) => x.codes))
      : [];
    const told =
      named.length >= 2
        ? named
        : inside.length >= 2
          ? inside
          : own.length >= 2
            ? own
            : subject.length >= 2
              ? subject
              : recalled;
    // ("Tshisekedi and Biruta met in Luanda. … the sides agreed to a ceasefire": a collective that
    // names no one stands for the meeting just told before the story's usual pair; the one who
    // reports what "they" agreed is not one of them.)
    const lastMet =
      collective && !told.length
        ? lastMeetingParties(doc, index, index.tokens[cue.start].sentence).filter(
            (a) => !speakerActors.includes(a),
          )
        : [];
    const parties = told.length ? told : lastMet.length >= 2 ? lastMet : partiesInPlay(doc, ctx);
    // ("Veska remains committed to … matters of prisoners in each other's country": a joint word
    // after the issue, under one party's own subject, tells where the issue lies; the stance is
    // that party's, not its counterpart's too. "X, Y and their respective delegations negotiated
    // on territory" names the joint holders before the issue.)
    const soleSubject = !collective && !told.length && subject.length === 1 && (joint?.start ?? 0) >= m.end;
    if (parties.length >= 2 && !soleSubject)
      return {
        actors: parties,
        via: 'collective',
        statement: stmtIdx >= 0 ? stmtIdx : undefined,
        ...(told.length ? {} : { inPlay: true }),
      };
  }
  // 3. "Mr. Kim's offer to abandon …", "Ormund's demand for …": a stance noun's possessor holds
  //    it, whoever reports it (a verb that governs the noun was read as the outer cue before).
  // ("Moscow's refusal to accept a ceasefire", "Kyiv's readiness to discuss …": the owner of the
  // stance noun whose "to" opens the cue.)
  const nounBefore = index.tokens[cue.start - 1]?.lower === 'to' ? cue.start - 2 : -1;
  const possessor =
    stanceNounOwner(ctx, index, cue) ??
    (nounBefore >= 0 && cueWords(ctx, 'stance_nouns').has(index.tokens[nounBefore].lower)
      ? stanceNounOwner(ctx, index, { ...cue, start: nounBefore, end: nounBefore + 1 })
      : undefined);
  if (possessor && STANCE_LISTS[cue.pattern.payload] !== 'more' && !innerOf.has(cue))
    return {
      actors: uniq(possessor.codes),
      ...(speakerActors[0] ? { source: speakerActors[0] } : {}),
      via: 'possessor',
    };
  // "Ormund will face severe sanctions": the subject of a verb of undergoing is the target of
  // the issue, not its holder (the speaker who threatens it holds it; in the reporter's voice, no one).
  const undergo = cueWords(ctx, 'undergo_verbs');
  // ("Ukraine wants TO become a member", "… wants to be admitted": a wish of the subject's own.)
  const undergoesAt = (k: number) => {
    const verb = undergo.has(index.tokens[k]?.lower ?? '') ? k : passiveAt(index, k) ? k - 1 : -1;
    return verb >= 0 && index.tokens[verb - 1]?.lower !== 'to';
  };
  // (A passive cue of consent, "would not be allowed to join", is others' consent; "is prepared
  // to" is the subject's own readiness.)
  // ("Zelenskiy, who was not invited to the summit": the one invited holds nothing of the
  // inviter's offer.)
  const undergoes =
    undergoesAt(m.start) ||
    undergoesAt(m.start - 1) ||
    (STANCE_LISTS[cue.pattern.payload] === 'accept' && undergoesAt(cue.start)) ||
    (PASSIVE_OFFERS.test(index.tokens[cue.start]?.lower ?? '') && passiveAt(index, cue.start, true));
  // "Hamas had been pressed by Qatar to accept …": the one who presses demands it; the party pressed
  // holds nothing.
  const pressedPassive = passivePressing(index, clause.from, cue.start);
  if (pressedPassive)
    return pressedPassive.length ? { actors: pressedPassive, via: 'presser', forceDemand: true } : undefined;
  // 4. Through a statement: the speaker's party (a third party's own stance when the content
  //    reports it with a verb: "Rubio said Russia was willing to …"). Not a cue told before the
  //    statement's speaker, outside its words: "Kest rejected Brisk's demand that …" is Kest's.
  if (statement && !cueBeforeStatement(index, statement, cue)) {
    const said = subjectOf(index, afterOpeningClause(index, clause.from, first), first, {
      from: m.start,
      to: m.end,
    });
    const subject = tellerOf(ctx, index, said) ?? said;
    // "The proposal aims to achieve a truce, the official said": what a plan seeks is its
    // authors' (read from the plan itself), not a stance of the one who describes it.
    if (subject.length === 0 && proposalIsSubject(ctx, index, clause.from, cue.start)) return undefined;
    const other = subject.flatMap((x) => x.codes).filter((c) => !speakerActors.includes(c));
    // A source that speaks for nobody may still report a party's stance ("Russia demanded …, a
    // source said"); its own opinions ("X must …") are nobody's position.
    // Only a verb before the issue, or one that opens it ("Hamas handed over the hostages, the
    // army said"), has a subject of its own ("Ukraine's path to membership was irreversible"
    // judges the issue; the judge is the speaker), and a possessor is no subject.
    // ("Sudan's army and the RSF signed …": a party's own body is the party, not a possessor.)
    const possessive = subject.some(
      (x) => index.tokens[x.end]?.lower === "'s" && !GROUP_NOUNS.has(index.tokens[x.end + 1]?.lower ?? ''),
    );
    // "X urged Veska and Ormund to … agree to a truce": the parties urged are asked, the speaker demands.
    const pressed = pressedBy(index, subject) !== undefined || pressingCue(doc, statement);
    // "Netanyahu vowed that Iran would never obtain …": what another party will or will never do
    // in a vow is the speaker's resolve (a verb of that party's own, "X vowed Y offers …", stays Y's).
    const vowed =
      OFFER_MODALS.has(cueWord) &&
      cueWords(ctx, 'vow_verbs').has(statement.provenance.cue?.toLowerCase() ?? '');
    // "Trump said Iran could not have a nuclear weapon", "Putin said Ukraine cannot join NATO": the
    // issue's own verb right after a denied "can" is what the speaker forbids, not the subject's
    // refusal ("Russia could not accept a truce" names the subject's own verb of consent).
    const forbidden =
      m.start === cue.end && index.tokens.slice(cue.start, cue.end).every((t) => CANNOT.has(t.lower));
    // "He said Israel would withdraw its forces": a modal of the future tells what the subject
    // will do, not what the speaker asks of it ("X must …" stays the speaker's).
    // "Ukraine agreed to …, the joint statement (of Ukraine and the U.S.) said": a subject that names
    // one of several speaking parties holds the stance alone. (What one of them will do under a
    // joint text is the text's, for all: "the EU will send a mission, the parties announced".)
    const ownOnly =
      other.length === 0 &&
      !SPEAKER_MODALS.has(cueWord) &&
      subject.length > 0 &&
      speakerActors.length > 1 &&
      uniq(subject.flatMap((x) => x.codes)).length < speakerActors.length;
    if (
      (other.length || ownOnly) &&
      cue.start <= m.start &&
      !undergoes &&
      !possessive &&
      !pressed &&
      !vowed &&
      !forbidden &&
      !judgesANoun(ctx, index, cue) &&
      (!SPEAKER_MODALS.has(cueWord) || OFFER_MODALS.has(cueWord)) &&
      subject.every((x) => x.kind !== 'pronoun')
    )
      // ("Putin said both Ankara and Moscow will work to …": a coordinated subject that names the
      // speaker's own party beside another holds it for all of them.)
      return {
        actors: uniq(subject.flatMap((x) => x.codes)),
        source: speakerActors[0] ?? null,
        via: 'reported-in-statement',
      };
    // "Rubio said they had agreed to a truce": the "they" of a named person is other parties;
    // the speaker reports their consent, and gives none. ("They will exchange embassies," a
    // broker's announcement of what it brought about, stays the broker's.)
    if (
      STANCE_LISTS[cue.pattern.payload] === 'accept' &&
      pronounSubjectBefore(index, clause.from, cue.start, 'they') &&
      reportedByNamedPerson(doc, index, cue.start)
    )
      return undefined;
    // "said Tarsia, Veska and Ormund in a joint statement", "according to a joint statement from
    // Veska, Ormund and Tarsia": every party of a list that the speaker opens.
    // ("The statement also called for …": the list of the statement it refers back to.)
    const ownList = statement.speakerSpan ? speakerList(index, statement.speakerSpan, speakerActors) : [];
    const listed = ownList.length ? ownList : earlierList(doc, index, stmtIdx, speakerActors);
    if (speakerActors.length === 0 && listed.length === 0) return undefined;
    // "Veska and Ormund agreed …": every party of a coordinated speaker.
    let actors = listed.length > speakerActors.length ? listed : speakerActors;
    if (statement.speakerSpan) {
      const r = tokenRange(index.tokens, statement.speakerSpan.start, statement.speakerSpan.end);
      const named = subjectBefore(index, r.from, r.to + 1).flatMap((x) => x.codes);
      if (named.length > actors.length && actors.every((a) => named.includes(a))) actors = uniq(named);
    }
    return {
      actors,
      entity: statement.entity,
      statement: stmtIdx,
      via: 'statement',
      ...(pressed ? { forceDemand: true } : {}),
    };
  }
  // 5. The reporter's own voice: the clause's subject.
  if (undergoes) return undefined;
  // "Marrow represents Veska at the meetings that aim to achieve peace": a purpose told in a
  // relative clause on a meeting is the meeting's, not a stance of the party before it.
  if (meetingPurpose(ctx, index, first)) return undefined;
  // "Most states, including Veska and Ormund, recognised …": the parties the subject includes.
  let v = first - 1;
  while (v > clause.from && /^(has|have|had|also|repeatedly|long)$|ly$/.test(index.tokens[v].lower)) v--;
  const included = includedBefore(index, v, clause.from);
  if (included.length) return { actors: included, via: 'included' };
  const joined = coordinatedPredicateSubject(index, h.sentenceFrom, first);
  if (joined.length) return { actors: joined, via: 'subject' };
  // "During their meeting with Kest, Brisk and Marrow agreed …": a phrase of time fronted before
  // the subject and set off by a comma names no holder (a gerund, "Reaching a deal is …", may be
  // the subject itself).
  const fronted = FRONTED_OPENERS.test(index.tokens[clause.from]?.lower ?? '');
  const subjectFrom = fronted ? afterOpeningClause(index, clause.from, first) : clause.from;
  const subject = subjectOf(index, subjectFrom, first, { from: m.start, to: m.end });
  if (subject.length === 0) {
    // "…, including its objections to the presence of foreign troops": a stance noun whose possessor
    // is a pronoun belongs to the sentence's subject ("A Tarsian statement … its demands").
    if (POSSESSIVE_PRONOUNS.has(index.tokens[cue.start - 1]?.lower ?? '')) {
      const owner = subjectOf(index, h.sentenceFrom, cue.start - 1).flatMap((x) => x.codes);
      if (owner.length) return { actors: uniq(owner), via: 'possessor' };
    }
    const shared = sharedSubject(index, clause.from, first, h.sentenceFrom);
    if (shared.length) return { actors: shared, via: 'subject' };
    return participleHolder(doc, index, cue, h.sentenceFrom);
  }
  // "a plan that would require Kyiv to cede territory", "urged Ormund to accept": the one who
  // requires or urges holds the stance, as a demand.
  const verbAt = pressedBy(index, subject);
  if (verbAt !== undefined) {
    const presser = subjectOf(index, h.sentenceFrom, verbAt);
    if (presser.length)
      return { actors: uniq(presser.flatMap((x) => x.codes)), via: 'presser', forceDemand: true };
  }
  // "Egypt's envoy visited Israel on Wednesday to discuss a truce": the one visited or met is the
  // object; the purpose is the visitor's.
  const visitAt = visitedForPurpose(ctx, index, subject, cue);
  if (visitAt !== undefined) {
    const visitor = subjectOf(index, h.sentenceFrom, visitAt);
    if (visitor.length) return { actors: uniq(visitor.flatMap((x) => x.codes)), via: 'subject' };
  }
  // "Haftar left Moscow on Tuesday without signing the truce": the city left is the object; the
  // refusal is the one who left.
  const leftAt = leftWithout(index, subject, cue);
  if (leftAt !== undefined) {
    const leaver = subjectOf(index, h.sentenceFrom, leftAt);
    return leaver.length ? { actors: uniq(leaver.flatMap((x) => x.codes)), via: 'subject' } : undefined;
  }
  const entity = subject[0].mention !== undefined ? doc.mentions[subject[0].mention].entity : undefined;
  return {
    actors: uniq(subject.flatMap((x) => x.codes)),
    ...(entity !== undefined ? { entity } : {}),
    via: 'subject',
  };
}

/** Whether the cue at `first` opens a relative clause ("that"/"which") on a meeting noun. */
function meetingPurpose(ctx: PipelineContext, index: DocIndex, first: number): boolean {
  const relative = index.tokens[first - 1]?.lower;
  if (relative !== 'that' && relative !== 'which') return false;
  return cueWords(ctx, 'consult_nouns').has(index.tokens[first - 2]?.lower ?? '');
}

/** Verbs of a visit whose object is the place or party visited (besides the codebook's consult_verbs). */
const VISIT_VERBS = new Set(['visited', 'visit', 'visits', 'visiting']);
/** How many words (a day, a place) may stand between the one visited and the "to" of the purpose. */
const PURPOSE_GAP = 6;

/**
 * "visited Israel on Wednesday to discuss …", "met Kest to discuss …": the subject found for the cue
 * is the object of a verb of visiting or meeting, and the cue an infinitive of purpose after it.
 * The verb's token, or undefined.
 */
function visitedForPurpose(
  ctx: PipelineContext,
  index: DocIndex,
  subject: ActorMention[],
  cue: Cue,
): number | undefined {
  const { tokens } = index;
  if (tokens[cue.start - 1]?.lower !== 'to') return undefined;
  const head = subject[0];
  const last = subject[subject.length - 1];
  if (cue.start - 1 - last.end > PURPOSE_GAP) return undefined;
  for (let k = last.end; k < cue.start - 1; k++) if (!/^[\p{L}\d]/u.test(tokens[k].text)) return undefined;
  const verb = head.start - 1;
  const word = tokens[verb]?.lower ?? '';
  return VISIT_VERBS.has(word) || cueWords(ctx, 'consult_verbs').has(word) ? verb : undefined;
}

/** Verbs of leaving a place, whose object is the place left. */
const DEPART_VERBS = new Set([
  'left',
  'leave',
  'leaves',
  'leaving',
  'departed',
  'departs',
  'depart',
  'quit',
  'quits',
]);

/**
 * "left Moscow on Tuesday without signing …", "departed Berlin without accepting …": the subject
 * found for a cue of "without" is the place after a verb of leaving; the verb's token, or
 * undefined. (The one who left, before the verb, is the holder; no one, when none is named.)
 */
function leftWithout(index: DocIndex, subject: ActorMention[], cue: Cue): number | undefined {
  const { tokens } = index;
  if (tokens[cue.start]?.lower !== 'without') return undefined;
  const last = subject[subject.length - 1];
  if (cue.start - last.end > PURPOSE_GAP) return undefined;
  for (let k = last.end; k < cue.start; k++) if (!/^[\p{L}\d]/u.test(tokens[k].text)) return undefined;
  const verb = subject[0].start - 1;
  return DEPART_VERBS.has(tokens[verb]?.lower ?? '') ? verb : undefined;
}

/**
 * "Any cap on its forces WOULD LEAVE it defenceless": the issue is the subject of a modal and a
 * verb of consequence (consequence_verbs); the speaker judges what the issue would bring about,
 * and offers nothing.
 */
function consequenceOf(
  ctx: PipelineContext,
  index: DocIndex,
  m: PhraseMatch<IssuePayload>,
  cue: Cue,
): boolean {
  if (cue.pattern !== MODAL_OFFER || cue.start !== m.end) return false;
  let v = cue.end;
  while (/ly$/.test(index.tokens[v]?.lower ?? '')) v++;
  return cueWords(ctx, 'consequence_verbs').has(index.tokens[v]?.lower ?? '');
}

/** Forms of "be" that make a following participle passive. */
const BE_FORMS = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);

/**
 * "Ukraine would not BE ADMITTED to NATO", "Ormund will BE GRANTED guarantees", "would not BE
 * ALLOWED to join": an issue or cue told in the passive, from its participle or right after it;
 * its subject undergoes what others decide.
 */
function passiveAt(index: DocIndex, at: number, throughNegation = false): boolean {
  const be = throughNegation && NEGATED_BE.has(index.tokens[at - 1]?.lower ?? '') ? at - 2 : at - 1;
  return /(ed|en)$/.test(index.tokens[at]?.lower ?? '') && BE_FORMS.has(index.tokens[be]?.lower ?? '');
}

/** Words between "be" and its participle that deny it ("was not invited"). */
const NEGATED_BE = new Set(['not', 'never']);
/** Offers told in the passive, whose subject receives them ("was invited", "were offered"). */
const PASSIVE_OFFERS = /^(invited|offered|asked)$/;

/**
 * "… had been PRESSED BY Qatar TO accept": a pressing verb in the passive right before the cue's
 * "to" — the parties named after "by" ([] when none is), or undefined when the cue is not so pressed.
 */
function passivePressing(index: DocIndex, from: number, cueAt: number): string[] | undefined {
  const { tokens } = index;
  if (tokens[cueAt - 1]?.lower !== 'to') return undefined;
  for (let k = cueAt - 2; k > from && cueAt - k <= 8; k--) {
    if (!PRESSING_VERBS.test(tokens[k].lower) || !/ed$/.test(tokens[k].lower)) continue;
    if (!BE_FORMS.has(tokens[k - 1]?.lower ?? '')) return undefined;
    if (tokens[k + 1]?.lower !== 'by') return k + 1 === cueAt - 1 ? [] : undefined;
    return uniq(within(index.mentions, k + 2, cueAt - 1).flatMap((x) => x.codes));
  }
  return undefined;
}

/** Pronouns that a teller's words open with ("told him HE would not …"). */
const TOLD_SUBJECTS = new Set(['he', 'she', 'they']);
/** Objects of a verb of telling ("told HIM he …"). */
const TOLD_OBJECTS = new Set(['him', 'her', 'them', 'us', 'me']);

/**
 * "Trump said Putin had told him he would not agree to a ceasefire": the pronoun that opens what
 * one party told another stands for the teller (consult_told_verbs), not for the outer speaker.
 */
function tellerOf(
  ctx: PipelineContext,
  index: DocIndex,
  subject: ActorMention[],
): ActorMention[] | undefined {
  if (subject.length !== 1 || subject[0].kind !== 'pronoun') return undefined;
  const { tokens } = index;
  if (!TOLD_SUBJECTS.has(tokens[subject[0].start].lower)) return undefined;
  let k = subject[0].start - 1;
  if (tokens[k]?.lower === 'that') k--;
  if (
    !TOLD_OBJECTS.has(tokens[k]?.lower ?? '') ||
    !cueWords(ctx, 'consult_told_verbs').has(tokens[k - 1]?.lower ?? '')
  )
    return undefined;
  let v = k - 2;
  while (v > 0 && /^(had|has|have|also|reportedly)$/.test(tokens[v].lower)) v--;
  const teller = mentionsEndingAt(index, v + 1).find((x) => x.codes.length && x.kind !== 'pronoun');
  return teller ? [teller] : undefined;
}

/**
 * Whether a cue stands before a statement's speaker and outside both its words and its own cue
 * ("Kest REJECTED Brisk's demand that Veskan forces leave"): the stance is not the speaker's.
 */
function cueBeforeStatement(index: DocIndex, statement: Statement, cue: Cue): boolean {
  const { speakerSpan, content, cueSpan } = statement;
  if (!speakerSpan) return false;
  const start = index.tokens[cue.start].start;
  const end = index.tokens[cue.end - 1].end;
  const inside = (span: Span | undefined) => span !== undefined && start < span.end && end > span.start;
  return end <= speakerSpan.start && !inside(content) && !inside(cueSpan);
}

/** Articles before a party that qualifies a stance noun ("THE U.S. insistence", "A Veskan offer"). */
const NOUN_ARTICLES = new Set(['the', 'a', 'an']);
/** Prepositions that name a stance noun's owner after it ("efforts BY Tarsia to", "calls FROM Ormund for"). */
const OWNER_AFTER = new Set(['by', 'from']);

/**
 * The party that owns the stance noun a cue opens: its possessor ("Ormund's demand for"), the
 * party that qualifies it ("the U.S. insistence on", "a Veskan offer of"), or the one named by
 * "by"/"from" right after it ("efforts by Tarsia to"). Whoever reports or answers the noun, the
 * stance is its owner's. (Without an article, "Veska demands …" is a verb: its subject holds it.)
 */
function stanceNounOwner(ctx: PipelineContext, index: DocIndex, cue: Cue) {
  const { tokens } = index;
  if (tokens[cue.start - 1]?.lower === "'s")
    return mentionsEndingAt(index, cue.start - 1).find((x) => x.codes.length);
  if (!cueWords(ctx, 'stance_nouns').has(tokens[cue.start].lower)) return undefined;
  const before = mentionsEndingAt(index, cue.start).find(
    // (the actors stage may take the article into the mention: "the U.S.")
    (x) =>
      x.codes.length &&
      (NOUN_ARTICLES.has(tokens[x.start].lower) || NOUN_ARTICLES.has(tokens[x.start - 1]?.lower ?? '')),
  );
  if (before) return before;
  if (!OWNER_AFTER.has(tokens[cue.start + 1]?.lower ?? '')) return undefined;
  // (the mention may hold its article, "by the United States", or begin after it)
  const after =
    index.mentionAt.get(cue.start + 2) ??
    (tokens[cue.start + 2]?.lower === 'the' ? index.mentionAt.get(cue.start + 3) : undefined);
  return after?.codes.length && after.end <= cue.end ? after : undefined;
}

/** Pronouns that open a subject of their own ("… a plan HE presented"); "they" may be the collective again. */
const OWN_SUBJECT_PRONOUNS = new Set(['he', 'she', 'i', 'we', 'you']);

/** A pronoun subject between a collective and its cue: the cue is that pronoun's, not the collective's. */
function ownSubjectBetween(index: DocIndex, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (OWN_SUBJECT_PRONOUNS.has(index.tokens[k].lower)) return true;
  return false;
}

/** Conjunctions that open a clause of their own, told beside the main one. */
const SUBORDINATORS = new Set(['after', 'before', 'when', 'because', 'since', 'once', 'until']);
/**
 * "The two sides agreed to hold talks after Baku offered to negotiate …": a subordinate clause whose
 * subject is a named party is that party's, not the collective's of the main clause. ("after
 * Veska's withdrawal" opens no clause.)
 */
function namedSubordinateBetween(index: DocIndex, from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    if (!SUBORDINATORS.has(index.tokens[k].lower)) continue;
    const subject = index.mentionAt.get(k + 1);
    if (subject?.codes.length && index.tokens[subject.end]?.lower !== "'s") return true;
  }
  return false;
}

/**
 * A statement told by a pressing verb whose content is what the party addressed should do ("X
 * urged Ormund to accept a truce", "called on Veska to …"): the speaker demands it. ("called the
 * plan positive" is no pressing.)
 */
function pressingCue(doc: ParleyDocument, statement: Statement): boolean {
  if (!statement.cueSpan) return false;
  const words = doc.norm.slice(statement.cueSpan.start, statement.cueSpan.end).toLowerCase().split(/\s+/);
  if (
    !PRESSING_VERBS.test(words[0]) ||
    !/^to\b/i.test(doc.norm.slice(statement.content.start, statement.content.end))
  )
    return false;
  return !/^call/.test(words[0]) || words[1] === 'on' || words[1] === 'upon';
}

/** Words that open a noun phrase naming a plan ("the proposal", "this plan", "their offer"). */
const PLAN_DETERMINERS = new Set(['the', 'this', 'that', 'its', 'their', 'a', 'an']);
/** How many words may stand between the determiner and the plan's noun ("the latest US proposal"). */
const PLAN_MODIFIERS = 3;

/** The clause from `from` to the cue at `cueStart` has a plan noun as its subject ("The proposal aims to"). */
function proposalIsSubject(ctx: PipelineContext, index: DocIndex, from: number, cueStart: number): boolean {
  const { tokens } = index;
  const noun = cueStart - 1;
  if (noun < from || !cueWords(ctx, 'proposal_nouns').has(tokens[noun].lower)) return false;
  for (let k = noun - 1; k >= Math.max(from, noun - 1 - PLAN_MODIFIERS); k--)
    if (PLAN_DETERMINERS.has(tokens[k].lower)) return k === from && opensClause(index, k);
  return false;
}

/**
 * Token `k` opens a clause: first of the text, after punctuation or "that" — not the object of a
 * verb before it ("Ormund called the truce plan positive" judges the plan; the plan is no subject).
 */
function opensClause(index: DocIndex, k: number): boolean {
  const before = index.tokens[k - 1];
  return before?.kind !== 'word' || before.lower === 'that';
}

/**
 * A cue that judges the plan or demand noun right after it ("Russia had presented ‘unacceptable’
 * demands that …"): the judge is the one who speaks, not the subject that presented them.
 */
function judgesANoun(ctx: PipelineContext, index: DocIndex, cue: Cue): boolean {
  let k = cue.end;
  // (quotation marks are no tokens of the index: "‘unacceptable’ demands" reads as two words)
  while (/^["'’”]$/.test(index.tokens[k]?.text ?? '')) k++;
  const next = index.tokens[k]?.lower ?? '';
  return cueWords(ctx, 'answer_nouns').has(next) || cueWords(ctx, 'proposal_nouns').has(next);
}

/** The counts a collective's list is recalled for: lists longer than five are not told in a row. */
const RECALLED_COUNTS = { min: 3, max: 5 };

/** The number a collective counts ("the three powers", "the 4 countries"), 0 if none. */
function countOf(index: DocIndex, c: Cue): number {
  for (let k = c.start; k < c.end; k++) {
    const word = index.tokens[k].lower;
    const n = COUNT_WORDS[word] ?? (/^\d$/.test(word) ? Number(word) : 0);
    if (n >= RECALLED_COUNTS.min && n <= RECALLED_COUNTS.max) return n;
  }
  return 0;
}

/** How many sentences back a counted collective may recall its list. */
const RECALL_SENTENCES = 6;

/**
 * The parties of the last list of exactly `n` parties ("Russia, Iran and Turkey") told before
 * token `before`, within a few sentences; empty if none.
 */
function lastListOf(index: DocIndex, before: number, n: number): string[] {
  const { tokens } = index;
  const sentence = tokens[before].sentence;
  const from = index.sentenceTokens[Math.max(0, sentence - RECALL_SENTENCES)].from;
  let found: string[] = [];
  // (a party that continues a list opens none: "Iran and Turkey" inside "Russia, Iran and Turkey")
  const continuing = new Set<ActorMention>();
  for (const m of startingIn(index.mentions, from, before)) {
    if (continuing.has(m) || !m.codes.length) continue;
    const codes = [...m.codes];
    let k = m.end;
    for (;;) {
      const x = nextListItem(index, k);
      if (!x?.codes.length || x.end > before) break;
      continuing.add(x);
      codes.push(...x.codes);
      k = x.end;
    }
    const parties = uniq(codes);
    if (parties.length === n) found = parties;
  }
  return found;
}

/**
 * "Veska is demanding a halt to the shelling, and wants Ormund to free the crew": a clause that a
 * conjunction after a comma opens with its verb (at `verbAt`, perhaps after an adverb) has no
 * subject of its own; it shares the subject of the clause before the comma.
 */
function sharedSubject(index: DocIndex, clauseFrom: number, verbAt: number, sentenceFrom: number): string[] {
  const { tokens } = index;
  if (!/^(and|but)$/.test(tokens[clauseFrom]?.lower ?? '') || tokens[clauseFrom - 1]?.text !== ',') return [];
  for (let k = clauseFrom + 1; k < verbAt; k++)
    if (!/^(also|still|now)$|ly$/.test(tokens[k].lower)) return [];
  return uniq(subjectOf(index, sentenceFrom, clauseFrom - 1).flatMap((x) => x.codes));
}

/** Words that may stand between "and" and the verb it joins ("and then rejected", "and later signed"). */
const JOINED_VERB_ADVERBS = /^(then|later|also|subsequently|immediately|swiftly)$|ly$/;
/** Words after a subject that show its verb: an auxiliary or a verb in the past or the present. */
const FINITE_AFTER_SUBJECT = /^(has|have|had|was|were|is|are|will|would|did|does)$|ed$/;

/**
 * "abandoned the pact and imposed new sanctions", "did not attend and then lifted the levies": the
 * issue opens with a past verb joined by "and" (adverbs between) to an earlier verb of its clause
 * after `from` — a predicate of the clause's subject, with words of the first predicate between.
 */
function joinedPredicateAt(index: DocIndex, from: number, m: PhraseMatch<IssuePayload>): boolean {
  const { tokens } = index;
  const verb = tokens[m.start].lower;
  if (!finiteVerbAt(verb, m.pattern) || !(/ed$/.test(verb) || IRREGULAR_PAST.has(verb))) return false;
  let and = m.start - 1;
  while (and > from && JOINED_VERB_ADVERBS.test(tokens[and].lower)) and--;
  if (tokens[and]?.lower !== 'and' || and - from < 2) return false;
  // (the first predicate's own verb, before its object: "abandoned", "did not attend")
  return tokens
    .slice(from, and)
    .some((t) => FINITE_AFTER_SUBJECT.test(t.lower) || IRREGULAR_PAST.has(t.lower));
}

/**
 * "Veska met Ormund on Monday and rejected the truce": a past verb joined by "and" to the verb of
 * the sentence's subject has that subject, not the party its first verb took as object (which is
 * the nearest party before it). The parties of the subject, or none when the sentence does not
 * read as subject, verb, object party, "and", verb.
 */
function coordinatedPredicateSubject(index: DocIndex, sentenceFrom: number, verbAt: number): string[] {
  const { tokens } = index;
  const verb = tokens[verbAt];
  if (!verb || !(/ed$/.test(verb.lower) || IRREGULAR_PAST.has(verb.lower))) return [];
  let and = verbAt - 1;
  while (and > sentenceFrom && JOINED_VERB_ADVERBS.test(tokens[and].lower)) and--;
  if (tokens[and]?.lower !== 'and') return [];
  const start = afterOpeningClause(index, sentenceFrom, and);
  const first = mentionsWithin(index, start, and).find((x) => x.codes.length > 0);
  if (!first) return [];
  // past the subject's own list ("Veska and Tarsia met …") to its verb
  let k = first.end;
  while (k < and) {
    const after = mentionFrom(index, k);
    if (/^(and|,)$/.test(tokens[k].lower)) k++;
    else if (after && after.codes.length > 0) k = after.end;
    else break;
  }
  if (k >= and || !(FINITE_AFTER_SUBJECT.test(tokens[k].lower) || IRREGULAR_PAST.has(tokens[k].lower)))
    return [];
  // the first verb's object is a party: the one the nearest-party reading would take
  if (!mentionsWithin(index, k + 1, and).some((x) => x.codes.length > 0)) return [];
  return uniq(subjectBefore(index, start, k).flatMap((x) => x.codes));
}

/**
 * "Ormund said the truce did not concern it, while calling for direct talks", "Veska left the
 * talks, demanding a ceasefire": a participle that opens a clause of its own (after a comma, or
 * "while") has the subject of the clause before it — the speaker, when that clause reports one.
 */
function participleHolder(
  doc: ParleyDocument,
  index: DocIndex,
  cue: Cue,
  sentenceFrom: number,
): Holder | undefined {
  const { tokens } = index;
  if (!/ing$/.test(tokens[cue.start].lower)) return undefined;
  let k = cue.start - 1;
  if (tokens[k]?.lower === 'while') k--;
  if (tokens[k]?.text !== ',' || k <= sentenceFrom) return undefined;
  // A statement reported before the comma: its speaker.
  for (let i = k - 1; i >= sentenceFrom; i--) {
    const st = index.statementOf[i];
    if (st < 0) continue;
    const statement = doc.statements[st];
    const actors = toList(statement.actor);
    if (!statement.cueSpan || statement.cueSpan.start >= tokens[k].start || actors.length === 0) break;
    return { actors, entity: statement.entity, statement: st, via: 'participle' };
  }
  const subject = subjectOf(index, sentenceFrom, k);
  if (subject.length === 0) return undefined;
  return { actors: uniq(subject.flatMap((x) => x.codes)), via: 'participle' };
}

/**
 * The parties of an apposition ", including Veska, Ormund and Tarsia," that closes with the comma
 * at `comma`: a subject that names no party ("most member states", "the international community")
 * by the parties it includes.
 */
function includedBefore(index: DocIndex, comma: number, from: number): string[] {
  const { tokens } = index;
  if (tokens[comma]?.text !== ',') return [];
  const out: string[] = [];
  let end = comma;
  for (let steps = 0; steps < 12 && end > from; steps++) {
    const m = mentionsEndingAt(index, end).find((x) => x.codes.length);
    if (!m) return [];
    out.push(...m.codes);
    let k = m.start - 1;
    if (tokens[k]?.lower === 'the') k--;
    if (tokens[k]?.lower === 'including') return tokens[k - 1]?.text === ',' ? uniq(out) : [];
    if (tokens[k]?.lower === 'and') end = tokens[k - 1]?.text === ',' ? k - 1 : k;
    else if (tokens[k]?.text === ',') end = k;
    else return [];
  }
  return [];
}

/** Words that may join the parties of a speaker's list ("Tarsia, Veska and Ormund"). */
const LIST_JOINERS = new Set([',', 'and']);

/**
 * The parties of a list the speaker opens: "said Tarsia, Veska and Ormund", "a joint statement
 * from Veska, Ormund and Tarsia". Empty unless the list names a party beyond the speaker's own,
 * joined by commas and "and" (an apposition, "Ilse Marrow, Veska's minister", adds nothing new).
 */
function speakerList(index: DocIndex, span: Span, speakerActors: string[]): string[] {
  const { tokens } = index;
  const r = tokenRange(tokens, span.start, span.end);
  const out: string[] = [];
  let k = r.from;
  let including = false;
  // The speaker itself, when it names a party ("Tarsia"), is the list's first item.
  const own =
    index.mentionAt.get(k) ??
    (DETERMINERS.has(tokens[k]?.lower ?? '') ? index.mentionAt.get(k + 1) : undefined);
  if (own?.codes.length && own.end >= r.to) {
    out.push(...own.codes);
    k = own.end;
  } else {
    // "The international community, including the Council, …": the parties it includes.
    k = r.to;
    if (speakerActors.length) return [];
    if (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'including') including = true;
    else if (tokens[k]?.lower !== 'from') return [];
    k += including ? 2 : 1;
  }
  let items = out.length ? 1 : 0;
  for (;;) {
    const m = items > 0 ? nextListItem(index, k) : mentionFrom(index, k);
    if (!m?.codes.length || tokens[m.start].sentence !== tokens[r.from].sentence) break;
    // "Ilse Marrow, Ormund's envoy" is an apposition, not a list.
    if (tokens[m.end]?.lower === "'s") break;
    out.push(...m.codes);
    items++;
    k = m.end;
  }
  // A list is two or more parties, one of them beyond the speaker's own.
  const all = uniq(out);
  return (items >= 2 || (including && items === 1)) && all.some((a) => !speakerActors.includes(a)) ? all : [];
}

/** The party named at token `k`, with or without "the" before it ("and the Council"). */
const mentionFrom = (index: DocIndex, k: number): ActorMention | undefined =>
  index.mentionAt.get(k) ?? (index.tokens[k]?.lower === 'the' ? index.mentionAt.get(k + 1) : undefined);

/** The party a list names after its joiner at token `k` (", ", "and", ", and"). */
function nextListItem(index: DocIndex, k: number): ActorMention | undefined {
  if (!LIST_JOINERS.has(index.tokens[k]?.lower ?? '')) return undefined;
  const next = index.tokens[k + 1]?.lower === 'and' ? k + 2 : k + 1;
  return mentionFrom(index, next);
}

const DEFINITE_SPEAKER = new Set(['the', 'this', 'that']);
/** How many statements back "the statement" may refer (a reference is to one told just before). */
const REFERRED_STATEMENTS = 8;

/**
 * "According to a joint statement from Veska, Ormund and Tarsia, … The statement also called for
 * …": a definite speaker ("the statement", "the joint communiqué") that repeats the head noun of
 * an earlier speaker is that speaker again, with the parties its list named.
 */
function earlierList(
  doc: ParleyDocument,
  index: DocIndex,
  stmtIdx: number,
  speakerActors: string[],
): string[] {
  const { tokens } = index;
  const span = doc.statements[stmtIdx].speakerSpan;
  if (!span) return [];
  const r = tokenRange(tokens, span.start, span.end);
  if (r.to - r.from < 2 || !DEFINITE_SPEAKER.has(tokens[r.from].lower)) return [];
  const head = tokens[r.to - 1].lower;
  for (let i = stmtIdx - 1; i >= Math.max(0, stmtIdx - REFERRED_STATEMENTS); i--) {
    const before = doc.statements[i].speakerSpan;
    if (!before) continue;
    const b = tokenRange(tokens, before.start, before.end);
    // The noun may end the earlier speaker or head it before its issuers ("a joint statement
    // from Veska, Ormund and Tarsia", which the statements stage may already give all three).
    let named = false;
    for (let k = b.from; k < b.to && !named; k++) named = tokens[k].lower === head;
    if (!named) continue;
    // (read as that speaker's own list; the parties it adds beyond this one's are what count)
    const own = toList(doc.statements[i].actor);
    const list = own.length >= 2 ? own : speakerList(index, before, own);
    return list.some((a) => !speakerActors.includes(a)) ? list : [];
  }
  return [];
}

const KEEP_ON_AUX = /^(to|will|would|can|could|might|may)$/;

/**
 * Does a verb of going on follow the issue that ends at `at` ("the ceasefire to hold", "the truce
 * in the north will last")? A short phrase of place may stand between them.
 */
function keptInForce(index: DocIndex, keepOn: ReadonlySet<string>, at: number, to: number): boolean {
  const { tokens } = index;
  let k = at;
  if (k < to && /^(at|in|on|along|across|between|around)$/.test(tokens[k].lower)) {
    const end = Math.min(to, k + 5);
    for (
      k++;
      k < end &&
      /^[\p{L}'-]+$/u.test(tokens[k].text) &&
      !KEEP_ON_AUX.test(tokens[k].lower) &&
      !keepOn.has(tokens[k].lower);
      k++
    );
  }
  // (after an auxiliary the bare verb, "to hold"; else the singular form, "the truce holds": "efforts
  // to establish peace … continue" is the efforts going on, "the proposal last month" no verb)
  const aux = k < to && KEEP_ON_AUX.test(tokens[k].lower);
  if (aux) k++;
  const verb = tokens[k]?.lower ?? '';
  return (
    k < to &&
    keepOn.has(verb) &&
    (aux ? !verb.endsWith('s') : verb.endsWith('s')) &&
    tokens[k + 1]?.lower !== 'talks'
  );
}

const toList = (a: string | string[] | null): string[] => (a == null ? [] : Array.isArray(a) ? a : [a]);

/** The party the proposition concerns: named in the pattern, or named just after it ("for Kyiv"). */
function aboutOf(m: PhraseMatch<IssuePayload>, holder: Holder, index: DocIndex): string | undefined {
  const slots = m.actors.flat().filter((a) => !holder.actors.includes(a));
  if (slots.length) return slots[0];
  if (m.actors.some((a) => a.length === 0)) return holder.actors[0];
  const next = startingIn(index.mentions, m.end, m.end + 2).find((x) => x.codes.length);
  if (next && ['for', 'of', 'to'].includes(index.tokens[m.end]?.lower ?? '')) return next.codes[0];
  const inside = within(index.mentions, m.start, m.end).find(
    (x) => x.codes.length && !holder.actors.includes(x.codes[0]),
  );
  if (
    inside &&
    m.pattern.payload.issue !== 'alliance_membership' &&
    m.pattern.payload.issue !== 'foreign_troops'
  )
    return inside.codes[0];
  return m.pattern.payload.about;
}

/** Words of a cue that only negates ("did not", "won't"): no verb of stance of its own. */
const NEGATION_WORDS = new Set([
  'will',
  'would',
  'could',
  'can',
  'does',
  'do',
  'did',
  'not',
  "won't",
  "wouldn't",
  'cannot',
  "can't",
  "couldn't",
  "doesn't",
  "don't",
  "didn't",
]);

/** A cue that is only a negated auxiliary ("would not", "didn't"): its verb is what it negates. */
const bareNegation = (index: DocIndex, cue: Cue) =>
  index.tokens.slice(cue.start, cue.end).every((t) => NEGATION_WORDS.has(t.lower.replace(/’/g, "'")));

/** One position per holder, issue, stance and sentence span. */
function dedupe(positions: Position[]): Position[] {
  const seen = new Set<string>();
  return positions.filter((p) => {
    const key = `${p.actor}|${p.issue}|${p.stance}|${p.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * "The cabinet approved the ceasefire, with Ben-Gvir casting the sole dissenting vote": the one
 * named right before a cue of dissent (codebooks/stance.yaml dissent_cues) rejects what the
 * sentence says was accepted before it.
 */
function dissentPositions(doc: ParleyDocument, ctx: PipelineContext, found: Position[]): Position[] {
  const index = docIndex(doc, ctx);
  const { tokens } = index;
  const out: Position[] = [];
  for (const cue of index.cues) {
    if (cue.pattern.payload !== 'dissent_cues') continue;
    const dissenters = uniq(mentionsEndingAt(index, cue.start).flatMap((x) => x.codes));
    if (dissenters.length === 0) continue;
    const { from } = index.sentenceTokens[tokens[cue.start].sentence];
    const sentenceStart = tokens[from].start;
    const cueStart = tokens[cue.start].start;
    const evidence: Span = { start: cueStart, end: tokens[cue.end - 1].end };
    const accepted = found.filter(
      (p) =>
        p.stance === 'accept' && p.start < cueStart && p.end > sentenceStart && p.start >= sentenceStart - 1,
    );
    for (const issue of uniq(accepted.map((p) => p.issue)))
      for (const actor of dissenters)
        out.push({
          ...evidence,
          actor,
          issue,
          stance: 'reject',
          evidence,
          provenance: {
            rule: 'position.dissent',
            cue: doc.text.slice(evidence.start, evidence.end),
            confidence: 0.6,
          },
        });
  }
  return out;
}

/**
 * "Thailand would suspend the peace declaration signed in Kuala Lumpur": a party that refuses, in
 * the sentence that tells the deal, what the deal holds does not accept it there as a signatory.
 * ("Under the deal, Israel would not annex …", in a sentence of its own, is a term of the deal.)
 */
function withoutRefused(doc: ParleyDocument, fromDeals: Position[], own: Position[]): Position[] {
  const dealToldIn = (p: Position) =>
    p.provenance.cue !== undefined &&
    doc.text.slice(p.evidence.start, p.evidence.end).includes(p.provenance.cue);
  return fromDeals.filter(
    (p) =>
      p.stance !== 'accept' ||
      !dealToldIn(p) ||
      !own.some(
        (q) =>
          q.stance === 'reject' &&
          q.actor === p.actor &&
          q.issue === p.issue &&
          q.evidence.start >= p.evidence.start &&
          q.evidence.end <= p.evidence.end,
      ),
  );
}

/**
 * "The plan, drawn up by Tarsia, would require Veska to … Veska would hold elections within 100
 * days": in the reporter's words, a party's act told as a term of another party's plan is what
 * the plan asks of it, not its own stance.
 */
function withoutPlanTerms(doc: ParleyDocument, own: Position[], fromDeals: Position[]): Position[] {
  const terms = fromDeals.filter((q) => q.provenance.rule === 'position.proposal.content');
  // ("the Houthis rejected a UN proposal to reopen roads": a stance that names the plan answers it.)
  const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const namesPlan = (p: Position, plan: string) =>
    wordsOf(doc.text.slice(p.evidence.start, p.evidence.end)).includes(wordsOf(plan).at(-1) ?? '');
  return own.filter(
    (p) =>
      !p.provenance.rule.startsWith('position.subject.') ||
      !terms.some(
        (q) =>
          q.issue === p.issue &&
          q.actor !== p.actor &&
          q.evidence.start <= p.evidence.start &&
          q.evidence.end >= p.evidence.end &&
          !namesPlan(p, q.provenance.cue ?? ''),
      ),
  );
}

/**
 * "Tarsia's tightening of sanctions on Ormund", "Veska issued new sanctions on Ormund": a party that
 * puts a sanction on another (a SANCTION the events stage read, its source named) refuses the
 * relief of sanctions. What a sanction's words name decides the issue refused (codebook
 * `sanction_issue_words`); a stance on that issue read already stands.
 */
function sanctionerPositions(doc: ParleyDocument, ctx: PipelineContext, found: Position[]): Position[] {
  const out: Position[] = [];
  const byIssue = sanctionIssueWords(ctx);
  const background = cueWords(ctx, 'background_clause_openers');
  const has = new Set(found.map((p) => `${p.actor} ${p.issue}`));
  for (const event of doc.events) {
    if (event.type !== 'SANCTION' || (event.status && event.status !== 'held')) continue;
    const at = event.evidence.start;
    const words = letterWords(doc.text.slice(at, event.evidence.end));
    const issue = byIssue.find(([, w]) => words.some((x) => w.has(x)))?.[0];
    if (!issue) continue;
    const sentence = doc.sentences.find((x) => x.start <= at && at < x.end);
    // ("… lifting barriers, after the U.S. imposed waves of sanctions": the sanction told as the
    // background of another act says nothing of the sanctioner's stance now.)
    if (letterWords(clauseBefore(doc.text, sentence?.start ?? at, at)).some((x) => background.has(x)))
      continue;
    // ("sanctions imposed by Tarsia would be lifted under the deal": the sentence tells their
    // relief, read as a stance of its own; the sanction is what is relieved.)
    if (sentence && found.some((p) => p.issue === issue && p.stance !== 'reject' && startsIn(p, sentence)))
      continue;
    for (const actor of event.source ?? []) {
      if (has.has(`${actor} ${issue}`) || (event.target ?? []).includes(actor)) continue;
      has.add(`${actor} ${issue}`);
      out.push({
        ...event.evidence,
        actor,
        issue,
        about: event.target?.[0],
        stance: 'reject',
        evidence: event.evidence,
        provenance: { rule: 'position.sanctioner', cue: event.provenance.cue, confidence: 0.6 },
      });
    }
  }
  return out;
}

/** Whether a position's evidence starts inside the span. */
const startsIn = (p: Position, span: { start: number; end: number }) =>
  p.start >= span.start && p.start < span.end;

/** Codebook `sanction_issue_words` ("ISSUE: word word …"), in the codebook's order. */
function sanctionIssueWords(ctx: PipelineContext): Array<[string, ReadonlySet<string>]> {
  return cached(ctx, 'positions.sanctionIssueWords', () =>
    (ctx.codebook.cues.sanction_issue_words ?? []).flatMap((line): Array<[string, ReadonlySet<string>]> => {
      const [issue, words] = line.split(':');
      return words ? [[issue.trim(), new Set(words.trim().toLowerCase().split(/\s+/))]] : [];
    }),
  );
}

/** The words of the clause before `at`: back to the last comma or semicolon after `sentenceStart`. */
function clauseBefore(text: string, sentenceStart: number, at: number): string {
  const from = Math.max(text.lastIndexOf(',', at - 1), text.lastIndexOf(';', at - 1), sentenceStart - 1);
  return text.slice(from + 1, at);
}

/** A text's words of letters, in lower case. */
const letterWords = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u);

export const positionsStage: Stage = {
  name: 'positions',
  run(doc: ParleyDocument, ctx: PipelineContext) {
    // In text order, so that a document's positions keep one order whichever rule found them.
    const own = positionsOf(doc, ctx);
    const fromDeals = dealPositions(doc, ctx);
    const stances = [
      ...withoutPlanTerms(doc, own, fromDeals),
      ...withoutRefused(doc, fromDeals, own),
      ...summitPositions(doc, ctx),
    ];
    const found = [
      ...stances,
      ...inviterPositions(doc, ctx, stances),
      ...sanctionerPositions(doc, ctx, stances),
    ];
    const answered = [...found, ...answerPositions(doc, ctx, found)];
    const ruled = [...answered, ...dissentPositions(doc, ctx, answered)];
    doc.positions = dedupe([...ruled, ...modelPositions(doc, ctx, ruled)]).sort(
      (a, b) => a.start - b.start || a.end - b.end,
    );
  },
};
