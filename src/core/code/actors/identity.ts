/**
 * Which person a name is: a reader's persons kept by codebook id, full name and surname, so that
 * "Kest" after "Davor Kest" (or "Mr. Kim" after "Kim Jong-un") finds the same person; and, once all
 * are read, persons first known by a bare surname merged into the full name given later.
 */

import { firstAtLeast } from '../../sorted.js';
import { canonicalPerson, misspeltSurname, nameKey, surnameKey, withoutMiddleInitials } from '../persons.js';
import type { Gender } from './lexicon.js';
import type { Chunk } from './name-chunks.js';
import { type Ent, type PersonEnt, pushTo, type Reader, type WorkMention } from './reader.js';

/** Could a name with this codebook identity be the same person as `ent`? */
function sameIdentity(r: Reader, ent: PersonEnt, name: string, codebookId?: string): boolean {
  if (!ent.codebookId || !ent.idConfirmed) return true;
  // The codebook knows this person's full names: another full name is another person
  // ("Michelle Obama" is not the "Obama" the codebook lists).
  return ent.codebookId === (codebookId ?? canonicalPerson(name, r.doc.date, r.codebook)?.id);
}

/**
 * A reader's persons by codebook id, by name key and by surname key, each list in the order the
 * persons were found: a chunk's person is looked up, not compared with every person so far.
 */
interface PersonKeys {
  found: Map<PersonEnt, number>;
  byId: Map<string, PersonEnt[]>;
  byName: Map<string, PersonEnt[]>;
  bySurname: Map<string, PersonEnt[]>;
  /** By the first word of a name of two words or more ("kim" for Kim Jong-un). */
  byFirstWord: Map<string, PersonEnt[]>;
}

/**
 * Honorifics before a given name ("Prince Faisal bin Farhan" … "Prince Faisal", "Sheikh Tamim bin
 * Hamad" … "Sheikh Tamim"): the first word of such a name is the one after them.
 */
const HONORIFICS = new Set([
  'prince',
  'princess',
  'sheikh',
  'sheik',
  'sheikha',
  'emir',
  'king',
  'queen',
  'sultan',
  'crown',
]);

/** The first word of a name of two words or more, the key of `byFirstWord`. */
const firstWordKey = (name: string): string | undefined => {
  const words = nameKey(name).split(' ');
  let k = 0;
  while (k < words.length - 2 && HONORIFICS.has(words[k])) k++;
  return words.length - k > 1 ? words[k] : undefined;
};

const personKeys = new WeakMap<Reader, PersonKeys>();

function personKeysOf(r: Reader): PersonKeys {
  let keys = personKeys.get(r);
  if (!keys) {
    keys = {
      found: new Map(),
      byId: new Map(),
      byName: new Map(),
      bySurname: new Map(),
      byFirstWord: new Map(),
    };
    personKeys.set(r, keys);
  }
  return keys;
}

/** Move a person from one key's list to another's, keeping each list in the order found. */
function rekey(keys: PersonKeys, map: Map<string, PersonEnt[]>, ent: PersonEnt, from?: string, to?: string) {
  if (from === to) return;
  const old = from === undefined ? undefined : map.get(from);
  const at = old ? old.indexOf(ent) : -1;
  if (old && at >= 0) old.splice(at, 1);
  if (to === undefined) return;
  let list = map.get(to);
  if (!list) {
    list = [];
    map.set(to, list);
  }
  const order = keys.found.get(ent) ?? 0;
  list.splice(
    firstAtLeast(list, order, (p) => keys.found.get(p) ?? 0),
    0,
    ent,
  );
}

/**
 * A person whose name and codebook id keep the reader's PersonKeys up to date: they change as the
 * story tells more (a fuller name, an identity confirmed or dropped), in several places, and the
 * keys must follow whatever sets them. A class, so that every person has the same shape (accessors
 * defined per object gave each its own, and every site that reads a person went megamorphic).
 */
class KeyedPerson {
  readonly kind = 'person' as const;
  nameTokens: number;
  actor: string | null | undefined = undefined;
  actorStrength = 0;
  #name: string | undefined = undefined;
  #id: string | undefined = undefined;
  readonly #keys: PersonKeys;

  constructor(keys: PersonKeys, nameTokens: number) {
    this.nameTokens = nameTokens;
    this.#keys = keys;
  }

  get name(): string {
    return this.#name as string;
  }

  set name(value: string) {
    const keys = this.#keys;
    const ent = this as unknown as PersonEnt;
    const current = this.#name;
    rekey(keys, keys.byName, ent, current === undefined ? undefined : nameKey(current), nameKey(value));
    rekey(
      keys,
      keys.bySurname,
      ent,
      current === undefined ? undefined : surnameKey(current),
      surnameKey(value),
    );
    rekey(
      keys,
      keys.byFirstWord,
      ent,
      current === undefined ? undefined : firstWordKey(current),
      firstWordKey(value),
    );
    this.#name = value;
  }

  get codebookId(): string | undefined {
    return this.#id;
  }

