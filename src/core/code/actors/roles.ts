/**
 * A person's role and party as the text gives them: the title before a name ("U.S. Secretary of
 * State", "Kremlin aide"), the appositive after it (", who served as ambassador to Russia,"), the
 * affiliation either names, gender cues, and roles that stand against their own state.
 */

import type { Codebook } from '../../codebook/codebook.js';
import { personById, roleHeldAt } from '../persons.js';
import { CALENDAR, type Gender, type Lexicon, NOT_NAME } from './lexicon.js';
import type { Chunk } from './name-chunks.js';
import { insideName, isDestination } from './names.js';
import type { PersonEnt, Reader, WorkMention } from './reader.js';

const APPOSITIVE_STOP = new Set(
  'under until from between during when who which and while since after before in'.split(' '),
);
// "According to Lund, a team will meet the Veskan envoys": a modal or an auxiliary ends the noun
// phrase ("Lund, the Council's envoy, had said"); what follows it names no side of the speaker's.
const CLAUSE_VERBS = new Set('will would shall should can could might must has have had'.split(' '));

/**
 * "South Sudan's opposition leader Riek Machar", "a Syrian rebel commander": a role that stands
 * against its country's government names the country, not the party the person speaks for (the
 * codebook's, if it knows the person). Role words: `roles.yaml`, `non_government_roles`.
 */
export function againstItsState(r: Reader, role: string | undefined, actor: string | null): boolean {
  if (!role || !actor) return false;
  const words = cachedNonGovernment(r.codebook);
  if (
    !role
      .toLowerCase()
      .split(/[^a-z-]+/)
      .some((w) => words.has(w))
  )
    return false;
  return r.codebook.actors.find((a) => a.code === actor)?.kind === 'state';
}

const nonGovernment = new WeakMap<Codebook, Set<string>>();

function cachedNonGovernment(codebook: Codebook): Set<string> {
  let words = nonGovernment.get(codebook);
  if (!words) {
    words = new Set((codebook.cues.non_government_roles ?? []).map((w) => w.toLowerCase()));
    nonGovernment.set(codebook, words);
  }
  return words;
}

export interface PersonFacts {
  premodFrom: number;
  role?: string;
  former: boolean;
  actor?: string | null;
  actorStrength: number;
  gender?: Gender;
  titled: boolean;
  appositive: boolean;
  ministry: boolean;
  /** "an aide to Brisk": the token where the name of the person served starts (read later). */
  patronAt?: number;
  /** The party a demonym in the title gives ("Libyan Field-Marshal X"): a nationality. */
  nationality?: string;
}

/** The facts of a name not read yet, its title words starting at `premodFrom`. */
export const freshFacts = (premodFrom: number): PersonFacts => ({
  premodFrom,
  former: false,
  actorStrength: 0,
  titled: false,
  appositive: false,
  ministry: false,
});

// ("in": "ambassador to the UN in Vienna", the post's seat inside the title)
const BETWEEN_TITLE_WORDS = new Set(['of', 'for', 'to', 'the', 'in']);

const accredited = new WeakMap<Codebook, Set<string>>();

/**
 * "UN Ambassador Bashar al-Ja'afari", "NATO ambassador …": a state's ambassador to the body, not
 * the body's own (the bodies: `roles.yaml`, `ambassadors_accredited_to`).
 */
function envoyTo(r: Reader, actor: WorkMention): boolean {
  if (!/^ambassadors?$/.test(r.tok(actor.to)?.key ?? '')) return false;
  let bodies = accredited.get(r.codebook);
  if (!bodies) {
    bodies = new Set(r.codebook.cues.ambassadors_accredited_to ?? []);
    accredited.set(r.codebook, bodies);
  }
  const codes = [actor.actor ?? []].flat();
  return codes.length > 0 && codes.every((c) => bodies.has(c));
}

/** A title ends at token `k`: "chairman", "envoy to the United Nations". */
function titleEndsAt(r: Reader, k: number): boolean {
  for (let steps = 0; k >= 0 && steps < 6; steps++) {
    const t = r.toks[k];
    if (r.lex.roleWords.has(t.key)) return true;
    const actor = r.actorAt(k);
    if (actor) k = actor.from - 1;
    else if (BETWEEN_TITLE_WORDS.has(t.key)) k--;
    else return false;
  }
  return false;
}

/**
 * "Mozambican rebel Renamo leader X", "Sudanese RSF commander X": the group nearer the name faces
 * (codebook `opposes`) the state the farther demonym names, which is only the person's nationality.
 */
function facesState(r: Reader, group: WorkMention, farther: WorkMention): boolean {
  if (typeof group.actor !== 'string' || typeof farther.actor !== 'string') return false;
  return r.codebook.actors.find((a) => a.code === group.actor)?.opposes === farther.actor;
}

/**
 * The organisation whose officer a title names, where a demonym it shares with a wider collective
 * stands before the title ("European Energy Commissioner": the EU's, not Europe's; codebook
 * `offices`). Undefined for any other title or affiliation.
 */
function officeOwner(
  r: Reader,
  affiliation: WorkMention,
  roleFrom: number,
  roleTo: number,
): string | undefined {
  if (affiliation.via !== 'demonym' || roleFrom < 0) return undefined;
  const demonym = r.text(affiliation.from, affiliation.to).toLowerCase();
  const words = new Set(r.toks.slice(roleFrom, roleTo).map((t) => t.key));
  return r.codebook.actors.find(
    (a) =>
      a.offices?.demonyms.some((d) => d.toLowerCase() === demonym) &&
      a.offices.titles.some((t) => words.has(t.toLowerCase())),
  )?.code;
}

