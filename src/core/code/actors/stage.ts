/**
 * Stage `actors`: finds every mention of an actor in the story paragraphs and clusters them into
 * the document's entities. The passes, in the order `analyse` runs them (one module each):
 *
 * - names.ts: states by name, short name, demonym, capital and seat of government (metonyms),
 *   organisations, outlets (nobody's side), persons the codebook knows, and anaphors
 *   ("the alliance") once the organisation has been named;
 * - persons.ts (with name-chunks.ts, roles.ts, identity.ts): persons from names with titles,
 *   roles and appositives ("U.S. National Security Adviser Mike Waltz", "Michael McFaul, who
 *   served as U.S. ambassador to Russia"), with role, party and former roles read from the text,
 *   completed by the codebook's dated roles;
 * - governments.ts: governments named after their leader ("Trump's administration") and
 *   ministries the text ties to a state;
 * - groups.ts: collectives ("European capitals", "U.S. officials"), anonymous sources ("a senior
 *   U.S. official") and "both sides";
 * - anaphors.ts: descriptions ("the French president") and the pronouns "he"/"she" resolved to
 *   the person they stand for; then, over the built mentions, "it"/"they".
 *
 * All passes read one document through reader.ts, with the codebook's words from lexicon.ts.
 * resolve-speaker.ts answers, for a speaker span that the statements stage found, who that is;
 * main-parties.ts, which two parties a story is about. Knowledge (names, titles, cue words) comes
 * from the codebook; these files hold only the rules.
 */

import type { Entity, Mention, ParleyDocument, PipelineContext, Stage } from '../../model.js';
import { firstAtLeast, startingIn } from '../../sorted.js';
import type { GazMatch } from '../gazetteer.js';
import { nameKey } from '../persons.js';
import { mentionCodes } from '../textindex.js';
import { groupAntecedent, readDescriptions, readPronouns, resolvePronouns } from './anaphors.js';
import { readGovernments, readMinistries } from './governments.js';
import {
  extendGroups,
  PARTY_NUMBERS,
  readAnonymous,
  readBothSides,
  readFormatSides,
  readMemberOfThem,
  readNumbered,
} from './groups.js';
import { mergeSurnames } from './identity.js';
import { actorLexicon, type Gender, type NamePayload, PRONOUN_GENDER } from './lexicon.js';
import { mainParties, PLACE_BEFORE, partiesCollective } from './main-parties.js';
import { readBracketedShortNames, readNames } from './names.js';
import { readPersons } from './persons.js';
import { type Ent, type OtherEnt, Reader, type WorkMention } from './reader.js';

function otherEntity(r: Reader, m: WorkMention): OtherEnt | undefined {
  if (m.kind === 'person' || m.kind === 'pronoun') return undefined;
  let key: string;
  let name: string;
  if (m.kind === 'anonymous') {
    const first = m.antecedent ?? m;
    key = `anon:${first.start}`;
    name = r.doc.text.slice(first.start, first.end);
  } else if (m.kind === 'outlet') {
    name = r.doc.text.slice(m.start, m.end);
    key = `outlet:${nameKey(name)}`;
  } else {
    if (m.actor === undefined || m.actor === null) return undefined;
    key = `actor:${Array.isArray(m.actor) ? m.actor.join('+') : m.actor}`;
    name = Array.isArray(m.actor)
      ? r.doc.text.slice(m.start, m.end)
      : (r.lex.actors.get(m.actor)?.name ?? r.doc.text.slice(m.start, m.end));
  }
  let ent = r.others.get(key);
  if (!ent) {
    ent = {
      kind: m.kind,
      name,
      actor: m.actor ?? null,
      key,
      anonymous: m.kind === 'anonymous' || undefined,
    };
    r.others.set(key, ent);
  }
  return ent;
}

