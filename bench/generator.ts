/**
 * The synthetic benchmark corpus: news-like articles about the invented negotiation over the
 * Skerry Islands, each written together with its ground truth (a gold file in the shape of
 * `shared/eval/FORMAT.md`), so that `parley eval` can score the generated corpus like any other.
 *
 * Determinism: article `i` of seed `s` depends only on (s, i) — every random choice comes from a
 * PRNG seeded with both — so a corpus of 100,000 articles can be produced in any order, streamed,
 * or split between processes, and is the same every time. `Math.random` is never used.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { type Codebook, mergeCodebooks, readCodebookFile } from '../src/core/codebook/codebook.js';
import type { Stance } from '../src/core/model.js';

const here = dirname(fileURLToPath(import.meta.url));
export const BENCH_CODEBOOK = join(here, 'codebook.yaml');
export const BENCH_PHRASES = join(here, 'phrases.yaml');

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: a small, fast 32-bit PRNG; good enough to vary text, and reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over a string: turns (seed, index, purpose) into a 32-bit PRNG seed. */
export function hashSeed(...parts: Array<string | number>): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join(':')) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}

// ---------------------------------------------------------------------------------------------
// The world: parties, persons, issues and wording, from bench/codebook.yaml and bench/phrases.yaml

type StanceKey = 'demand' | 'demandRedLine' | 'reject' | 'rejectRedLine' | 'propose' | 'accept' | 'open';

interface StanceTemplates {
  direct: string[];
  reported: string[];
  reporter: string[];
  reporterDated: string[];
}

export interface Phrases {
  pronouns: Record<string, 'he' | 'she'>;
  holders: string[];
  mediators: string[];
  issues: Record<string, { about?: string; np: string[]; vp: string[] }>;
  stances: Record<StanceKey, StanceTemplates>;
  partial: Partial<Record<StanceKey, string[]>>;
  remarks: string[];
  splitTails: string[];
  cues: { afterQuote: string[]; beforeClause: string[]; introQuote: string[]; pronounFollow: string[] };
  anonymous: { party: string[]; nobody: string[] };
  collective: string[];
  analysts: Array<{ name: string; intro: string }>;
  analystRemarks: string[];
  outlets: string[];
  rounds: string[];
  wrongs: string[];
  meetingPlaces: string[];
  headings: string[];
  linkLines: string[];
  filler: string[];
  /** Word lists for the filler's placeholders. */
  slots?: Record<string, string[]>;
}

export interface Party {
  code: string;
  kind: string;
  /** As the text names it mid-sentence: "Veska", "the Skerry Islanders' Assembly". */
  name: string;
  demonym?: string;
  capital?: string;
  seat?: string;
  persons: Person[];
}

export interface Person {
  id: string;
  name: string;
  surname: string;
  title: string;
  actor: string;
  pronoun: 'he' | 'she';
}

export interface World {
  codebook: Codebook;
  phrases: Phrases;
  parties: Map<string, Party>;
  issueCodes: string[];
}

const STANCE_KEYS: StanceKey[] = [
  'demand',
  'demandRedLine',
  'reject',
  'rejectRedLine',
  'propose',
  'accept',
  'open',
];

/** Load the benchmark world; the codebook is validated by the same schema as a user's. */
export function loadWorld(codebookFile = BENCH_CODEBOOK, phrasesFile = BENCH_PHRASES): World {
  const codebook = readCodebookFile(codebookFile);
  let phrases: Phrases;
  try {
    phrases = parseYaml(readFileSync(phrasesFile, 'utf8')) as Phrases;
  } catch (error) {
    throw new Error(`${phrasesFile}: not valid YAML: ${(error as Error).message}`);
  }
  for (const key of STANCE_KEYS)
    if (!phrases.stances?.[key])
      throw new Error(`${phrasesFile}: stances.${key} is missing; add its templates`);
  const parties = new Map<string, Party>();
  for (const actor of codebook.actors) {
    parties.set(actor.code, {
      code: actor.code,
      kind: actor.kind,
      name: actor.name,
      demonym: actor.demonyms[0],
      capital: actor.capitals[0],
      seat: actor.seats[0],
      persons: [],
    });
  }
  for (const p of codebook.persons) {
    const role = p.roles[0];
    const party = role?.actor ? parties.get(role.actor) : undefined;
    const pronoun = phrases.pronouns[p.id];
    if (!role || !party || !pronoun)
      throw new Error(
        `${codebookFile}: person ${p.id} needs a role with an actor, and a pronoun in ${phrasesFile}`,
      );
    party.persons.push({
      id: p.id,
      name: p.name,
      surname: p.name.split(' ').at(-1) ?? p.name,
      title: role.title,
      actor: party.code,
      pronoun,
    });
  }
  for (const code of phrases.holders)
    if (!parties.has(code))
      throw new Error(`${phrasesFile}: holder ${code} is not an actor of ${codebookFile}`);
  return { codebook, phrases, parties, issueCodes: Object.keys(phrases.issues) };
}

