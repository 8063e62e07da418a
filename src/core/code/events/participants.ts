/**
 * Who takes part in what a clause tells: its subject (or the speaker of the statement it is in),
 * the parties listed after a word ("with Russia, the U.S. and Britain", "between X and Y"), those
 * "together with" the subject, and the first party a clause names after a cue.
 */

import type { ParleyDocument, PipelineContext } from '../../model.js';
import { within } from '../../sorted.js';
import { cueWords } from '../actors/resolve-speaker.js';
import { cached } from '../issues.js';
import {
  type ActorMention,
  codesOfName,
  type DocIndex,
  mentionsWithin,
  PATRON,
  statementActorsAt,
  subjectBefore,
  verbBeforeCoordinatedObject,
} from '../textindex.js';
import { type Sentence, uniq } from './mention.js';

export const SUBORDINATORS = new Set([
  'but',
  'after',
  'before',
  'while',
  'when',
  'because',
  'amid',
  'despite',
  'following',
  'although',
  'though',
  'which',
  'since',
]);

// The auxiliary of a passive ("was condemned", "has been sanctioned").
export const BE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

const SPEAKER_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'it', 'they']);

// Words that open an adverbial clause, whose subject is its own.
const ADVERBIAL = new Set([
  'after',
  'before',
  'when',
  'while',
  'because',
  'since',
  'although',
  'though',
  'until',
  'unless',
  'once',
  'whereas',
]);

/**
 * Words that open a phrase fronted before a clause's subject and closed by a comma ("During
 * their meeting with Kest, Brisk and Marrow agreed …"): the conjunctions above, and prepositions
 * of time that only open such a phrase at a sentence's start (after the verb, "agreed during talks
 * with Kest" leaves the subject alone, so these stay out of ADVERBIAL).
 */
const FRONTED_OPENERS = new Set([...ADVERBIAL, 'during', 'following', 'amid', 'despite']);

// Words that cannot stand between a party and the noun it modifies ("U.S. oil sanctions").
export const NOT_MODIFIER = new Set([
  'that',
  'which',
  'who',
  'to',
  'and',
  'or',
  'the',
  'a',
  'an',
  'of',
  'on',
  'in',
  'for',
  'with',
  'by',
  'demands',
  'wants',
  'said',
  'says',
]);

/** Actor codes of the mentions in [from, to) (with compounds like "Putin-Trump" split). */
export function actorsIn(ctx: PipelineContext, index: DocIndex, from: number, to: number): string[] {
  const out: string[] = [];
  for (const m of within(index.mentions, from, to)) out.push(...m.codes);
  for (let i = from; i < to; i++) {
    const t = index.tokens[i];
    // "Putin-Trump": a mention may cover the compound with one party only; split it.
    if (t.text.includes('-') && /^\p{Lu}/u.test(t.text))
      for (const part of t.text.split('-')) out.push(...codesOfName(ctx, part));
  }
  return uniq(out);
}

/** Single words of role titles ("president", "envoy", "negotiator"): they stand between a
 * list word and the name it introduces ("with envoy Mira Solenne"). */
function titleWords(ctx: PipelineContext): Set<string> {
  return cached(ctx, 'events.titleWords', () => {
    const words = new Set([
      'chief',
      'officials',
      'official',
      'delegation',
      'delegations',
      'leaders',
      'leader',
      'team',
      'counterpart',
      'counterparts',
      'negotiators',
      'negotiator',
      'envoy',
      'envoys',
      'representatives',
      'observers',
      // and what stands before them: "with major Taliban leaders", "senior U.S. officials"
      'senior',
      'top',
      'major',
      'key',
      'high-level',
      'high-ranking',
      'visiting',
      'military',
      'rebel',
    ]);
    // The content words of titles: "in" of "commander in chief" must not carry a list on into
    // "talks in Lumen".
    for (const t of ctx.codebook.cues.role_titles ?? [])
      for (const w of t.toLowerCase().split(/\s+/)) if (!TITLE_FUNCTION_WORDS.has(w)) words.add(w);
    return words;
  });
}

