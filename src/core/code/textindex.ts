/**
 * What the positions and events stages read off a document, by token: the sentence ranges, the
 * actor mentions (with their codes), the statements whose content covers a token, and the cue
 * matches. Built once per document and shared by both stages.
 *
 * The actors stage normally fills `doc.mentions`; when it has not run (a unit test, or a pipeline
 * cut short), a plain codebook lookup of state names, aliases, demonyms, capitals, seats and
 * persons stands in, so that positions and events still have parties to attach to.
 */

import type { Codebook } from '../codebook/codebook.js';
import type { Mention, ParleyDocument, PipelineContext, Token } from '../model.js';
import { startingIn, within } from '../sorted.js';
import { stateForcesNouns, storyGovernment } from './actors/main-parties.js';
import { type ActorSlot, cached, compileCues, type PhraseMatch, type PhraseMatcher } from './issues.js';

export interface ActorMention {
  /** Token range [start, end). */
  start: number;
  end: number;
  codes: string[];
  kind: Mention['kind'] | 'fallback';
  /** Index into doc.mentions, when the actors stage found it. */
  mention?: number;
}

export interface DocIndex {
  tokens: Token[];
  /** Per sentence: token range [from, to). */
  sentenceTokens: Array<{ from: number; to: number }>;
  mentions: ActorMention[];
  /** Mention starting at a token. */
  mentionAt: Map<number, ActorMention>;
  /** The (longest) mention ending right before a token (its `end`): "U.S.-Taliban talks" looks back. */
  mentionEndingAt: Map<number, ActorMention>;
  /** Per token: index of the statement whose content covers it, or -1. */
  statementOf: Int32Array;
  cues: PhraseMatch<string>[];
  /** What the index was built from: a stage that replaces one of these invalidates it. */
  built: { tokens: Token[]; mentions: Mention[]; statements: ParleyDocument['statements'] };
}

/** The event cue lists whose words can start an event mention (codebooks/stance.yaml). */
export const EVENT_TRIGGER_LISTS = [
  'consult_nouns',
  'consult_verbs',
  'consult_told_verbs',
  'consult_sent',
  'agree_cues',
  'deal_verbs',
  'deal_participles',
  'deal_brokers',
  'sanction_cues',
  'sanction_nouns',
  'sanction_nouns_owned',
  'accuse_cues',
  'accuse_from',
  'accuse_denied',
  'accuse_lack',
  'accuse_violation',
  'accuse_blame',
  'accuse_obstruction',
  'accuse_wrongdoing',
  'accuse_judged',
  'request_cues',
  'reject_event_cues',
  'threaten_cues',
  'attendance_leads',
];

/** The cue lists that stances and events read; see codebooks/stance.yaml. */
export const CUE_LISTS = [
  'stance_demand',
  'stance_propose',
  'stance_accept',
  'stance_open',
  'stance_joint_open',
  'stance_joint_after',
  'stance_joint_done',
  'stance_reject',
  'stance_more',
  'stance_after',
  'stance_relative',
  'stance_hypothetical',
  'offer_verbs',
  'praise_judgements',
  'undo_verbs',
  'violation_verbs',
  'violation_nouns',
  'rebuttal_cues',
  'charge_nouns',
  'dispute_topics',
  'dissent_cues',
  'opinion_verbs',
  'joint_markers',
  'red_line',
  'negators',
  'not_negating',
  'modals',
  'conditional',
  'process_labels',
  'collective_subjects',
  'table_collectives',
  'third_party_frames',
  ...EVENT_TRIGGER_LISTS,
  'accuse_judgements',
  'consult_not_after',
  'consult_not_held_after',
  'consult_light_verbs',
  'collective_parties',
  'deal_nouns',
  'mediator_cues',
  'mediator_after',
  'status_postponed',
  'status_cancelled',
  'status_plan_failed',
  'status_planned',
  'not_planned',
  'proposal_nouns',
  'demand_nouns',
  'answer_nouns',
  'proposal_verbs',
  'content_cues',
  'unsettled_markers',
  'content_openers',
  'deal_party_cues',
  'mediation_cues',
  'plan_timeframes',
  'consult_not_held',
  'meet_objects',
  'sideline_markers',
  'sanction_lifted',
  'sanction_broken',
  'sanction_in_force',
  'signing_presence',
  'signing_together',
  'ceremony_verbs',
];