/** The benchmark codebook merged over a base codebook (the default one), as `--codebook` does. */
export const withBenchCodebook = (base: Codebook, world: World): Codebook =>
  mergeCodebooks(base, world.codebook);

// ---------------------------------------------------------------------------------------------
// Dates

const DAY = 86_400_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];

export const CORPUS_START = '2026-03-01';
export const CORPUS_END = '2026-09-30';

const isoDay = (t: number): string => new Date(t).toISOString().slice(0, 10);
const isoMonth = (t: number): string => new Date(t).toISOString().slice(0, 7);
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/** A time expression as the text gives it, and its value at the text's precision. */
export interface When {
  text: string;
  iso: string;
}

function dayWords(t: number, style: 'us' | 'uk'): string {
  const d = new Date(t);
  const month = MONTHS[d.getUTCMonth()];
  return style === 'us' ? `${month} ${d.getUTCDate()}` : `${d.getUTCDate()} ${month}`;
}

/** A past time expression relative to the document's date. */
function pastWhen(rng: Rng, docDay: number, style: 'us' | 'uk'): When {
  const choice = rng.int(0, 5);
  if (choice <= 1) {
    // "on Tuesday": one to six days back, so the weekday names one day only.
    const back = rng.int(1, 6);
    const t = docDay - back * DAY;
    return { text: `on ${WEEKDAYS[new Date(t).getUTCDay()]}`, iso: isoDay(t) };
  }
  if (choice === 2) return { text: 'yesterday', iso: isoDay(docDay - DAY) };
  if (choice === 3) {
    const back = rng.int(2, 5);
    return { text: `${NUMBER_WORDS[back]} days ago`, iso: isoDay(docDay - back * DAY) };
  }
  if (choice === 4) {
    const back = rng.int(7, 20);
    const t = docDay - back * DAY;
    return { text: `on ${dayWords(t, style)}`, iso: isoDay(t) };
  }
  const d = new Date(docDay);
  return { text: 'last month', iso: isoMonth(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1)) };
}

/** A future time expression relative to the document's date. */
function futureWhen(rng: Rng, docDay: number, style: 'us' | 'uk'): When {
  const choice = rng.int(0, 4);
  if (choice <= 1) {
    const ahead = rng.int(1, 6);
    const t = docDay + ahead * DAY;
    return { text: `on ${WEEKDAYS[new Date(t).getUTCDay()]}`, iso: isoDay(t) };
  }
  if (choice === 2) return { text: 'tomorrow', iso: isoDay(docDay + DAY) };
  if (choice === 3) {
    const t = docDay + rng.int(8, 25) * DAY;
    return { text: `on ${dayWords(t, style)}`, iso: isoDay(t) };
  }
  const d = new Date(docDay);
  return { text: 'next month', iso: isoMonth(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)) };
}

// ---------------------------------------------------------------------------------------------
// The script of the negotiation: who stands where on what, and when it moves

export interface ScriptedStance {
  actor: string;
  issue: string;
  /** Stance periods in date order: the stance holds from `from` until the next period. */
  periods: Array<{ from: string; stance: StanceKey }>;
}

/** Moves that make a position change tell a story: hardening, softening, a concession. */
const MOVES: Record<StanceKey, StanceKey[]> = {
  demand: ['demandRedLine', 'propose', 'open'],
  demandRedLine: ['demand', 'open'],
  reject: ['rejectRedLine', 'open', 'accept'],
  rejectRedLine: ['reject', 'open'],
  propose: ['demand', 'accept', 'reject'],
  accept: ['reject', 'demand'],
  open: ['accept', 'reject', 'propose'],
};

