/**
 * Pass 2: persons — each name (known to the codebook, or a capitalised run) with the evidence that
 * it is a person (a title, an appositive, a cue verb, an earlier mention), read into a person
 * mention with its role, party and gender.
 */

import { firstAtLeast } from '../../sorted.js';
import type { GazMatch } from '../gazetteer.js';
import { canonicalPerson, nameKey } from '../persons.js';
import { ministryTie, readBareOffice } from './governments.js';
import { findPersonEntity, forgetCodebook, newPerson, sharesWord } from './identity.js';
import { type NamePayload, PRONOUN_GENDER } from './lexicon.js';
import { type Chunk, nameChunks, trimChunk } from './name-chunks.js';
import type { PersonEnt, Reader } from './reader.js';
import {
  againstItsState,
  freshFacts,
  type PersonFacts,
  readAppositive,
  readDelegationLeader,
  readPremodifier,
  readPreposedTitle,
  readPresentPostSetOff,
} from './roles.js';

export function readPersons(r: Reader, known: GazMatch<NamePayload>[]) {
  const chunks: Chunk[] = [];
  for (const m of known) {
    const p = m.payloads.find((x) => x.t === 'person') as Extract<NamePayload, { t: 'person' }>;
    chunks.push({ from: m.from, to: m.to, codebookId: p.id });
  }
  // Known names are in text order: the one that may overlap a chunk reaches furthest among those
  // that start before the chunk ends (a running maximum of their ends).
  const reach: number[] = [];
  for (const k of known) reach.push(Math.max(k.to, reach[reach.length - 1] ?? Number.NEGATIVE_INFINITY));
  for (const c of nameChunks(r)) {
    const trimmed = trimChunk(r, c);
    const before = firstAtLeast(known, trimmed?.to ?? 0, (k) => k.from) - 1;
    if (trimmed && !(before >= 0 && reach[before] > trimmed.from)) chunks.push(trimmed);
  }
  chunks.sort((a, b) => a.from - b.from);
  const rejected = chunks.filter((c) => !readPerson(r, c));
  servedParties(r);
  // "Tom Harl, a fisherman, …" then "Mr. Harl said": a full name is a person once the story
  // refers to that person by the family name alone.
  const surnames = new Set(r.persons.filter((p) => p.nameTokens === 1).map((p) => nameKey(p.name)));
  for (const c of rejected) {
    if (r.owner[c.from]) continue;
    if (c.to - c.from > 1 && surnames.has(r.toks[c.to - 1].key)) readPerson(r, c, true);
    else if (looksLikeBareName(r, c)) readPerson(r, c, true, true);
  }
}

/** The persons whose appositive names someone they serve ("an aide to Brisk"), by reader. */
const serving = new WeakMap<Reader, Array<{ ent: PersonEnt; at: number }>>();

/**
 * "Ivan Lund, a top aide to Brisk, said": once every name is read, a person with no party of their
 * own takes the party of the person they serve, as an affiliation of middle strength.
 */
function servedParties(r: Reader) {
  for (const { ent, at } of serving.get(r) ?? []) {
    const patron = r.owner[at]?.ent;
    if (patron?.kind !== 'person' || patron === ent || patron.former) continue;
    if (typeof patron.actor !== 'string' || ent.actorStrength >= 2 || ent.former) continue;
    ent.actor = patron.actor;
    ent.actorStrength = 2;
  }
  serving.delete(r);
}

/**
 * "Maria Lopez and Juan Perez met in Madrid": two or three capitalised words that are no known
 * name, no common word, no body or place, used as a subject. A weak person: a pronoun prefers
 * any person the text introduces more clearly.
 */
function looksLikeBareName(r: Reader, c: Chunk): boolean {
  const n = c.to - c.from;
  if (n < 2 || n > 3) return false;
  for (let k = c.from; k < c.to; k++) {
    const t = r.toks[k];
    if (!t.word || !t.cap || t.upper || t.text.length < 2) return false;
    if (r.lowerSeen.has(t.key) || r.lex.nonPersonHeads.has(t.key)) return false;
  }
  const next = r.tok(c.to);
  if (!next || !(next.text === ',' || (next.word && !next.cap))) return false;
  // Only where the story goes on to speak of a person: "he", "she", "his", "her" follows soon.
  const sent = r.toks[c.from].sent;
  for (let k = c.to; k < r.toks.length && r.toks[k].sent - sent <= 1; k++)
    if (PERSONAL_PRONOUNS.has(r.toks[k].key)) return true;
  return false;
}

const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him']);