export const cueMatcher = (ctx: PipelineContext): PhraseMatcher<string> =>
  cached(ctx, 'positions.cues', () => compileCues(ctx.codebook, CUE_LISTS));

/** The actor codes a mention stands for: its own code(s), else its entity's party. */
export function mentionCodes(doc: ParleyDocument, m: Mention): string[] {
  const own = m.actor ?? (m.entity !== undefined ? doc.entities[m.entity]?.actor : undefined);
  if (own == null) return [];
  return Array.isArray(own) ? own : [own];
}

/** First token whose end is after `offset` (binary search). */
export function tokenAtOrAfter(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Token range [from, to) covered by a character span. */
export function tokenRange(tokens: Token[], start: number, end: number): { from: number; to: number } {
  const from = tokenAtOrAfter(tokens, start);
  let to = from;
  while (to < tokens.length && tokens[to].start < end) to++;
  return { from, to };
}

interface NameEntry {
  words: string[];
  codes: string[];
}

/** Stand-in gazetteer over the codebook, keyed by the first word (lower-cased). */
function fallbackNames(codebook: Codebook): Map<string, NameEntry[]> {
  const byFirst = new Map<string, NameEntry[]>();
  const add = (name: string, code: string | null) => {
    if (!code) return;
    const words = splitWords(name);
    if (words.length === 0) return;
    const list = byFirst.get(words[0]) ?? [];
    list.push({ words, codes: [code] });
    byFirst.set(words[0], list);
  };
  for (const a of codebook.actors) {
    for (const n of [a.name, ...a.aliases, ...a.demonyms, ...a.capitals, ...a.seats, ...a.companies])
      add(n, a.code);
  }
  for (const p of codebook.persons) {
    const actor = p.roles.at(-1)?.actor ?? null;
    // The surname alone too: news writes "Brisk" after "Anton Brisk", and "Putin-Trump call".
    const surname = p.name.split(/\s+/).at(-1) ?? p.name;
    for (const n of [p.name, ...p.aliases, surname]) add(n, actor);
  }
  for (const list of byFirst.values()) list.sort((x, y) => y.words.length - x.words.length);
  return byFirst;
}

/** Words of a name as the sentences stage tokenises them ("Trump's" → trump, 's). */
function splitWords(name: string): string[] {
  return (
    name.toLowerCase().match(/'s\b|[\p{L}\p{N}]+(?:[.\-&'][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu) ?? []
  ).map((w) => w);
}

function fallbackMentions(toks: Token[], ctx: PipelineContext): ActorMention[] {
  const names = cached(ctx, 'positions.fallbackNames', () => fallbackNames(ctx.codebook));
  const out: ActorMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) continue;
    const list = names.get(t.lower) ?? names.get(t.lower.replace(/\.$/, ''));
    if (!list) continue;
    const hit = list.find((e) =>
      e.words.every((w, k) => {
        const tok = toks[i + k];
        return tok && (tok.lower === w || tok.lower.replace(/\.$/, '') === w.replace(/\.$/, ''));
      }),
    );
    if (!hit) continue;
    // "the" before a seat ("the Kremlin") is part of the name in the codebook, not in the text.
    out.push({ start: i, end: i + hit.words.length, codes: hit.codes, kind: 'fallback' });
    i += hit.words.length - 1;
  }
  return out;
}

const indexes = new WeakMap<ParleyDocument, DocIndex>();

/** Actor codes that a single name stands for in the codebook ("Putin" → RUS), for parts of
 * compounds such as "Putin-Trump" that no mention covers. */
export function codesOfName(ctx: PipelineContext, word: string): string[] {
  const names = cached(ctx, 'positions.fallbackNames', () => fallbackNames(ctx.codebook));
  const hit = names.get(word.toLowerCase())?.find((e) => e.words.length === 1);
  return hit ? hit.codes : [];
}