/** The seed's negotiation: for each issue, two to four holders, each with one to three periods. */
export function negotiationScript(world: World, seed: number): ScriptedStance[] {
  const rng = new Rng(hashSeed(seed, 'script'));
  const start = dayOf(CORPUS_START);
  const span = dayOf(CORPUS_END) - start;
  const script: ScriptedStance[] = [];
  for (const issue of world.issueCodes) {
    const holders = rng.shuffle([...world.phrases.holders]).slice(0, rng.int(2, 4));
    for (const actor of holders) {
      const mediator = world.phrases.mediators.includes(actor);
      let stance: StanceKey = mediator
        ? rng.pick(['propose', 'open', 'accept'] as StanceKey[])
        : rng.pick(['demand', 'reject', 'rejectRedLine', 'propose', 'demandRedLine'] as StanceKey[]);
      const periods = [{ from: CORPUS_START, stance }];
      const changes = rng.int(0, 2);
      const cuts = Array.from({ length: changes }, () => start + Math.floor(rng.float() * span)).sort(
        (p, q) => p - q,
      );
      for (const cut of cuts) {
        stance = rng.pick(MOVES[stance]);
        periods.push({ from: isoDay(cut), stance });
      }
      script.push({ actor, issue, periods });
    }
  }
  return script;
}

export function stanceAt(entry: ScriptedStance, date: string): StanceKey {
  let current = entry.periods[0].stance;
  for (const p of entry.periods) if (p.from <= date) current = p.stance;
  return current;
}

// ---------------------------------------------------------------------------------------------
// Gold (FORMAT.md)

export interface GoldStatement {
  speaker: string;
  actor: string | string[] | null;
  direct: boolean;
  content: string;
  anonymous?: boolean;
  role?: string;
}
export interface GoldPosition {
  actor: string;
  issue: string;
  stance: Stance;
  redLine?: boolean;
  about?: string;
  date?: string;
  evidence: string;
}
export interface GoldEvent {
  type: 'CONSULT' | 'AGREE' | 'SANCTION' | 'ACCUSE';
  actors: string[];
  date?: string;
  location?: string;
  status?: 'held' | 'planned' | 'postponed' | 'cancelled';
  evidence: string;
}
export interface Gold {
  id: string;
  date: string;
  source?: string;
  text?: string;
  statements: GoldStatement[];
  positions: GoldPosition[];
  events: GoldEvent[];
}

export interface Article {
  id: string;
  date: string;
  title: string;
  /** The outlet the article is attributed to. */
  source: string;
  text: string;
  words: number;
  gold: Gold;
}

// ---------------------------------------------------------------------------------------------
// Writing one article

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const stripEnd = (s: string): string => s.replace(/[.,;:!?\s]+$/, '');
export const countWords = (text: string): number => text.match(/\S+/g)?.length ?? 0;

const toStance = (key: StanceKey): { stance: Stance; redLine?: boolean } =>
  key === 'demandRedLine'
    ? { stance: 'demand', redLine: true }
    : key === 'rejectRedLine'
      ? { stance: 'reject', redLine: true }
      : { stance: key };

/** Everything one article's writing shares: the randomness, who has been named, the gold. */
class Writer {
  readonly introduced = new Set<string>();
  readonly usedFiller = new Set<string>();
  readonly gold: Pick<Gold, 'statements' | 'positions' | 'events'> = {
    statements: [],
    positions: [],
    events: [],
  };
  readonly docDay: number;
  readonly quotes: { open: string; close: string };
  readonly dateStyle: 'us' | 'uk';

  constructor(
    readonly world: World,
    readonly rng: Rng,
    readonly date: string,
  ) {
    this.docDay = dayOf(date);
    this.quotes = rng.chance(0.5) ? { open: '\u201C', close: '\u201D' } : { open: '"', close: '"' };
    this.dateStyle = rng.chance(0.6) ? 'us' : 'uk';
  }

  party(code: string): Party {
    const p = this.world.parties.get(code);
    if (!p) throw new Error(`the benchmark codebook has no actor ${code}`);
    return p;
  }

  q(inner: string): string {
    return `${this.quotes.open}${inner}${this.quotes.close}`;
  }