/** Title words before a name: "U.S. Secretary of State", "Kremlin foreign policy aide", "former". */
export function readPremodifier(r: Reader, c: Chunk, facts: PersonFacts) {
  const { lex } = r;
  const sent = r.toks[c.from].sent;
  let k = c.from - 1;
  let affiliation: WorkMention | undefined;
  let patron: PersonEnt | undefined;
  let roleFrom = -1;
  let roleTo = -1;
  let steps = 0;
  // "The Assembly's chairman, Oskar Fenn, said": the title stands before the name, set off by commas.
  // Or before a name that speaks at once: "The head of the Council, Oskar Fenn said".
  // ("The Veskan facilitator, Gen Ida Vell, said": a rank or honorific may open the name.)
  let named = k;
  while (named >= 0 && (lex.honorifics.has(r.toks[named].key) || isHonorificDot(r, named))) named--;
  const setOff =
    r.tok(named)?.text === ',' &&
    (r.tok(c.to)?.text === ',' || r.isCueVerb(c.to)) &&
    titleEndsAt(r, named - 1);
  if (setOff) {
    for (; k > named; k--) if (lex.honorifics.has(r.toks[k].key)) readHonorific(facts, lex, r.toks[k].key);
    k--;
  }
  while (k >= 0 && r.toks[k].sent === sent && steps++ < 12) {
    const t = r.toks[k];
    const actor = r.actorAt(k);
    if (actor) {
      // (A state right before the name is no part of another name: "Foreign Secretary Pakistan Aizaz Chaudhry".)
      const inName = actor.to !== c.from && insideName(r, actor);
      if (
        !isDestination(r, actor.from) &&
        !inName &&
        !envoyTo(r, actor) &&
        !portfolioSubject(r, actor) &&
        !(affiliation && facesState(r, affiliation, actor))
      )
        affiliation = actor;
      k = actor.from - 1;
      continue;
    }
    // "Clinton spokesman Nick Merrill", "Zelenskiy's chief of staff": the aide of a person.
    const owner = r.owner[k];
    if (owner?.kind === 'person' && owner.ent?.kind === 'person') {
      patron = owner.ent;
      k = owner.from - 1;
      continue;
    }
    if (lex.honorifics.has(t.key)) {
      readHonorific(facts, lex, t.key);
      k--;
      continue;
    }
    if (lex.formers.has(t.key)) {
      facts.former = true;
      k--;
      continue;
    }
    // "leader of the Ormund People's Front (OPF) Kai Moller": a party's short form in brackets
    // after its name, before the name or before the title ("the African Union (AU) envoy X").
    if (t.text === ')' && (k === c.from - 1 || roleFrom === k + 1)) {
      let open = k - 1;
      while (open > 0 && k - open < 4 && r.toks[open].text !== '(') open--;
      if (r.toks[open].text === '(' && r.actorAt(open - 1)) {
        k = open - 1;
        continue;
      }
    }
    // "head of the Veskan delegation Ida Vell": the body the title heads, right before the name,
    // is part of the title (titled only if a role word heads it).
    if (roleFrom < 0 && k === c.from - 1 && lex.headedBodies.has(t.key)) {
      roleTo = k + 1;
      roleFrom = k;
      k--;
      continue;
    }
    // "Ormund delegation chief Ida Vell": the body the title heads, between the party and the title.
    if (roleFrom === k + 1 && lex.headedBodies.has(t.key) && r.actorAt(k - 1)) {
      roleFrom = k;
      k--;
      continue;
    }
    // "Foreign Ministry spokeswoman", "Veskan government spokeswoman": an office the text ties to a state.
    // ("the administration of President Ida Vell" is the government the person heads, not an
    // office before the title: the title's words must run on from it.)
    const office =
      lex.ministryHeads.has(t.key) ||
      (lex.govNouns.has(t.key) && roleFrom >= 0 && r.tok(k + 1)?.key !== 'of');
    if (lex.roleWords.has(t.key) || office) {
      if (office) facts.ministry = true;
      setGender(facts, lex, t.key);
      if (roleTo < 0) roleTo = k + 1;
      roleFrom = k;
      k--;
      continue;
    }
    // "foreign policy and security chief": two modifiers of one title, joined by "and".
    if (
      t.key === 'and' &&
      roleFrom === k + 1 &&
      !r.toks[k + 1].cap &&
      lex.roleWords.has(r.tok(k - 1)?.key ?? '') &&
      !r.toks[k - 1].cap
    ) {
      k--;
      continue;
    }
    // "Vice Commerce Minister and International Trade Representative Ida Vell": two titles of one
    // person, both capitalised, joined by "and" (the state before the first is the person's).
    if (
      t.key === 'and' &&
      roleFrom === k + 1 &&
      r.toks[k + 1].cap &&
      lex.roleWords.has(r.tok(k - 1)?.key ?? '') &&
      r.toks[k - 1].cap
    ) {
      k--;
      continue;
    }
    // "U.S. president-elect": the title with a suffix joined by a hyphen.
    if (
      lex.roleSuffixes.has(t.key) &&
      r.tok(k - 1)?.text === '-' &&
      lex.roleWords.has(r.tok(k - 2)?.key ?? '')
    ) {
      if (roleTo < 0) roleTo = k + 1;
      k -= 2;
      continue;
    }
    if (isHonorificDot(r, k)) {
      k--;
      continue;
    }
    // "Qatar's counterterrorism envoy Mutlaq al-Qahtani": a lower-case portfolio between the
    // party's possessive and the title (one or two words; the possessive must follow).
    if (roleFrom === k + 1 && portfolioWord(r, k)) {
      let p = k;
      if (portfolioWord(r, p - 1) && r.tok(p - 2)?.key === 's') p--;
      if (r.tok(p - 1)?.key === 's' && r.tok(p - 2)?.text === "'" && r.actorAt(p - 3)) {
        roleFrom = p;
        k = p - 1;
        continue;
      }
    }
    // "co-chairman of the group Alexey Overchuk": a lower-case complement right before the name.
    const lowerComplement = k === c.from - 1 ? lowerComplementStart(r, k, sent) : -1;
    if (lowerComplement >= 0) {
      k = lowerComplement;
      continue;
    }
    // "High Representative for Foreign Affairs and Security Policy Josep Borrell": a capitalised
    // complement of the title, between it and the name.
    const complement = roleComplementStart(r, k, sent);
    if (complement >= 0) {
      k = complement;
      continue;
    }
    // "EU Enlargement Commissioner Ada Lind", "Veskan Digital Affairs Minister": a capitalised
    // portfolio the lexicon does not know, between the party and its title.
    // (The party is no part of a longer name there: the words run on into a title, not a body.)
    const portfolioParty = roleFrom === k + 1 && !affiliation ? partyBeforePortfolio(r, k, sent) : undefined;
    if (portfolioParty && !isDestination(r, portfolioParty.from) && !envoyTo(r, portfolioParty)) {
      affiliation = portfolioParty;
      k = portfolioParty.from - 1;
      continue;
    }
    if (
      BETWEEN_TITLE_WORDS.has(t.key) &&
      (roleFrom >= 0 || r.actorAt(k + 1) || r.actorAt(k + 2)) &&
      r.tok(k - 1) &&
      (lex.roleWords.has(r.toks[k - 1].key) || r.actorAt(k - 1) || BETWEEN_TITLE_WORDS.has(r.toks[k - 1].key))
    ) {
      k--;
      continue;
    }
    // "then-Foreign Minister", "Secretary-General"
    if (
      t.text === '-' &&
      r.tok(k - 1) &&
      (lex.formers.has(r.toks[k - 1].key) || lex.roleWords.has(r.toks[k - 1].key))
    ) {
      k--;
      continue;
    }
    if (
      t.key === 's' &&
      r.tok(k - 1)?.text === "'" &&
      (r.actorAt(k - 2) || r.owner[k - 2]?.kind === 'person')
    ) {
      k -= 2;
      continue;
    }
    // "the Houthis' spokesman Ali Karimi": the bare apostrophe of a plural possessive.
    if (t.text === "'" && r.actorAt(k - 1) && /s$/.test(r.toks[k - 1].key)) {
      k--;
      continue;
    }
    break;
  }
  // A title set off by a comma opens its clause; "After meeting the Veskan envoy, Lena Doss said"
  // names someone else's title.
  if (setOff && !opensClause(r, k, sent)) {
    facts.premodFrom = c.from;
    facts.titled = false;
    facts.former = false;
    delete facts.gender;
    return;
  }
  facts.premodFrom = k + 1;
  for (let i = facts.premodFrom; i < c.from; i++) r.premodified.add(i);
  if (roleFrom >= 0) {
    let hasTitle = false;
    for (let i = roleFrom; i < roleTo; i++) if (lex.roles.longest(r.toks, i)) hasTitle = true;
    if (hasTitle) {
      facts.titled = true;
      facts.role = facts.former ? `former ${r.text(roleFrom, roleTo)}` : r.text(roleFrom, roleTo);
    }
  }
  if (affiliation && facts.titled && typeof affiliation.actor === 'string') {
    facts.actor = officeOwner(r, affiliation, roleFrom, roleTo) ?? affiliation.actor;
    facts.actorStrength = 3;
    if (affiliation.via === 'demonym') facts.nationality = affiliation.actor;
  } else if (
    affiliation &&
    typeof affiliation.actor === 'string' &&
    affiliation.to === c.from - 2 &&
    r.tok(c.from - 2)?.text === "'" &&
    r.tok(c.from - 1)?.key === 's'
  ) {
    // "America's Lighthizer", "Russia's Lavrov": a state's own person, as headlines name them.
    // ("Libya's Haftar", "Sudan's Dagalo": the state is only where the person is from when the
    // codebook dates a post with an armed group, as a demonym in a title is.)
    facts.actor = affiliation.actor;
    facts.actorStrength = 2;
    if (affiliation.kind === 'state') facts.nationality = affiliation.actor;
  } else if (patron && facts.titled && patron.actor !== undefined) {
    facts.actor = patron.actor;
    facts.actorStrength = 2;
  }
}