/** The document's token-level index (built on first use, then shared by the stages). */
export function docIndex(doc: ParleyDocument, ctx: PipelineContext): DocIndex {
  const hit = indexes.get(doc);
  if (
    hit &&
    hit.built.tokens === doc.tokens &&
    hit.built.mentions === doc.mentions &&
    hit.built.statements === doc.statements
  )
    return hit;
  // Quotation marks are transparent to patterns: "high interest" in … reads as high interest in ….
  const tokens = doc.tokens.filter((t) => t.kind !== 'quote');
  // Built by push, not `map`: an optimised `map` gives its result another elements kind than the
  // interpreter's, and the readers of the index were recompiled for each.
  const sentenceTokens: Array<{ from: number; to: number }> = [];
  for (let s = 0; s < doc.sentences.length; s++) sentenceTokens.push({ from: 0, to: 0 });
  for (let i = 0; i < tokens.length; i++) {
    const s = tokens[i].sentence;
    if (s < 0 || s >= sentenceTokens.length) continue;
    const r = sentenceTokens[s];
    if (r.to === 0) r.from = i;
    r.to = i + 1;
  }
  let mentions: ActorMention[];
  if (doc.mentions.length > 0) {
    mentions = [];
    doc.mentions.forEach((m, idx) => {
      const codes = mentionCodes(doc, m);
      if (codes.length === 0 && m.kind !== 'pronoun') return;
      const r = tokenRange(tokens, m.start, m.end);
      if (r.to > r.from) mentions.push({ start: r.from, end: r.to, codes, kind: m.kind, mention: idx });
    });
    mentions.push(...bareGovernments(doc, ctx, tokens, mentions));
  } else mentions = fallbackMentions(tokens, ctx);
  // In text order: subjectBefore and the events stage search them by position.
  mentions.sort((a, b) => a.start - b.start);
  const mentionAt = new Map<number, ActorMention>();
  const mentionEndingAt = new Map<number, ActorMention>();
  for (const m of mentions) {
    if (!mentionAt.has(m.start)) mentionAt.set(m.start, m);
    if (!mentionEndingAt.has(m.end)) mentionEndingAt.set(m.end, m);
  }
  const statementOf = new Int32Array(tokens.length).fill(-1);
  doc.statements.forEach((s, idx) => {
    const r = tokenRange(tokens, s.content.start, s.content.end);
    for (let i = r.from; i < r.to; i++) if (statementOf[i] < 0) statementOf[i] = idx;
  });
  const matcher = cueMatcher(ctx);
  const cues: PhraseMatch<string>[] = [];
  const index: DocIndex = {
    tokens,
    sentenceTokens,
    mentions,
    mentionAt,
    mentionEndingAt,
    statementOf,
    cues,
    built: { tokens: doc.tokens, mentions: doc.mentions, statements: doc.statements },
  };
  const actorAt = slotLookup(index);
  for (const r of sentenceTokens) cues.push(...matcher.matchAll({ tokens, from: r.from, to: r.to, actorAt }));
  indexes.set(doc, index);
  return index;
}

const byEnd = new WeakMap<DocIndex, Map<number, ActorMention[]>>();

/**
 * The index's mentions that end right before token `end`, in order: what "the mention whose end
 * is …" questions read, instead of every mention of the document.
 */
export function mentionsEndingAt(index: DocIndex, end: number): ActorMention[] {
  let map = byEnd.get(index);
  if (!map) {
    map = new Map();
    for (const m of index.mentions) {
      const list = map.get(m.end);
      if (list) list.push(m);
      else map.set(m.end, [m]);
    }
    byEnd.set(index, map);
  }
  return map.get(end) ?? [];
}

const slotsOf = new WeakMap<DocIndex, Array<ActorSlot | undefined>>();

/**
 * An ActorSlot lookup over the index, for the phrase matcher: the slots are made once per index
 * (the matchers ask at every token, and a slot made per question was their garbage).
 */
export const slotLookup = (index: DocIndex): ((i: number) => ActorSlot | undefined) => {
  let slots = slotsOf.get(index);
  if (!slots) {
    slots = new Array<ActorSlot | undefined>(index.tokens.length).fill(undefined);
    for (const [start, m] of index.mentionAt)
      if (m.codes.length && start >= 0 && start < slots.length)
        slots[start] = { end: m.end, codes: m.codes, person: m.kind === 'person' };
    // A person the text names with no party ("the release of Evan Gershkovich") fills a `{PERSON}`
    // slot only.
    for (const m of index.built.mentions) {
      if (m.kind !== 'person') continue;
      const r = tokenRange(index.tokens, m.start, m.end);
      if (r.to > r.from && !slots[r.from]) slots[r.from] = { end: r.to, codes: [], person: true };
    }
    slotsOf.set(index, slots);
  }
  const found = slots;
  return (i: number) => found[i];
};

