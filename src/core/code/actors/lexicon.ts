/**
 * What the actors stage knows before it reads: the codebook's names (states, organisations, persons,
 * outlets, each with how it names its actor) and cue words (titles, honorifics, group nouns…) in
 * look-up form, built once per codebook; and the few words of grammar that are never names.
 */

import type { ActorEntry } from '../../codebook/codebook.js';
import type { Mention, PipelineContext } from '../../model.js';
import { Gazetteer, phraseSet, tokenize } from '../gazetteer.js';

export type Via = NonNullable<Mention['via']>;

export type Gender = 'f' | 'm';

export type NamePayload =
  | {
      t: 'actor';
      code: string;
      kind: ActorEntry['kind'];
      via: Via | 'anaphor';
      rank: number;
      /** An anaphor without its article ("Council" of "the Council"): only before a title. */
      bare?: boolean;
      /** An anaphor every group shares ("the group", codebook `group_anaphors`): written in lower case. */
      generic?: boolean;
      /**
       * A shared anaphor that names its speaker in its own words ("the opposition said" is spoken by
       * "the opposition"), where "the group said" is named by the group it refers back to.
       */
      ownWords?: boolean;
      /** A name that stands for the actor only in a story naming this party (codebook `facing`). */
      facing?: string;
    }
  | { t: 'person'; id: string }
  | { t: 'outlet' };

export interface Lexicon {
  names: Gazetteer<NamePayload>;
  roles: Gazetteer<true>;
  roleWords: Set<string>;
  honorifics: Set<string>;
  formers: Set<string>;
  roleSuffixes: Set<string>;
  formerVerbs: Gazetteer<true>;
  female: Set<string>;
  male: Set<string>;
  verbs: Set<string>;
  /** Stance and deal verbs after a sentence-opening "It"/"They" (roles.yaml pronoun_act_verbs). */
  pronounActs: Set<string>;
  anonHeads: Set<string>;
  anonMarkers: Gazetteer<true>;
  groupNouns: Gazetteer<true>;
  pressNouns: Gazetteer<true>;
  govNouns: Set<string>;
  /** Heads that name a government after "ruling" ("the ruling party"). */
  rulingHeads: Set<string>;
  /** Words before a government noun that say who holds power: "ruling junta", "military government". */
  govModifiers: Set<string>;
  /** Ruling bodies of more than one word ("military council"), as token keys. */
  govBodies: string[][];
  /** Words of standing before a government noun ("center-right", "interim"), as token keys. */
  govStatusModifiers: string[][];
  /** The same, their words only ("center right"): as a speaker's words are compared. */
  govStatusModifierWords: string[][];
  /** Verbs of sending a delegation: "ECOWAS dispatched a delegation led by …". */
  sendingVerbs: Set<string>;
  /** Bodies a title before a name heads: "head of the Veskan delegation Ida Vell". */
  headedBodies: Set<string>;
  ministryHeads: Set<string>;
  /** Office heads the press names bare for one state ("the Commerce Department" is the U.S.'s). */
  officeConventions: Map<string, string>;
  /** A name two parties share, and the party it names where the story names neither ("dominican" → DOM). */
  sharedNamePreferences: Map<string, string>;
  /** Plural party nouns that, opening a sentence with no number, stand for the last list ("The countries …"). */
  listedCollectiveHeads: Set<string>;
  /** A state's opponents after its possessive or demonym ("rebel group"), longest first, and the words between. */
  stateOpponentHeads: string[];
  stateOpponentModifiers: Set<string>;
  /** Words of a government post ("minister"): "Veskan Foreign Minister X" ties a ministry to Veska. */
  govTitleWords: Set<string>;
  stateOfficeHeads: Set<string>;
  stateBodyHeads: Set<string>;
  /** Words before a shared body's name that make it a state's own: "the National Security Council". */
  nationalBodyModifiers: Set<string>;
  /** Words between a state's name and its body's head: "Pakistan Armed Forces". */
  stateBodyModifiers: Set<string>;
  /** An organisation's body whose name states' own bodies share: "the Veskan Security Council". */
  sharedBodyNames: Set<string>;
  /** Seats of one state whose names other states' offices go by too ("foreign office"), lower case. */
  sharedSeatNames: Set<string>;
  bothSides: Gazetteer<true>;
  /** "the Sides, mediators and observers": all the members of the format the story has named. */
  formatSides: Gazetteer<true>;
  collectiveHeads: Gazetteer<true>;
  collectivePersonHeads: Gazetteer<true>;
  /** The last words of those heads ("leaders", "men", "ministers"): "both men" names persons. */
  personHeadWords: Set<string>;
  orgHeads: Set<string>;
  outletHeads: Set<string>;
  nonPersonHeads: Set<string>;
  /** Titles of a person who serves another ("aide", "adviser"): "an aide to X" is X's side. */
  patronRoles: Set<string>;
  /** Verbs of a post held now, after "who": "who heads the Veskan delegation". */
  postVerbs: Set<string>;
  /** Collective heads for the sides of the story's conflict ("the two sides"). */
  sideHeads: Set<string>;
  /** Heads of a commentator's field ("expert", "analyst"): "a China expert" studies China. */
  expertiseHeads: Set<string>;
  /** Bodies of research a place may name ("a Port Alder think tank"): the place is no side. */
  researchBodies: Gazetteer<true>;
  /** Documents a city may name as their venue ("the Luanda roadmap"): the city is no party. */
  venueDocuments: Gazetteer<true>;
  actors: Map<string, ActorEntry>;
}