/**
 * "Malaysia's facilitator, former police chief Abdul Rahim Noor, said": a title of no party before
 * the name (often a past post), and before it, set off by a comma, a title that opens the clause:
 * that title is the post the person holds now, and its party is the person's.
 */
export function readPresentPostSetOff(r: Reader, c: Chunk, facts: PersonFacts) {
  if (facts.actor !== undefined || facts.premodFrom >= c.from || !(facts.role || facts.former)) return;
  if (!(r.tok(c.to)?.text === ',' || r.isCueVerb(c.to))) return;
  const sent = r.toks[c.from].sent;
  let comma = facts.premodFrom - 1;
  while (
    comma >= 0 &&
    facts.premodFrom - comma <= 8 &&
    r.toks[comma].sent === sent &&
    (r.toks[comma].word || r.toks[comma].text === '-')
  ) {
    if (r.actorAt(comma) || r.owner[comma]) return;
    comma--;
  }
  if (comma < 0 || r.toks[comma].text !== ',' || comma === c.from - 1) return;
  const present = freshFacts(comma + 1);
  readPremodifier(r, { ...c, from: comma + 1 }, present);
  if (!present.titled || present.former || typeof present.actor !== 'string') return;
  facts.actor = present.actor;
  facts.actorStrength = present.actorStrength;
  facts.role ??= present.role;
  facts.titled = true;
  facts.former = false;
}

/** Token `k` is a lower-case word that can name a portfolio ("counterterrorism" envoy); not a word
 * that joins phrases ("Venezuela's opposition and President Maduro"). */
function portfolioWord(r: Reader, k: number): boolean {
  const t = r.tok(k);
  return !!t && t.word && !t.cap && !NOT_NAME.has(t.key) && !r.actorAt(k) && !r.lex.roleWords.has(t.key);
}

/** Token `k` ("and", "for") lies inside a title's capitalised complement that runs on to the next
 * capitalised run: "… for Maritime Affairs and | Fisheries Policy Ana Veldt". */
export function closesTitleComplement(r: Reader, k: number): boolean {
  const t = r.tok(k);
  if (!t || (t.key !== 'and' && t.key !== 'for' && t.key !== 'of' && t.key !== 'on')) return false;
  if (t.key !== 'and') return r.tok(k - 1) !== undefined && r.lex.roleWords.has(r.toks[k - 1].key);
  return roleComplementStart(r, k - 1, t.sent) >= 0;
}

/** Walking back from `k` over capitalised words (and "and"), the title word before a "for"/"of"/"on"
 * that opens them; -1 when `k` ends no such complement. Returns the index of the title word. */
function roleComplementStart(r: Reader, k: number, sent: number): number {
  for (let i = k, words = 0; i >= 0 && words < 7; i--, words++) {
    const t = r.toks[i];
    if (t.sent !== sent) return -1;
    // "Secretary of State Ada Lind and Veskan envoy Bo Kerr": a person's name ends the title of the
    // next person in a list; it is no capitalised complement of a title.
    if (r.owner[i]?.kind === 'person') return -1;
    if ((t.key === 'for' || t.key === 'of' || t.key === 'on') && i < k) {
      const prev = r.tok(i - 1);
      return prev && r.lex.roleWords.has(prev.key) ? i - 1 : -1;
    }
    if (!(t.word && t.cap) && t.key !== 'and' && t.text !== '&') return -1;
  }
  return -1;
}

