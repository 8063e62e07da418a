/**
 * Governments and ministries: "Trump's administration", "the Russian government", "Russia's Foreign
 * Ministry", "the ministry said" — each tied to its state by the text, the story's earlier ties, or
 * the state of the dateline's city (read here too).
 */

import type { ParleyDocument } from '../../model.js';
import { tokenize } from '../gazetteer.js';
import { lastRoleBefore, nameKey, personById } from '../persons.js';
import { type Lexicon, NOT_NAME } from './lexicon.js';
import { mentionLookups, type PersonEnt, pushTo, type Reader, takeNew, type WorkMention } from './reader.js';

/** Mentions with a single party by sentence (a mention's start is fixed until extendGroups). */
export function bySentence(r: Reader) {
  return takeNew(r, 'bySentence', (m) => {
    if (typeof m.actor !== 'string') return;
    const sentence = r.toks[m.from].sent;
    if (m.via === 'capital') pushTo(mentionLookups(r).capitals, sentence, m);
    if (m.kind === 'state') pushTo(mentionLookups(r).states, sentence, m);
  });
}

/** A ministry with no state named: tie it to the state the sentence places it in ("in Moscow"). */
export function ministryTie(
  r: Reader,
  at: number,
  name = 'ministry',
): { actor: string; strength: number } | undefined {
  const sentence = r.toks[at].sent;
  for (const m of bySentence(r).capitals.get(sentence) ?? []) {
    if (r.tok(m.from - 1)?.key === 'in') return { actor: m.actor as string, strength: 2 };
  }
  // Weaker than the codebook: the story's earlier ministry, government or dateline.
  const guess = r.ministryTies.get(name) ?? recentGovernment(r, at) ?? r.datelineState;
  return guess ? { actor: guess, strength: 0.5 } : undefined;
}

/** The nearest state named before token `at`, in its sentence or the one before. */
function nearestState(r: Reader, at: number): string | undefined {
  const sent = r.toks[at].sent;
  const { states } = bySentence(r);
  // "Yemen's government welcomed a Saudi initiative, a statement from its foreign ministry said":
  // a demonym that modifies a noun ("a Saudi initiative") names no one "its" can stand for.
  const modifier = (m: WorkMention) =>
    r.tok(at)?.key === 'its' &&
    (m.via === 'demonym' || /^(a|an)$/.test(r.tok(m.from - 1)?.key ?? '')) &&
    !!r.tok(m.to)?.word &&
    !r.tok(m.to)?.cap;
  // A state of this sentence starts after any of the one before: look there first.
  for (const s of [sent, sent - 1]) {
    let best: WorkMention | undefined;
    for (const m of states.get(s) ?? [])
      if (m.to <= at && !modifier(m) && (!best || m.from > best.from)) best = m;
    if (best) return best.actor as string;
  }
  return undefined;
}

/** The state of the nearest earlier "Veskan government" / "Russia's Foreign Ministry". */
function recentGovernment(r: Reader, at: number): string | undefined {
  const { lex } = r;
  // Asked before extendGroups only, while a mention's tokens are those it was found with.
  const { governments } = takeNew(r, 'governments', (m) => {
    if (m.kind !== 'state' || typeof m.actor !== 'string') return;
    let next = m.to;
    if (r.tok(next)?.text === "'" && r.tok(next + 1)?.key === 's') next += 2;
    while (r.tok(next)?.cap && !lex.govTitleWords.has(r.toks[next].key) && next - m.to < 3) next++;
    const head = r.tok(next)?.key ?? '';
    const last = r.toks[m.to - 1].key;
    // ("Iranian Foreign Minister Abbas Araqchi …," the Foreign Ministry said: the minister's state.)
    const minister = next > m.to && lex.govTitleWords.has(head);
    if (lex.ministryHeads.has(head) || lex.govNouns.has(head) || lex.ministryHeads.has(last) || minister)
      mentionLookups(r).governments.push(m);
  });
  return governments.lastBefore(at)?.actor as string | undefined;
}

