/**
 * ACCUSE: "X accused Y", "X expressed concern over Y's …", "criticism from X", "Y denies the
 * allegations". A side the clause leaves unnamed is the story's other party (see merge.ts).
 */

import { cueWords } from '../actors/resolve-speaker.js';
import { longestNonOverlapping } from '../issues.js';
import { mentionsWithin, statementActorsAt } from '../textindex.js';
import { cameDaysAfter, carriedReportDay, pickDate, reportDay, tokensBefore } from './dates.js';
import { type Sentence, textSpan, uniq } from './mention.js';
import {
  actorsIn,
  agentAfter,
  agentOf,
  BE,
  firstPartyAfter,
  listAfter,
  mainSubject,
  PATRON,
  passiveAgent,
  subjectOfSentenceBefore,
} from './participants.js';
import { remarksSpeaker } from './remarks.js';

// The preposition that closes an adjectival cue ("concerned by", "critical of").
const ADJECTIVE_END = new Set(['of', 'by', 'about', 'over', 'at', 'with', 'in']);

/** Pronouns that open a charge and stand for the clause's subject ("charges … that it arms …"). */
const CHARGED_PRONOUNS = new Set(['it', 'they']);

/**
 * "an act of sabotage, blamed by Veska on Ormund": a blame in the passive with its agent and the
 * party it is put on — the agent blames that party. Undefined unless both are named.
 */
function blamePutOn(
  { ctx, index, tokens, to }: Sentence,
  start: number,
  end: number,
): { accuser: string[]; accused: string[] } | undefined {
  if (tokens[start].lower !== 'blamed' || tokens[end]?.lower !== 'by') return undefined;
  const accuser = passiveAgent(ctx, index, end, to);
  if (!accuser.length) return undefined;
  for (let k = end + 1; k < Math.min(to, end + 8); k++) {
    if (tokens[k].lower !== 'on') continue;
    const accused = firstPartyAfter(index, k + 1, Math.min(to, k + 4), accuser);
    return accused.length ? { accuser, accused } : undefined;
  }
  return undefined;
}

/** "Ormund, which has long accused …": the party before ", which|who" in the words before `at`. */
function relativeAntecedent(index: Sentence['index'], from: number, at: number): string[] {
  const { tokens } = index;
  for (let k = at - 1; k > from && k >= at - 6; k--)
    if (/^(which|who)$/.test(tokens[k].lower) && tokens[k - 1]?.text === ',')
      return index.mentionEndingAt.get(k - 1)?.codes ?? [];
  return [];
}

/**
 * "objected to any role for Ormund, which it accuses of arming the rebels": in a relative clause
 * whose subject stands between "which" and the cue, the antecedent is the one accused; the
 * subject, a party named there or else (a pronoun) the main clause's, accuses. Null when the cue
 * opens no such clause.
 */
function objectRelative(sentence: Sentence, at: number): { accuser: string[]; accused: string[] } | null {
  const { index, from } = sentence;
  const { tokens } = index;
  for (let k = at - 2; k > from && k >= at - 4; k--) {
    if (!/^(which|whom|who)$/.test(tokens[k].lower) || tokens[k - 1]?.text !== ',') continue;
    const accused = index.mentionEndingAt.get(k - 1)?.codes ?? [];
    if (!accused.length) return null;
    const named = mentionsWithin(index, k + 1, at).find((m) => m.codes.length)?.codes;
    const pronoun = at === k + 2 && /^(it|they|he|she)$/.test(tokens[k + 1].lower);
    if (!named && !pronoun) return null;
    const accuser = (named ?? mainSubject(sentence, k - 1)).filter((a) => !accused.includes(a));
    return { accuser, accused };
  }
  return null;
}

/**
 * Where the charge begins after an accusation's object: "accused the European leaders of
 * pro-Armenian bias", "blamed Ormund for the failure". "of" before a name goes on ("the leaders of
 * Veska of …"). `to` when no charge is named.
 */