  /** Fill a template's placeholders. */
  fill(template: string, slots: Record<string, string> = {}): string {
    return template.replace(/\{(\w+)\}/g, (_, key: string) => {
      if (key in slots) return slots[key];
      const { rng } = this;
      const words = this.world.phrases.slots?.[key] ?? this.world.phrases.slots?.[key.toLowerCase()];
      if (words) return key === key.toLowerCase() ? rng.pick(words) : cap(rng.pick(words));
      switch (key) {
        case 'n':
          return String(rng.int(3, 60));
        case 'weekday':
          return rng.pick(WEEKDAYS);
        case 'month':
          return rng.pick(MONTHS);
        case 'capital':
          return rng.pick(['Port Alder', 'Kessel', 'Lumen']);
        case 'CAPITAL':
          return rng.pick(['PORT ALDER', 'KESSEL', 'LUMEN']);
        case 'dem':
          return rng.pick(['Veskan', 'Ormundi']);
        case 'Dem':
          return rng.pick(['Veskan', 'Ormundi']);
        default:
          throw new Error(`bench/phrases.yaml: unknown placeholder {${key}} in "${template}"`);
      }
    });
  }

  past(): When {
    return pastWhen(this.rng, this.docDay, this.dateStyle);
  }
  future(): When {
    return futureWhen(this.rng, this.docDay, this.dateStyle);
  }

  /** A person's mention: full name with title the first time, surname afterwards. */
  personRef(person: Person, position: 'subject' | 'after'): string {
    if (this.introduced.has(person.id)) return person.surname;
    this.introduced.add(person.id);
    const party = this.party(person.actor);
    const state = party.kind === 'state';
    if (position === 'subject' && this.rng.chance(0.4)) {
      // An appositive: "Ilse Marrow, Veska's foreign minister," / "Maren Holt, the chair of the …,"
      const role = state
        ? `${party.name}'s ${person.title.toLowerCase()}`
        : `the ${person.title.toLowerCase()} of ${party.name}`;
      return `${person.name}, ${role},`;
    }
    return state && party.demonym && this.rng.chance(0.6)
      ? `${party.demonym} ${person.title} ${person.name}`
      : `${person.title} ${person.name} of ${party.name}`;
  }
}

/** A speaker as an article can present them: who, how the text names them, their party. */
interface Speaker {
  /** The gold speaker: the fullest name the text gives. */
  name: string;
  actor: string | null;
  anonymous?: boolean;
  person?: Person;
  /** The words that name them in a sentence (computed when the sentence is written). */
  ref(w: Writer, position: 'subject' | 'after'): string;
  /** How the holder is named inside reported content ("Veska", "her government"). */
  subj(w: Writer): string;
}

function partySubject(w: Writer, party: Party, person?: Person): string {
  if (person && party.kind === 'state' && w.rng.chance(0.3))
    return person.pronoun === 'she' ? 'her government' : 'his government';
  if (party.kind === 'state' && w.rng.chance(0.2) && party.capital) return party.capital;
  return party.name;
}

function pickSpeaker(w: Writer, actor: string, allowAnonymous = true): Speaker {
  const party = w.party(actor);
  const r = w.rng.float();
  if (party.persons.length > 0 && r < 0.65) {
    const person = w.rng.pick(party.persons);
    return {
      name: person.name,
      actor,
      person,
      ref: (writer, position) => writer.personRef(person, position),
      subj: (writer) => partySubject(writer, party, person),
    };
  }
  if (allowAnonymous && party.demonym && r < 0.85) {
    const words = w.fill(w.rng.pick(w.world.phrases.anonymous.party), { dem: party.demonym });
    return {
      name: words,
      actor,
      anonymous: true,
      ref: () => words,
      subj: (writer) => partySubject(writer, party),
    };
  }
  if (party.kind === 'state' && party.demonym && r < 0.93) {
    const words = w.fill(w.rng.pick(w.world.phrases.collective), { dem: party.demonym });
    return { name: words, actor, ref: () => words, subj: (writer) => partySubject(writer, party) };
  }
  // The party itself, or its capital or seat as a metonym.
  const metonyms = [party.name, party.capital, party.seat].filter((m): m is string => Boolean(m));
  const words = w.rng.pick(metonyms);
  return { name: words, actor, ref: () => words, subj: () => 'it' };
}

