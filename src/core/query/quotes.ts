/**
 * Quotes and persons across documents. A person named "Ilse Marrow" in one article and "Marrow"
 * in the next is one person: speakers are merged by the codebook's persons (name, aliases,
 * surname), else by surname within the same party; anonymous sources are never merged.
 */
import type { Codebook, PersonEntry } from '../codebook/codebook.js';
import type { Statement } from '../model.js';
import type { StoredFact, StoreReader } from '../store/store.js';

export interface Person {
  /** The codebook id, or a key made from the fullest name. */
  id: string;
  name: string;
  actor: string | null;
  roles: string[];
  /** The names the texts used for this person. */
  names: string[];
  statements: number;
  documents: number;
  firstSeen: string;
  lastSeen: string;
}

const lastWord = (name: string): string => name.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
const actorKey = (actor: string | string[] | null): string =>
  actor == null ? '' : Array.isArray(actor) ? [...actor].sort().join('+') : actor;
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

/** Resolves a speaker name (with its party) to one person across documents. */
export class PersonIndex {
  private readonly byName = new Map<string, PersonEntry>();
  private readonly bySurname = new Map<string, PersonEntry[]>();
  /** Fullest name seen per party and surname, for people the codebook does not know. */
  private readonly seen = new Map<string, string>();

  constructor(codebook?: Pick<Codebook, 'persons'>) {
    for (const person of codebook?.persons ?? []) {
      for (const name of [person.name, ...person.aliases]) this.byName.set(name.toLowerCase(), person);
      const list = this.bySurname.get(lastWord(person.name)) ?? [];
      list.push(person);
      this.bySurname.set(lastWord(person.name), list);
    }
  }

  /** Learn the names of a batch of statements first, so that "Marrow" finds "Ilse Marrow". */
  learn(name: string, actor: string | string[] | null): void {
    const key = `${actorKey(actor)}|${lastWord(name)}`;
    const known = this.seen.get(key);
    if (!known || name.length > known.length) this.seen.set(key, name);
  }

  resolve(name: string, actor: string | string[] | null): { id: string; name: string } {
    const exact = this.byName.get(name.toLowerCase());
    if (exact) return { id: exact.id, name: exact.name };
    const bySurname = this.bySurname.get(lastWord(name)) ?? [];
    const party = actorKey(actor);
    const match =
      bySurname.find((p) => p.roles.some((r) => (r.actor ?? '') === party)) ??
      (bySurname.length === 1 && name.split(/\s+/).length === 1 ? bySurname[0] : undefined);
    if (match) return { id: match.id, name: match.name };
    const fullest = this.seen.get(`${party}|${lastWord(name)}`) ?? name;
    return { id: `${slug(fullest)}${party ? `@${party}` : ''}`, name: fullest };
  }
}

/** Names that are parties or places speaking ("the Alder Palace", "Port Alder"), not persons. */
function partyNames(codebook?: Pick<Codebook, 'persons'> & Partial<Pick<Codebook, 'actors'>>): Set<string> {
  const names = new Set<string>();
  for (const a of codebook?.actors ?? [])
    for (const n of [a.name, ...a.aliases, ...a.capitals, ...a.seats, ...a.anaphors])
      names.add(n.toLowerCase());
  return names;
}

const personTest = (codebook?: Pick<Codebook, 'persons'> & Partial<Pick<Codebook, 'actors'>>) => {
  const parties = partyNames(codebook);
  return (s: Statement): boolean => {
    const name = s.speaker.trim();
    return (
      !s.anonymous &&
      !/^the\s/i.test(name) &&
      !parties.has(name.toLowerCase()) &&
      /^\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)*$/u.test(name)
    );
  };
};