// A party's name made into a modifier of another's ("Iran-backed"): kept with the subject finder.
export { PATRON } from '../textindex.js';

const titleOf = (titles: Set<string>, w: string) => titles.has(w) || titles.has(w.replace(/s$/, ''));

const TITLE_FUNCTION_WORDS = new Set(['in', 'of', 'for', 'to', 'the', 'on', 'and', 'at', 'a', 'an']);

/**
 * The parties listed from token `i` on ("Russia, the U.S. and Britain", "envoy Mira Solenne",
 * "Veskan President Anton Brisk and Ormundi President Davor Kest"), up to the first word that
 * belongs to none of them.
 */
export function listAfter(
  ctx: PipelineContext,
  index: DocIndex,
  i: number,
  limit: number,
): { codes: string[]; end: number } {
  const titles = titleWords(ctx);
  const codes: string[] = [];
  let end = i;
  let commas = 0;
  for (let t = i; t < limit; t++) {
    const m = index.mentionAt.get(t);
    if (m) {
      // "the Iran-backed Houthis": the backer describes the party named next, and is none itself.
      const backer = PATRON.test(index.tokens[m.end - 1].text) && index.mentionAt.has(m.end);
      if (!backer) codes.push(...m.codes);
      // "the Russia-India-China grouping": one word of several parties, each a party.
      if (!backer && index.tokens[m.end - 1].text.includes('-'))
        codes.push(...actorsIn(ctx, index, m.start, m.end));
      t = m.end - 1;
      end = m.end;
      continue;
    }
    const tok = index.tokens[t];
    // "the Democratic Republic of Congo (DRC) and Rwanda": a party's short name in brackets.
    if (
      tok.text === '(' &&
      end === t &&
      /^\p{Lu}[\p{Lu}\d-]+$/u.test(index.tokens[t + 1]?.text ?? '') &&
      index.tokens[t + 2]?.text === ')'
    ) {
      codes.push(...actorsIn(ctx, index, t + 1, t + 2));
      t += 2;
      end = t + 1;
      continue;
    }
    const compound = tok.text.includes('-') ? actorsIn(ctx, index, t, t + 1) : [];
    if (compound.length) {
      codes.push(...compound);
      end = t + 1;
      continue;
    }
    const w = tok.lower;
    const joiner =
      w === ',' ||
      w === 'and' ||
      w === 'or' ||
      w === "'s" ||
      w === 'of' ||
      w === 'from' ||
      ['the', 'a', 'an', 'other', 'its', 'their', 'both', 'her', 'his', 'our'].includes(w);
    const title =
      titles.has(w) || titles.has(w.replace(/s$/, '')) || (/^\p{Lu}/u.test(tok.text) && tok.kind === 'word');
    if (!joiner && !title) {
      const named = codes.length ? -1 : groupNamedNext(index, t, limit);
      if (named < 0) break;
      t = named;
      continue;
    }
    // A comma not followed by another party ends the list ("with Russia, a departure from …");
    // "Vallo, Assembly chairman Oskar Fenn and …" goes on.
    if (w === ',') {
      let next: ActorMention | undefined;
      for (let j = t + 1; j <= t + 4 && !next; j++)
        if (index.mentionAt.get(j)?.codes.length) next = index.mentionAt.get(j);
      let lead = next ? index.tokens.slice(t + 1, next.start) : [];
      // "with Veska, Ormund, and Tarsia": a list's last comma may stand before its "and".
      if (commas > 0 && lead[0]?.lower === 'and') lead = lead.slice(1);
      commas++;
      if (
        !next ||
        !lead.every(
          (k, n) =>
            titles.has(k.lower) ||
            k.lower === 'the' ||
            /^\p{Lu}/u.test(k.text) ||
            (k.lower === 'from' && n > 0 && titleOf(titles, lead[n - 1].lower)),
        )
      )
        break;
    }
    // "the presidents of Veska and Ormund", "envoys from Veska"
    if ((w === 'of' || w === 'from') && !titleOf(titles, index.tokens[t - 1]?.lower ?? '')) break;
  }
  return { codes: uniq(codes), end };
}