/** Capitalise the first letter of a sentence that begins with a reference. */
const sentence = (s: string): string => cap(s.trim());

/** Write a speaker saying `inner` (already first-person words) with a random quote layout. */
function writeDirect(
  w: Writer,
  speaker: Speaker,
  inner: string,
  onContent: (content: string) => void,
): string {
  const { rng } = w;
  const { phrases } = w.world;
  const body = stripEnd(inner);
  const layout = rng.int(0, 4);
  const cue = w.fill(rng.pick(phrases.cues.afterQuote));
  const record = (content: string) => {
    w.gold.statements.push({
      speaker: speaker.name,
      actor: speaker.actor,
      direct: true,
      content,
      ...(speaker.anonymous ? { anonymous: true } : {}),
    });
    onContent(content);
  };
  if (layout === 0) {
    record(body);
    // "...," Marrow said.  /  "...," said Marrow.
    const ref = speaker.ref(w, 'after').replace(/,$/, '');
    return rng.chance(0.5) || !speaker.person
      ? `${w.q(`${body},`)} ${ref} ${cue}.`
      : `${w.q(`${body},`)} said ${ref}.`;
  }
  if (layout === 1) {
    record(body);
    return `${sentence(speaker.ref(w, 'subject'))} ${rng.pick(phrases.cues.introQuote)}: ${w.q(`${body}.`)}`;
  }
  if (layout === 2) {
    // Split around the cue: one statement, both halves.
    const tail = w.fill(rng.pick(phrases.splitTails));
    record(`${body} ${tail}`);
    const ref = speaker.ref(w, 'after').replace(/,$/, '');
    return `${w.q(`${body},`)} ${ref} said, ${w.q(`${tail}.`)}`;
  }
  // Two quoted sentences from one speaker: one statement each.
  const remark = stripEnd(w.fill(rng.pick(phrases.remarks)));
  record(body);
  w.gold.statements.push({
    speaker: speaker.name,
    actor: speaker.actor,
    direct: true,
    content: remark,
    ...(speaker.anonymous ? { anonymous: true } : {}),
  });
  if (layout === 3) {
    const ref = speaker.ref(w, 'after').replace(/,$/, '');
    return `${w.q(`${body}. ${remark},`)} ${ref} ${cue}.`;
  }
  return `${sentence(speaker.ref(w, 'subject'))} ${rng.pick(phrases.cues.introQuote)}: ${w.q(`${body}. ${remark}.`)}`;
}

/** Write a speaker's reported speech: `clause` is third-person content. */
function writeReported(w: Writer, speaker: Speaker, clause: string, direct = false): string {
  const { rng } = w;
  const { phrases } = w.world;
  const content = stripEnd(clause);
  w.gold.statements.push({
    speaker: speaker.name,
    actor: speaker.actor,
    direct,
    content,
    ...(speaker.anonymous ? { anonymous: true } : {}),
  });
  // A clause that opens with "it" needs its antecedent first: "Kessel said it would …".
  const layout = /^it\b/.test(content) ? 3 : rng.int(0, 3);
  if (layout === 0) return `According to ${speaker.ref(w, 'after').replace(/,$/, '')}, ${content}.`;
  if (layout === 1) return `${sentence(content)}, ${speaker.ref(w, 'after').replace(/,$/, '')} said.`;
  return `${sentence(speaker.ref(w, 'subject'))} ${rng.pick(phrases.cues.beforeClause)} ${content}.`;
}