const PREPOSITIONS = new Set([
  'in',
  'of',
  'to',
  'for',
  'with',
  'from',
  'on',
  'at',
  'by',
  'against',
  'over',
  'about',
  'between',
  'under',
  'into',
  'toward',
  'towards',
  'among',
  'behind',
  'without',
  'than',
  'like',
  'upon',
  'across',
]);
/** Prepositions of place: "in the DRC" names where a body is, not a party beside it. */
const LOCATIVES = new Set(['in', 'at', 'inside', 'within']);
/** Bodies a party posts abroad, named with the place they are in ("the UN mission in the DRC"). */
const POSTED_BODIES = new Set([
  'mission',
  'embassy',
  'office',
  'envoy',
  'ambassador',
  'representative',
  'coordinator',
  'operation',
  'force',
  'forces',
  'troops',
  'peacekeepers',
  'contingent',
]);
/** Words before a noun that make what follows them a noun phrase ("the proposed plan", "its envoy"). */
export const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that']);
const SUBJECT_COORD = new Set(['and', 'or', ',', 'nor']);
/**
 * Lower-case words that may stand between coordinated names besides titles: determiners and
 * possessives ("Ilse Marrow and her Ormundi counterpart Petr Vallo"), and the "turned" of a
 * changed relation ("Brisk and his deputy turned rival Vallo").
 */
const SKIP_BEFORE_COORD = new Set([
  'other',
  'some',
  'several',
  'the',
  'its',
  'their',
  'his',
  'her',
  'many',
  'turned',
  // descriptions of an armed group before its name ("Sudan's army and the paramilitary RSF")
  'paramilitary',
  'rebel',
  'militant',
  'armed',
  'group',
  'insurgent',
  'separatist',
]);
/** Lower-case words of titles that may stand between coordinated names ("chief negotiator"). */
const TITLE_WORDS = new Set([
  'president',
  'minister',
  'foreign',
  'prime',
  'chief',
  'negotiator',
  'envoy',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'secretary',
  'adviser',
  'advisor',
  'aide',
  'ambassador',
  'chancellor',
  'deputy',
  'officials',
  'official',
  'leader',
  'leaders',
  'delegation',
  'general',
  // relations that stand before a name like a title: "Kiir and arch-foe Riek Machar"
  'rival',
  'foe',
  'arch-foe',
  'archfoe',
  'arch-rival',
  'opponent',
  'counterpart',
  'former',
  'commander',
  'opposition',
  'rebel',
  // a class noun before a group's name: "the TPLF and the armed group Oromo Liberation Army"
  'armed',
  'militant',
  'group',
  'militia',
]);
const isTitleWord = (w: string) => TITLE_WORDS.has(w);

/**
 * The word just before a joiner, after a coordinated party, may only be a name, a title, a group
 * noun or "'s" ("X's envoy and Y", "X's government and Y"; not "X's main ally and Y").
 */
function coordinable(index: DocIndex, from: number, to: number): boolean {
  if (to <= from) return true;
  const w = index.tokens[to - 1];
  return (
    w.kind !== 'word' ||
    /^\p{Lu}/u.test(w.text) ||
    SKIP_BEFORE_COORD.has(w.lower) ||
    isTitleWord(w.lower) ||
    GROUP_NOUNS.has(w.lower) ||
    w.lower === "'s"
  );
}
/** Nouns of people or bodies that stand for the party named with them ("officials from X", "X's army"). */
export const GROUP_NOUNS = new Set([
  'representatives',
  'representative',
  'members',
  'member',
  'delegation',
  'delegations',
  'delegates',
  'officials',
  'leaders',
  'leader',
  'head',
  'chairman',
  'chairwoman',
  'envoy',
  'envoys',
  'spokesman',
  'spokeswoman',
  'government',
  'governments',
  'negotiators',
  'team',
  'teams',
  'minister',
  'ministers',
  'president',
  'presidents',
  'heads',
  // a state's forces stand for it as its government does ("Sudan's army and the RSF signed")
  'army',
  'military',
  'forces',
]);
/** "Representatives of the Assembly": the party after "of" is the head's party, a subject. */
const headedByGroup = (index: DocIndex, prep: number) =>
  index.tokens[prep].lower === 'of' && prep > 0 && GROUP_NOUNS.has(index.tokens[prep - 1].lower);