/** Nouns that name the parties listed straight after them ("guarantor countries Turkey, Greece and the UK"). */
const STATE_GROUP_NOUNS = new Set([
  'countries',
  'states',
  'nations',
  'powers',
  'allies',
  'neighbours',
  'neighbors',
  'partners',
]);

/**
 * "with guarantor countries Turkey, Greece and the UK", "with neighbouring states Kenya and
 * Uganda": a list may open with a group noun (and up to two lower-case words before it) that
 * describes the parties named next; the last token of that description, or -1.
 */
function groupNamedNext(index: DocIndex, t: number, limit: number): number {
  for (let k = t; k < Math.min(t + 3, limit - 1); k++) {
    const tok = index.tokens[k];
    if (tok.kind !== 'word' || !/^\p{Ll}/u.test(tok.text)) return -1;
    if (STATE_GROUP_NOUNS.has(tok.lower)) return index.mentionAt.get(k + 1)?.codes.length ? k : -1;
  }
  return -1;
}

/** Nouns whose "of" names who is at the table: "the presence of X", "the framework of the Y format". */
const TABLE_NOUNS = new Set(['presence', 'framework', 'format']);

/**
 * The parties a clause names as the other side of what its subject does: "with Russia", "from
 * Russia, the U.S. and Britain", "between …", "in the presence of …", "in the framework of the contact group" — not the parties a noun is
 * about ("frozen Russian assets"). `betweenOnly`: only a "between X and Y" list.
 */
export function partnersAfter(
  ctx: PipelineContext,
  index: DocIndex,
  at: number,
  to: number,
  betweenOnly = false,
): string[] {
  const { tokens } = index;
  const out: string[] = [];
  for (let i = at; i < to; i++) {
    const t = tokens[i];
    // "… agreed to a truce after talks mediated by Qatar", "signed a deal that may open accession
    // talks with the EU": the rest is another clause.
    if (t.text === ';' || SUBORDINATORS.has(t.lower) || t.lower === 'that') break;
    if (
      t.text === ',' &&
      !index.mentionAt.has(i + 1) &&
      !(tokens[i + 1]?.lower === 'the' && index.mentionAt.has(i + 2))
    )
      break;
    // "in the presence of X"; "reached in the framework of the contact group": the format's members.
    const presence = TABLE_NOUNS.has(t.lower) && tokens[i + 1]?.lower === 'of' && !betweenOnly ? i + 2 : -1;
    if (presence < 0 && !(betweenOnly ? /^between$/ : /^(with|from|between|among)$/).test(t.lower)) continue;
    const l = listAfter(ctx, index, presence >= 0 ? presence : i + 1, to);
    if (!strifeBetween(ctx, tokens, i)) out.push(...l.codes);
    if (l.end > i + 1) i = l.end - 1;
  }
  return uniq(out);
}

/**
 * "agreed to send aid to the victims of the war between X and Y": the sides of a war, a conflict
 * or a dispute the object names are what the deal is about, not its partners (`strife_nouns`).
 */
function strifeBetween(ctx: PipelineContext, tokens: DocIndex['tokens'], at: number): boolean {
  // ("an exchange of prisoners of war between X and Y": a bare "of war" names the prisoners)
  return (
    tokens[at].lower === 'between' &&
    cueWords(ctx, 'strife_nouns').has(tokens[at - 1]?.lower ?? '') &&
    tokens[at - 2]?.lower !== 'of'
  );
}

/**
 * The parties after the first of `prepositions` within `span` tokens from `at`, before the clause
 * ends (a comma, a semicolon, "that", a subordinator). [] when none is named.
 */