/** Every named speaker across the stored statements, merged into persons. */
export async function persons(
  store: StoreReader,
  codebook?: Pick<Codebook, 'persons'> & Partial<Pick<Codebook, 'actors'>>,
  asOf?: string,
): Promise<Person[]> {
  const facts = await store.statements({ asOf });
  const isNamedPerson = personTest(codebook);
  const index = new PersonIndex(codebook);
  for (const f of facts) if (isNamedPerson(f.fact)) index.learn(f.fact.speaker, f.fact.actor);
  const out = new Map<string, Person & { docs: Set<string>; parties: Map<string, number> }>();
  for (const f of facts) {
    const s = f.fact;
    if (!isNamedPerson(s)) continue;
    const { id, name } = index.resolve(s.speaker, s.actor);
    // One word that no fuller name explains is a party or a place speaking ("Ormund", "Kessel").
    if (!/\s/.test(name.trim())) continue;
    const person = out.get(id) ?? {
      id,
      name,
      actor: null,
      roles: [],
      names: [],
      statements: 0,
      documents: 0,
      firstSeen: f.docDate,
      lastSeen: f.docDate,
      docs: new Set<string>(),
      parties: new Map<string, number>(),
    };
    const single = Array.isArray(s.actor) ? (s.actor.length === 1 ? s.actor[0] : null) : s.actor;
    // The party most of the person's statements give (one article's slip does not decide it).
    if (single) person.parties.set(single, (person.parties.get(single) ?? 0) + 1);
    if (s.role && !person.roles.includes(s.role)) person.roles.push(s.role);
    if (!person.names.includes(s.speaker)) person.names.push(s.speaker);
    person.statements++;
    person.docs.add(f.docId);
    if (f.docDate < person.firstSeen) person.firstSeen = f.docDate;
    if (f.docDate > person.lastSeen) person.lastSeen = f.docDate;
    out.set(id, person);
  }
  return [...out.values()]
    .map(({ docs, parties, ...p }) => ({
      ...p,
      actor: [...parties].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null,
      documents: docs.size,
    }))
    .sort((a, b) => b.statements - a.statements || a.name.localeCompare(b.name));
}

export interface Quote {
  docId: string;
  date: string;
  /** The speaker, merged across documents ("Marrow" → "Ilse Marrow"). */
  speaker: string;
  personId?: string;
  /** The name as this article gave it. */
  speakerAsWritten: string;
  actor: string | string[] | null;
  role?: string;
  anonymous: boolean;
  direct: boolean;
  /** The sentence(s) holding the statement. */
  text: string;
}

export interface QuoteFilter {
  /** Only this negotiation's statements (undefined: the whole store). */
  negotiation?: { id: string };
  actor?: string;
  issue?: string;
  /** Full-text words. */
  text?: string;
  since?: string;
  asOf?: string;
  /** Only direct quotations. */
  direct?: boolean;
  limit?: number;
}

/** Statements with their speakers merged across documents, oldest first. */
export async function quotes(
  store: StoreReader,
  filter: QuoteFilter = {},
  codebook?: Pick<Codebook, 'persons'> & Partial<Pick<Codebook, 'actors'>>,
): Promise<Quote[]> {
  const isNamedPerson = personTest(codebook);
  const facts: StoredFact<Statement>[] = await store.statements({
    actor: filter.actor,
    issue: filter.issue,
    text: filter.text,
    since: filter.since,
    asOf: filter.asOf,
    negotiation: filter.negotiation?.id,
  });
  const index = new PersonIndex(codebook);
  for (const f of facts) if (isNamedPerson(f.fact)) index.learn(f.fact.speaker, f.fact.actor);
  const out: Quote[] = [];
  for (const f of facts) {
    const s = f.fact;
    if (filter.direct && !s.direct) continue;
    const resolved = isNamedPerson(s) ? index.resolve(s.speaker, s.actor) : undefined;
    out.push({
      docId: f.docId,
      date: f.docDate,
      speaker: resolved?.name ?? s.speaker,
      personId: resolved?.id,
      speakerAsWritten: s.speaker,
      actor: s.actor,
      role: s.role,
      anonymous: Boolean(s.anonymous),
      direct: s.direct,
      text: f.evidenceText,
    });
  }
  return filter.limit ? out.slice(-filter.limit) : out;
}