/** Prepositions whose object is a party's partner or opponent, never the clause's subject. */
const PARTNER_PREPOSITIONS = new Set(['with', 'against', 'to']);

/**
 * "working with the governments of Veska and Ormund to …": the group noun that heads the parties
 * is itself a preposition's object, so they are the partners of the subject, not the subject.
 */
function groupIsPartner(index: DocIndex, prep: number, clauseFrom: number): boolean {
  let p = prep - 2;
  while (p > clauseFrom && OBJECT_DETERMINERS.has(index.tokens[p].lower)) p--;
  return p >= clauseFrom && PARTNER_PREPOSITIONS.has(index.tokens[p].lower);
}

/**
 * "Vucic met Kallas and accused Kurti", "… would never recognise Kosovo and accused Kurti": a verb
 * straight after "and" shares the first verb's subject, and the party just before "and" is that
 * verb's object. The first verb's token, where it is so; else undefined.
 */
export function verbBeforeCoordinatedObject(index: DocIndex, from: number, at: number): number | undefined {
  if (index.tokens[at - 1]?.lower !== 'and') return undefined;
  const object = index.mentionEndingAt.get(at - 1);
  if (!object) return undefined;
  let p = object.start - 1;
  while (p > from && OBJECT_DETERMINERS.has(index.tokens[p].lower)) p--;
  const verb = index.tokens[p];
  if (p <= from || verb.kind !== 'word' || !/^\p{Ll}/u.test(verb.text)) return undefined;
  if (PREPOSITIONS.has(verb.lower) || SUBJECT_COORD.has(verb.lower) || isTitleWord(verb.lower))
    return undefined;
  return p;
}

/** The parties of the statement that holds token `at` (none outside a statement). */
export function statementActorsAt(doc: ParleyDocument, index: DocIndex, at: number): string[] {
  const stmt = index.statementOf[at];
  return stmt >= 0 ? [doc.statements[stmt].actor].flat().filter((a): a is string => !!a) : [];
}

/** The mentions that lie within tokens [from, to), in text order (mentions are sorted by start). */
export const mentionsWithin = (index: DocIndex, from: number, to: number): ActorMention[] =>
  within(index.mentions, from, to);

/** A dash that sets words apart: an em or en dash, or a hyphen with a space on each side ("York - The"). */
function isDash(index: DocIndex, k: number): boolean {
  const w = index.tokens[k];
  if (w.text === '—' || w.text === '–') return true;
  if (w.text !== '-') return false;
  const before = index.tokens[k - 1];
  const after = index.tokens[k + 1];
  return !!before && !!after && before.end < w.start && after.start > w.end;
}

/**
 * "The Presidents of Rwanda, Paul Kagame, and of Uganda, Yoweri Museveni, signed": an "of" after
 * "and" that opens a party repeats the title's "of" for the next item of the list, so the list
 * goes on across it.
 */
function andOfParty(index: DocIndex, of: number): boolean {
  return index.tokens[of]?.lower === 'of' && index.tokens[of - 1]?.lower === 'and';
}

/** A party's name made into a modifier of another's: "Iran-backed", "Russia-allied". */
export const PATRON = /-(backed|supported|sponsored|funded|armed|allied|aligned)$/i;

// Nouns that a party's name modifies when it names a deal or a file about the party, not the party
// acting: "the Iran deal", "the Iran nuclear deal", "the Ukraine talks". (Not "the Sudanese crisis"
// or "the Ukraine war": there the name often stands for the parties of the meeting told next.)
const MODIFIED_HEADS = new Set(['deal', 'accord', 'agreement', 'talks', 'programme', 'program', 'file']);

/** "decertify the Iran nuclear deal": a party's name after "the" that modifies a head noun above. */
function modifiesAThing(index: DocIndex, m: ActorMention): boolean {
  if (index.tokens[m.start - 1]?.lower !== 'the') return false;
  const next = index.tokens[m.end]?.lower ?? '';
  const head = next === 'nuclear' ? (index.tokens[m.end + 1]?.lower ?? '') : next;
  return MODIFIED_HEADS.has(head);
}

/**
 * The grammatical subject before token `limit`: the nearest actor mention in the clause that is
 * not the object of a preposition, with the parties coordinated with it ("the U.S. and other
 * Western countries").
 */