function analyse(doc: ParleyDocument, ctx: PipelineContext) {
  const lex = actorLexicon(ctx);
  const r = new Reader(doc, lex, ctx.codebook);
  const known: GazMatch<NamePayload>[] = [];
  readNames(r, known);
  readBracketedShortNames(r);
  readPersons(r, known);
  readGovernments(r);
  readMinistries(r);
  extendGroups(r);
  readAnonymous(r);
  readMemberOfThem(r);
  readNumbered(r);
  readBothSides(r);
  readFormatSides(r);
  readPronouns(r);
  mergeSurnames(r);
  readDescriptions(r);
  resolvePronouns(r);
  // "six world powers", "the Normandy Four": a collective the codebook gives members stands for them.
  for (const m of r.mentions) {
    const members =
      typeof m.actor === 'string' && m.kind === 'collective' ? lex.actors.get(m.actor)?.members : [];
    if (members?.length) m.actor = [...members];
  }

  const mentions = [...r.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const entityIndex = new Map<Ent, number>();
  const entities: Entity[] = [];
  doc.mentions = [];
  for (const m of mentions) {
    const ent = m.ent ?? otherEntity(r, m);
    let index: number | undefined;
    if (ent) {
      index = entityIndex.get(ent);
      if (index === undefined) {
        index = entities.length;
        entityIndex.set(ent, index);
        entities.push(
          ent.kind === 'person'
            ? {
                kind: 'person',
                name: ent.name,
                actor: ent.actor ?? null,
                role: ent.role,
                former: ent.former,
                codebookId: ent.codebookId,
                mentions: [],
              }
            : {
                kind: ent.kind,
                name: ent.name,
                actor: ent.actor,
                anonymous: ent.anonymous,
                codebookId: typeof ent.actor === 'string' ? ent.actor : undefined,
                mentions: [],
              },
        );
      }
      entities[index].mentions.push(doc.mentions.length);
    }
    doc.mentions.push({
      start: m.start,
      end: m.end,
      kind: m.kind,
      entity: index,
      via: m.via,
      actor: m.kind === 'person' || m.kind === 'pronoun' ? (ent?.actor ?? null) : m.actor,
      provenance: { rule: m.rule, cue: m.cue, confidence: m.confidence },
    });
  }
  doc.entities = entities;
  readStateOpponents(doc, ctx);
  genders.set(
    doc,
    new Map([...entityIndex].map(([ent, i]) => [i, ent.kind === 'person' ? ent.gender : undefined])),
  );
  for (const [i, m] of doc.mentions.entries()) {
    if (m.kind !== 'pronoun' || m.entity !== undefined) continue;
    const word = doc.norm.slice(m.start, m.end).toLowerCase();
    if (PRONOUN_GENDER.has(word)) continue;
    const k = groupAntecedent(doc, m.start, word !== 'it');
    if (k === undefined) continue;
    m.entity = doc.mentions[k].entity;
    m.actor = doc.mentions[k].actor;
    if (m.entity !== undefined) entities[m.entity].mentions.push(i);
  }
  // "Both sides": the article's two main parties, once every mention is known; "the two
  // leaders", "the four countries": as many parties as named just before, else (two) the pair.
  const pair = mainParties(doc, ctx, true);
  /** The first collective entity of each set of parties (built on first need, then kept up to date). */
  let collectiveOf: Map<string, number> | undefined;
  const partiesKey = (actor: string[]) => [...actor].sort().join('+');
  for (const [i, m] of doc.mentions.entries()) {
    const numbered = m.provenance.rule.startsWith('actors.numbered');
    if (!numbered && m.provenance.rule !== 'actors.both-sides') continue;
    const count = numbered
      ? (PARTY_NUMBERS.get(
          (m.provenance.cue ?? '')
            .toLowerCase()
            .split(/\s+/)
            .find((w) => PARTY_NUMBERS.has(w)) ?? '',
        ) ?? 0)
      : 2;
    // "called on the two sides", "talks between the two countries": those the clause addresses,
    // not the parties it names; they keep the story's pair.
    const object =
      OBJECT_BEFORE.test(doc.norm.slice(Math.max(0, m.start - 12), m.start)) &&
      !personsOfParties(doc.norm.slice(Math.max(0, m.start - 40), m.start), lex.personHeadWords);
    const head = doc.norm.slice(m.start, m.end).toLowerCase().split(/\s+/).at(-1) ?? '';
    // "the two sides" are the conflict's: named in their own paragraph, else the story's pair (a
    // background paragraph does not speak of the parties of the call told before it).
    const sides = lex.sideHeads.has(head);
    // "both men", "both leaders": the parties of the two persons named just before, as "the two
    // leaders" (not the story's pair: "Trump and Putin … both men described the talks").
    const bothPersons = !numbered && lex.personHeadWords.has(head);
    // "The countries threatened …": as many parties as the last list names (the longest that fits).
    const listedRule = m.provenance.rule === 'actors.numbered.listed';
    let listed: string[] | undefined;
    for (let n = LISTED_MAX; listedRule && n >= 2 && !listed; n--)
      listed = partiesNamedBefore(doc, m.start, n, false, false, lex.verbs, true);
    if (listedRule && !listed) {
      m.actor = null;
      continue;
    }
    const named = listed
      ? listed
      : (numbered || bothPersons) && !object
        ? (partiesNamedBefore(
            doc,
            m.start,
            count,
            bothPersons || m.provenance.rule === 'actors.numbered.persons',
            sides,
            lex.verbs,
          ) ??
          (m.provenance.rule === 'actors.numbered.persons'
            ? headedListBefore(doc, m.start, count, lex.personHeadWords)
            : undefined))
        : undefined;
    m.actor = named ?? (count === 2 && pair.length === 2 ? pair : null);
    // ("both men" so read is "the two men": the speaker resolver keeps these parties)
    if (bothPersons && named) m.provenance = { ...m.provenance, rule: 'actors.numbered.persons' };
    if (!m.actor) continue;
    // One entity per set of parties throughout the story (entities are only added to, so the
    // first that fits stays the first).
    if (!collectiveOf) {
      collectiveOf = new Map();
      for (const [k, e] of entities.entries())
        if (e.kind === 'collective' && Array.isArray(e.actor) && !collectiveOf.has(partiesKey(e.actor)))
          collectiveOf.set(partiesKey(e.actor), k);
    }
    const key = partiesKey(m.actor);
    let index = collectiveOf.get(key);
    if (index === undefined) {
      index = entities.length;
      collectiveOf.set(key, index);
      entities.push({
        kind: 'collective',
        name: doc.text.slice(m.start, m.end),
        actor: m.actor,
        mentions: [],
      });
    }
    m.entity = index;
    entities[index].mentions.push(i);
  }
}

/**
 * "Colombia's main rebel group has freed …": a state's possessive before a word for its opponents
 * (codebook `state_opponent_heads`, past `state_opponent_modifiers`) names the group facing that
 * state (codebook `opposes`) that the story names, when it names exactly one; the mention becomes
 * that group's, over the possessive and its head.
 */
function readStateOpponents(doc: ParleyDocument, ctx: PipelineContext) {
  const { actors, stateOpponentHeads: heads, stateOpponentModifiers: modifiers } = actorLexicon(ctx);
  if (heads.length === 0) return;
  for (const [i, m] of doc.mentions.entries()) {
    if (m.kind !== 'state' || typeof m.actor !== 'string') continue;
    // ("the Yemeni rebel group", "Colombian guerrillas": the state's demonym before them)
    const after = (m.via === 'demonym' ? /^\s+/ : /^['\u2019]s\s+/).exec(doc.norm.slice(m.end, m.end + 4));
    if (!after) continue;
    let at = m.end + after[0].length;
    for (let n = 0; n < STATE_OPPONENT_MODIFIERS; n++) {
      const word = /^([\p{L}-]+)\s+/u.exec(doc.norm.slice(at, at + 40));
      if (!word || !modifiers.has(word[1].toLowerCase())) break;
      at += word[0].length;
    }
    const rest = doc.norm.slice(at, at + 40).toLowerCase();
    // (the heads are longest first: "rebel group" before "rebel")
    const head = heads.find((h) => rest.startsWith(h) && !/[\p{L}-]/u.test(rest.charAt(h.length)));
    if (!head) continue;
    const state = m.actor;
    const facing = new Set<string>();
    let entity: number | undefined;
    for (const g of doc.mentions) {
      if (g.kind !== 'group' || typeof g.actor !== 'string' || actors.get(g.actor)?.opposes !== state)
        continue;
      facing.add(g.actor);
      entity ??= g.entity;
    }
    if (facing.size !== 1) continue;
    const [group] = facing;
    if (m.entity !== undefined) {
      const list = doc.entities[m.entity].mentions;
      list.splice(list.indexOf(i), 1);
    }
    m.end = at + head.length;
    m.kind = 'group';
    m.actor = group;
    m.entity = entity;
    if (entity !== undefined) doc.entities[entity].mentions.push(i);
    m.provenance = { rule: 'actors.state-opponent', cue: doc.norm.slice(m.start, m.end), confidence: 0.7 };
  }
}
const STATE_OPPONENT_MODIFIERS = 2;

/** The most parties "the countries" may stand for. */
const LISTED_MAX = 8;

const OBJECT_BEFORE = /\b(?:on|between|among|with|to|for|from|of|urged|asked|told|invited|pressed)\s+$/i;

/** Persons before "of"/"from": "the leaders of the three countries", "officials from the two sides". */
const PERSONS_OF_BEFORE = /\b(\w+)\s+(?:of|from)\s+$/i;

/**
 * "the leaders of the three countries said", "senior officials from the three countries will
 * reconvene": persons who belong to the parties, who are the parties named before (not those a
 * clause addresses, as "talks between the two countries").
 */
function personsOfParties(before: string, personHeads: Set<string>): boolean {
  const word = PERSONS_OF_BEFORE.exec(before)?.[1]?.toLowerCase();
  return word !== undefined && personHeads.has(word);
}

/**
 * "The foreign ministers of Veska, Ormund, Tarsia and Kessel met … (three paragraphs on) the four
 * ministers agreed": the one list of as many parties that the story gave as the persons' parties,
 * however far before, when none is named near.
 */
function headedListBefore(
  doc: ParleyDocument,
  at: number,
  count: number,
  personHeads: Set<string>,
): string[] | undefined {
  const lists: string[][] = [];
  let headedEnd = -1;
  for (const m of doc.mentions) {
    if (m.start >= at) break;
    if (m.kind === 'person' || m.kind === 'pronoun' || m.kind === 'outlet') continue;
    // the first party right after "ministers of", the rest joined to it by the list
    const listed = headedEnd >= 0 && LIST_JOINT.test(doc.norm.slice(headedEnd, m.start));
    if (
      !listed &&
      !personsOfParties(doc.norm.slice(Math.max(0, m.start - PERSONS_OF_REACH), m.start), personHeads)
    )
      continue;
    if (!listed) lists.push([]);
    lists[lists.length - 1].push(...mentionCodes(doc, m));
    headedEnd = m.end;
  }
  const fits = new Set(
    lists
      .map((l) => [...new Set(l)])
      .filter((l) => l.length === count)
      .map((l) => l.join('+')),
  );
  return fits.size === 1 ? [...fits][0].split('+') : undefined;
}

/** How far before a party "ministers of" may start. */
const PERSONS_OF_REACH = 40;

/** What stands between two parties of one list: "X, Y and the Z". */
const LIST_JOINT = /^\s*(?:,|,?\s*and)\s*(?:the\s+)?$/i;

/** Sentences before its own that the parties of "the four countries" may be named in. */
const NUMBERED_REACH = 2;

/** A month after a capital: "London in June" names when a round was held there. */
const MONTH_AFTER =
  /^\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/** What opens the next item of a list: ", London in June", "and Stockholm in July". */
const LIST_ITEM_BEFORE = /(?:,|\band)\s+$/;

/**
 * "after rounds in Geneva in May, London in June and Stockholm in July": a capital listed with the
 * month of a round held there is a venue, not a party at the table.
 */
function listedVenue(doc: ParleyDocument, m: Mention): boolean {
  return (
    m.via === 'capital' &&
    MONTH_AFTER.test(doc.norm.slice(m.end, m.end + 16)) &&
    LIST_ITEM_BEFORE.test(doc.norm.slice(Math.max(0, m.start - 6), m.start))
  );
}

/**
 * The `count` parties named just before `at`: in its own sentence, else with those of the nearest
 * sentence before that names any ("Veska, Ormund and Tarsia met … The three countries agreed").
 * Undefined when those name more or fewer.
 */
function partiesNamedBefore(
  doc: ParleyDocument,
  at: number,
  count: number,
  personsOnly: boolean,
  paragraphOnly: boolean,
  speechVerbs: Set<string>,
  /** Only a list of as many parties the text gives together ("X, Y and Z"), never a count of all named. */
  listOnly = false,
): string[] | undefined {
  // Sentences and mentions are in text order: each is found by a binary search, not a scan (a
  // long story may say "the two sides" a thousand times).
  const s = firstAtLeast(doc.sentences, at + 1, (x) => x.start) - 1;
  if (s < 0) return undefined;
  /** The parties named in [from, to), and the runs of them the text lists ("X, Y and Z"). */
  const namedIn = (from: number, to: number) => {
    const out = new Set<string>();
    const lists: Set<string>[] = [];
    /** Named groups' members ("the extended troika"): what "the four stakeholders" may recount. */
    const groups: string[][] = [];
    let listEnd = -1;
    let place: number | undefined;
    // "… the 1974 accord, which created a zone patrolled by U.N. peacekeepers": a relative clause
    // after a comma describes a thing; the parties it names are not at the table.
    const relative = /,\s+(?:which|where)\b/.exec(doc.norm.slice(from, to));
    const describedFrom = relative ? from + relative.index : to;
    for (const m of startingIn(doc.mentions, from, to)) {
      if (m.kind === 'pronoun' || m.kind === 'outlet') continue;
      if (m.start > describedFrom) continue;
      if (personsOnly && m.kind !== 'person' && !partiesCollective(m)) continue;
      // "the Normandy format summit": a named group is no list of the parties it holds.
      if (
        m.kind === 'collective' &&
        Array.isArray(m.actor) &&
        !partiesCollective(m) &&
        m.provenance.rule !== 'actors.group.pair'
      ) {
        groups.push(m.actor);
        continue;
      }
      // "the summit in Luanda", "met in Minsk, Belarus": where things happen, not who is at the table.
      const before = doc.norm.slice(Math.max(0, m.start - 12), m.start);
      if (
        PLACE_BEFORE.test(before) ||
        (place !== undefined && doc.norm.slice(place, m.start) === ', ') ||
        listedVenue(doc, m)
      ) {
        place = m.end;
        continue;
      }
      place = undefined;
      const codes = mentionCodes(doc, m);
      for (const c of codes) out.add(c);
      if (listEnd < 0 || !LIST_JOINT.test(doc.norm.slice(listEnd, m.start))) lists.push(new Set());
      for (const c of codes) lists[lists.length - 1].add(c);
      listEnd = m.end;
    }
    return { all: out, lists, groups };
  };
  /** The one named group of as many members as the number counts, if the text names no party of its own. */
  const groupOf = (named: ReturnType<typeof namedIn>, own: Set<string>) => {
    const fits = own.size === 0 ? named.groups.filter((g) => g.length === count) : [];
    return fits.length === 1 ? fits[0] : undefined;
  };
  let own = namedIn(doc.sentences[s].start, at).all;
  if (own.size === count && !listOnly) return [...own];
  // "Tarsia's minister said the two sides had agreed": the speaker who reports on the sides is
  // not one of them (unless the speakers are as many: "Veska and Ormund said the two sides …").
  const cue = lastSpeechVerbEnd(doc.norm, doc.sentences[s].start, at, speechVerbs);
  if (cue !== undefined) own = namedIn(cue, at).all;
  /** Past the sentence that named parties last, only a list of as many counts (three or more). */
  let far = false;
  const reach = count >= FAR_LIST_COUNT ? FAR_LIST_REACH : NUMBERED_REACH;
  for (let k = s - 1; k >= Math.max(0, s - reach); k--) {
    if (paragraphOnly && doc.sentences[k].block !== doc.sentences[s].block) break;
    if (k < s - NUMBERED_REACH) far = true;
    const before = namedIn(doc.sentences[k].start, doc.sentences[k].end);
    if (before.all.size === 0) {
      const group = groupOf(before, own);
      if (group) return group;
      continue;
    }
    const all = new Set([...own, ...before.all]);
    if (all.size === count && !far && !listOnly) return [...all];
    // "a proposal by Veska, Ormund, Tarsia and Kessel …, but Lumen … The four countries": the
    // sentence named more, of which it listed as many together.
    const listed = own.size === 0 ? before.lists.filter((l) => l.size === count) : [];
    if (listed.length === 1) return [...listed[0]];
    // "… and the so-called extended troika. … the four major stakeholders urged": the group's members.
    const group = groupOf(before, own);
    if (group || count < FAR_LIST_COUNT) return group;
    // "Tarsia, Ormund, Kessel and Lumen cut ties with Veska. (Sentences that name others.) The other
    // four nations accuse Veska …": so many parties are the last list of as many.
    far = true;
  }
  return undefined;
}

/** The fewest parties a numbered collective counts off a list sentences before ("the four countries"). */
const FAR_LIST_COUNT = 3;
/** Sentences before its own that such a list may be in. */
const FAR_LIST_REACH = 12;

/** Where the last speech verb ("said", "told") between `from` and `to` ends, if any. */
function lastSpeechVerbEnd(
  text: string,
  from: number,
  to: number,
  speechVerbs: Set<string>,
): number | undefined {
  let end: number | undefined;
  for (const w of text.slice(from, to).matchAll(/\p{L}+/gu))
    if (speechVerbs.has(w[0].toLowerCase())) end = from + w.index + w[0].length;
  return end;
}

/** Genders of the person entities, per document (not part of the shared model). */
export const genders = new WeakMap<ParleyDocument, Map<number, Gender | undefined>>();

const analysed = new WeakSet<ParleyDocument>();

export const actorsStage: Stage = {
  name: 'actors',
  run(doc, ctx) {
    analyse(doc, ctx);
    analysed.add(doc);
  },
};

export function ensureAnalysed(doc: ParleyDocument, ctx: PipelineContext) {
  if (analysed.has(doc)) return;
  analyse(doc, ctx);
  analysed.add(doc);
}