export function agentAfter(
  ctx: PipelineContext,
  index: DocIndex,
  at: number,
  to: number,
  span: number,
  prepositions: ReadonlySet<string>,
): string[] {
  const { tokens } = index;
  for (let i = at; i < Math.min(to, at + span); i++) {
    const w = tokens[i].lower;
    if (w === ',' || w === ';' || w === 'that' || SUBORDINATORS.has(w)) return [];
    if (prepositions.has(w)) return listAfter(ctx, index, i + 1, to).codes;
  }
  return [];
}

const BY = new Set(['by']);

/**
 * The agent of a passive cue that ends at `at`: "by Veska" right after it, or after what it is for
 * ("was criticised for the delay by Ormund") before the clause ends. [] when none is named.
 */
export const passiveAgent = (ctx: PipelineContext, index: DocIndex, at: number, to: number): string[] =>
  agentAfter(ctx, index, at, to, 8, BY);

/** "The two presidents, together with the leaders of Germany and France, signed": those with the subject. */
export function accompanying(ctx: PipelineContext, index: DocIndex, from: number, at: number): string[] {
  const { tokens } = index;
  for (let i = from; i + 1 < at; i++)
    if (/^(together|along)$/.test(tokens[i].lower) && tokens[i + 1].lower === 'with')
      return listAfter(ctx, index, i + 2, at).codes;
  return [];
}

/** "Kiir and arch-foe Riek Machar agreed": a subject of two, only one of whom the text resolves. */
export function coordinatedWithUnknown(index: DocIndex, sentenceFrom: number, at: number): boolean {
  const subject = subjectBefore(index, sentenceFrom, at);
  if (subject.length !== 1) return false;
  const m = subject[0];
  const { tokens } = index;
  // "X and <unresolved> …" up to the verb, or "<unresolved> and X".
  for (let i = m.end; i < at; i++) {
    if (tokens[i].lower === 'and')
      return i + 1 < at && /^\p{Lu}|^(its|their|the|his)$/u.test(tokens[i + 1].text);
    if (tokens[i].kind === 'word' && !/^\p{Lu}/u.test(tokens[i].text)) break;
  }
  const before = tokens[m.start - 1];
  return before?.lower === 'and' && m.start - 2 >= sentenceFrom && /^\p{Lu}/u.test(tokens[m.start - 2].text);
}

/**
 * "ASTANA, Kazakhstan (UPDATED) - Russia, Iran and Turkey agreed …", "Kazan [Russia], October 23 :
 * Prime Minister Modi met …": a dateline before the story's first words names where it was filed,
 * not who acts. It opens with a name in capitals, or is all names, numbers and brackets with a
 * comma or bracket in it. The token after it, or `from`.
 */
function afterDateline(index: DocIndex, from: number, at: number): number {
  const first = index.tokens[from];
  if (!first || !/^\p{Lu}/u.test(first.text)) return from;
  const capitals = /^\p{Lu}{3,}$/u.test(first.text);
  let punctuated = false;
  for (let k = from + 1; k < Math.min(at, from + 12); k++) {
    const t = index.tokens[k];
    if (/^(-|--|—|–|:)$/.test(t.text)) return capitals || punctuated ? k + 1 : from;
    if (/^[,()[\]]$/.test(t.text)) punctuated = true;
    else if (!capitals && t.kind === 'word' && !/^[\p{Lu}\d]/u.test(t.text)) return from;
  }
  return from;
}

const PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

/** Tokens [from, at) up to a noun at `at` are its determiners and modifiers ("a telephone"). */
function nounPhrase(index: DocIndex, from: number, at: number): boolean {
  if (at - from > 4) return false;
  for (let k = from; k < at; k++) {
    const t = index.tokens[k];
    if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text) || PRONOUNS.has(t.lower) || FINITE.test(t.text))
      return false;
  }
  return true;
}