export function subjectBefore(
  index: DocIndex,
  clauseFrom: number,
  limit: number,
  exclude?: { from: number; to: number },
  options: { objectsThroughDeterminers?: boolean } = {},
): ActorMention[] {
  // "the Iran-aligned Houthis": a backer made into a modifier of the party named next is no subject.
  const candidates = mentionsWithin(index, clauseFrom, limit).filter(
    (m) =>
      !(exclude && m.start >= exclude.from && m.end <= exclude.to) &&
      !(PATRON.test(index.tokens[m.end - 1]?.text ?? '') && index.mentionAt.has(m.end)) &&
      !modifiesAThing(index, m),
  );
  // "in the French capital", "held by the Hamas group": a preposition before the determiner.
  const objectOfPreposition = (m: ActorMention) => {
    let p = m.start - 1;
    if (options.objectsThroughDeterminers)
      while (p > clauseFrom && OBJECT_DETERMINERS.has(index.tokens[p].lower)) p--;
    // "The UN mission in the DRC condemned": the place a body is posted in is no subject of its
    // own ("a ceasefire in the Ukraine war" names the war, not a place).
    else if (
      index.tokens[p]?.lower === 'the' &&
      LOCATIVES.has(index.tokens[p - 1]?.lower ?? '') &&
      POSTED_BODIES.has(index.tokens[p - 2]?.lower ?? '')
    )
      p--;
    if (p < 0 || !PREPOSITIONS.has(index.tokens[p].lower)) return false;
    if (headedByGroup(index, p) && !groupIsPartner(index, p, clauseFrom)) return false;
    // "Delegations from Veska and Ormund will meet": the parties a group of their people comes
    // from are the subject (a collective, "delegates from both sides", is read as a collective).
    if (
      index.tokens[p].lower === 'from' &&
      m.kind !== 'collective' &&
      GROUP_NOUNS.has(index.tokens[p - 1]?.lower ?? '')
    )
      return false;
    // "officials from Tehran and Washington" speak for them, as "representatives of" do.
    return !(
      options.objectsThroughDeterminers &&
      index.tokens[p].lower === 'from' &&
      GROUP_NOUNS.has(index.tokens[p - 1]?.lower ?? '')
    );
  };
  for (let k = candidates.length - 1; k >= 0; k--) {
    const m = candidates[k];
    if (m.codes.length === 0) continue;
    if (objectOfPreposition(m)) continue;
    const out = [m];
    // Coordination: "X and Y", "X, Y and Z", "X and other Western countries", and across titles:
    // "Foreign Minister Ilse Marrow and Ormund's chief negotiator Petr Vallo".
    let t = m.start - 1;
    let head = m;
    // "the armed group Oromo Liberation Army (OLA)": a short name in brackets goes with the name.
    const named =
      index.tokens[m.start - 1]?.text === '(' ? index.mentionEndingAt.get(m.start - 1) : undefined;
    if (named && index.tokens[m.end]?.text === ')') {
      // "the mission in the Democratic Republic of the Congo (DRC)": the short name is where the
      // long one is.
      if (objectOfPreposition(named)) continue;
      head = named;
      t = named.start - 1;
    }
    let objectChain: ActorMention | undefined;
    for (let guard = 0; guard < 4; guard++) {
      let k = t;
      while (k >= clauseFrom && k > head.start - 7 && !SUBJECT_COORD.has(index.tokens[k].lower)) {
        const w = index.tokens[k];
        if (
          w.text === ';' ||
          // "DOHA, Qatar — The United States …": a dash ends a dateline or an aside, no list goes
          // on across it.
          isDash(index, k) ||
          (w.kind === 'word' &&
            !/^\p{Lu}/u.test(w.text) &&
            !SKIP_BEFORE_COORD.has(w.lower) &&
            !isTitleWord(w.lower) &&
            // "Sharaa and the commander of the SDF": the "of" of an unnamed title before its party
            // (a named one, "Nylander, Representative of Norway", is a list of its own)
            !(
              w.lower === 'of' &&
              isTitleWord(index.tokens[k - 1]?.lower ?? '') &&
              index.tokens[k - 2]?.lower === 'the'
            ) &&
            w.lower !== "'s")
        )
          break;
        k--;
      }
      if (k < clauseFrom || !SUBJECT_COORD.has(index.tokens[k]?.lower ?? '')) break;
      // (the one that ends nearest the conjunction, the longest of those: "Myanmar's military
      // regime and the AA", not the "Myanmar" inside it)
      let prev: ActorMention | undefined;
      for (const c of candidates)
        if (
          c.end <= k &&
          c.end >= k - 6 &&
          (!prev || c.end > prev.end || (c.end === prev.end && c.start < prev.start))
        )
          prev = c;
      // "Moscow is Mr Assad's main ally and Russia …": a noun phrase that only starts with a party
      // ("X's main ally") is no item of the coordination.
      if (prev && !coordinable(index, prev.end, k)) break;
      // A preposition's object ends the coordination ("The leaders of X and Y" go on: both are the
      // group's parties); read through determiners, "talks between Russia and Ukraine" makes the
      // whole coordination an object.
      if (!prev) break;
      if (andOfParty(index, prev.start - 1)) {
        out.unshift(prev);
        head = prev;
        t = prev.start - 2;
        continue;
      }
      if (objectOfPreposition(prev)) {
        if (options.objectsThroughDeterminers) objectChain = prev;
        break;
      }
      const between = candidates.filter((c) => c.start > prev.start && c.end <= head.start);
      out.unshift(prev, ...between.filter((c) => !out.includes(c)));
      head = prev;
      t = prev.start - 1;
    }
    // "imposed by the United States, the EU and the UN": the whole coordination is an object.
    if (objectChain || (options.objectsThroughDeterminers && out.length > 1 && objectOfPreposition(out[0]))) {
      k = candidates.indexOf(objectChain ?? out[0]);
      continue;
    }
    return out;
  }
  return [];
}

