/**
 * Persons across documents: the codebook gives a person an id and roles with date ranges, so one
 * person is one actor everywhere and a name resolves to the role held at each document's date.
 */
import type { Codebook, PersonEntry, RoleEntry } from '../codebook/codebook.js';
import { tokenize } from './gazetteer.js';

export interface CanonicalPerson {
  id: string;
  name: string;
  /** The role held at the date, if any. */
  role?: string;
  /** The party the person speaks for at the date: the current role's actor; null when none. */
  actor: string | null;
  /** True when the codebook knows roles for the person but none at the date. */
  former: boolean;
  gender?: 'f' | 'm';
}

/** A name as a key: tokens of letters/digits, case and diacritics folded ("Zelenskiy" = "zelenskiy"). */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    key = tokenize(name)
      .filter((t) => t.word)
      .map((t) => t.key)
      .join(' ');
    // Names repeat across documents; the cache is bounded so a long run cannot grow it forever.
    if (nameKeys.size > 50_000) nameKeys.clear();
    nameKeys.set(name, key);
  }
  return key;
}

const nameKeys = new Map<string, string>();

/** `date` (ISO, any precision) falls within [from, to], each bound compared at its own precision. */
export function withinDates(date: string, from?: string, to?: string): boolean {
  if (from && date.slice(0, from.length) < from) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

/** The role a person holds at `date`: the last one listed that covers the date, or one taken up
 * within weeks of it (`roleElect`). */
export function roleAt(person: PersonEntry, date: string): RoleEntry | undefined {
  return roleHeldAt(person, date) ?? roleElect(person, date);
}

/** The role a person holds in office at `date`: the last one listed that covers the date. */
export function roleHeldAt(person: PersonEntry, date: string): RoleEntry | undefined {
  let found: RoleEntry | undefined;
  for (const role of person.roles) if (withinDates(date, role.from, role.to)) found = role;
  return found;
}

/** How long before taking office a person already speaks for it: an election to an inauguration. */
const ELECT_DAYS = 80;

/**
 * The role a person holds no role yet at `date` but takes up within weeks of it (a president-elect
 * between the vote and the inauguration): the press, and analysts, already treat them as speaking
 * for that state.
 */
function roleElect(person: PersonEntry, date: string): RoleEntry | undefined {
  if (date.length < 10) return undefined;
  const at = Date.parse(date);
  for (const role of person.roles) {
    if (!role.from || role.from.length < 10) continue;
    const days = (Date.parse(role.from) - at) / 86_400_000;
    if (days > 0 && days <= ELECT_DAYS) return role;
  }
  return undefined;
}

/** The most recent role that ended before `date` (for "the Biden administration" after it ended). */
export function lastRoleBefore(person: PersonEntry, date: string): RoleEntry | undefined {
  let found: RoleEntry | undefined;
  for (const role of person.roles) {
    if (role.from && date.slice(0, role.from.length) < role.from) continue;
    if (!found || (role.from ?? '') >= (found.from ?? '')) found = role;
  }
  return found;
}

interface PersonIndex {
  byId: Map<string, PersonEntry>;
  byName: Map<string, PersonEntry[]>;
  /** Family names, for a bare "Lavrov" the codebook does not list as an alias. */
  bySurname: Map<string, PersonEntry[]>;
  /**
   * `bySurname` split by the family name's first letter, in its order: a misspelt name keeps its
   * first letter (`misspeltSurname`), so a look-up reads the names of that letter only, not all.
   */
  bySurnameInitial: Map<string, Map<string, PersonEntry[]>>;
}

const indexes = new WeakMap<Codebook, PersonIndex>();

function personIndex(codebook: Codebook): PersonIndex {
  let index = indexes.get(codebook);
  if (index) return index;
  const byId = new Map<string, PersonEntry>();
  const byName = new Map<string, PersonEntry[]>();
  const bySurname = new Map<string, PersonEntry[]>();
  const add = (map: Map<string, PersonEntry[]>, key: string, p: PersonEntry) => {
    if (!key) return;
    const list = map.get(key) ?? [];
    if (!list.includes(p)) list.push(p);
    map.set(key, list);
  };
  for (const p of codebook.persons) {
    if (!byId.has(p.id)) byId.set(p.id, p);
    add(byName, nameKey(p.name), p);
    add(bySurname, surnameKey(p.name), p);
    for (const a of p.aliases) add(byName, nameKey(a), p);
  }
  const bySurnameInitial = new Map<string, Map<string, PersonEntry[]>>();
  for (const [key, list] of bySurname) {
    const initial = bySurnameInitial.get(key[0]);
    if (initial) initial.set(key, list);
    else bySurnameInitial.set(key[0], new Map([[key, list]]));
  }
  index = { byId, byName, bySurname, bySurnameInitial };
  indexes.set(codebook, index);
  return index;
}

/** The codebook person with id `id` (the first, as a scan of the list would find). */
export function personById(id: string, codebook: Codebook): PersonEntry | undefined {
  return personIndex(codebook).byId.get(id);
}

const NO_SURNAMES: ReadonlyMap<string, PersonEntry[]> = new Map();

/** Codebook persons a name may stand for ("Lavrov", "Sergey Lavrov", "Sergei Lavrov"). */
export function personsNamed(name: string, codebook: Codebook): PersonEntry[] {
  const index = personIndex(codebook);
  const key = nameKey(name);
  const named =
    index.byName.get(key) ??
    index.byName.get(withoutMiddleInitials(key)) ??
    oneWithoutMiddleNames(index, key);
  if (named) return named;
  if (!key.includes(' ')) return index.bySurname.get(key) ?? [];
  // "Josep Borell" for Josep Borrell: the given name as written and the family name misspelt by a
  // letter, of one person only (a long family name; two people so near leave it unknown).
  const words = key.split(' ');
  const surname = words[words.length - 1];
  const near = misspeltSurname(index.bySurnameInitial.get(surname[0]) ?? NO_SURNAMES, surname).filter(
    (p) => nameKey(p.name).split(' ')[0] === words[0],
  );
  return new Set(near).size === 1 ? [near[0]] : [];
}

/** Generational suffixes that stay with the family name ("Benigno Aquino III"). */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * "Benigno Simeon Aquino III" for the codebook's "Benigno Aquino III": the given and family names
 * without the middle ones, when they name one person only.
 */
function oneWithoutMiddleNames(index: PersonIndex, key: string): PersonEntry[] | undefined {
  const words = key.split(' ');
  const tail = NAME_SUFFIXES.has(words[words.length - 1]) ? 2 : 1;
  if (words.length < tail + 2) return undefined;
  const found = index.byName.get([words[0], ...words.slice(-tail)].join(' '));
  return found?.length === 1 ? found : undefined;
}

/** A name key without its middle initials: "wendy r sherman" → "wendy sherman". */
export function withoutMiddleInitials(key: string): string {
  const words = key.split(' ');
  if (words.length < 3) return key;
  return words.filter((w, i) => i === 0 || i === words.length - 1 || w.length > 1).join(' ');
}

/**
 * Who a name means at a date, for cross-document identity: the codebook person (id, canonical
 * name) with the role and party held then. Undefined when the codebook does not know the name, or
 * when it is ambiguous and no candidate holds a role at the date.
 */
export function canonicalPerson(name: string, date: string, codebook: Codebook): CanonicalPerson | undefined {
  const candidates = personsNamed(name, codebook);
  if (candidates.length === 0) return undefined;
  const active = candidates.filter((p) => roleAt(p, date));
  const person = active[0] ?? (candidates.length === 1 ? candidates[0] : undefined);
  if (!person) return undefined;
  const role = roleAt(person, date);
  return {
    id: person.id,
    name: person.name,
    role: role?.title,
    actor: role?.actor ?? null,
    former: !role && person.roles.length > 0,
    gender: person.gender,
  };
}

/** The key of a person's family name: the last word of the name ("Mike Waltz" → "waltz"). */
export function surnameKey(name: string): string {
  const words = nameKey(name).split(' ');
  // "Silvestre Bello III" is Bello: a generational suffix is no family name.
  if (words.length > 2 && NAME_SUFFIXES.has(words[words.length - 1])) return words[words.length - 2];
  return words[words.length - 1];
}

/** How short a family name can be and still be matched when misspelt (short names differ by chance). */
const MISSPELT_MIN_LENGTH = 6;

/**
 * The entries of a by-surname index whose family name differs from `surname` by one letter left
 * out, added or changed, not the first one ("Hochsten" for "Hochstein", "Haiyev" for "Hajiyev").
 */
export function misspeltSurname<T>(bySurname: ReadonlyMap<string, T[]>, surname: string): T[] {
  if (surname.length < MISSPELT_MIN_LENGTH || !/^\p{L}+$/u.test(surname)) return [];
  const out: T[] = [];
  // Over the keys, the list read only for a match: an entry `[key, list]` was allocated for every
  // name of the index (the codebook's thousands) at each look-up.
  for (const key of bySurname.keys())
    if (key[0] === surname[0] && Math.abs(key.length - surname.length) <= 1 && oneEditApart(key, surname))
      out.push(...(bySurname.get(key) as T[]));
  return out;
}

/** Two different words one letter apart: one left out, added or changed. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length > b.length) [a, b] = [b, a];
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.slice(i) === b.slice(i + 1);
}