function readPerson(r: Reader, c: Chunk, force = false, weak = false): boolean {
  const { lex } = r;
  const facts = freshFacts(c.from);
  // "Armed Forces", "the Army": a state's body, not a person, whatever title stands before it.
  if (!c.codebookId && !force && r.lex.stateBodyHeads.has(r.toks[c.to - 1].key)) return false;
  readPremodifier(r, c, facts);
  readAppositive(r, c, facts);
  readPresentPostSetOff(r, c, facts);
  readPreposedTitle(r, c, facts);
  readDelegationLeader(r, c, facts);
  // "President Anton Brisk of Veska"
  const ofAt = r.tok(c.to + 1)?.key === 'the' ? c.to + 2 : c.to + 1;
  const of = r.tok(c.to)?.key === 'of' ? r.actorAt(ofAt) : undefined;
  if (of && facts.titled && !facts.former && facts.actorStrength < 3 && typeof of.actor === 'string') {
    facts.actor = of.actor;
    facts.actorStrength = 3;
  }
  const name = r.text(c.from, c.to);
  const key = nameKey(name);
  const single = c.to - c.from === 1;
  const next = r.tok(c.to);
  const existing = findPersonEntity(r, c, key, facts.gender);
  // "Kowalski said", "said Jan Kowalski", "according to Jan Kowalski"
  const prevKey = r.tok(c.from - 1)?.key;
  const introduced =
    !single && (r.isCueVerb(c.from - 1) || (prevKey === 'to' && r.tok(c.from - 2)?.key === 'according'));
  // "…, another protest leader, Ida Vell, told reporters": a name set off by commas before its cue.
  const setOffSpeaker = next?.text === ',' && r.tok(c.from - 1)?.text === ',' && r.isCueVerb(c.to + 1);
  const speaks = r.isCueVerb(c.to) || introduced || (next?.text === ',' && facts.appositive) || setOffSpeaker;
  const governs = !!next && lex.govNouns.has(next.key);
  const possessiveGov =
    next?.text === "'" && r.tok(c.to + 1)?.key === 's' && lex.govNouns.has(r.tok(c.to + 2)?.key ?? '');
  const plainWord = single && r.lowerSeen.has(r.toks[c.from].key);
  const isPerson =
    force ||
    !!c.codebookId ||
    facts.titled ||
    facts.appositive ||
    !!existing ||
    (!plainWord && (speaks || governs || possessiveGov) && !lex.anonHeads.has(r.toks[c.from].key));
  if (!isPerson) return false;
  // "Amnesty International said", "the FBI said": a body the codebook does not know, not a person.
  const acronym = r.toks.slice(c.from, c.to).every((t) => t.upper);
  if (!c.codebookId && !facts.titled && (acronym || lex.orgHeads.has(r.toks[c.to - 1].key))) {
    if (!acronym && readBareOffice(r, c.from, c.to)) return true;
    // "Kan TV News": a news outlet, which speaks for nobody, not for the state that owns it.
    if (lex.outletHeads.has(r.toks[c.to - 1].key) && !acronym)
      r.add({
        from: c.from,
        to: c.to,
        kind: 'outlet',
        actor: null,
        rule: 'actors.outlet.unknown',
        confidence: 0.6,
      });
    else
      r.add({
        from: c.from,
        to: c.to,
        kind: 'org',
        actor: null,
        rule: 'actors.org.unknown',
        confidence: 0.6,
      });
    return true;
  }

  if (facts.ministry && facts.actorStrength < 3) {
    const tie = ministryTie(r, c.from);
    if (tie) {
      facts.actor = tie.actor;
      facts.actorStrength = tie.strength;
    }
  }
  const ent = existing ?? newPerson(r, name, c.to - c.from);
  ent.weak = weak && (existing ? ent.weak : true);
  if (c.to - c.from > ent.nameTokens) {
    ent.name = name;
    ent.nameTokens = c.to - c.from;
    // A bare "Vance" the codebook read as its own Vance, then "Teodor Vance": the story's person.
    if (
      ent.codebookId &&
      !ent.idConfirmed &&
      canonicalPerson(name, r.doc.date, r.codebook)?.id !== ent.codebookId
    )
      forgetCodebook(ent);
  }
  if (facts.role && !ent.role) ent.role = facts.role;
  // "Obasanjo, head of the Council's mediation team, …" then "Obasanjo, a former Veskan president":
  // the past post does not undo the present one the text gave first.
  const presentPost = facts.former && ent.actorStrength >= 3 && !ent.former && typeof ent.actor === 'string';
  if (facts.former && !presentPost) ent.former = true;
  if (facts.gender && !ent.gender) ent.gender = facts.gender;
  // (A present post holds the highest strength, 3, so no weaker affiliation below replaces it.)
  if (facts.former && !presentPost && facts.actorStrength >= ent.actorStrength) {
    ent.actor = null;
    ent.actorStrength = 3;
  } else if (
    facts.actor !== undefined &&
    facts.actorStrength > ent.actorStrength &&
    !againstItsState(r, facts.role, facts.actor)
  ) {
    ent.actor = facts.actor;
    ent.actorStrength = facts.actorStrength;
  }
  if (facts.patronAt !== undefined && !facts.former) {
    const list = serving.get(r) ?? [];
    list.push({ ent, at: facts.patronAt });
    serving.set(r, list);
  }
  const canon = canonicalPerson(ent.name, r.doc.date, r.codebook);
  if (
    canon &&
    (!c.codebookId || canon.id === c.codebookId) &&
    (!ent.codebookId || ent.codebookId === canon.id)
  ) {
    ent.codebookId = canon.id;
    // The identity is sure when the text gives the full name, or a title the codebook agrees with.
    if (ent.nameTokens > 1 || sharesWord(facts.role, canon.role)) ent.idConfirmed = true;
    ent.gender ??= canon.gender;
    // "the president of the European council, Donald Tusk": the text gives the very post the
    // codebook dates for this person, so the codebook's party for that post speaks (the text's
    // own affiliation may be only a demonym inside the title).
    // The same holds when the post's words run over an office the text names before the role:
    // "Foreign Office spokesman Dr Ada Fenn" — an office other states' ministries share the name of.
    const givenPost =
      !!facts.role && (sameTitle(facts.role, canon.role) || sameTitle(titleBefore(r, facts, c), canon.role));
    // "Libyan Field-Marshal Khalifa Haftar": a demonym in the title tells the person's nationality;
    // the armed group or body the codebook dates a present post with is the party they act for.
    const nationalityOnly =
      facts.nationality !== undefined &&
      facts.actor === facts.nationality &&
      ent.actor === facts.actor &&
      r.lex.actors.get(canon.actor ?? '')?.kind !== 'state';
    if (canon.actor && (givenPost || (nationalityOnly && !canon.former)) && !facts.former) {
      ent.actor = canon.actor;
      ent.actorStrength = Math.max(ent.actorStrength, 3);
    } else if (canon.actor && ent.former && presentPostBesideFormer(facts, canon.role)) {
      // "Kenya's former president Uhuru Kenyatta" in 2023: the text names a past post, the
      // codebook dates a different post held now (the bloc's facilitator), and that post speaks.
      ent.actor = canon.actor;
      ent.actorStrength = 3;
      ent.former = false;
    } else if (ent.actorStrength < 1) {
      ent.actor = canon.actor;
      ent.actorStrength = 1;
      if (canon.former) ent.former = true;
    }
    if (!ent.role) {
      ent.role = canon.role;
      ent.roleFromCodebook = true;
    }
  }
  // "X said he …", "X said her government …": the pronoun that follows tells the gender.
  let verbAt = c.to;
  if (r.tok(c.to)?.text === ',') {
    // "Lund, a Tarsian envoy, said her …": past the appositive.
    let k = c.to + 1;
    while (r.tok(k) && r.toks[k].text !== ',' && r.toks[k].sent === r.toks[c.from].sent && k - c.to < 16) k++;
    verbAt = k + 1;
  }
  if (!ent.gender && r.isCueVerb(verbAt)) {
    const next = r.tok(verbAt + 1)?.key ?? '';
    const g = PRONOUN_GENDER.get(next) ?? (next === 'his' ? 'm' : next === 'her' ? 'f' : undefined);
    if (g) ent.gender = g;
  }
  r.add({
    from: c.from,
    to: c.to,
    kind: 'person',
    via: facts.titled ? 'title' : existing ? 'coref' : 'name',
    ent,
    actor: ent.actor ?? null,
    rule: facts.titled
      ? 'actors.person.title'
      : facts.appositive
        ? 'actors.person.appositive'
        : weak
          ? 'actors.person.bare'
          : 'actors.person.name',
    cue: facts.role,
    confidence: facts.titled || c.codebookId ? 0.9 : weak ? 0.5 : 0.75,
  });
  return true;
}

