/**
 * What refers back: "the French president" to the person introduced with that title, "he"/"she" to
 * the person of that gender named last, "it"/"they" to the party the nearest sentence is about.
 */

import type { ParleyDocument } from '../../model.js';
import { Appended, firstAtLeast } from '../../sorted.js';
import { tokenize } from '../gazetteer.js';
import { compatible } from './identity.js';
import { PRONOUN_GENDER } from './lexicon.js';
import type { PersonEnt, Reader, WorkMention } from './reader.js';

const PLURAL_PRONOUNS = new Set(['they', 'we', 'it']);

/** Where each sentence starts, once per document. */
const sentenceStartsOf = new WeakMap<ParleyDocument['sentences'], number[]>();

function sentenceStarts(doc: ParleyDocument): number[] {
  let starts = sentenceStartsOf.get(doc.sentences);
  if (!starts || starts.length !== doc.sentences.length) {
    starts = doc.sentences.map((x) => x.start);
    sentenceStartsOf.set(doc.sentences, starts);
  }
  return starts;
}

function sentenceIndex(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * "the French president", "the Tarsian envoy": a title with the article, no name after it, that
 * refers back to the person the story introduced with that title (and party, where given).
 */
export function readDescriptions(r: Reader) {
  const { lex } = r;
  // The mentions of persons with a current role, by party: what a description may refer back to
  // (mentions and persons do not change in this pass; the ones it adds are added here too).
  const described = new Map<string, Appended<WorkMention>>();
  const describable = (m: WorkMention) => {
    const ent = m.ent;
    if (ent?.kind !== 'person' || !ent.role || ent.former || typeof ent.actor !== 'string') return;
    let list = described.get(ent.actor);
    if (!list) {
      list = new Appended((x) => x.from);
      described.set(ent.actor, list);
    }
    list.push(m);
  };
  for (const m of r.mentions) describable(m);
  for (let i = 0; i < r.toks.length; i++) {
    if (r.toks[i].key !== 'the' || r.owner[i]) continue;
    // Only with the party named ("the French president"): a bare "the president" is left as the
    // text's own words, since a story may speak of more than one president.
    const party = r.actorAt(i + 1);
    if (!party || party.from !== i + 1 || typeof party.actor !== 'string') {
      // "the PM said": a bare title that speaks, where the story has named one person only with a
      // title of that head, is that person.
      if (!party) readBareSpeakerTitle(r, i, described, describable);
      continue;
    }
    const k = party.to;
    const role = lex.roles.longest(r.toks, k);
    if (!role || r.owner[role.from]) continue;
    const after = r.tok(role.to);
    if (after?.cap || after?.key === 'of' || after?.text === "'") continue; // a name or a longer title follows
    const words = new Set(r.toks.slice(role.from, role.to).map((t) => t.key));
    // The person whose title has the description's head ("the French foreign minister": a
    // minister, not the "Foreign Ministry representative"), else one whose title shares a word.
    const head = r.toks[role.to - 1].key;
    const roleWords = (m: WorkMention) => tokenize((m.ent as PersonEnt).role ?? '');
    const candidates = described.get(party.actor);
    const found = (
      candidates?.lastBefore(i, (m) => roleWords(m).some((t) => t.key === head)) ??
      candidates?.lastBefore(i, (m) => roleWords(m).some((t) => words.has(t.key)))
    )?.ent as PersonEnt | undefined;
    if (!found) continue;
    const added = r.add({
      from: i,
      to: role.to,
      kind: 'person',
      via: 'coref',
      ent: found,
      actor: found.actor ?? null,
      rule: 'actors.person.description',
      cue: r.text(i, role.to),
      confidence: 0.7,
    });
    describable(added);
    i = role.to - 1;
  }
}

// Short titles and the words of the full ones they stand for ("the PM" is the prime minister).
const TITLE_SYNONYMS: Record<string, string> = { pm: 'minister', premier: 'minister' };

/**
 * "Prime Minister Narendra Modi left … . Calling it a memorable trip, the PM said": a title with
 * the article and no party, right before a speech verb, refers back to the one person the story
 * has so far named with a title of the same head (none when two are so named).
 */
function readBareSpeakerTitle(
  r: Reader,
  i: number,
  described: Map<string, Appended<WorkMention>>,
  describable: (m: WorkMention) => void,
) {
  const role = r.lex.roles.longest(r.toks, i + 1);
  if (!role || r.owner[role.from] || !r.isCueVerb(role.to)) return;
  const last = r.toks[role.to - 1].key;
  const head = TITLE_SYNONYMS[last] ?? last;
  const found = new Set<PersonEnt>();
  const sameHead = (m: WorkMention) =>
    tokenize((m.ent as PersonEnt).role ?? '').some((t) => (TITLE_SYNONYMS[t.key] ?? t.key) === head);
  for (const list of described.values())
    list.forEachBefore(i, (m) => {
      if (sameHead(m)) found.add(m.ent as PersonEnt);
    });
  if (found.size !== 1) return;
  const [ent] = found;
  const added = r.add({
    from: i,
    to: role.to,
    kind: 'person',
    via: 'coref',
    ent,
    actor: ent.actor ?? null,
    rule: 'actors.person.bare-title',
    cue: r.text(i, role.to),
    confidence: 0.6,
  });
  describable(added);
}

export function readPronouns(r: Reader) {
  for (let i = 0; i < r.toks.length; i++) {
    const t = r.toks[i];
    if (!t.word) continue;
    const gender = PRONOUN_GENDER.get(t.key);
    if (gender || (PLURAL_PRONOUNS.has(t.key) && (r.isCueVerb(i + 1) || opensActOf(r, i)))) {
      r.add({ from: i, to: i + 1, kind: 'pronoun', gender, rule: 'actors.pronoun', confidence: 0.7 });
    }
  }
}

/**
 * "It has rejected demands for early elections", "They agreed to the swap": a sentence-opening
 * pronoun right before a verb of a stance or a deal (after one auxiliary at most) is a party acting.
 */
function opensActOf(r: Reader, i: number): boolean {
  if (!r.sentenceStart(i)) return false;
  const next = r.tok(i + 1)?.key ?? '';
  const verb = /^(has|have|had|also|then|later)$/.test(next) ? r.tok(i + 2)?.key : next;
  return !!verb && r.lex.pronounActs.has(verb);
}

/**
 * "he said" → the person the pronoun stands for: in the nearest earlier sentence that names a
 * person of the right gender, the first such person (the sentence's subject, as a rule).
 */
function antecedentPerson(
  r: Reader,
  ordered: WorkMention[],
  idx: number,
  weakToo: boolean,
  knownOnly: boolean,
  subjectOnly: boolean,
) {
  const p = ordered[idx];
  const sent = r.toks[p.from].sent;
  let chosen: PersonEnt | undefined;
  // The first person of that sentence who is not the object of a preposition: "Following his
  // summit with Moon, Trump flew to Panmunjom, where he met Kim" — he is Trump.
  let subject: PersonEnt | undefined;
  let chosenSent = -1;
  for (let k = idx - 1; k >= 0; k--) {
    const m = ordered[k];
    const s = r.toks[m.from].sent;
    // (For the subject: past an earlier sentence whose persons a preposition governs, all of them:
    // "The envoy expressed a desire … that frayed under President Kest. He urged …" is not Kest's;
    // in the pronoun's own sentence, "arranged by Kest after he called", the person stays.)
    if (chosen && s !== chosenSent && (!subjectOnly || subject || chosenSent === sent)) break;
    if (sent - s > 4) break;
    const ent = m.ent;
    if (ent?.kind !== 'person' || !compatible(ent, p.gender) || (ent.weak && !weakToo)) continue;
    if (knownOnly && ent.gender !== p.gender) continue;
    chosen = ent;
    chosenSent = s;
    if (!objectOfPreposition(r, m.from)) subject = ent;
  }
  return subjectOnly ? subject : chosen;
}

const PREPOSITIONS = new Set(['with', 'to', 'by', 'from', 'for', 'of', 'between']);
// The possessive ("South Korea's", tokenised "'s" or "'", "s"; the reader's tokens come from
// doc.norm, where every apostrophe shape is "'") and the article, within a name.
const POSSESSIVE_OR_ARTICLE = new Set(["'s", "'", 's', 'the']);

/**
 * The name at token `from` follows a preposition, across its title and its party's name ("with
 * South Korea's President Moon").
 */
function objectOfPreposition(r: Reader, from: number): boolean {
  let k = from - 1;
  while (k >= 0 && (r.toks[k].cap || POSSESSIVE_OR_ARTICLE.has(r.toks[k].key))) k--;
  return k >= 0 && PREPOSITIONS.has(r.toks[k].key);
}

export function resolvePronouns(r: Reader) {
  const ordered = [...r.mentions].sort((a, b) => a.start - b.start);
  for (let idx = 0; idx < ordered.length; idx++) {
    const p = ordered[idx];
    if (p.kind !== 'pronoun') continue;
    if (!p.gender) continue; // "it said", "they said": resolved once doc.mentions is built.
    // A person known to be of the pronoun's gender first, then anyone who may be.
    // The sentence's subject before a name a preposition governs, in each pass.
    let chosen: PersonEnt | undefined;
    for (const subjectOnly of [true, false])
      chosen ??=
        antecedentPerson(r, ordered, idx, true, true, subjectOnly) ??
        antecedentPerson(r, ordered, idx, false, false, subjectOnly) ??
        antecedentPerson(r, ordered, idx, true, false, subjectOnly);
    if (chosen) {
      p.ent = chosen;
      p.actor = chosen.actor ?? null;
      chosen.gender ??= p.gender;
    }
  }
}

// A sentence opened by a plural noun phrase with no party in it, then its verb: "The foreign
// ministers were …", "The delegations also agreed …".
const UNNAMED_GROUP_SUBJECT =
  /^[Tt]he(?:\s+[a-z-]+){0,2}\s+[a-z]+s\s+(?:were|are|have|had|also|all|will|would|said|agreed|did|then|later)\b/;

const PREPOSITION_BEFORE =
  /\b(?:in|at|to|from|with|into|on|over|for|against|of|by|between|near|toward|towards)\s+(?:the\s+)?$/i;

/**
 * What "it"/"they" stands for: among the parties named in this or the two previous sentences
 * (not persons, not places after a preposition), the subject of the nearest sentence that has one,
 * else the nearest.
 */
export function groupAntecedent(doc: ParleyDocument, at: number, plural: boolean): number | undefined {
  const starts = sentenceStarts(doc);
  const sentenceOf = (offset: number) => (starts.length ? sentenceIndex(starts, offset) : 0);
  const here = sentenceOf(at);
  let nearest: number | undefined;
  // From the last mention that starts before `at` (the mentions are in text order).
  for (let k = firstAtLeast(doc.mentions, at, (m) => m.start) - 1; k >= 0; k--) {
    const m = doc.mentions[k];
    if (m.start >= at) continue;
    // Of mentions that start together ("Spanish" in "Spanish government"), the longest speaks.
    if (k > 0 && doc.mentions[k - 1].start === m.start) continue;
    const s = sentenceOf(m.start);
    if (here - s > 2 || at - m.start > 800) break;
    if (m.kind === 'person' || m.kind === 'pronoun' || m.entity === undefined) continue;
    if (!plural && (m.kind === 'anonymous' || m.kind === 'collective')) continue;
    const before = doc.norm.slice(Math.max(0, m.start - 16), m.start);
    if (PREPOSITION_BEFORE.test(before)) continue;
    const sentenceStart = starts.length ? starts[s] : 0;
    const opening = doc.norm.slice(sentenceStart, m.start).trim();
    // "The foreign ministers were also willing to support the OSCE. They also agreed …": a "they"
    // stands for the unnamed group the nearest sentence opens with, not for a party it names
    // after its verb: left to the story's parties.
    if (plural && nearest === undefined && UNNAMED_GROUP_SUBJECT.test(opening)) return undefined;
    nearest ??= k;
    if (opening === '' || /^(?:the|"|')$/i.test(opening)) return k;
    // "Also, on Tuesday, Hamas issued a statement in which it said": the subject comes after a
    // fronted adverbial; it still opens the clause when no other party is named before it.
    const firstNamed = k === 0 || doc.mentions[k - 1].start < sentenceStart;
    if (firstNamed && /,\s*(?:the)?$/i.test(opening)) return k;
  }
  return nearest;
}