const LEXICON_KEY = 'actors.lexicon';

const keysOf = (list: string[] | undefined): Set<string> =>
  new Set(
    (list ?? []).flatMap((w) =>
      tokenize(w)
        .filter((t) => t.word)
        .map((t) => t.key),
    ),
  );

// Which reading wins when one name has several (Brussels: the EU's seat over Belgium's capital).
const VIA_RANK: Record<string, number> = {
  seat: 5,
  company: 5,
  name: 4,
  alias: 4,
  short: 4,
  capital: 3,
  demonym: 2,
  anaphor: 1,
};

/** Names with more hyphens than this keep their own spelling only (the spellings double with each). */
const MAX_SPELLING_HYPHENS = 3;

/**
 * A name and its spellings with a hyphen between two words written as a space: the news writes
 * "Movement-in-Opposition" as "Movement-in Opposition" or "Movement in Opposition".
 */
export function hyphenSpellings(name: string): string[] {
  const parts = name.split(/(?<=\p{L})-(?=\p{L})/u);
  const hyphens = parts.length - 1;
  if (hyphens === 0 || hyphens > MAX_SPELLING_HYPHENS) return [name];
  const spellings: string[] = [];
  for (let mask = 0; mask < 1 << hyphens; mask++)
    spellings.push(parts.reduce((acc, part, i) => `${acc}${(mask >> (i - 1)) & 1 ? ' ' : '-'}${part}`));
  return spellings;
}