/** The person named right after "government of" at `i` (past a title: "of President Maduro"), if any. */
function personAfterOf(r: Reader, i: number): WorkMention | undefined {
  if (r.tok(i + 1)?.key !== 'of') return undefined;
  let k = i + 2;
  while (k < r.toks.length && r.premodified.has(k) && k - i < 6) k++;
  // (the person's mention starts at its title or at the name; each owns its first token)
  const startingAt = (j: number) => {
    const m = r.owner[j];
    return m?.from === j && m.kind === 'person' && m.ent?.kind === 'person' ? m : undefined;
  };
  return startingAt(i + 2) ?? startingAt(k);
}

function personMentionEndingAt(r: Reader, to: number): WorkMention | undefined {
  const { personByEnd } = takeNew(r, 'byEnd', (m) => {
    if (m.kind === 'person' && !mentionLookups(r).personByEnd.has(m.to))
      mentionLookups(r).personByEnd.set(m.to, m);
  });
  return personByEnd.get(to);
}

function personParty(r: Reader, ent: PersonEnt): string | null {
  if (ent.actor) return ent.actor;
  const canon = ent.codebookId ? personById(ent.codebookId, r.codebook) : undefined;
  return (canon && lastRoleBefore(canon, r.doc.date)?.actor) ?? null;
}

// A state's own level of government: "the federal government", "the central government".
const LEVEL = new Set(['federal', 'central']);

/**
 * Where the government noun phrase headed at `i` starts: `i` for "government", the "ruling" before
 * "party" ("the Ethiopian ruling party") or "junta" ("Mali's ruling junta"); -1 when `i` heads none.
 */
function governmentNounStart(r: Reader, i: number): number {
  const key = r.toks[i].key;
  // "Mali's ruling junta", "the military government": a word of who holds power before the noun.
  if (r.lex.govNouns.has(key)) return r.lex.govModifiers.has(r.toks[i - 1]?.key ?? '') ? i - 1 : i;
  if (r.lex.rulingHeads.has(key) && r.toks[i - 1]?.key === 'ruling') return i - 1;
  // "Chad's ruling military council": a ruling body of several words, with "ruling" before it.
  const body = phraseEndingAt(r, i, r.lex.govBodies);
  if (body < 0) return -1;
  return r.toks[body - 1]?.key === 'ruling' ? body - 1 : body;
}

/** The first token of the longest phrase of `phrases` (token keys) that ends at token `i`, or -1. */
function phraseEndingAt(r: Reader, i: number, phrases: string[][]): number {
  for (const keys of phrases) {
    const from = i - keys.length + 1;
    // (the last word first: this runs at every token)
    if (from < 0 || keys[keys.length - 1] !== r.toks[i].key) continue;
    let k = 0;
    while (k < keys.length && r.toks[from + k].key === keys[k] && r.toks[from + k].sent === r.toks[i].sent)
      k++;
    if (k === keys.length) return from;
  }
  return -1;
}

/** Where "the" stands before a government noun starting at `at`, past words of its standing ("the
 * center-right government", "the interim administration"): the article's index, or -1. */
function articleBefore(r: Reader, at: number): number {
  let k = at - 1;
  for (let steps = 0; steps < 2 && k > 0; steps++) {
    const from = phraseEndingAt(r, k, r.lex.govStatusModifiers);
    if (from < 0 || r.owner[k]) break;
    k = from - 1;
  }
  return r.toks[k]?.key === 'the' ? k : -1;
}

/** The state named right after a government noun by "in" ("the junta in Chad"), if any. */
function stateIn(r: Reader, k: number): WorkMention | undefined {
  if (r.tok(k)?.key !== 'in') return undefined;
  const m = r.actorAt(k + 1);
  return m?.kind === 'state' && m.from === k + 1 && typeof m.actor === 'string' ? m : undefined;
}