/** The first words of the state forces nouns of more than one word ("security" of "security forces"). */
const forceFirstWords = (ctx: PipelineContext): ReadonlySet<string> =>
  cached(ctx, 'textindex.forceFirstWords', () => {
    const out = new Set<string>();
    for (const noun of stateForcesNouns(ctx))
      if (noun.includes(' ')) out.add(noun.slice(0, noun.indexOf(' ')));
    return out;
  });

/**
 * "the government's negotiating team … and the rebels announced a truce", "the army accused the
 * RSF …": a bare "the government" or "the army" the actors stage left unresolved (no state named
 * with it) is, in a story of one state against an armed group, that state's (as a speaker's is).
 */
function bareGovernments(
  doc: ParleyDocument,
  ctx: PipelineContext,
  tokens: Token[],
  mentions: ActorMention[],
): ActorMention[] {
  const forces = stateForcesNouns(ctx);
  const firstWords = forceFirstWords(ctx);
  const out: ActorMention[] = [];
  let government: string | undefined | null = null;
  for (let i = 1; i < tokens.length; i++) {
    // ("the security forces": a noun of two words, read from its first; the two words are joined
    // only after a first word of such a noun, not at every token)
    const two =
      i + 1 < tokens.length &&
      firstWords.has(tokens[i].lower) &&
      forces.has(`${tokens[i].lower} ${tokens[i + 1].lower}`);
    if (tokens[i].lower !== 'government' && !forces.has(tokens[i].lower) && !two) continue;
    const last = two ? i + 1 : i;
    // "the Saudi-backed government": the backer is a modifier (its own mention), the government
    // the story's.
    const backed = PATRON.test(tokens[i - 1].text) && tokens[i - 2]?.lower === 'the';
    if (tokens[i - 1].lower !== 'the' && !backed) continue;
    if (mentions.some((m) => m.start <= last && m.end > (backed ? i : i - 1))) continue;
    if (government === null) government = storyGovernment(doc, ctx);
    if (!government) return out;
    out.push({ start: backed ? i : i - 1, end: last + 1, codes: [government], kind: 'state' });
    i = last;
  }
  return out;
}

/** A mention and the parties listed on after it: "Egypt and Qatar", "the United States, Qatar and Egypt". */
export function listFrom(index: DocIndex, first: ActorMention): ActorMention[] {
  const out = [first];
  let next = first.end;
  for (;;) {
    const w = index.tokens[next]?.lower;
    if (w !== 'and' && w !== ',') break;
    const m = startingIn(index.mentions, next + 1, next + 2).find((x) => x.codes.length);
    // ("talks facilitated by Tarsia, the two sides said": a collective after the comma is the
    // subject of what follows, not one more party of the list)
    if (!m || m.kind === 'collective') break;
    out.push(m);
    next = m.end;
  }
  return out;
}