/** A stance of the script, written as a quote, as reported speech, or in the reporter's voice. */
function writeStance(w: Writer, entry: ScriptedStance): string[] {
  const { rng, world } = w;
  const key = stanceAt(entry, w.date);
  const templates = world.phrases.stances[key];
  const issue = world.phrases.issues[entry.issue];
  const np = rng.pick(issue.np);
  const { stance, redLine } = toStance(key);
  const party = w.party(entry.actor);
  const position = (evidence: string, date?: string): GoldPosition => ({
    actor: entry.actor,
    issue: entry.issue,
    stance,
    ...(redLine ? { redLine: true } : {}),
    ...(issue.about ? { about: issue.about } : {}),
    ...(date ? { date } : {}),
    evidence: stripEnd(evidence),
  });
  const voice = rng.float();
  const paragraph: string[] = [];
  if (voice < 0.2) {
    // The reporter's own voice, sometimes dated.
    if (rng.chance(0.4)) {
      // A stance taken before the article's date keeps its own date.
      const when = w.past();
      const text = w.fill(rng.pick(templates.reporterDated), { np, Party: cap(party.name), when: when.text });
      w.gold.positions.push(position(text, when.iso));
      paragraph.push(sentence(text));
    } else {
      const text = w.fill(rng.pick(templates.reporter), { np, Party: cap(party.name) });
      w.gold.positions.push(position(text));
      paragraph.push(sentence(text));
    }
    if (rng.chance(0.5)) paragraph.push(w.fill(rng.pick(world.phrases.filler)));
    return paragraph;
  }
  const speaker = pickSpeaker(w, entry.actor);
  if (voice < 0.6) {
    const inner = w.fill(rng.pick(templates.direct), { np, NP: cap(np) });
    paragraph.push(writeDirect(w, speaker, inner, (content) => w.gold.positions.push(position(content))));
  } else {
    const partial = world.phrases.partial[key];
    const usePartial = partial && rng.chance(0.25);
    const clause = w
      .fill(rng.pick(usePartial ? partial : templates.reported), { np, subj: speaker.subj(w) })
      .replace(/"([^"]*)"/g, (_, inner: string) => w.q(inner));
    w.gold.positions.push(position(clause));
    paragraph.push(writeReported(w, speaker, clause));
  }
  // A follow-up remark by the same speaker, named by a pronoun.
  if (speaker.person && rng.chance(0.35)) {
    const remark = stripEnd(w.fill(rng.pick(world.phrases.remarks)));
    w.gold.statements.push({ speaker: speaker.name, actor: speaker.actor, direct: true, content: remark });
    paragraph.push(
      `${w.q(`${remark},`)} ${speaker.person.pronoun} ${rng.pick(world.phrases.cues.pronounFollow)}.`,
    );
  }
  return paragraph;
}

function personOrParty(w: Writer, code: string): string {
  const party = w.party(code);
  if (party.persons.length > 0 && w.rng.chance(0.5)) return w.personRef(w.rng.pick(party.persons), 'after');
  return party.kind === 'state' && w.rng.chance(0.5) && party.demonym
    ? `${party.demonym} negotiators`
    : party.name;
}

const joinActors = (a: string, b: string): string => `${a} and ${b}`;