function chargeStart(tokens: Sentence['tokens'], at: number, to: number): number {
  for (let i = at; i < to; i++) {
    const w = tokens[i].lower;
    if (w === 'for' || (w === 'of' && !/^\p{Lu}|^the$/u.test(tokens[i + 1]?.text ?? ''))) return i;
  }
  return to;
}

// Words that may stand between a passive's "be" and its participle ("was also sharply criticised").
const PASSIVE_ADVERBS = new Set(['also', 'again', 'widely', 'long', 'often']);

/**
 * "was condemned", "has been sharply criticised": a form of "be" up to three words before the
 * participle at `at`, with only adverbs between — not one of another clause ("insisted talks were
 * underway and accused Hamas": "were" is the talks').
 */
function passiveAuxiliaryBefore(tokens: Sentence['tokens'], from: number, at: number): boolean {
  for (let k = at - 1; k >= Math.max(from, at - 3); k--) {
    const w = tokens[k].lower;
    if (BE.has(w)) return true;
    if (!PASSIVE_ADVERBS.has(w) && !/ly$/.test(w)) return false;
  }
  return false;
}

/** "…, accusing him of spying": a participle that opens a clause after a comma. */
const participleClause = (tokens: Sentence['tokens'], at: number) =>
  tokens[at - 1]?.text === ',' && /ing$/.test(tokens[at].lower);

// How far after an accusation's verb its charge may still begin ("accused the army of Ormund of
// violating …").
const CHARGE_TOKENS = 8;

/** The words at `at` are the charge of an accusation told just before: "accused X of violating". */
function chargeOfAccusation({ list, tokens }: Sentence, at: number): boolean {
  if (!/^(of|for)$/.test(tokens[at - 1]?.lower ?? '')) return false;
  return list('accuse_cues').some((a) => a.end <= at && at - a.end <= CHARGE_TOKENS);
}

// Object pronouns that stand for a person named before: "accusing him of spying" ("them" is as
// often a body the text names in other words: "accuses them of evading").
const PERSON_PRONOUNS = new Set(['him', 'her']);

/** "accused it of …", "blamed them for …": an object pronoun with the charge straight after it. */
const pronounBeforeCharge = (tokens: Sentence['tokens'], at: number): boolean =>
  /^(it|them)$/.test(tokens[at]?.lower ?? '') && /^(of|for)$/.test(tokens[at + 1]?.lower ?? '');

// Words between a verb of plotting and the wrongdoing plotted ("preparing a new provocation").
const PLOTTED_DETERMINERS = new Set(['a', 'an', 'new', 'another', 'further', 'fresh', 'more']);
// How many words ("'s army was", "forces have been") may stand between the plotter and its verb.
const PLOTTER_GAP = 4;

/**
 * "said Veska was preparing a provocation", "Ormund's army is plotting attacks": in a party's
 * words, the party that the clause names as the doer of a verb of plotting (plot_verbs) before the
 * wrongdoing at `at`, other than the speaker; [] when no such verb or doer stands there.
 */