/** "Trump's administration", "the Biden administration", "the Russian government", "Kyiv's government". */
export function readGovernments(r: Reader) {
  for (let i = 1; i < r.toks.length; i++) {
    const at = governmentNounStart(r, i);
    if (at < 1) continue;
    let end = at;
    if (r.toks[at - 1].key === 's' && r.toks[at - 2]?.text === "'") end = at - 2;
    const person = personMentionEndingAt(r, end);
    const actorMention = person ? undefined : r.actorAt(end - 1);
    // "the Government of Gustavo Petro", "the government of President Maduro": the person's state.
    const ofPerson = person || actorMention ? undefined : personAfterOf(r, i);
    let actor: string | null = null;
    let from: number;
    // ("the ruling military council in Chad", "the center-right government": "the" before words of
    // its standing, and a state after "in")
    const article = articleBefore(r, at);
    const inState = article >= 0 && !r.owner[i] ? stateIn(r, i + 1) : undefined;
    let placed: WorkMention | undefined;
    if (ofPerson?.ent?.kind === 'person') {
      actor = personParty(r, ofPerson.ent);
      from = r.toks[at - 1].key === 'the' ? at - 1 : at;
    } else if (person?.ent?.kind === 'person') {
      actor = personParty(r, person.ent);
      // Start at the person's titles: "U.S. President Donald Trump's administration".
      from = person.from;
      for (let k = person.from - 1; k >= 0 && r.premodified.has(k); k--) from = k;
    } else if (actorMention && actorMention.kind === 'state' && typeof actorMention.actor === 'string') {
      actor = actorMention.actor;
      from = actorMention.from;
    } else if (inState) {
      // "the ruling military council in Chad", "the government in Kabul": the state it is in.
      placed = inState;
      actor = inState.actor as string;
      from = article;
    } else if (article >= 0 && r.governmentTie && !r.owner[i]) {
      // "the government said", "the center-right government said": the government the story last named.
      actor = r.governmentTie;
      from = article;
    } else if (
      LEVEL.has(r.toks[at - 1].key) &&
      r.toks[at - 2]?.key === 'the' &&
      r.governmentTie &&
      !r.owner[i] &&
      !r.owner[at - 1]
    ) {
      // "the federal government", "the central government": the same, at the state's own level.
      actor = r.governmentTie;
      from = at - 2;
    } else continue;
    if (!actor) continue;
    r.governmentTie = actor;
    let to = ofPerson ? ofPerson.to : (placed?.to ?? i + 1);
    const group = ofPerson ? undefined : r.lex.groupNouns.longest(r.toks, to);
    if (group) to = group.to;
    r.add(
      {
        from,
        to,
        kind: 'state',
        via: 'government',
        actor,
        rule: ofPerson ? 'actors.government.of-person' : 'actors.government',
        cue: r.toks[i].text,
        confidence: 0.85,
      },
      false,
    );
    for (let k = i; k < to; k++) r.owner[k] ??= r.mentions[r.mentions.length - 1];
  }
}

/**
 * A word of a ministry's name before its head ("the Foreign Ministry", "its foreign ministry"). A
 * function of its own: a closure over the reading loop's token made the engine allocate a scope
 * for every token of the story.
 */
function ministryModifier(r: Reader, k: number, sent: number): boolean {
  const tok = r.toks[k];
  return (
    !r.owner[k] && tok.sent === sent && !NOT_NAME.has(tok.key) && (tok.cap || r.lex.roleWords.has(tok.key))
  );
}

/**
 * "The Commerce Department said": the state whose offices the press names so by convention
 * (codebook `bare_office_conventions`), if the story is about it at all.
 */
function conventionalState(r: Reader, convention: string): string | undefined {
  return r.mentions.some((m) => m.actor === convention) ? convention : undefined;
}

/**
 * A capitalised run [from, to) read as a name that ends in an office head named bare by
 * convention ("the Commerce Department"): the office of that state, added as its mention; false
 * when it is none.
 */
export function readBareOffice(r: Reader, from: number, to: number): boolean {
  const convention = r.lex.officeConventions.get(r.toks[to - 1].key);
  const actor = convention && conventionalState(r, convention);
  if (!actor) return false;
  const sent = r.toks[to - 1].sent;
  while (from > 0 && r.toks[from - 1].key !== 'the' && ministryModifier(r, from - 1, sent) && to - from < 4)
    from--;
  addMinistry(r, from, to, actor, 'actors.ministry.convention', 0.7);
  return true;
}