// Words that tell a clause has its verb: a list of parties ("Veska, Ormund, and Tarsia") has none.
const FINITE = /^(is|are|was|were|has|have|had|will|would|said|says|met|held|made|took|told|\p{Ll}+ed)$/u;

/**
 * "Trump is scheduled to visit Riyadh, and Witkoff held a call with Putin": a clause joined by
 * ", and" (", but", ", while") after a clause with its own verb has its own subject. The token
 * the second clause starts at, or `from` when it names no subject of its own.
 */
function afterCoordinatedClause(index: DocIndex, from: number, at: number): number {
  const { tokens } = index;
  for (let k = at - 1; k > from + 1; k--) {
    if (!/^(and|but|while)$/.test(tokens[k].lower) || tokens[k - 1].text !== ',') continue;
    if (!tokens.slice(from, k - 1).some((t) => FINITE.test(t.text))) return from;
    return subjectBefore(index, k + 1, at).length ? k + 1 : from;
  }
  return from;
}

const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);
// Words between a subject and its verb: "Kest will also be travelling to Lumen", and the words of a
// trip still to come: "Kest is expected to travel to Lumen", "is due to fly", "plans to travel".
const VERB_AUXILIARIES = new Set([
  'expected',
  'due',
  'scheduled',
  'set',
  'plans',
  'planned',
  'planning',
  'to',
  'not',
  "n't",
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'shall',
  'be',
  'been',
  'has',
  'have',
  'had',
  'also',
  'now',
  'already',
]);

/**
 * The subject before `at` is a party or its people ("Abiy", "Veskan negotiators"), not something
 * a demonym describes ("Iranian prisoners").
 */
export function partyAsSubject(ctx: PipelineContext, index: DocIndex, from: number, at: number): boolean {
  // "Veska said it would send a delegation": a pronoun straight before the verb (and its
  // auxiliaries) is the subject, which the caller has resolved to its party.
  let k = at - 1;
  while (k > from && VERB_AUXILIARIES.has(index.tokens[k].lower)) k--;
  if (k >= from && k <= at - 1 && SUBJECT_PRONOUNS.has(index.tokens[k].lower)) return true;
  const subject = subjectBefore(index, from, at).at(-1);
  if (!subject) return false;
  let end = subject.end;
  while (end < at && VERB_AUXILIARIES.has(index.tokens[end].lower)) end++;
  const next = index.tokens[subject.end];
  return (
    end === at ||
    !next ||
    next.kind !== 'word' ||
    !/^\p{Ll}/u.test(next.text) ||
    titleWords(ctx).has(next.lower) ||
    titleWords(ctx).has(next.lower.replace(/s$/, ''))
  );
}

/** The codes of the first actor mention in [from, to) before a clause ends ("over China's …"). */
export function firstPartyAfter(
  index: DocIndex,
  from: number,
  to: number,
  passOver: string[] = [],
): string[] {
  for (let i = from; i < to; i++) {
    const t = index.tokens[i];
    if (t.text === ';' || t.text === ',' || SUBORDINATORS.has(t.lower)) return [];
    const m = index.mentionAt.get(i);
    // ("sanctions on companies it said had shipped Veskan oil": "it", the imposer, is passed over)
    const codes = m?.codes.filter((c) => !passOver.includes(c)) ?? [];
    if (codes.length) return codes;
  }
  return [];
}

/**
 * "Vallo, whose forces have struggled to halt an assault by Ormund, signed": a relative clause
 * (or a "known as" aside) between the subject and its verb at `at`, whose parties are not the
 * subject. Its tokens, or undefined.
 */