/** The text calls the person a former holder of one post, and the codebook's present post is another. */
function presentPostBesideFormer(facts: PersonFacts, presentRole: string | undefined): boolean {
  if (!facts.former || !facts.role || !presentRole) return false;
  const pastPost = facts.role.replace(/^former\s+/i, '');
  return !sameTitle(pastPost, presentRole) && !sharesWord(pastPost, presentRole);
}

/** Two titles are the same post: the same words, ignoring case, "the" and punctuation. */
function sameTitle(a: string, b: string | undefined): boolean {
  if (!b) return false;
  const words = (t: string) =>
    t
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && w !== 'the')
      .map(genderNeutralPost)
      .join(' ');
  return words(a) === words(b);
}

/**
 * A post's word without its gender: "spokesman", "spokeswoman" and "spokesperson" name one post
 * ("Foreign Office Spokesperson" in a report, "Foreign Office spokesman" in the codebook), as do
 * "chairman" and "chairwoman". Both titles fold alike, so no two different posts become one.
 */
function genderNeutralPost(word: string): string {
  const m = /^(\p{L}{4,}?)(?:wo)?(?:man|person)$/u.exec(word);
  return m ? `${m[1]}person` : word;
}

/** The words before a name that its title took in, less courtesy titles: "Foreign Office spokesman". */
function titleBefore(r: Reader, facts: PersonFacts, c: Chunk): string {
  const words: string[] = [];
  for (let k = facts.premodFrom; k < c.from; k++) {
    const t = r.toks[k];
    if (t.word && !r.lex.honorifics.has(t.key)) words.push(t.text);
  }
  return words.join(' ');
}