export function actorLexicon(ctx: Pick<PipelineContext, 'codebook' | 'cache'>): Lexicon {
  const cached = ctx.cache.get(LEXICON_KEY) as Lexicon | undefined;
  if (cached) return cached;
  const book = ctx.codebook;
  const cues = book.cues;
  const names = new Gazetteer<NamePayload>();
  const actors = new Map<string, ActorEntry>();
  for (const a of book.actors) {
    actors.set(a.code, a);
    const add = (list: string[], via: Via | 'anaphor') => {
      for (const n of list)
        for (const spelling of hyphenSpellings(n))
          names.add(spelling, { t: 'actor', code: a.code, kind: a.kind, via, rank: VIA_RANK[via] });
    };
    add([a.name], 'name');
    add(
      a.aliases.filter((s) => !/^[A-Z.]+$/.test(s)),
      'alias',
    );
    add(
      a.aliases.filter((s) => /^[A-Z.]+$/.test(s)),
      'short',
    );
    add(a.demonyms, 'demonym');
    add(a.capitals, 'capital');
    add(a.seats, 'seat');
    add(a.companies, 'company');
    add(a.anaphors, 'anaphor');
    for (const n of a.facing?.aliases ?? [])
      for (const spelling of hyphenSpellings(n))
        names.add(spelling, {
          t: 'actor',
          code: a.code,
          kind: a.kind,
          via: 'alias',
          rank: 0,
          facing: a.facing?.actor,
        });
    // "Council Secretary-General Agnes Rook", "Alliance spokesman": the anaphor as a title's modifier.
    for (const n of a.anaphors) {
      const bare = n.replace(/^the\s+/i, '');
      if (bare !== n)
        names.add(bare, { t: 'actor', code: a.code, kind: a.kind, via: 'anaphor', rank: 0, bare: true });
    }
  }
  // "the group said": any non-state group the story has named (codebook `group_anaphors`).
  for (const a of book.actors)
    if (a.kind === 'group')
      for (const n of cues.group_anaphors ?? [])
        names.add(n, { t: 'actor', code: a.code, kind: a.kind, via: 'anaphor', rank: 0, generic: true });
  // "the opposition said", "an opposition negotiator": the group facing a state the story named
  // (codebook `opposition_anaphors`, for the groups with `opposes`).
  for (const a of book.actors)
    if (a.opposes)
      for (const n of cues.opposition_anaphors ?? []) {
        names.add(n, {
          t: 'actor',
          code: a.code,
          kind: a.kind,
          via: 'anaphor',
          rank: 0,
          generic: true,
          ownWords: true,
        });
        const bare = n.replace(/^the\s+/i, '');
        if (bare !== n)
          names.add(bare, {
            t: 'actor',
            code: a.code,
            kind: a.kind,
            via: 'anaphor',
            rank: 0,
            bare: true,
            generic: true,
          });
      }
  for (const p of book.persons)
    for (const n of [p.name, ...p.aliases]) names.add(n, { t: 'person', id: p.id });
  for (const o of cues.outlets ?? []) names.add(o, { t: 'outlet' });
  const lexicon: Lexicon = {
    names,
    roles: phraseSet(cues.role_titles ?? []),
    // The words of titles, less the little words inside them ("of" in "Secretary of State").
    roleWords: new Set(
      [...keysOf([...(cues.role_titles ?? []), ...(cues.role_modifiers ?? [])])].filter(
        (w) => !NOT_NAME.has(w),
      ),
    ),
    honorifics: keysOf(cues.honorifics),
    formers: keysOf(cues.former_markers),
    roleSuffixes: keysOf(cues.role_suffixes),
    formerVerbs: phraseSet(cues.former_appositive_verbs ?? []),
    female: keysOf(cues.female_cues),
    male: keysOf(cues.male_cues),
    verbs: keysOf(cues.name_cue_verbs),
    pronounActs: keysOf(cues.pronoun_act_verbs),
    anonHeads: keysOf(cues.anonymous_heads),
    anonMarkers: phraseSet(cues.anonymous_markers ?? []),
    groupNouns: phraseSet(cues.group_nouns ?? []),
    pressNouns: phraseSet(cues.press_group_nouns ?? []),
    govNouns: keysOf(cues.government_nouns),
    rulingHeads: keysOf(cues.ruling_heads),
    govModifiers: keysOf(cues.government_modifiers),
    govBodies: phraseKeys(cues.government_bodies ?? []),
    govStatusModifiers: phraseKeys(cues.government_status_modifiers ?? []),
    govStatusModifierWords: phraseKeys(cues.government_status_modifiers ?? [], true),
    sendingVerbs: keysOf(cues.delegation_sending_verbs),
    headedBodies: keysOf(cues.headed_bodies),
    ministryHeads: keysOf(cues.ministry_heads),
    officeConventions: new Map(
      (cues.bare_office_conventions ?? []).flatMap((entry) => {
        const [head, code] = entry.split('=').map((x) => x.trim());
        return head && code ? [[head.toLowerCase(), code] as const] : [];
      }),
    ),
    sharedNamePreferences: new Map(
      (cues.shared_name_preferences ?? []).flatMap((entry) => {
        const [name, code] = entry.split('=').map((x) => x.trim());
        return name && code ? [[name.toLowerCase(), code] as const] : [];
      }),
    ),
    listedCollectiveHeads: new Set((cues.listed_collective_heads ?? []).map((w) => w.toLowerCase())),
    stateOpponentHeads: (cues.state_opponent_heads ?? [])
      .map((h) => h.toLowerCase())
      .sort((a, b) => b.length - a.length),
    stateOpponentModifiers: new Set((cues.state_opponent_modifiers ?? []).map((w) => w.toLowerCase())),
    govTitleWords: keysOf(cues.government_title_words),
    stateOfficeHeads: keysOf(cues.state_office_heads),
    stateBodyHeads: keysOf(cues.state_body_heads),
    nationalBodyModifiers: keysOf(cues.national_body_modifiers),
    stateBodyModifiers: keysOf(cues.state_body_modifiers),
    sharedBodyNames: new Set((cues.shared_body_names ?? []).map((n) => n.toLowerCase())),
    sharedSeatNames: new Set((cues.shared_seat_names ?? []).map((n) => n.toLowerCase())),
    bothSides: phraseSet(cues.both_sides ?? []),
    formatSides: phraseSet(cues.format_sides ?? []),
    collectiveHeads: phraseSet([...(cues.collective_heads ?? []), ...(cues.collective_person_heads ?? [])]),
    collectivePersonHeads: phraseSet(cues.collective_person_heads ?? []),
    personHeadWords: new Set(
      (cues.collective_person_heads ?? []).map((h) => h.toLowerCase().split(/\s+/).at(-1) ?? ''),
    ),
    orgHeads: keysOf(cues.organisation_heads),
    outletHeads: keysOf(cues.outlet_heads),
    nonPersonHeads: keysOf([
      ...(cues.organisation_heads ?? []),
      ...(cues.place_heads ?? []),
      ...(cues.state_body_heads ?? []),
    ]),
    patronRoles: keysOf(cues.patron_roles),
    postVerbs: keysOf(cues.appositive_post_verbs),
    sideHeads: keysOf(cues.side_heads),
    expertiseHeads: keysOf(cues.expertise_heads),
    researchBodies: phraseSet(cues.research_bodies ?? []),
    venueDocuments: phraseSet(cues.venue_documents ?? []),
    actors,
  };
  ctx.cache.set(LEXICON_KEY, lexicon);
  return lexicon;
}

// Grammar, not knowledge: words that open a sentence or a clause and are never names.
export const NOT_NAME = new Set(
  'the a an and but or as in on at of to for by with from if when while after before even so this that these those it its he she they we i you his her their our there here what who which both some many all no not yes also then yet still meanwhile however although though because since until once earlier later separately previously afterwards additionally moreover furthermore nevertheless nonetheless'.split(
    ' ',
  ),
);

export const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);

export const PRONOUN_GENDER = new Map<string, Gender>([
  ['he', 'm'],
  ['she', 'f'],
]);

/** Each phrase as its token keys ("center-right" is "center", "-", "right"; with `wordsOnly`,
 * "center", "right"), longest first. */
function phraseKeys(phrases: string[], wordsOnly = false): string[][] {
  return phrases
    .map((p) =>
      tokenize(p, 0, p.length)
        .filter((t) => !wordsOnly || t.word)
        .map((t) => t.key),
    )
    .filter((keys) => keys.length > 0)
    .sort((a, b) => b.length - a.length);
}