function relativeBefore(index: DocIndex, from: number, at: number): { from: number; to: number } | undefined {
  const { tokens } = index;
  let end = at - 1;
  // "…, has signed", "…, then signed": an auxiliary or adverb before the verb.
  while (end > from && end >= at - 3 && tokens[end].text !== ',' && tokens[end].kind === 'word') end--;
  if (tokens[end]?.text !== ',') return undefined;
  for (let k = end - 1; k > from; k--) {
    const t = tokens[k];
    if (t.text === ';' || t.text === ',') {
      // (also a name given by the way: "the National Liberation Army, known by its initials as
      // ELN, signed", whose parties are the subject's own, named again)
      return t.text === ',' && /^(who|whose|which|known)$/.test(tokens[k + 1]?.lower ?? '')
        ? { from: k + 1, to: end }
        : undefined;
    }
  }
  return undefined;
}

/** Words that may join the parties of an absolute clause's subject ("with Veska and Ormund agreeing"). */
const ABSOLUTE_JOINS = new Set(['and', ',', 'the']);

/**
 * "The talks ended with both sides agreeing to …", "…, with Ormund saying it would …": "with", a
 * party and a verb in -ing make a clause whose subject is that party, not the sentence's.
 */
function absoluteSubject(index: DocIndex, from: number, at: number): string[] | undefined {
  if (!/ing$/.test(index.tokens[at]?.lower ?? '')) return undefined;
  const codes: string[] = [];
  let k = at;
  while (k > from) {
    const m = index.mentionEndingAt.get(k);
    if (m?.codes.length) {
      codes.push(...m.codes);
      k = m.start;
    } else if (ABSOLUTE_JOINS.has(index.tokens[k - 1].lower)) k--;
    else break;
  }
  return codes.length && index.tokens[k - 1]?.lower === 'with' ? uniq(codes) : undefined;
}

/**
 * "Gazprom and Naftogaz, after long talks in Berlin and Minsk, agreed": an adverbial aside between
 * commas right before the verb, whose places and parties are not the verb's subject. The opening
 * comma, or undefined when no such aside stands there.
 */
function asideOpening(index: DocIndex, from: number, at: number): number | undefined {
  if (index.tokens[at - 1]?.text !== ',') return undefined;
  for (let k = at - 2; k > from; k--) {
    if (index.tokens[k].text !== ',') continue;
    return ADVERBIAL.has(index.tokens[k + 1]?.lower ?? '') && k > from ? k : undefined;
  }
  return undefined;
}