/** A state's ministry or office, as a mention of that state. */
function addMinistry(r: Reader, from: number, to: number, actor: string, rule: string, confidence: number) {
  r.add({ from, to, kind: 'state', via: 'ministry', actor, rule, cue: r.text(from, to), confidence });
}

/** "the Foreign Ministry", "Russia's Defence Ministry", "the Ministry of Foreign Affairs". */
export function readMinistries(r: Reader) {
  for (let i = 0; i < r.toks.length; i++) {
    const t = r.toks[i];
    const convention = r.lex.officeConventions.get(t.key);
    if ((!r.lex.ministryHeads.has(t.key) && !convention) || r.owner[i]) continue;
    // ("the department said", "Treasury Secretary X": no office named bare)
    if (convention && (!t.cap || r.tok(i + 1)?.cap)) continue;
    let from = i;
    while (from > 0 && ministryModifier(r, from - 1, t.sent) && i - from < 3) from--;
    if (!t.cap && from === i) {
      // "the ministry said": the ministry the story last tied to a state.
      const tie = r.ministryTies.get('ministry') ?? recentGovernment(r, i);
      if (r.tok(i - 1)?.key === 'the' && tie)
        r.add({
          from: i - 1,
          to: i + 1,
          kind: 'state',
          via: 'ministry',
          actor: tie,
          rule: 'actors.ministry.definite',
          confidence: 0.7,
        });
      continue;
    }
    let to = i + 1;
    if (r.tok(to)?.key === 'of') {
      let k = to + 1;
      while (r.tok(k)?.cap) k++;
      if (k > to + 1) to = k;
    }
    let actor: string | undefined;
    const before = r.tok(from - 1)?.key === 's' && r.tok(from - 2)?.text === "'" ? from - 3 : from - 1;
    const owner = r.actorAt(before);
    // "the Ministry of Foreign Affairs of Russia": the state named after it.
    const ownerAfter = r.tok(to)?.key === 'of' ? r.actorAt(to + 1) : undefined;
    const name = nameKey(r.text(from, to));
    if (owner && typeof owner.actor === 'string') {
      actor = owner.actor;
      from = owner.from;
      r.ministryTies.set(name, actor);
      r.ministryTies.set('ministry', actor);
    } else if (ownerAfter && typeof ownerAfter.actor === 'string') {
      actor = ownerAfter.actor;
    } else if (r.tok(from - 1)?.key === 'its' || r.tok(from - 1)?.key === 'their') {
      // "Ormund did not comment. Its foreign ministry said …"
      actor = nearestState(r, from - 1);
    } else if (convention) actor = conventionalState(r, convention);
    else actor = ministryTie(r, i, name)?.actor;
    if (!actor) {
      // Leave the tie to a later sentence of the same story.
      continue;
    }
    r.ministryTies.set(name, actor);
    r.ministryTies.set('ministry', actor);
    addMinistry(r, from, to, actor, 'actors.ministry', owner || ownerAfter ? 0.9 : 0.7);
  }
}

/** The state of the dateline's city ("KESSEL, April 2 (Northwire) -"), if any. */
export function datelineState(doc: ParleyDocument, lex: Lexicon): string | undefined {
  const dateline = doc.blocks.find((b) => b.kind === 'dateline');
  if (!dateline) return undefined;
  const toks = tokenize(doc.norm, dateline.start, dateline.end);
  for (const t of toks) {
    // Datelines are written in capitals: match them as names ("KESSEL" is Kessel).
    if (t.word) Object.assign(t, { text: t.key[0].toUpperCase() + t.key.slice(1), cap: true, upper: false });
  }
  for (let i = 0; i < toks.length; i++) {
    const m = lex.names.longest(toks, i);
    const actor = m?.payloads.find((p) => p.t === 'actor' && p.kind === 'state');
    if (actor?.t === 'actor' && (actor.via === 'capital' || actor.via === 'name')) return actor.code;
  }
  return undefined;
}