/** A meeting, phone call, agreement, sanction or accusation, with its gold event. */
function writeEvent(w: Writer): string {
  const { rng, world } = w;
  const kind = rng.int(0, 9);
  const [a, b] = rng.shuffle(['VSK', 'ORM', 'TRS', 'CRN', 'SKA']).slice(0, 2);
  const core = rng.chance(0.7) ? (['VSK', 'ORM'] as const) : ([a, b] as const);
  const [x, y] = rng.chance(0.5) ? core : [core[1], core[0]];
  if (kind <= 3) {
    // A meeting that was held.
    const place = rng.pick(world.phrases.meetingPlaces);
    const when = rng.chance(0.85) ? w.past() : undefined;
    const mediated = rng.chance(0.5);
    const actors = [x, y, ...(mediated && x !== 'TRS' && y !== 'TRS' ? ['TRS'] : [])];
    const whenText = when ? ` ${when.text}` : '';
    const round = rng.pick(world.phrases.rounds);
    const px = personOrParty(w, x);
    const py = personOrParty(w, y);
    const host =
      mediated && actors.includes('TRS')
        ? `, hosted by ${w.personRef(w.party('TRS').persons[0], 'after')}`
        : '';
    const text = rng.chance(0.5)
      ? `${sentence(joinActors(px, py))} met in ${place}${whenText} for ${round} round of talks${host}.`
      : `${sentence(px)} held talks with ${py} in ${place}${whenText}${host}.`;
    w.gold.events.push({
      type: 'CONSULT',
      actors: [...new Set(actors)].sort(),
      ...(when ? { date: when.iso } : {}),
      location: place,
      status: 'held',
      evidence: stripEnd(text),
    });
    return text;
  }
  if (kind === 4) {
    const when = w.past();
    const px = personOrParty(w, x);
    const py = personOrParty(w, y);
    const text = `${sentence(px)} spoke by phone with ${py} ${when.text}.`;
    w.gold.events.push({
      type: 'CONSULT',
      actors: [x, y].sort(),
      date: when.iso,
      status: 'held',
      evidence: stripEnd(text),
    });
    return text;
  }
  if (kind === 5) {
    const when = w.future();
    const place = rng.pick(world.phrases.meetingPlaces);
    const status = rng.pick(['planned', 'planned', 'postponed', 'cancelled'] as const);
    const px = personOrParty(w, x);
    const py = personOrParty(w, y);
    const text =
      status === 'planned'
        ? `${sentence(px)} and ${py} are due to meet in ${place} ${when.text}.`
        : status === 'postponed'
          ? `Talks between ${px} and ${py} that had been set for ${when.text.replace(/^on /, '')} in ${place} were postponed.`
          : `${sentence(px)} called off talks with ${py} that were due to take place in ${place} ${when.text}.`;
    w.gold.events.push({
      type: 'CONSULT',
      actors: [x, y].sort(),
      date: when.iso,
      location: place,
      status,
      evidence: stripEnd(text),
    });
    return text;
  }
  if (kind === 6 || kind === 7) {
    // An agreement: an event, and each side's acceptance of the issue.
    const issue = rng.pick(world.issueCodes);
    const vp = rng.pick(world.phrases.issues[issue].vp);
    const when = w.past();
    const text = `${sentence(joinActors(w.party(x).name, w.party(y).name))} agreed ${when.text} to ${vp}.`;
    w.gold.events.push({ type: 'AGREE', actors: [x, y].sort(), date: when.iso, evidence: stripEnd(text) });
    for (const actor of [x, y])
      w.gold.positions.push({
        actor,
        issue,
        stance: 'accept',
        ...(world.phrases.issues[issue].about ? { about: world.phrases.issues[issue].about } : {}),
        evidence: stripEnd(text),
      });
    return text;
  }
  if (kind === 8) {
    const imposer = rng.pick(['NMC', 'CRN', 'VSK']);
    const when = w.past();
    const text = `${sentence(w.party(imposer).name)} imposed new sanctions on Ormund ${when.text}, targeting its port authorities.`;
    w.gold.events.push({
      type: 'SANCTION',
      actors: [imposer, 'ORM'].sort(),
      date: when.iso,
      evidence: stripEnd(text),
    });
    return text;
  }
  const when = w.past();
  const text = `${sentence(w.party(x).name)} accused ${w.party(y).name} ${when.text} of ${rng.pick(world.phrases.wrongs)}.`;
  w.gold.events.push({ type: 'ACCUSE', actors: [x, y].sort(), date: when.iso, evidence: stripEnd(text) });
  return text;
}

function writeAnalyst(w: Writer): string {
  const { rng, world } = w;
  const analyst = rng.pick(world.phrases.analysts);
  const remark = rng.pick(world.phrases.analystRemarks);
  const named = w.introduced.has(analyst.name);
  w.introduced.add(analyst.name);
  const ref = named ? (analyst.name.split(' ').at(-1) ?? analyst.name) : analyst.intro;
  w.gold.statements.push({ speaker: analyst.name, actor: null, direct: false, content: remark });
  // An appositive introduction closes with a comma before the verb: "Reed, an analyst at …, said".
  return rng.chance(0.5) ? `${cap(remark)}, said ${ref}.` : `${ref}${named ? '' : ','} said ${remark}.`;
}

function writeNobodySource(w: Writer, script: ScriptedStance[]): string {
  // An anonymous source of nobody's side reporting a party's stance: the stance is the party's.
  const { rng, world } = w;
  const entry = rng.pick(script);
  const key = stanceAt(entry, w.date);
  const np = rng.pick(world.phrases.issues[entry.issue].np);
  const party = w.party(entry.actor);
  const clause = w.fill(rng.pick(world.phrases.stances[key].reported), { np, subj: party.name });
  const source = rng.pick(world.phrases.anonymous.nobody);
  const { stance, redLine } = toStance(key);
  w.gold.statements.push({ speaker: source, actor: null, direct: false, content: clause, anonymous: true });
  w.gold.positions.push({
    actor: entry.actor,
    issue: entry.issue,
    stance,
    ...(redLine ? { redLine: true } : {}),
    evidence: clause,
  });
  return `${cap(source)} said ${clause}.`;
}

