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

import type { Entity, ParleyDocument, PipelineContext, Stage } from '../../model.js';
import type { GazMatch } from '../gazetteer.js';
import { nameKey } from '../persons.js';
import { groupAntecedent, readDescriptions, readPronouns, resolvePronouns } from './anaphors.js';
import { readGovernments, readMinistries } from './governments.js';
import { extendGroups, readAnonymous, readBothSides } from './groups.js';
import { mergeSurnames } from './identity.js';
import { actorLexicon, type Gender, type NamePayload, PRONOUN_GENDER } from './lexicon.js';
import { mainParties } from './main-parties.js';
import { readNames } from './names.js';
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
  readPersons(r, known);
  readGovernments(r);
  readMinistries(r);
  extendGroups(r);
  readAnonymous(r);
  readBothSides(r);
  readPronouns(r);
  mergeSurnames(r);
  readDescriptions(r);
  resolvePronouns(r);

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
  // "Both sides": the article's two main parties, once every mention is known.
  const pair = mainParties(doc, ctx);
  let pairEntity: number | undefined;
  for (const [i, m] of doc.mentions.entries()) {
    if (m.provenance.rule !== 'actors.both-sides') continue;
    m.actor = pair.length === 2 ? pair : null;
    if (!m.actor) continue;
    // One entity for "both sides" throughout the story: the pair (looked for once: entities are
    // only added to, so the first that fits stays the first).
    pairEntity ??= entities.findIndex((e) => e.kind === 'collective' && Array.isArray(e.actor));
    let index = pairEntity;
    if (index < 0) {
      index = entities.length;
      entities.push({
        kind: 'collective',
        name: doc.text.slice(m.start, m.end),
        actor: m.actor,
        mentions: [],
      });
    }
    pairEntity = index;
    m.entity = index;
    entities[index].mentions.push(i);
  }
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