function plotterBefore({ ctx, index, tokens, from }: Sentence, at: number, speaker: string[]): string[] {
  let verb = at - 1;
  while (verb > from && PLOTTED_DETERMINERS.has(tokens[verb].lower)) verb--;
  if (!cueWords(ctx, 'plot_verbs').has(tokens[verb]?.lower ?? '')) return [];
  const doer = mentionsWithin(index, from, verb)
    .filter((m) => m.codes.length)
    .at(-1);
  if (!doer || verb - doer.end > PLOTTER_GAP) return [];
  // ("after talks with Veska, it is preparing attacks": a party of another clause)
  if (tokens.slice(doer.end, verb).some((t) => !/^[\p{L}\d']/u.test(t.text))) return [];
  return doer.codes.filter((c) => !speaker.includes(c));
}

// How far after a wrongdoing a day may stand for it to be an incident told ("the Veskan attack on
// Ormund on May 3"), not a charge.
const INCIDENT_DAY_SPAN = 5;

/**
 * "unprecedented Veskan attacks on shipping", "Ormundi provocations": in a party's words, the
 * party named straight before the wrongdoing noun does it. Not "shield the towns from Veskan
 * attacks" (harm guarded against, none charged), "the Veskan attack on Ormund on May 3" (an
 * incident the story dates), nor "terror" that only qualifies the noun after it ("Veskan terror
 * groups"). [] otherwise.
 */
function doerModifier({ index, tokens, timexes, to }: Sentence, c: { start: number; end: number }): string[] {
  const doer = index.mentionEndingAt.get(c.start);
  if (!doer?.codes.length || tokens[doer.start - 1]?.lower === 'from') return [];
  if (/^terror/.test(tokens[c.start].lower) && tokens[c.end]?.kind === 'word') return [];
  const dayAfter = timexes.some(
    (t) =>
      t.start >= tokens[c.end - 1].end && t.start <= tokens[Math.min(to, c.end + INCIDENT_DAY_SPAN) - 1].end,
  );
  return dayAfter ? [] : doer.codes;
}

// How far into an accusation's object its agent ("the attack … by Ormund") is looked for.
const OBJECT_AGENT_SPAN = 12;
const BY_OR_FROM = new Set(['by', 'from']);

/**
 * The party after "by" or "from" in the object that starts at `at`, before the clause ends:
 * "the shelling of the port by Ormund", "the lack of a positive reaction from Veska".
 */
const objectAgent = ({ ctx, index, to }: Sentence, at: number): string[] =>
  agentAfter(ctx, index, at, to, OBJECT_AGENT_SPAN, BY_OR_FROM);

/** "X must stop its attacks", "has to end the aggression": a demand, in tokens [from, at). */
const mustBefore = (tokens: Sentence['tokens'], from: number, at: number): boolean =>
  tokens
    .slice(from, at)
    .some(
      (t, k, near) => t.lower === 'must' || (t.lower === 'to' && /^ha(s|ve)$/.test(near[k - 1]?.lower ?? '')),
    );

// "its aggression", "their provocations": a wrongdoing owned by a party the words named before.
const POSSESSIVE_PRONOUNS = new Set(['its', 'their']);

/**
 * The party that a party's own words (the statement whose content holds `at`) name last before
 * `at`, other than the speaker's: "Ormund's blockade … represents a violation", "Ormund will
 * get billions, which will enable it to pursue its aggression".
 */
function namedBeforeInWords({ index, from }: Sentence, at: number, speaker: string[]): string[] {
  const stmt = index.statementOf[at];
  let content = at;
  while (content > from && index.statementOf[content - 1] === stmt) content--;
  return (
    mentionsWithin(index, content, at)
      .filter((m) => m.codes.length && !m.codes.some((x) => speaker.includes(x)))
      .at(-1)?.codes ?? []
  );
}

/** Words between a subject and its verb: auxiliaries and adverbs ("had totally", "has once again"). */
const SUBJECT_VERB_GAP =
  /^(?:is|are|was|were|has|have|had|been|being|be|again|once|still|also|even|now|then|so|far|not)$|ly$/;

/**
 * The party that is the subject of the verb at `at` in a statement's words: the mention that ends
 * right before it, or before its auxiliaries and adverbs ("Ormund had totally blocked", "Veska
 * was unwilling"); none that the speaker's party holds.
 */
function subjectJustBefore({ index, tokens, from }: Sentence, at: number, speaker: string[]): string[] {
  let k = at;
  while (
    k - 1 > from &&
    at - k < 4 &&
    tokens[k - 1].kind === 'word' &&
    SUBJECT_VERB_GAP.test(tokens[k - 1].lower)
  )
    k--;
  const subject = index.mentionEndingAt.get(k);
  if (!subject || index.statementOf[subject.start] !== index.statementOf[at]) return [];
  return subject.codes.filter((x) => !speaker.includes(x));
}

/**
 * The day a charge made in a statement's words was made: the date by the statement's cue ("said on
 * June 16 that Ormund had blocked …"), not one inside the charge ("invaded in November 2021").
 */
function saidOn({ doc, index, timexes, tokens, from, to }: Sentence, at: number): string | undefined {
  const cue = doc.statements[index.statementOf[at]]?.cueSpan;
  if (!cue) return undefined;
  for (let k = from; k < to; k++)
    if (tokens[k].start >= cue.start && index.statementOf[k] !== index.statementOf[at])
      return pickDate(index, timexes, k, undefined, 6, { nouns: 'none' });
  return undefined;
}

// How many words (determiners, adjectives) may stand before an attack noun that heads an object.
const ATTACK_OBJECT_TOKENS = 4;

/**
 * The object at `at` is an attack whose doer the clause does not name: "condemned the overnight
 * strike on the capital" (its doer is the story's other side; a doer named "by" is read before).
 */
function attackObject({ ctx, index, tokens, to }: Sentence, at: number): boolean {
  const attacks = cueWords(ctx, 'accuse_attack_objects');
  for (let k = at; k < Math.min(to, at + ATTACK_OBJECT_TOKENS); k++) {
    if (tokens[k].kind !== 'word' || index.mentionAt.has(k)) return false;
    if (attacks.has(tokens[k].lower)) return true;
  }
  return false;
}

/**
 * "condemned the annexation of Ukrainian land": the party whose land (codebook
 * `accuse_wronged_land`) an accusation's object names after "of" is the one wronged, passed over
 * when the accused is sought.
 */
function wrongedLandOwners({ ctx, index, tokens, to }: Sentence, at: number): string[] {
  const land = cueWords(ctx, 'accuse_wronged_land');
  const owners: string[] = [];
  for (let k = at; k < to; k++) {
    const m = index.mentionAt.get(k);
    if (!m || tokens[k - 1]?.lower !== 'of') continue;
    const next = tokens[m.end]?.lower === "'s" ? m.end + 1 : m.end;
    if (land.has(tokens[next]?.lower ?? '')) owners.push(...m.codes);
  }
  return owners;
}

/**
 * "a complaint with|to the Council": the body a complaint is lodged with, which is not the one
 * accused; that one is named after "against" in the sentence, if at all.
 */
function complaintForum(tokens: Sentence['tokens'], c: { start: number; end: number }) {
  if (!/^complain/.test(tokens[c.start].lower) || !/^(with|to)$/.test(tokens[c.end]?.lower ?? ''))
    return undefined;
  return {
    accused(index: Sentence['index'], to: number): string[] {
      const against = tokens.findIndex((t, k) => k > c.end && k < to && t.lower === 'against');
      return against > 0 ? firstPartyAfter(index, against + 1, Math.min(to, against + 6)) : [];
    },
  };
}

/** The party of the statement whose cue is the token at `at` ("X … accused Y of …"), if any. */
function cueSpeaker({ doc, index }: Sentence, at: number): string[] {
  const { start, end } = index.tokens[at];
  const s = doc.statements.find((x) => x.cueSpan && x.cueSpan.start <= start && x.cueSpan.end >= end);
  return s?.actor ? [s.actor].flat() : [];
}

// How far after the act judged its judgement may stand ("called the strikes 'unjustified and
// illegal'", "rejected the snapback as legally flawed").
const JUDGEMENT_TOKENS = 6;

/** A judgement (accuse_judgements) follows the act judged that ends at `at`, in its clause. */
function isJudgedAfter({ list, tokens, to }: Sentence, at: number): boolean {
  return list('accuse_judgements').some(
    (j) =>
      j.start >= at &&
      j.start <= at + JUDGEMENT_TOKENS &&
      j.start < to &&
      !tokens.slice(at, j.start).some((t) => t.text === ',' || t.text === ';'),
  );
}

export function readAccuse(sentence: Sentence) {
  const { doc, ctx, index, tokens, from, to, timexes, out } = sentence;
  const { list, cueText, modalBefore, negatedBefore, conditionalBefore } = sentence;
  const accuseCues = [
    ...list('accuse_cues'),
    ...list('accuse_from'),
    ...list('accuse_denied'),
    ...list('accuse_lack'),
    ...list('accuse_violation'),
    ...list('accuse_blame'),
    ...list('accuse_obstruction'),
    ...list('accuse_wrongdoing'),
    ...list('accuse_judged'),
  ];
  for (const c of longestNonOverlapping(accuseCues)) {
    if (negatedBefore(c.start) || modalBefore(c.start, 2) || conditionalBefore(c.start)) continue;
    const how = c.pattern.payload;
    let accuser: string[];
    let accused: string[];
    // "accused Cambodia of violating the truce": the charge of the accusation before it, no other.
    if ((how === 'accuse_violation' || how === 'accuse_wrongdoing') && chargeOfAccusation(sentence, c.start))
      continue;
    if (how === 'accuse_violation' || how === 'accuse_blame' || how === 'accuse_obstruction') {
      // Only in a party's own words, of the party its clause names before the violation (or the
      // blame: "Ormund is responsible for the breakdown"); an obstruction only of the party that
      // is its verb's subject ("Ormund had flatly refused to …", not "differences blocking a
      // truce" nor "the majority of whom refused").
      accuser = statementActorsAt(doc, index, c.start);
      if (!accuser.length) continue;
      accused =
        how === 'accuse_obstruction'
          ? subjectJustBefore(sentence, c.start, accuser)
          : namedBeforeInWords(sentence, c.start, accuser);
      if (!accused.length) continue;
    } else if (how === 'accuse_wrongdoing') {
      // Only in a party's own words, and only with the wrongdoer named: "efforts of interference
      // by the Veskans", "attacks from Ormund", "Ormund's aggression", "to pursue its aggression"
      // (the party the words name last before it). "The attacks must stop" names nobody.
      // "retaliate against any attacks by …": none told; "X must stop all its attacks": a demand.
      const before = tokens[c.start - 1]?.lower ?? '';
      if (before === 'any' || mustBefore(tokens, Math.max(from, c.start - 4), c.start)) continue;
      accuser = statementActorsAt(doc, index, c.start);
      if (!accuser.length) continue;
      // ("attacks by Ormund-backed militias": the backer is not said to attack)
      const agent = mentionsWithin(index, c.end + 1, Math.min(to, c.end + 3))[0];
      const backed = agent !== undefined && PATRON.test(tokens[agent.end - 1].text);
      // ("unprecedented Ormundi attacks": the party named straight before the noun)
      const modifier = doerModifier(sentence, c);
      accused = BY_OR_FROM.has(tokens[c.end]?.lower ?? '')
        ? backed
          ? []
          : listAfter(ctx, index, c.end + 1, to).codes
        : before === "'s"
          ? (index.mentionEndingAt.get(c.start - 1)?.codes ?? [])
          : modifier.length
            ? modifier
            : POSSESSIVE_PRONOUNS.has(before)
              ? namedBeforeInWords(sentence, c.start - 1, accuser)
              : plotterBefore(sentence, c.start, accuser);
      accused = accused.filter((a) => !accuser.includes(a));
      if (!accused.length) continue;
    } else if (how === 'accuse_lack') {
      // "Ormund's lack of political will": the party whose will it is; "the lack of good faith
      // on the side of Ormund": the first party named after it.
      const owner = tokens[c.start - 1]?.lower === "'s" ? index.mentionEndingAt.get(c.start - 1) : undefined;
      accused = owner ? owner.codes : firstPartyAfter(index, c.end, Math.min(to, c.end + 10));
      // Whoever says it: the statement's party, else the clause's subject.
      const said = statementActorsAt(doc, index, c.start);
      accuser = (said.length ? said : agentOf(doc, index, from, c.start)).filter((a) => !accused.includes(a));
      if (!accuser.length || !accused.length) continue;
    } else if (how === 'accuse_judged') {
      if (!isJudgedAfter(sentence, c.end)) continue;
      accuser = participleClause(tokens, c.start)
        ? mainSubject(sentence, c.start - 1)
        : agentOf(doc, index, from, c.start);
      // The act's doer: named in it ("Ormund's strikes", "the Veskan strikes"), after it ("the
      // strikes by Veska"), else the subject of the sentence before ("Veska fired missiles at
      // Kessel. Ormund called the strikes …"); else the story's other side (merge.ts).
      const named = [...c.actors.flat(), ...actorsIn(ctx, index, c.start + 1, c.end)];
      accused = named.length ? uniq(named) : objectAgent(sentence, c.end);
      if (!accused.filter((a) => !accuser.includes(a)).length) accused = subjectOfSentenceBefore(sentence);
    } else if (how === 'accuse_from') {
      // "The remarks drew criticism from Hamas": the critic is named in the cue, the criticised is
      // the subject — unless the charge names them: "accusations by Veska that Ormund arms …",
      // "Veska's allegations against Ormund", "Veska's objections to Ormundi dams".
      accuser = c.actors.flat();
      const charge = /^(that|against|of|to)$/.test(tokens[c.end - 1].lower)
        ? c.end
        : tokens[c.end]?.lower === 'that'
          ? c.end + 1
          : -1;
      // ("charges by Veska that it arms the rebels": a pronoun that opens the charge is the
      // clause's subject, the one charged — not the party the charge names after it)
      accused =
        charge >= 0 && !CHARGED_PRONOUNS.has(tokens[charge]?.lower ?? '')
          ? firstPartyAfter(index, charge, Math.min(to, charge + 6))
          : agentOf(doc, index, from, c.start);
      // "The remarks drew criticism from Hamas": the remarks of the statement told before.
      if (charge < 0 && !accused.length) accused = remarksSpeaker(sentence, c.start);
      // "Ormund rejected Veska's objections to the dam": an objection to a thing that names no
      // party is to the subject's.
      if (!accused.length && tokens[c.end - 1].lower === 'to') accused = agentOf(doc, index, from, c.start);
    } else if (how === 'accuse_denied') {
      // "… supported by Rwanda, which denies the allegations": who denies is accused.
      const which =
        /^(which|who)$/.test(tokens[c.start - 1]?.lower ?? '') && tokens[c.start - 2]?.text === ',';
      const antecedent = which ? index.mentionEndingAt.get(c.start - 2) : undefined;
      accused = antecedent ? antecedent.codes : agentOf(doc, index, from, c.start);
      // "rejected Ja'afari's allegation": the accuser, where the text names one; "seen by
      // Kinshasa as supported by Rwanda, which denies the allegations": the party that sees it.
      accuser = actorsIn(ctx, index, c.start + 1, c.end);
      if (!accuser.length && antecedent)
        accuser =
          mentionsWithin(index, from, antecedent.start)
            .filter((m) => m.codes.length && !m.codes.some((x) => accused.includes(x)))
            .at(-1)?.codes ?? [];
    } else {
      // "was accused of treason", "has been criticised for": the accuser is not the subject.
      // "an ally of Putin accused of treason": a participle straight before "of"/"for".
      // "is deeply concerned by …": an adjective that ends in its preposition, said of the critic.
      const be = passiveAuxiliaryBefore(tokens, from, c.start);
      const adjective = ADJECTIVE_END.has(tokens[c.end - 1].lower);
      // "have complained of violations": a verb without an object has no passive.
      const intransitive = /^complain/.test(tokens[c.start].lower);
      // ("traded blame for the collapse": a cue that holds its own object is no passive)
      const bareVerb = c.end - c.start === 1;
      const putOn = blamePutOn(sentence, c.start, c.end);
      if (putOn) {
        accuser = putOn.accuser;
        accused = putOn.accused;
      } else if (
        /ed$/.test(tokens[c.start].lower) &&
        !adjective &&
        (be || (/^(of|for)$/.test(tokens[c.end]?.lower ?? '') && !intransitive && bareVerb))
      ) {
        // "Ormund was condemned by Veska", "has been sharply criticised by Tarsia for …": the
        // passive's agent accuses its subject.
        accuser = be ? passiveAgent(ctx, index, c.end, to) : [];
        accused = accuser.length ? agentOf(doc, index, from, c.start) : [];
        if (!accused.filter((a) => !accuser.includes(a)).length) continue;
      } else {
        const relative = objectRelative(sentence, c.start);
        accuser = relative
          ? relative.accuser
          : participleClause(tokens, c.start)
            ? mainSubject(sentence, c.start - 1)
            : agentOf(doc, index, from, c.start);
        // "the opposition, which in the past accused Maduro": the party the relative clause is of.
        if (!accuser.length && !relative) accuser = relativeAntecedent(index, from, c.start);
        // "Its armed wing said it was committed to the deal and accused Israel of …": an accusation
        // that is itself a statement's cue, with no party named as its subject, is the speaker's.
        if (!accuser.length && !relative) accuser = cueSpeaker(sentence, c.start);
        // "warned Ormund about interfering": the cue names the one it is said of.
        accused = relative ? relative.accused : c.actors.flat();
        // "lodged a complaint with the U.N. Security Council": the body a complaint goes to hears
        // it; the accused is the one it is "against", or the story's other side.
        const forum = relative ? undefined : complaintForum(tokens, c);
        if (forum) accused = forum.accused(index, to);
        else if (!accused.length)
          accused = listAfter(ctx, index, c.end, chargeStart(tokens, c.end, Math.min(to, c.end + 6))).codes;
        // "expelled an Ormundi diplomat, accusing him of spying": the party of the person last
        // named before the cue, other than the accuser — not a party the charge names after him.
        // ("Moscow expelled two diplomats, accusing them of spying": in a participle's clause,
        // "them" too)
        const pronoun = tokens[c.end]?.lower ?? '';
        const personObject =
          PERSON_PRONOUNS.has(pronoun) || (pronoun === 'them' && participleClause(tokens, c.start));
        // "has accused it of violating Iran sanctions": the pronoun is the one accused, and a
        // party the charge names after it is not.
        const chargedPronoun = pronounBeforeCharge(tokens, c.end);
        // "expressed concerns over China's provocative actions": the first party named after it.
        // "charged that ethnic cleansing is the aim of the Ormundi blockade": a charge told by its
        // clause may name its target anywhere in it.
        if (!accused.length && !personObject && !forum && !chargedPronoun)
          accused = firstPartyAfter(
            index,
            c.end,
            chargeClause(tokens, c) ? to : Math.min(to, c.end + 6),
            wrongedLandOwners(sentence, c.end),
          );
        // "condemned the shelling of the port by Ormund", "lamented the lack of a positive
        // reaction from Veska": the agent of what the object names.
        if (!accused.length && !personObject && !forum && !chargedPronoun)
          accused = objectAgent(sentence, c.end);
        // "condemned the ban, and urged the U.S. to stop …": the party the same subject presses
        // in the joined clause is the one condemned.
        if (!accused.length && !personObject && !forum && !chargedPronoun)
          accused = urgedInJoinedClause(sentence, c.end);
        if (!accused.length && personObject)
          accused =
            mentionsWithin(index, from, c.start)
              .filter((m) => m.codes.length && !m.codes.some((x) => accuser.includes(x)))
              .at(-1)?.codes ?? [];
      }
    }
    accused = accused.filter((a) => !accuser.includes(a));
    if (!accuser.length && !accused.length) continue;
    // "complained of violations", "condemning this aggression" leave the accused to the story;
    // "accuses rich countries of" names one the codebook does not know: no guess.
    // ("traded accusations on Tuesday over …": the charge after the day the cue is dated by)
    const next = pastDate(sentence, c.end);
    const objectless =
      how !== 'accuse_cues' ||
      chargeClause(tokens, c) ||
      // "accused the other side of violating the truce": the story's other party, left unnamed
      otherSideNamed(tokens, next) ||
      /^(of|for|about|over|that|this|these|such|,|\.|;)$/.test(tokens[next]?.lower ?? '.') ||
      complaintForum(tokens, c) !== undefined ||
      attackObject(sentence, next);
    // "Both leaders condemned terrorism": a joint condemnation of no party is no accusation
    // between its subjects; "accused each other of shelling" is.
    const reciprocal =
      /^(each|one)$/.test(tokens[c.end]?.lower ?? '') &&
      /^(other|another)$/.test(tokens[c.end + 1]?.lower ?? '');
    if (accuser.length > 1 && !accused.length && !objectless && !reciprocal) continue;
    out.push({
      type: 'ACCUSE',
      actors: uniq([...accuser, ...accused]),
      source: accuser,
      target: accused,
      excluded: [],
      // The date near the cue, else the sentence's, else the day the text says it was reported
      // ("X blamed Y …, media reported on Monday"), else the day the story's lead tells of ("In
      // the meeting, X conveyed concerns", merge.ts); a charge made in the speaker's own words is
      // made the day the story reports it.
      date:
        (how === 'accuse_obstruction'
          ? saidOn(sentence, c.start)
          : pickDate(index, timexes, c.start, undefined, 6, { nouns: 'none' })) ??
        pickDate(index, timexes, c.start, undefined, undefined, { nouns: 'none' }) ??
        reportDay(index, timexes, doc.date) ??
        carriedReportDay(doc, index, from) ??
        cameDaysAfter(doc, index, c.start) ??
        (how === 'accuse_lack' ? doc.date : undefined),
      evidence: textSpan(index, c.start, Math.min(to, c.end + 8)),
      rule: how === 'accuse_cues' ? 'event.accuse' : `event.${how.replace('_', '.')}`,
      cue: cueText(c),
      otherSide: (!accuser.length || !accused.length) && objectless,
    });
  }
}

/** "the other side", "the other party", "the other sides" at token `k`, before its charge. */
function otherSideNamed(tokens: Sentence['tokens'], k: number): boolean {
  if (tokens[k]?.lower !== 'the' || tokens[k + 1]?.lower !== 'other') return false;
  const head = tokens[k + 2]?.lower ?? '';
  const after = /^(side|sides|party|parties)$/.test(head) ? tokens[k + 3]?.lower : head;
  return /^(of|for|over|,|\.)$/.test(after ?? '.');
}

/** Words between a condemnation's object and the "and" that joins the pressing clause. */
const MAX_OBJECT_BEFORE_JOIN = 6;

/**
 * The party pressed in a clause joined to the accusation ("condemned the ban, and urged the U.S.
 * to stop it"): the verb of pressing (codebook `urging_verbs`) straight after the "and", and the
 * party straight after the verb.
 */
function urgedInJoinedClause({ ctx, index, tokens, to }: Sentence, at: number): string[] {
  const urging = cueWords(ctx, 'urging_verbs');
  for (let k = at; k < Math.min(to, at + MAX_OBJECT_BEFORE_JOIN + 1); k++) {
    if (tokens[k].lower !== 'and') continue;
    return urging.has(tokens[k + 1]?.lower ?? '') ? firstPartyAfter(index, k + 2, Math.min(to, k + 4)) : [];
  }
  return [];
}

/** The cue ends in "that": the charge is the clause after it ("charged that …", "alleged that …"). */
const chargeClause = (tokens: Sentence['tokens'], c: { end: number }) => tokens[c.end - 1]?.lower === 'that';

/** The token after a date that starts at token `k` ("on Tuesday", "Friday"), else `k`. */
function pastDate(sentence: Sentence, k: number): number {
  const { index, tokens, timexes } = sentence;
  // (a timex may hold its "on", or start after it)
  const starts = [k, ...(tokens[k]?.lower === 'on' ? [k + 1] : [])].map((i) => tokens[i]?.start);
  const t = timexes.find((x) => starts.includes(x.start));
  return t ? tokensBefore(index, t.end) + 1 : k;
}