/** How many capitalised words a title's portfolio may run to ("Trade and Economic Development"). */
const PORTFOLIO_WORDS = 4;

/**
 * Walking back from `k` over capitalised words that are no party, no person and no body's head
 * (and "and" between them), the party or possessive that stands right before the first of them:
 * "EU | Enlargement | Commissioner", "Ukraine's | Infrastructure | Minister". Undefined otherwise:
 * a capitalised word that merely precedes a title is left alone, and "Veska Liberation Front
 * leader" names the front's leader, not Veska's.
 */
function partyBeforePortfolio(r: Reader, k: number, sent: number): WorkMention | undefined {
  for (let i = k, words = 0; i > 0 && words < PORTFOLIO_WORDS; i--, words++) {
    const t = r.toks[i];
    if (t.sent !== sent || r.actorAt(i) || r.owner[i] || r.lex.nonPersonHeads.has(t.key)) return undefined;
    // ("Indo-Pacific Commander": a hyphen inside one capitalised word of the portfolio)
    if (t.text === '-' && i < k && r.toks[i + 1].cap && r.tok(i - 1)?.cap) continue;
    if (!(t.word && t.cap) && !(t.key === 'and' && i < k)) return undefined;
    const before = i - 1 - possessiveLength(r, i);
    const party =
      t.key !== 'and' && before >= 0 && r.toks[before].sent === sent ? r.actorAt(before) : undefined;
    if (party) return party;
  }
  return undefined;
}

/** 2 where a possessive "'s" ends right before token `k` ("Ukraine's | Infrastructure"), else 0. */
function possessiveLength(r: Reader, k: number): number {
  return r.tok(k - 1)?.key === 's' && r.tok(k - 2)?.text === "'" ? 2 : 0;
}

/** How many lower-case words may follow "of the" in a title's complement ("of the working group"). */
const LOWER_COMPLEMENT_WORDS = 2;
/** Lower-case words of a title's subject after "for" or "on" ("envoy for arms control"). */
const SUBJECT_COMPLEMENT_WORDS = 3;

/**
 * Walking back from `k`, the last word before a name: the title word before "of the" and one or
 * two lower-case words ("co-chairman of the group", "head of the working group"); -1 otherwise.
 */
function lowerComplementStart(r: Reader, k: number, sent: number): number {
  let i = k;
  while (i > k - LOWER_COMPLEMENT_WORDS && r.toks[i]?.word && !r.toks[i].cap && r.toks[i].key !== 'the') i--;
  if (i === k || r.tok(i)?.key !== 'the' || r.tok(i - 1)?.key !== 'of')
    return subjectComplementStart(r, k, sent);
  const role = r.tok(i - 2);
  return role && role.sent === sent && r.lex.roleWords.has(role.key) ? i - 2 : -1;
}

/**
 * "US special envoy for arms control Marshall Billingslea": a title's subject, "for" or "on" and
 * lower-case words, right before the name. Where the title ends, or -1.
 */
function subjectComplementStart(r: Reader, k: number, sent: number): number {
  // (no determiner: "Representative for the Transdniestrian Settlement Process" names no person after it)
  if (!r.tok(k)?.word || r.toks[k].cap || DETERMINERS.has(r.toks[k].key)) return -1;
  for (let j = k - 1; j >= k - SUBJECT_COMPLEMENT_WORDS; j--) {
    const t = r.tok(j);
    if (!t?.word || t.cap || t.sent !== sent || DETERMINERS.has(t.key)) return -1;
    if ((t.key === 'for' || t.key === 'on') && r.lex.roleWords.has(r.tok(j - 1)?.key ?? '')) return j - 1;
  }
  return -1;
}

/** An honorific ("Gen", "Mrs") before a name: the person is titled, and may be of a known gender. */
function readHonorific(facts: PersonFacts, lex: Lexicon, key: string) {
  facts.titled = true;
  setGender(facts, lex, key);
}

/** Token `k` is the dot of an abbreviated honorific ("Gen."). */
const isHonorificDot = (r: Reader, k: number) =>
  r.tok(k)?.text === '.' && !!r.tok(k - 1) && r.lex.honorifics.has(r.toks[k - 1].key);

function setGender(facts: { gender?: Gender }, lex: Lexicon, key: string) {
  if (lex.female.has(key)) facts.gender = 'f';
  else if (lex.male.has(key)) facts.gender = 'm';
}

/** ", who served as U.S. ambassador to Russia under …", ", a former adviser to …", ", Veska's envoy," */
export function readAppositive(r: Reader, c: Chunk, facts: PersonFacts) {
  const { lex } = r;
  if (r.tok(c.to)?.text !== ',') return;
  let k = c.to + 1;
  let former = false;
  let posted = -1;
  if (r.tok(k)?.key === 'who') {
    const verb = lex.formerVerbs.longest(r.toks, k + 1);
    if (verb) {
      former = true;
      k = verb.to;
    } else if (r.tok(k + 1)?.key === 'is') k += 2;
    else if (lex.postVerbs.has(r.tok(k + 1)?.key ?? '')) {
      // "who heads the Veskan delegation": the verb is the post.
      posted = k + 1;
      k += 2;
    } else return;
    if (r.tok(k)?.key === 'as') k++;
  } else {
    // An appositive is a noun phrase: "a former adviser", "Veska's envoy", "chairman of …" —
    // not a clause ("Clinton, succeeded the campaign manager …").
    const t = r.tok(k);
    const opens =
      !!t &&
      (t.key === 'a' ||
        t.key === 'an' ||
        t.key === 'the' ||
        lex.formers.has(t.key) ||
        lex.roleWords.has(t.key) ||
        !!r.actorAt(k) ||
        (t.cap && r.tok(k + 1)?.text === "'" && r.tok(k + 2)?.key === 's') ||
        titleAfterModifiers(r, k));
    if (!opens) return;
    // "Geneva, Switzerland – Yemen's foreign minister said": a dateline in title case, a place and
    // its country before the dash, no person with an appositive.
    // (the reader's text has every dash as "-": one set apart by spaces)
    const place = r.actorAt(k);
    const dash = place ? r.tok(place.to) : undefined;
    if (place && place.from === k && dash?.text === '-' && dash.start > r.toks[place.to - 1].end) return;
  }
  while (r.tok(k) && (r.toks[k].key === 'a' || r.toks[k].key === 'an' || r.toks[k].key === 'the')) k++;
  if (r.tok(k) && lex.formers.has(r.toks[k].key)) {
    former = true;
    k++;
  }
  const start = k;
  const phrase = titlePhrase(r, start, r.toks[c.from].sent, facts);
  if (!phrase) return;
  const { hasTitle, affiliation } = phrase;
  k = phrase.end;
  if ((!hasTitle && posted < 0) || k <= start) return;
  facts.appositive = true;
  const words = r.text(posted >= 0 ? posted : start, k);
  // "Veskan President Ida Vell, who was vice president under Brisk, …": a past post told after a
  // present title before the name does not undo it.
  if (former && facts.titled && !facts.former && facts.actorStrength >= 3) return;
  if (!facts.role) facts.role = former ? `former ${words}` : words;
  if (former) facts.former = true;
  if (affiliation && typeof affiliation.actor === 'string' && !former && facts.former) {
    // "former Veskan President Anton Brisk, the Council's envoy": the present role speaks.
    facts.former = false;
    facts.role = words;
    facts.actor = affiliation.actor;
    facts.actorStrength = 3;
  } else if (affiliation && typeof affiliation.actor === 'string' && facts.actorStrength < 3) {
    facts.actor = affiliation.actor;
    facts.actorStrength = 3;
  }
}