  set codebookId(value: string | undefined) {
    rekey(this.#keys, this.#keys.byId, this as unknown as PersonEnt, this.#id, value);
    this.#id = value;
  }
}

export function findPersonEntity(r: Reader, c: Chunk, key: string, gender?: Gender): PersonEnt | undefined {
  const { codebookId } = c;
  const keys = personKeysOf(r);
  if (codebookId) {
    const byId = keys.byId.get(codebookId)?.[0];
    if (byId) return byId;
  }
  // "Wendy R. Sherman" after "Wendy Sherman": the same name but for a middle initial.
  const exact = keys.byName.get(key)?.[0] ?? keys.byName.get(withoutMiddleInitials(key))?.[0];
  if (exact) return exact;
  const words = key.split(' ');
  const last = words[words.length - 1];
  const name = r.text(c.from, c.to);
  // A bare surname, or "Mr. Waltz": the most recent person of that family name (and gender).
  if (words.length === 1) {
    const same = keys.bySurname.get(last) ?? [];
    for (let i = same.length - 1; i >= 0; i--) {
      const p = same[i];
      if (!compatible(p, gender)) continue;
      if (p.codebookId && codebookId && p.codebookId !== codebookId) continue;
      return p;
    }
    // "Kim Jong-un" … "Mr. Kim", "Xi Jinping" … "Mr. Xi": names that put the family name first;
    // only when one person of the story bears it (two Kims leave "Mr. Kim" to the codebook).
    // (looked up by that word, not by a scan of every name: a long document names thousands)
    const first = (keys.byFirstWord.get(last) ?? []).filter(
      (p) => compatible(p, gender) && !(p.codebookId && codebookId && p.codebookId !== codebookId),
    );
    if (first.length === 1) return first[0];
    // "Hochsten said" after "Amos Hochstein": the one person of the story whose family name the
    // word misspells by a letter.
    const misspelt = [...new Set(misspeltSurname(keys.bySurname, last))].filter((p) => compatible(p, gender));
    return misspelt.length === 1 && !(misspelt[0].codebookId && codebookId) ? misspelt[0] : undefined;
  }
  // A fuller name after a bare surname ("Kest" … "Davor Kest").
  const fuller = (keys.byName.get(last) ?? []).find(
    (p) => p.nameTokens === 1 && sameIdentity(r, p, name, codebookId),
  );
  if (fuller) return fuller;
  // A family name of several words after the full name ("Omar bin Rashid Al Fahd" … "Al Fahd"):
  // the most recent person whose longer name ends with these words.
  const same = keys.bySurname.get(last) ?? [];
  for (let i = same.length - 1; i >= 0; i--) {
    const p = same[i];
    if (p.nameTokens <= words.length || !compatible(p, gender)) continue;
    if (p.codebookId && codebookId && p.codebookId !== codebookId) continue;
    if (nameKey(p.name).endsWith(` ${key}`)) return p;
  }
  return undefined;
}

export function sharesWord(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const words = new Set(nameKey(a).split(' '));
  return nameKey(b)
    .split(' ')
    .some((w) => words.has(w));
}

/** Undo what the codebook said of a person the story turns out to name differently. */
export function forgetCodebook(ent: PersonEnt) {
  ent.codebookId = undefined;
  if (ent.actorStrength <= 1) {
    ent.actor = undefined;
    ent.actorStrength = 0;
    ent.former = undefined;
  }
  if (ent.roleFromCodebook) {
    ent.role = undefined;
    ent.roleFromCodebook = undefined;
  }
}

export function newPerson(r: Reader, name: string, tokens: number): PersonEnt {
  const keys = personKeysOf(r);
  const ent = new KeyedPerson(keys, tokens) as unknown as PersonEnt;
  keys.found.set(ent, keys.found.size);
  ent.name = name;
  r.persons.push(ent);
  return ent;
}

export const compatible = (ent: PersonEnt, gender?: Gender) =>
  !gender || !ent.gender || ent.gender === gender;

/** Merge person entities known first by a bare surname into the full name given later. */
export function mergeSurnames(r: Reader) {
  const keys = personKeysOf(r);
  // The mentions of each person; a merged person was a surname alone, never the fuller name
  // another is merged into, so these lists stay right through the loop.
  const mentionsOf = new Map<Ent, WorkMention[]>();
  for (const m of r.mentions) if (m.ent) pushTo(mentionsOf, m.ent, m);
  for (const short of r.persons) {
    if (short.nameTokens !== 1) continue;
    const full = (keys.bySurname.get(nameKey(short.name)) ?? []).find(
      (p) =>
        p !== short &&
        p.nameTokens > 1 &&
        sameIdentity(r, short, p.name, p.codebookId) &&
        compatible(p, short.gender),
    );
    if (!full) continue;
    for (const m of mentionsOf.get(short) ?? []) m.ent = full;
    if (short.codebookId && !short.idConfirmed && short.codebookId !== full.codebookId) forgetCodebook(short);
    if (full.actorStrength < short.actorStrength) {
      full.actor = short.actor;
      full.actorStrength = short.actorStrength;
    }
    full.role ??= short.role;
    full.gender ??= short.gender;
    short.nameTokens = -1;
  }
}