/** Who acts: the clause's subject, or the statement's speaker when the content says "he/it/we". */
export function agentOf(
  doc: ParleyDocument,
  index: DocIndex,
  sentenceFrom: number,
  at: number,
  noun = false,
): string[] {
  const stmt = index.statementOf[at];
  let from = sentenceFrom;
  if (stmt >= 0) while (from < at && index.statementOf[from] !== stmt) from++;
  const absolute = absoluteSubject(index, from, at);
  if (absolute) return absolute;
  // "… contacts that China severed after Pelosi visited Taiwan": an open adverbial clause has its
  // own subject ("After the talks, Russia agreed" closes it with a comma).
  for (let k = at - 1; k > from; k--) {
    const w = index.tokens[k].lower;
    if (w === ',' || w === ';') break;
    // "He spoke after meeting Berri": a gerund's subject is the main clause's; so is a noun's
    // ("Daglo accepted a ceasefire after a telephone call with Guelleh").
    if (
      ADVERBIAL.has(w) &&
      !/ing$/.test(index.tokens[k + 1]?.lower ?? '') &&
      // "Kest has since lamented": an adverb of time, no clause.
      !(w === 'since' && /^(has|have|had)$/.test(index.tokens[k - 1]?.lower ?? '')) &&
      !(noun && nounPhrase(index, k + 1, at))
    ) {
      from = k + 1;
      break;
    }
    // "the venue where the talks have kicked off", "Panmunjom, where he met Kim": a relative
    // clause of place has its own subject — unless it is a "they" the text leaves unresolved,
    // which stands for a party named before ("held in Luanda, where they signed").
    if (w === 'where' && !(PRONOUNS.has(index.tokens[k + 1]?.lower ?? '') && !index.mentionAt.has(k + 1))) {
      from = k + 1;
      break;
    }
  }
  from = afterDateline(index, from, at);
  from = afterCoordinatedClause(index, from, at);
  // "Just over a week after talks began in Pretoria, delegates from both sides signed": a clause
  // of time fronted before the subject ends at its (first) comma ("Following his summit with
  // Moon, Trump flew to Panmunjom, where he met Kim": Trump).
  for (let k = from; k < Math.min(at, from + 5); k++) {
    if (index.mentionAt.has(k)) break;
    if (!FRONTED_OPENERS.has(index.tokens[k].lower)) continue;
    for (let j = k + 1; j < at; j++)
      if (index.tokens[j].text === ',') {
        from = j + 1;
        break;
      }
    break;
  }
  const verb = asideOpening(index, from, at) ?? verbBeforeCoordinatedObject(index, from, at) ?? at;
  const subject = subjectBefore(index, from, verb, relativeBefore(index, from, verb));
  if (subject.length) return uniq(subject.flatMap((m) => m.codes));
  // "he had postponed a visit": the speaker; "the parties will meet": nobody named.
  // ("I have heard that you all agreed": the audience addressed, not the speaker.)
  const pronoun = index.tokens
    .slice(from, at)
    .filter((t) => SPEAKER_PRONOUNS.has(t.lower) || t.lower === 'you')
    .at(-1);
  if (stmt >= 0 && pronoun && pronoun.lower !== 'you') return statementActorsAt(doc, index, at);
  // A statement whose content begins mid-clause: the sentence's own subject acts — unless the
  // content names its own subject, one the text does not resolve ("… announced that Machar had
  // agreed").
  const namedSubject = index.tokens.slice(from, at).some((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text));
  if (stmt >= 0 && from > sentenceFrom && !namedSubject) {
    const outer = subjectBefore(index, sentenceFrom, from);
    const speaker = doc.statements[stmt].speakerSpan;
    if (outer.length && speaker && index.tokens[outer[0].start].start >= speaker.start)
      return uniq(outer.flatMap((m) => m.codes));
  }
  return [];
}

/**
 * "Veska expelled an Ormundi diplomat on Monday, accusing him …": a participle's subject is its
 * main clause's (the first party that is a subject in the words before `at`), not the object
 * named last.
 */
export function mainSubject(
  { doc, index, from }: Pick<Sentence, 'doc' | 'index' | 'from'>,
  at: number,
): string[] {
  for (const m of mentionsWithin(index, from, at)) {
    if (!m.codes.length) continue;
    const subject = agentOf(doc, index, from, m.end);
    if (subject.length) return subject;
  }
  return [];
}

/** The subject of the sentence before the one `sentence` is, in the same paragraph. */
export function subjectOfSentenceBefore(sentence: Pick<Sentence, 'doc' | 'index' | 'from'>): string[] {
  const { index, from } = sentence;
  const s = index.sentenceTokens.findIndex((x) => x.from === from);
  const before = s > 0 ? index.sentenceTokens[s - 1] : undefined;
  if (!before || before.to <= before.from) return [];
  if (sentence.doc.text.slice(index.tokens[before.to - 1].end, index.tokens[from].start).includes('\n'))
    return [];
  // The whole coordination before the verb: "Veska and Ormund signed a truce" is the pair.
  const first = mainSubject({ ...sentence, from: before.from }, before.to);
  if (!first.length) return [];
  const head = mentionsWithin(index, before.from, before.to).find((m) =>
    first.some((c) => m.codes.includes(c)),
  );
  let verb = head ? head.end : before.to;
  while (verb < before.to) {
    const m = index.mentionAt.get(verb);
    if (m) verb = m.end;
    else if (/^(,|and|the)$/.test(index.tokens[verb].lower)) verb++;
    else break;
  }
  const all = agentOf(sentence.doc, index, before.from, verb);
  return all.length > first.length ? all : first;
}