/** Two to four background sentences; a template is not used twice in one article while others remain. */
function fillerParagraph(w: Writer): string {
  const n = w.rng.int(2, 4);
  const picked: string[] = [];
  const all = w.world.phrases.filler;
  for (let i = 0; i < n; i++) {
    if (w.usedFiller.size >= all.length) w.usedFiller.clear();
    let template = w.rng.pick(all);
    while (w.usedFiller.has(template)) template = w.rng.pick(all);
    w.usedFiller.add(template);
    picked.push(w.fill(template));
  }
  return picked.join(' ');
}

export interface GenerateOptions {
  /** Target length in words (the article ends at the first paragraph past it). Default 800. */
  words?: number;
}

/** Article `index` of the corpus of `seed`: its text and its gold, the same on every run. */
export function generateArticle(
  world: World,
  script: ScriptedStance[],
  seed: number,
  index: number,
  options: GenerateOptions = {},
): Article {
  const target = options.words ?? 800;
  const rng = new Rng(hashSeed(seed, index));
  const start = dayOf(CORPUS_START);
  const days = Math.round((dayOf(CORPUS_END) - start) / DAY);
  const date = isoDay(start + rng.int(0, days) * DAY);
  const w = new Writer(world, rng, date);
  const outlet = rng.pick(world.phrases.outlets);
  const id = `bench-${seed}-${String(index).padStart(6, '0')}`;

  // What the article reports (for ~800 words): three to five events, eight to fourteen stances,
  // one to three analysts, sometimes an anonymous source; in proportion for other lengths. About a
  // third of the words are background, as in wire copy.
  const scale = target / 800;
  const facts: Array<() => string[]> = [];
  const lead = () => [writeEvent(w)];
  const eventCount = Math.round(rng.int(2, 4) * scale);
  for (let i = 0; i < eventCount; i++) facts.push(() => [writeEvent(w)]);
  const focus = rng.shuffle([...script]).slice(0, Math.max(1, Math.round(rng.int(8, 14) * scale)));
  for (const entry of focus) facts.push(() => writeStance(w, entry));
  const analysts = Math.round(rng.int(1, 3) * scale);
  for (let i = 0; i < analysts; i++) facts.push(() => [writeAnalyst(w)]);
  if (rng.chance(0.4)) facts.push(() => [writeNobodySource(w, script)]);
  rng.shuffle(facts);

  const paragraphs: string[] = [];
  const leadText = lead().join(' ');
  const dateline = rng.chance(0.6)
    ? `${rng.pick(world.phrases.meetingPlaces).toUpperCase()}, ${dayWords(w.docDay, 'us')} (${outlet}) - `
    : '';
  paragraphs.push(`${dateline}${leadText}`);
  for (const fact of facts) {
    paragraphs.push(fact().join(' '));
    if (rng.chance(0.2)) paragraphs.push(fillerParagraph(w));
  }
  // Filler to the target length, spread between the fact paragraphs (never before the lead).
  let words = countWords(paragraphs.join(' '));
  while (words < target) {
    const filler = fillerParagraph(w);
    paragraphs.splice(rng.int(1, paragraphs.length), 0, filler);
    words += countWords(filler);
  }
  if (rng.chance(0.3))
    paragraphs.splice(rng.int(2, paragraphs.length), 0, w.fill(rng.pick(world.phrases.headings)));
  if (rng.chance(0.3))
    paragraphs.splice(rng.int(2, paragraphs.length), 0, w.fill(rng.pick(world.phrases.linkLines)));

  const text = paragraphs.join('\n\n');
  const title = stripEnd(leadText).slice(0, 90);
  return {
    id,
    date,
    title,
    source: outlet,
    text,
    words: countWords(text),
    gold: { id, date, ...w.gold },
  };
}

/** A generator of the whole corpus, one article at a time (streams: nothing is kept). */
export function* generateCorpus(
  world: World,
  seed: number,
  docs: number,
  options: GenerateOptions = {},
  first = 0,
): Generator<Article> {
  const script = negotiationScript(world, seed);
  for (let i = first; i < first + docs; i++) yield generateArticle(world, script, seed, i, options);
}