/** Prepositions of place before an issue's words ("at the … plant", "near the … site"). */
const ISSUE_PLACE_PREPOSITIONS = new Set(['at', 'near', 'around']);

/**
 * The words at token `start` are the object of a preposition of place, past an article: where
 * something else is done ("allow repairs at the Zaporizhzhia nuclear plant"), not what is done.
 */
export function namesAPlace(index: DocIndex, start: number): boolean {
  let k = start - 1;
  // (the place's own name between them: "at the Kessel nuclear power plant")
  for (let n = 0; n < 3 && k > 0 && /^\p{Lu}/u.test(index.tokens[k].text); n++) k--;
  if (/^(the|a|an)$/.test(index.tokens[k]?.lower ?? '')) k--;
  return ISSUE_PLACE_PREPOSITIONS.has(index.tokens[k]?.lower ?? '');
}

/** The finite forms of "be": a progressive's auxiliary ("was adding"), a judgement's copula ("were positive"). */
export const FINITE_BE = new Set(['is', 'are', 'was', 'were']);

/**
 * Verbs that press a party to act ("urged Ormund to …", "a plan that would require Kyiv to …"),
 * and wanting it done ("Washington wants Veska to uphold the deal": the one who wants it holds
 * the stance, not the party that is to act).
 */
export const PRESSING_VERBS =
  /^(require|requires|required|requiring|urge|urges|urged|urging|press|pressed|presses|pressing|force|forces|forced|forcing|ask|asks|asked|asking|pressure|pressured|pressures|pressuring|call|calls|called|calling|push|pushed|pushing|want|wants|wanted|wanting|persuade|persuades|persuaded|persuading|encourage|encourages|encouraged|encouraging)$/;

/** What may stand between a pressing verb and the last item of the list it presses. */
// ("called on all parties, including the governments of Veska and Ormund, to …": the parties
// pressed named in an apposition)
const PRESSED_LIST =
  /^(,|and|the|group|armed|militant|militia|rebel|all|parties|sides|including|governments|leaders|of|\p{Lu}.*)$/u;

/**
 * "urged Ormund to accept …", "called on Veska and Ormund to …": the pressing verb's token when the
 * subject found is the object of one, followed by "to"; undefined otherwise.
 */
export function pressedBy(index: DocIndex, subject: ActorMention[]): number | undefined {
  if (subject.length === 0) return undefined;
  const head = subject[0];
  const last = subject[subject.length - 1];
  // (back over the earlier items of a list the clause cut: "urged Veska, Tarsia, and the Council to")
  let before = head.start - 1;
  for (let n = 0; n < 12 && before > 0 && PRESSED_LIST.test(index.tokens[before].text); n++) before--;
  const verbAt = index.tokens[before]?.lower === 'on' ? before - 1 : before;
  // (the apposition closes on its comma before "to")
  const toAt = index.tokens[last.end]?.lower === ',' ? last.end + 1 : last.end;
  if (index.tokens[toAt]?.lower === 'to' && PRESSING_VERBS.test(index.tokens[verbAt]?.lower ?? ''))
    return verbAt;
  return mandativeVerbBefore(index, before);
}

/** Verbs whose "that" clause says what another party should do ("demanded that Ormund withdraw"). */
const MANDATIVE_VERBS =
  /^(demand|demands|demanded|demanding|urge|urges|urged|urging|ask|asks|asked|asking|request|requests|requested|requesting|require|requires|required|requiring)$/;

/** Words before which "demand", "request" are nouns ("rejected the demand that Veska withdraw"). */
const NOUN_MARKERS = /^(the|a|an|its|their|his|her|our|this|these|those|'s|’s)$/;

/**
 * "demanded that Veska and Ormund agree on a buffer zone", "urged that both armies withdraw": the
 * mandative verb's token when token `that` is the "that" opening the clause of the party pressed;
 * undefined otherwise. (A noun, "the demand that …", presses nobody by itself.)
 */
function mandativeVerbBefore(index: DocIndex, that: number): number | undefined {
  if (index.tokens[that]?.lower !== 'that') return undefined;
  const verb = index.tokens[that - 1]?.lower ?? '';
  if (!MANDATIVE_VERBS.test(verb) || NOUN_MARKERS.test(index.tokens[that - 2]?.lower ?? '')) return undefined;
  return that - 1;
}