/** Token k is a lower-case word that is neither a determiner nor a title ("disarmament", not "a" or "envoy"). */
const commonNoun = (r: Reader, k: number) => {
  const t = r.tok(k);
  return (
    !!t &&
    t.word &&
    !t.cap &&
    !DETERMINERS.has(t.key) &&
    !r.lex.roleWords.has(t.key) &&
    !r.lex.verbs.has(t.key)
  );
};
const DETERMINERS = new Set('a an the this that these those its his her their our'.split(' '));

/**
 * The title phrase of an appositive, from token `start`: up to 14 tokens of its sentence, to the
 * first punctuation, verb or preposition of circumstance ("under", "in", "since" …). Returns the
 * affiliation it names and whether it holds a title; undefined when a title in it has a name of
 * its own after it ("Brisk, Ormund's Prime Minister Ida Vell and …": the next person of a list).
 */
function titlePhrase(
  r: Reader,
  start: number,
  sent: number,
  facts: PersonFacts,
): { end: number; hasTitle: boolean; affiliation?: WorkMention } | undefined {
  const { lex } = r;
  let k = start;
  let hasTitle = false;
  let affiliation: WorkMention | undefined;
  while (k < r.toks.length && k - start < 14) {
    const t = r.toks[k];
    // "the Northern Maritime Council's (NMC) envoy": a short form in brackets.
    if (t.text === '(' && r.tok(k + 2)?.text === ')') {
      k += 3;
      continue;
    }
    // "a top aide to Brisk", "an adviser to the Veskan president": the side of the one served.
    if ((t.key === 'to' || t.key === 'for') && hasTitle && lex.patronRoles.has(r.tok(k - 1)?.key ?? '')) {
      const served = patronAfter(r, k + 1, sent);
      if (served) {
        if (served.patronAt !== undefined) facts.patronAt = served.patronAt;
        return { end: served.end, hasTitle, affiliation: served.affiliation ?? affiliation };
      }
    }
    // "a senior official in the Skerry Islanders' Assembly", "… in Brisk's Unity Front": a title in
    // a body (an organisation or a group, not a place) serves that body.
    const body = t.key === 'in' && hasTitle && !affiliation ? bodyAfterIn(r, k + 1, sent) : undefined;
    if (body) return { end: body.to, hasTitle, affiliation: body };
    // "director of the arms control and disarmament department of …": "and" between two common
    // nouns of one office's name, not a second person or title ("an envoy and a former minister").
    if (t.key === 'and' && hasTitle && commonNoun(r, k - 1) && commonNoun(r, k + 1)) {
      k++;
      continue;
    }
    if (t.sent !== sent || /^[,.;:()"]$/.test(t.text) || APPOSITIVE_STOP.has(t.key)) break;
    if (lex.verbs.has(t.key) || CLAUSE_VERBS.has(t.key)) break;
    const actor = r.actorAt(k);
    if (actor) {
      if (
        !affiliation &&
        !isDestination(r, actor.from) &&
        !portfolioSubject(r, actor) &&
        !insideName(r, actor) &&
        !fieldOfStudy(r, actor) &&
        !placeOfResearchBody(r, actor)
      )
        affiliation = actor;
      k = actor.to;
      continue;
    }
    // "the country's deputy foreign minister": the state the story has just spoken of.
    const country = affiliation ? undefined : countryAnaphor(r, k);
    if (country) {
      affiliation = country;
      k += 3;
      continue;
    }
    // "Zelensky's chief of staff": the aide of a person named with the possessive (read later).
    if (t.cap && r.tok(k + 1)?.text === "'" && r.tok(k + 2)?.key === 's' && !affiliation && !hasTitle) {
      facts.patronAt = k;
      k += 3;
      continue;
    }
    // "Ida Vell, the Foreign Ministry spokeswoman": an office with no state named, which the
    // person's reading ties to the story's ministry or government (as a title before the name).
    if (t.cap && !affiliation && lex.ministryHeads.has(t.key)) facts.ministry = true;
    // "first deputy chairperson of the ruling party", "an adviser to the government": the story's
    // government, tied as an office with no state named is.
    if (hasTitle && !affiliation && r.tok(k - 1)?.key === 'the' && governmentNoun(r, k))
      facts.ministry = true;
    const role = lex.roles.longest(r.toks, k);
    if (role) {
      if (startsName(r, role.to)) return undefined;
      hasTitle = true;
      for (let i = role.from; i < role.to; i++) setGender(facts, lex, r.toks[i].key);
      k = role.to;
      continue;
    }
    k++;
  }
  return { end: k, hasTitle, affiliation };
}

/** A party named as what a post deals with, not whose it is: "head of U.S. affairs at the Cuban
 * Foreign Ministry", "Minister for European Affairs". */
const portfolioSubject = (r: Reader, actor: WorkMention) => r.tok(actor.to)?.key === 'affairs';

/** Token `k` opens a government's noun with no state: "government", "ruling party", "ruling coalition". */
const governmentNoun = (r: Reader, k: number) =>
  r.lex.govNouns.has(r.toks[k].key) ||
  (r.toks[k].key === 'ruling' && r.lex.rulingHeads.has(r.tok(k + 1)?.key ?? ''));

/** How many words may stand between a state studied and its expert ("a China trade policy expert"). */
const FIELD_MODIFIERS = 2;

/**
 * Is the state named by its own name (not a demonym, not a possessive) the field a commentator
 * studies: "a China trade expert", "an old Russia hand"? Such a commentator speaks for nobody.
 */
function fieldOfStudy(r: Reader, actor: WorkMention): boolean {
  if (actor.via !== 'name' && actor.via !== 'alias' && actor.via !== 'short') return false;
  if (r.tok(actor.to)?.text === "'") return false;
  for (let k = actor.to; k <= actor.to + FIELD_MODIFIERS; k++) {
    const t = r.tok(k);
    if (!t?.word) return false;
    if (r.lex.expertiseHeads.has(t.key)) return true;
  }
  return false;
}

/**
 * Does the place name a body of research by where it is: "an analyst at a Port Alder think tank",
 * "a Kessel-based institute"? Its people comment; the place is not their side.
 */
function placeOfResearchBody(r: Reader, actor: WorkMention): boolean {
  let k = actor.to;
  if (r.tok(k)?.text === '-' && r.tok(k + 1)?.key === 'based') k += 2;
  else if (r.tok(k)?.key === 'based') k++;
  return r.lex.researchBodies.longest(r.toks, k) !== undefined;
}

/**
 * The body named from token `k`, after "in": an organisation or a group with a party, after "the"
 * or a person's possessive ("Brisk's"); undefined when none opens there.
 */
function bodyAfterIn(r: Reader, k: number, sent: number): WorkMention | undefined {
  // "the Director General in Kenya's Ministry of Foreign Affairs": a state's own ministry.
  const state = r.actorAt(k);
  if (
    state?.kind === 'state' &&
    typeof state.actor === 'string' &&
    possessiveLength(r, state.to + 2) === 2 &&
    r.lex.ministryHeads.has(r.tok(state.to + 2)?.key ?? '')
  )
    return state;
  if (r.tok(k)?.key === 'the' && !r.actorAt(k)) k++;
  else if (r.tok(k)?.cap && r.tok(k + 1)?.text === "'" && r.tok(k + 2)?.key === 's') k += 3;
  const actor = r.actorAt(k);
  if (!actor || r.toks[k].sent !== sent) return undefined;
  return (actor.kind === 'org' || actor.kind === 'group') && typeof actor.actor === 'string'
    ? actor
    : undefined;
}

/**
 * Who is served, from token `k` after "aide to" / "adviser to": a party named there ("the Veskan
 * president", "Veska's leader") or the name of a person ("Brisk", "President Anton Brisk"), whose
 * token is returned for reading once every person is known. The phrase ends after that name.
 */
function patronAfter(
  r: Reader,
  k: number,
  sent: number,
): { end: number; affiliation?: WorkMention; patronAt?: number } | undefined {
  const { lex } = r;
  let affiliation: WorkMention | undefined;
  for (const start = k; k < r.toks.length && k - start < 8; ) {
    const t = r.toks[k];
    if (t.sent !== sent || !t.word) break;
    const actor = r.actorAt(k);
    if (actor) {
      if (affiliation || insideName(r, actor) || typeof actor.actor !== 'string') break;
      affiliation = actor;
      k = actor.to;
      // "Veska's president": past the possessive to the title.
      if (r.tok(k)?.text === "'" && r.tok(k + 1)?.key === 's') k += 2;
      continue;
    }
    if (t.key === 'the' || lex.roleWords.has(t.key) || lex.honorifics.has(t.key)) {
      k++;
      continue;
    }
    if (t.cap && !affiliation) {
      const patronAt = k;
      while (r.tok(k)?.cap && r.toks[k].word && r.toks[k].sent === sent) k++;
      return { end: k, patronAt };
    }
    break;
  }
  return affiliation ? { end: k, affiliation } : undefined;
}

const COUNTRY_NOUNS = new Set(['country', 'nation']);
const PLACE_PREPOSITIONS = new Set(['in', 'to', 'at', 'from', 'into', 'with', 'against', 'of', 'for']);

/**
 * "the country's", "the nation's" at token `k` (after "the"): the state named first in the nearest
 * of this and the two sentences before that names one as other than a place after a preposition —
 * the state the story has just spoken of. Undefined when none.
 */
function countryAnaphor(r: Reader, k: number): WorkMention | undefined {
  if (!COUNTRY_NOUNS.has(r.toks[k].key) || r.tok(k - 1)?.key !== 'the') return undefined;
  if (r.tok(k + 1)?.text !== "'" || r.tok(k + 2)?.key !== 's') return undefined;
  const sent = r.toks[k].sent;
  let found: WorkMention | undefined;
  for (const m of r.mentions) {
    if (m.from >= k - 1) continue;
    const s = r.toks[m.from].sent;
    if (sent - s > 2 || m.kind !== 'state' || typeof m.actor !== 'string') continue;
    const before = r.tok(m.from - 1);
    const prep = before?.key === 'the' ? r.tok(m.from - 2) : before;
    if (prep && PLACE_PREPOSITIONS.has(prep.key)) continue;
    if (!found || s > r.toks[found.from].sent || (s === r.toks[found.from].sent && m.from < found.from))
      found = m;
  }
  return found;
}

const PHRASE_BOUNDARY = /^[,;:"“”(]$/;
/** A dash that sets off a phrase: "… on August 17 — another protest leader, Ida Vell, said" (or "--"). */
const DASHES = /^[\u2013\u2014]$/;

/**
 * Token `k`, where a walk back over a title stopped, leaves the title at its clause's start, or
 * after "by" or "according to" ("headed by the Veskan envoy, Lena Doss,"), where the title is the
 * name's own.
 */
function opensClause(r: Reader, k: number, sent: number): boolean {
  while (k >= 0 && r.toks[k].sent === sent && /^(the|a|an)$/.test(r.toks[k].key)) k--;
  const t = r.tok(k);
  return (
    !t ||
    t.sent !== sent ||
    PHRASE_BOUNDARY.test(t.text) ||
    /^(and|meanwhile|by)$/.test(t.key) ||
    (t.key === 'to' && r.tok(k - 1)?.key === 'according')
  );
}

/** Lower-case words after a name that do not open its verb phrase ("Ida Vell and …", "… of …"). */
const NOT_VERBS_AFTER_NAME = new Set(
  'and or nor but of for to in at on with from by as than who which that whose'.split(' '),
);

/**
 * "The head of the Veskan delegation, Ida Vell, said …", "The Council's envoy, Oskar Fenn, told …":
 * a title phrase set off by commas before the name, from the start of its clause. It gives the
 * party when the words right before the name did not ("the Veskan delegation's spokesperson").
 */
export function readPreposedTitle(r: Reader, c: Chunk, facts: PersonFacts) {
  // A person the codebook knows keeps the role it gives for the document's date (a role held only
  // later, or long before, leaves the text's own title to speak).
  if (facts.actorStrength >= 3 || facts.appositive || heldRoleAtDate(r, c.codebookId)) return;
  // ("…'s military spokesman, Lieutenant General Ahmed Chaudhry, said": past the rank before the name)
  let comma = c.from - 1;
  while (comma > 0 && r.toks[comma].cap && r.lex.roleWords.has(r.toks[comma].key)) comma--;
  // The name is set off, or goes on to a verb: "…, Ida Vell said", "…, Ida Vell assured him".
  const next = r.tok(c.to);
  const verbAfter =
    !!next?.word && !next.cap && next.sent === r.toks[c.from].sent && !NOT_VERBS_AFTER_NAME.has(next.key);
  if (r.tok(comma)?.text !== ',' || !(next?.text === ',' || r.isCueVerb(c.to) || verbAfter)) return;
  const sent = r.toks[c.from].sent;
  let k = comma - 1;
  // "The head of the UN Support Mission to Libya (UNSMIL), Bernardino Leon, …": past the body's
  // short name in brackets.
  if (r.toks[k]?.text === ')' && k > 2 && r.toks[k - 2].text === '(') k -= 3;
  // The phrase runs back to the clause's start or, in "The British prime minister and the
  // Commission's president, Jean Marc, …", to the last of the coordinated titles.
  while (
    k >= 0 &&
    comma - k <= 16 &&
    r.toks[k].sent === sent &&
    !PHRASE_BOUNDARY.test(r.toks[k].text) &&
    !DASHES.test(r.toks[k].text) &&
    !(r.toks[k].text === '-' && r.toks[k - 1]?.text === '-') &&
    r.toks[k].key !== 'and' &&
    r.toks[k].key !== 'or'
  ) {
    // A clause, not a noun phrase: "Having met the minister, Vell said".
    if (r.lex.verbs.has(r.toks[k].key) && !r.lex.roleWords.has(r.toks[k].key)) return;
    k--;
  }
  // "…, to which the speaker of Veska's assembly, Ida Vell, said": the relative opens the clause.
  const start = pastLeadIn(r, k + 1 + relativeOpenerLength(r, k + 1), comma);
  if (start >= comma || comma - k > 16) return;
  const first = r.toks[start];
  if (!TITLE_DETERMINERS.has(first.key) && !r.lex.roleWords.has(first.key) && !r.actorAt(start)) return;
  let from = start;
  while (from < comma && TITLE_DETERMINERS.has(r.toks[from].key)) from++;
  const phrase = titlePhrase(r, from, sent, facts);
  if (!phrase?.hasTitle) return;
  const actor =
    typeof phrase.affiliation?.actor === 'string'
      ? phrase.affiliation.actor
      : describedBodyOfTitle(r, from, phrase.end);
  if (!actor) return;
  facts.titled = true;
  if (!facts.role) facts.role = r.text(from, phrase.end);
  facts.actor = actor;
  facts.actorStrength = 3;
}

/** How many title words may stand between "led by" and the name ("led by Deputy Foreign Minister X"). */
const LEADER_TITLE_REACH = 6;

/**
 * "The Veskan delegation, headed by Deputy Foreign Minister Ida Vell, arrived …", "Ormund's team,
 * led by Oskar Fenn": the one who leads a party's delegation speaks for that party.
 */
export function readDelegationLeader(r: Reader, c: Chunk, facts: PersonFacts) {
  // (A former office's party is no party: "led by former Nigerian president X" leads for the body.)
  if ((facts.actorStrength >= 3 && !facts.former) || facts.appositive || heldRoleAtDate(r, c.codebookId))
    return;
  const sent = r.toks[c.from].sent;
  let k = c.from - 1;
  // back over the title before the name ("Deputy Foreign Minister", "the veteran diplomat", "former
  // Nigerian president": a former office names whom a delegation's leader was, not whom he leads for)
  while (
    k >= 0 &&
    c.from - k <= LEADER_TITLE_REACH &&
    r.toks[k].sent === sent &&
    r.toks[k].word &&
    (r.toks[k].cap ||
      r.lex.roleWords.has(r.toks[k].key) ||
      r.lex.formers.has(r.toks[k].key) ||
      TITLE_DETERMINERS.has(r.toks[k].key))
  )
    k--;
  if (r.tok(k)?.key !== 'by' || !/^(led|headed)$/.test(r.tok(k - 1)?.key ?? '')) return;
  const body = r.tok(k - 2)?.text === ',' ? k - 3 : k - 2;
  if (!r.tok(body) || r.toks[body].sent !== sent || !r.lex.headedBodies.has(r.toks[body].key)) return;
  // "the Veskan delegation", or "Veska's delegation", or "Veska sent a delegation led by …"
  const owner = r.actorAt(body - 1 - possessiveLength(r, body)) ?? delegationSender(r, body, sent);
  if (typeof owner?.actor !== 'string') return;
  facts.actor = owner.actor;
  facts.actorStrength = 3;
  // (leading the delegation is the person's present post, whatever office he held before)
  facts.former = false;
}

const TITLE_DETERMINERS = new Set(['the', 'a', 'an', 'another']);

/** How many words may stand between a verb of sending and the delegation ("a high - level"). */
const SENT_BODY_WORDS = 5;

/**
 * "ECOWAS on Saturday dispatched a high-level delegation led by …": the party that sent the body
 * (codebook `delegation_sending_verbs`) is its owner: the nearest party before the verb in the
 * sentence, past a time between them.
 */
function delegationSender(r: Reader, body: number, sent: number): WorkMention | undefined {
  let k = body - 1;
  while (k >= 0 && body - k <= SENT_BODY_WORDS && !r.lex.sendingVerbs.has(r.toks[k].key)) {
    const t = r.toks[k];
    if (t.sent !== sent || (t.word && t.cap) || r.actorAt(k)) return undefined;
    k--;
  }
  if (k < 0 || !r.lex.sendingVerbs.has(r.toks[k].key)) return undefined;
  for (let j = k - 1; j >= 0 && r.toks[j].sent === sent && k - j <= SENT_BODY_WORDS; j--) {
    const party = r.actorAt(j);
    if (party) return party;
  }
  return undefined;
}

/** Words that open a clause before its subject: "but earlier the head of …", "On Monday the head of …". */
const LEAD_INS = new Set(
  'but yet earlier later meanwhile then also separately previously now on last'.split(' '),
);

/**
 * The title's determiner after the clause's lead-in words and times ("but earlier the head of
 * Veska's press office, Ida Vell, said"), or `start` when the clause opens otherwise: a preposition
 * such as "after talks with the head of …" keeps the title from the name.
 */
function pastLeadIn(r: Reader, start: number, comma: number): number {
  let k = start;
  while (k < comma && (LEAD_INS.has(r.toks[k].key) || CALENDAR.has(r.toks[k].key))) k++;
  return k > start && TITLE_DETERMINERS.has(r.toks[k]?.key ?? '') ? k : start;
}

const describedBodies = new WeakMap<Reader, Map<string, string | null>>();

/**
 * "another protest leader" after "the protest umbrella group, the Alliance for Freedom and Change":
 * a lower-case word before the title that the story used to describe one named body, in apposition
 * to its name, gives that body. Undefined when no such word, or when it described several bodies.
 */
function describedBodyOfTitle(r: Reader, from: number, end: number): string | undefined {
  let words = describedBodies.get(r);
  if (!words) {
    words = bodyDescriptions(r);
    describedBodies.set(r, words);
  }
  for (let k = from; k < end; k++) {
    const t = r.toks[k];
    if (r.lex.roleWords.has(t.key)) break;
    const actor = t.word && !t.cap ? words.get(t.key) : undefined;
    if (actor) return actor;
  }
  return undefined;
}

/** The longest description in apposition to a body's name that is read, in words. */
const DESCRIPTION_WORDS = 5;

/**
 * The words of the descriptions set off by a comma next to a body's name ("the protest umbrella
 * group, the Alliance …"; "the Alliance …, a protest umbrella group"): word → the body, or null
 * when the words describe more than one.
 */
function bodyDescriptions(r: Reader): Map<string, string | null> {
  const words = new Map<string, string | null>();
  const note = (k: number, actor: string) => {
    const t = r.toks[k];
    if (!t.word || t.cap || TITLE_DETERMINERS.has(t.key) || r.lex.roleWords.has(t.key)) return;
    const known = words.get(t.key);
    words.set(t.key, known === undefined || known === actor ? actor : null);
  };
  for (const m of r.mentions) {
    if ((m.kind !== 'org' && m.kind !== 'group') || typeof m.actor !== 'string') continue;
    const sent = r.toks[m.from].sent;
    const nameFrom = r.tok(m.from - 1)?.key === 'the' ? m.from - 1 : m.from;
    // Before the name: "the protest umbrella group, [the] Alliance …".
    if (r.tok(nameFrom - 1)?.text === ',') {
      const phrase = lowerPhraseBack(r, nameFrom - 2, sent);
      if (phrase) for (let k = phrase.from; k <= phrase.to; k++) note(k, m.actor);
    }
    // After the name: "the Alliance …, a protest umbrella group,".
    if (r.tok(m.to)?.text === ',' && TITLE_DETERMINERS.has(r.tok(m.to + 1)?.key ?? '')) {
      let k = m.to + 2;
      while (r.tok(k)?.word && !r.toks[k].cap && r.toks[k].sent === sent && k - m.to <= DESCRIPTION_WORDS + 1)
        k++;
      const closes = r.tok(k);
      if (k > m.to + 2 && (!closes || /^[,.;]$/.test(closes.text)))
        for (let j = m.to + 2; j < k; j++) note(j, m.actor);
    }
  }
  return words;
}

/** Lower-case words ending at token `to`, back to a determiner that opens them: their range. */
function lowerPhraseBack(r: Reader, to: number, sent: number): { from: number; to: number } | undefined {
  for (let k = to; k >= 0 && to - k <= DESCRIPTION_WORDS; k--) {
    const t = r.toks[k];
    if (t.sent !== sent || !t.word || t.cap) return undefined;
    if (TITLE_DETERMINERS.has(t.key)) return k < to ? { from: k + 1, to } : undefined;
  }
  return undefined;
}

function heldRoleAtDate(r: Reader, codebookId: string | undefined): boolean {
  const person = codebookId ? personById(codebookId, r.codebook) : undefined;
  // (a post taken up only after the date leaves the text's own title to speak)
  return !!person && !!roleHeldAt(person, r.doc.date);
}

const RELATIVES = new Set(['which', 'whom']);

/** The length of a relative ("which", "to which", "in response to which") opening at `k`, or 0. */
function relativeOpenerLength(r: Reader, k: number): number {
  for (let i = k; i < k + 4; i++) {
    const t = r.tok(i);
    if (!t?.word || t.cap) return 0;
    if (RELATIVES.has(t.key)) return i + 1 - k;
  }
  return 0;
}

/** "political spokesman for …", "top military commander of …": a title after one or two
 * lower-case modifiers, so an appositive may open with them. */
function titleAfterModifiers(r: Reader, k: number): boolean {
  for (let i = k; i < k + 3; i++) {
    const t = r.tok(i);
    if (!t?.word || t.cap) return false;
    if (r.lex.roles.longest(r.toks, i)) return i > k;
  }
  return false;
}

/** Token `k` opens a personal name: two capitalised words that name no party and hold no title. */
function startsName(r: Reader, k: number): boolean {
  for (let i = k; i < k + 2; i++) {
    const t = r.tok(i);
    if (!t?.word || !t.cap || t.upper || r.actorAt(i) || r.lex.roleWords.has(t.key)) return false;
    if (t.sent !== r.toks[k].sent) return false;
  }
  return true;
}
