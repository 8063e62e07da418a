/**
 * A speaker named by a definite description — "the prime minister said", "the UN's envoy to Sudan
 * told the Council", "its deputy defence minister added" — is the person the article introduced
 * with that title ("Israeli Prime Minister Yair Lapid"), when one is: the person mentioned last
 * before the statement whose title (in the text before a mention, the role the text gives, or the
 * codebook's role at the article's date) holds the description's title words.
 */
import type { ParleyDocument, PipelineContext, Span, Statement } from '../model.js';
import { firstAtLeast, longestOf, overlapping, sortedView, within } from '../sorted.js';
import { canonicalPerson } from './persons.js';
import type { SpeakerRef } from './speaker.js';
import type { StatementLexicon } from './statements-lexicon.js';

const DEFINITE = new Set(['the', 'its', 'his', 'her', 'their', 'our']);
const INDEFINITE = new Set(['a', 'an', 'one', 'some', 'another', 'two', 'three', 'several', 'many']);
const PREPOSITION = new Set(['of', 'for', 'to', 'in', 'at', 'with', 'on']);
/** How far before a mention its title may stand ("U.S. Secretary of State Antony Blinken"). */
const TITLE_WINDOW = 48;

/**
 * The words of the title just before a mention, within its clause: "Israeli Prime Minister [Yair
 * Lapid]", "U.S. special envoy [Zalmay Khalilzad]" — not another person's title further back.
 */
function titleBefore(doc: ParleyDocument, at: number): string[] {
  const before = doc.text.slice(Math.max(0, at - TITLE_WINDOW), at);
  // ("The spokesman stated that President Kest …": the speaker's title and verb stand before
  // "that", not in the title of the person the content names)
  const clause =
    before.split(/[,;:.!?()\u2013\u2014"“”]\s|\s(?:and|or|with|by|to|said|says|stated|told|that)\s/i).pop() ??
    '';
  return wordsOf(clause);
}

/** How far before a name set off by commas its title may open ("Veska's envoy to the talks on …, Ida Marrow,"). */
const SET_OFF_TITLE_WINDOW = 100;

/**
 * The words of a title set off by commas before a name that a comma closes: "Ormund's envoy to
 * the Contact Group on the eastern settlement, Ida Marrow, urged …" — the title runs from the
 * clause's start to the comma before the name.
 */
function titleSetOffBefore(doc: ParleyDocument, at: number, end: number): string[] {
  if (!/^\s*,/.test(doc.text.slice(end, end + 3))) return [];
  const before = doc.text.slice(Math.max(0, at - SET_OFF_TITLE_WINDOW), at);
  const m = /(?:^|[.;:!?\n]\s*|\.\s*\/[A-Z]+\/\.\s*)([^,.;:!?\n]+),\s*$/.exec(before);
  return m ? wordsOf(m[1]) : [];
}

const wordsOf = (text: string): string[] =>
  text.toLowerCase().match(/[\p{L}\p{N}]+(?:[.'’][\p{L}]+)*/gu) ?? [];

export function describedPerson(
  doc: ParleyDocument,
  span: Span,
  ref: SpeakerRef,
  lex: StatementLexicon,
  ctx: PipelineContext,
): SpeakerRef | undefined {
  if (ref.entity !== undefined && doc.entities[ref.entity]?.kind === 'person') return undefined;
  // "the UN's envoy to Sudan, Volker Perthes, told …": the name set off after the description.
  const appositive = appositiveAfter(doc, span.end);
  if (appositive?.entity !== undefined && doc.entities[appositive.entity].kind === 'person')
    return personRef(doc, appositive.entity, ref);
  const all = wordsOf(doc.text.slice(span.start, span.end));
  if (all.length < 2 || INDEFINITE.has(all[0] ?? '')) return undefined;
  // "the prime minister's national security adviser": the title is what follows the patron.
  let patron = all.length - 1;
  while (patron >= 0 && !/['’]s$/.test(all[patron])) patron--;
  const words = patron > 0 && patron < all.length - 1 ? ['the', ...all.slice(patron + 1)] : all;
  // The title before its complement: "the UN's envoy [to Sudan]", "UN Envoy [for Syria]".
  let cut = words.findIndex((w, i) => i > 0 && PREPOSITION.has(w));
  if (cut < 0) cut = words.length;
  const title = words.slice(0, cut);
  const head = title[title.length - 1] ?? '';
  const office = lex.descriptionHeads.has(head);
  if (!office && !lex.speakerDescriptionHeads.has(head)) return undefined;
  const definite =
    DEFINITE.has(title[0]) || title.includes('s') || /['’]s\b/.test(doc.text.slice(span.start, span.end));
  if (!definite && !/^\p{Lu}/u.test(doc.text.slice(span.start, span.end))) return undefined;
  // The title words that tell one office from another ("prime" minister, "foreign" minister).
  // ("the former president" is one the article calls former, not the president it names.)
  const required = title.filter((w) => lex.roleWords.has(w) || w === 'former');
  if (!required.includes(head)) required.push(head);
  // The person so titled mentioned last before the description; else the first one named in the
  // sentences just after it ("…, its deputy defence minister said. Alexander Fomin told …").
  // Named in its paragraph, or in the next one (a lead's "The UN envoy announced …" is named below).
  const paragraphEnd = nextParagraphEnd(doc.text, doc.text.indexOf('\n', span.end));
  // A title bound to one party ("Iraqi Prime Minister") names one office-holder: anywhere below.
  // So does a title of several words that the patron's possessive sets apart ("the prime
  // minister's national security adviser", named with that title paragraphs below).
  const specific = patron > 0 && required.length >= 2;
  const horizon =
    paragraphEnd < 0 || typeof ref.actor === 'string' || specific ? doc.text.length : paragraphEnd;
  const titled = titledPersons(doc, ctx);
  const exact = titledBefore(doc, span, ref, titled, required, horizon);
  if (exact) return personRef(doc, exact.index, ref);
  // "the Veskan leader", "Veska's top diplomat": the person introduced by another title of that
  // office (its president, its foreign minister), the one mentioned last of all such.
  const own = title.slice(-2).join(' ');
  const synonyms = lex.descriptionSynonyms.get(own) ?? lex.descriptionSynonyms.get(head) ?? [];
  const rest = required.filter((w) => w === 'former');
  let found: { index: number; at: number } | undefined;
  for (const words of synonyms) {
    const other = titledBefore(doc, span, ref, titled, [...rest, ...words], horizon);
    // One mentioned before the description wins over one named only after it.
    const rank = (x: { at: number }) => (x.at < span.start ? x.at : -x.at);
    if (other && (!found || rank(other) > rank(found))) found = other;
  }
  if (found) return personRef(doc, found.index, ref);
  // (An office's title names its holder, not whoever spoke last: "the governor" is no fallback.)
  return definite && !office ? speakerJustBefore(doc, span, ref) : undefined;
}

/**
 * "Biden’s statement said", "a statement on her website said", "a statement from his spokesman
 * said": a text that a named person's possessive owns, or that stands on or comes through that
 * person's own channel, is that person's word. The texts and channels are the lexicon's
 * (`ownedTexts`, `ownChannels`, codebook `owned_texts`, `own_channels`). The person, or undefined.
 */
export function textOfPerson(doc: ParleyDocument, span: Span, lex: StatementLexicon): SpeakerRef | undefined {
  const said = doc.text.slice(span.start, span.end);
  const forms = ownTextForms(lex);
  if (!forms) return undefined;
  const words = wordsOf(said);
  // (every statement's speaker comes here: most name no owned text at all)
  if (!words.some((w) => lex.ownedTexts.has(w))) return undefined;
  if (!forms.own.test(said) && !forms.channel?.test(said)) return undefined;
  const pronoun = /^(?:his|her)$/i;
  const possessive = words.find((w) => pronoun.test(w) || /['’]s?$/.test(w));
  if (possessive === undefined) return undefined;
  // A name's possessive: the person it names.
  const named = within(doc.mentions, span.start, span.end).find(
    (m) => m.kind === 'person' && m.entity !== undefined && /^['’]/.test(doc.text.slice(m.end, m.end + 1)),
  );
  const person = named?.entity ?? (pronoun.test(possessive) ? personJustBefore(doc, span.start) : undefined);
  if (person === undefined) return undefined;
  const e = doc.entities[person];
  if (e?.kind !== 'person' || e.anonymous) return undefined;
  return personRef(doc, person, { name: e.name, actor: e.actor });
}

/** The lexicon's owned-text patterns, built once per lexicon. */
const ownTextFormsOf = new WeakMap<StatementLexicon, { own: RegExp; channel?: RegExp } | null>();

/**
 * "his statement", "Marrow’s written statement"; "a statement on her website", "the message from
 * his spokesman": the two forms of an owned text, from the lexicon's texts and channels.
 */
function ownTextForms(lex: StatementLexicon): { own: RegExp; channel?: RegExp } | null {
  let forms = ownTextFormsOf.get(lex);
  if (forms !== undefined) return forms;
  const texts = [...lex.ownedTexts].join('|');
  const channels = [...lex.ownChannels].join('|');
  forms = texts
    ? {
        own: new RegExp(`^(?:his|her|[\\p{L}.' -]+['’]s?)\\s+(?:[\\p{L}-]+\\s+)?(?:${texts})$`, 'iu'),
        channel: channels
          ? new RegExp(
              `^(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${texts})\\s+(?:on|from|by|via|in)\\s+(?:his|her|[\\p{L}.' -]+['’]s?)\\s+(?:${channels})$`,
              'iu',
            )
          : undefined,
      }
    : null;
  ownTextFormsOf.set(lex, forms);
  return forms;
}

/** How many sentences back a possessive pronoun's person is looked for. */
const POSSESSOR_SENTENCES = 2;

/**
 * The person "his" or "her" stands for: the first named person of the nearest sentence before (up
 * to POSSESSOR_SENTENCES back, the possessive's own sentence included) that names one.
 */
function personJustBefore(doc: ParleyDocument, at: number): number | undefined {
  const sentence = doc.sentences.findIndex((x) => x.start <= at && at < x.end);
  if (sentence < 0) return undefined;
  for (let k = sentence; k >= Math.max(0, sentence - POSSESSOR_SENTENCES); k--) {
    const x = doc.sentences[k];
    const person = within(doc.mentions, x.start, Math.min(x.end, at)).find(
      (m) => m.kind === 'person' && m.entity !== undefined && !doc.entities[m.entity]?.anonymous,
    );
    if (person) return person.entity;
  }
  return undefined;
}

/** How far back, in characters, the named speaker that a description goes on with may have spoken. */
const SPEAKER_WINDOW = 600;

/**
 * "Veskan negotiator Ida Marrow said the talks had stalled. “We will not give up,” the official
 * said.": a definite description that no title the article gives matches stands, as news writes,
 * for the person who spoke just before — the statement found last before it, when its speaker is a
 * named person of no other party and no other person is named between. That person, or undefined.
 */
function speakerJustBefore(doc: ParleyDocument, span: Span, ref: SpeakerRef): SpeakerRef | undefined {
  let last: Statement | undefined;
  for (let k = doc.statements.length - 1; k >= 0; k--) {
    const s = doc.statements[k];
    if (s.end > span.start || s.end < span.start - SPEAKER_WINDOW) continue;
    if (!last || s.end > last.end) last = s;
  }
  if (!last || last.entity === undefined || last.anonymous) return undefined;
  const e = doc.entities[last.entity];
  if (e?.kind !== 'person' || e.anonymous) return undefined;
  if (ref.actor && e.actor && JSON.stringify(ref.actor) !== JSON.stringify(e.actor)) return undefined;
  // Another person named since ("… Kest said. Lind met Marrow. The official said") may be the one meant.
  const between = within(doc.mentions, last.end, span.start);
  if (between.some((m) => m.kind === 'person' && m.entity !== last.entity)) return undefined;
  return personRef(doc, last.entity, ref);
}

/**
 * The person whose titles hold all the `required` words, mentioned last before the description;
 * else the first one named after it before `horizon`.
 */
function titledBefore(
  doc: ParleyDocument,
  span: Span,
  ref: SpeakerRef,
  titled: ReturnType<typeof titledPersons>,
  required: string[],
  horizon: number,
): { index: number; at: number } | undefined {
  let best: { index: number; at: number } | undefined;
  let next: { index: number; at: number } | undefined;
  const head = required[required.length - 1] ?? '';
  // Only persons whose titles hold the head word can hold all the required words.
  for (const index of titled.byWord.get(head) ?? []) {
    const e = doc.entities[index];
    // A description of a party ("Iran's foreign minister") is of a person of that party.
    if (ref.actor && e.actor && JSON.stringify(ref.actor) !== JSON.stringify(e.actor)) continue;
    const { known, starts } = titled.persons[index];
    if (!required.every((w) => known.has(w))) continue;
    const before = firstAtLeast(starts, span.start, (at) => at);
    const last = before > 0 ? starts[before - 1] : -1;
    const after = starts[firstAtLeast(starts, span.end + 1, (at) => at)];
    const first = after !== undefined && after < horizon ? after : Number.POSITIVE_INFINITY;
    if (last >= 0 && (!best || last > best.at)) best = { index, at: last };
    if (last < 0 && first < horizon && (!next || first < next.at)) next = { index, at: first };
  }
  return best ?? next;
}

/**
 * The person named right after a description, set off by commas ("the UN's envoy to Sudan,
 * Volker Perthes, told …"): read from where the description ends, as long as only white space and
 * one comma stand between (mentions are in text order; past anything else, none can follow).
 */
function appositiveAfter(doc: ParleyDocument, end: number) {
  for (let i = firstAtLeast(doc.mentions, end + 1, (m) => m.start); i < doc.mentions.length; i++) {
    const m = doc.mentions[i];
    const between = doc.text.slice(end, m.start);
    if (!/^\s*,?\s*$/.test(between)) return undefined;
    if (
      m.kind === 'person' &&
      m.entity !== undefined &&
      /^\s*,\s*$/.test(between) &&
      /^\s*,/.test(doc.text.slice(m.end, m.end + 3))
    )
      return m;
  }
  return undefined;
}

/**
 * For each person of the document (not anonymous), the words of the titles it is known by — the
 * role the text gives, the codebook's at the article's date, and the title before each of its
 * mentions — and where it is mentioned, sorted; and the persons by each such word. Built once per
 * document: reading every mention's title for each description made the work grow with the square
 * of the document's length.
 */
const titledCache = new WeakMap<
  ParleyDocument['entities'],
  {
    mentions: number;
    persons: Array<{ known: Set<string>; starts: number[] }>;
    byWord: Map<string, number[]>;
  }
>();

function titledPersons(doc: ParleyDocument, ctx: PipelineContext) {
  const hit = titledCache.get(doc.entities);
  if (hit && hit.mentions === doc.mentions.length) return hit;
  const byWord = new Map<string, number[]>();
  const persons = doc.entities.map((e, index) => {
    const known = new Set<string>();
    const starts: number[] = [];
    if (e.kind !== 'person' || e.anonymous) return { known, starts };
    for (const w of wordsOf(e.role ?? '')) known.add(w);
    const canon = canonicalPerson(e.name, doc.date, ctx.codebook);
    for (const w of wordsOf(canon?.role ?? '')) known.add(w);
    for (const m of e.mentions) {
      const mention = doc.mentions[m];
      for (const w of titleBefore(doc, mention.start)) known.add(w);
      for (const w of titleSetOffBefore(doc, mention.start, mention.end)) known.add(w);
      starts.push(mention.start);
    }
    starts.sort((a, b) => a - b);
    for (const w of known) {
      const list = byWord.get(w);
      if (list) list.push(index);
      else byWord.set(w, [index]);
    }
    return { known, starts };
  });
  const built = { mentions: doc.mentions.length, persons, byWord };
  titledCache.set(doc.entities, built);
  return built;
}

function personRef(doc: ParleyDocument, index: number, ref: SpeakerRef): SpeakerRef {
  const e = doc.entities[index];
  return {
    entity: index,
    name: e.name,
    actor: e.actor ?? ref.actor,
    ...(e.role || ref.role ? { role: e.role ?? ref.role } : {}),
  };
}

// A participle or a preposition of time that opens a fronted adjunct ("Speaking after the talks,",
// "After the meeting,"), up to its comma.
const FRONTED_ADJUNCT =
  /^(?:\p{L}+ing|after|following|during|before|at|in|on|later|earlier)\b[^,.;:“”"]*,\s*/iu;

/** The length of the fronted adjunct that opens a sentence, or 0. */
const frontedAdjunctLength = (sentence: string) => FRONTED_ADJUNCT.exec(sentence)?.[0].length ?? 0;

/**
 * "Putin made a remark after the talks. “We have agreed …,” he announced.": a "he" or "she" that
 * speaks right after a sentence whose subject is a person, and that holds no statement, stands for
 * that person rather than for the last speaker. Returns that person, or undefined.
 */
export function sentenceSubjectBefore(
  doc: ParleyDocument,
  sentence: number,
  lex: StatementLexicon,
): SpeakerRef | undefined {
  const prev = doc.sentences[sentence - 1];
  if (!prev) return undefined;
  // The statements found so far, by where they start (they are added roughly in text order).
  const byStart = sortedView(doc.statements, 'statements by start', (s) => s.start);
  if (overlapping(byStart, prev.start, prev.end, longestOf(doc.statements)).length) return undefined;
  // "Speaking after the meeting, Michel gave …", "After the talks, Kest said …": a fronted
  // adjunct set off by a comma stands before the subject, not in its place.
  const from = prev.start + frontedAdjunctLength(doc.text.slice(prev.start, prev.end));
  const person = within(doc.mentions, from, prev.end).find(
    (m) => m.kind === 'person' && m.entity !== undefined && doc.entities[m.entity]?.kind === 'person',
  );
  if (!person || person.entity === undefined) return undefined;
  // Only titles before the name: "U.S. Special Representative Zalmay Khalilzad reacted …".
  const lead = wordsOf(doc.text.slice(from, person.start));
  const raw = doc.text.slice(from, person.start).match(/\S+/g) ?? [];
  const titleOnly = raw.every((w) => /^\p{Lu}/u.test(w) || lex.roleWords.has(w.toLowerCase()) || w === 'the');
  if (!titleOnly || lead.length > 6) return undefined;
  const e = doc.entities[person.entity];
  if (e.anonymous) return undefined;
  return { entity: person.entity, name: e.name, actor: e.actor, ...(e.role ? { role: e.role } : {}) };
}

/** Nouns of texts that speak, in the groups whose members may name one text. */
const DOCUMENT_GROUPS = [
  ['statement', 'declaration', 'communique', 'communiqué', 'document', 'readout', 'text'],
  ['agreement', 'accord', 'deal', 'treaty', 'memorandum'],
];

/**
 * How far back the fuller mention of a text is looked for: farther than any news report is long
 * (the longest of some 1,400 real ones has 34,000 characters). Reading all the text before each
 * "the statement said" made a long document's work grow with the square of its length.
 */
const ANTECEDENT_WINDOW = 50_000;

/**
 * The issuers after "from"/"by"/"of": words up to a comma or a full stop, where the stop of an
 * initial ("the U.S.") ends nothing, and a list of capitalised names set off by commas goes on
 * ("from the U.S., EU, Britain and Canada").
 */
const ISSUER_WORD = '(?:[^,.;:“”"]|(?<=\\b\\p{Lu})\\.)';
const LIST_NAME = "(?:the\\s+)?\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,3}";
const COMPLEMENT = `${ISSUER_WORD}{3,80}?(?:,\\s+(?:and\\s+)?${LIST_NAME}(?:\\s+and\\s+${LIST_NAME})?)*`;

/**
 * "The statement said …" after "A joint statement from the two leaders, released by the White
 * House, said …": a text named again by its noun is the one the article introduced in full. The
 * span of that first, fuller mention ("A joint statement from the two leaders"), or undefined.
 */
export function documentAntecedent(doc: ParleyDocument, span: Span, before = span.start): Span | undefined {
  const words = wordsOf(doc.text.slice(span.start, span.end));
  if (words.length > 3 || !DEFINITE.has(words[0] ?? '') || words[0] === 'our') return undefined;
  const head = words[words.length - 1] ?? '';
  const group = DOCUMENT_GROUPS.find((g) => g.includes(head));
  if (!group) return undefined;
  const nouns = group.join('|');
  const re = new RegExp(
    `\\b(?:an?|the)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(?:${nouns})\\s+(?:(?:issued|released|signed|adopted)\\s+)?(?:from|by|of)\\s+${COMPLEMENT}(?=\\s*(?:[,;:]|(?<!\\b\\p{Lu})\\.|\\s(?:said|says|stated|states|read|reads|added|called|urged|noted|stressed|welcomed)\\b))`,
    'giu',
  );
  // The text before, up to ANTECEDENT_WINDOW characters back (from a space, not mid-word).
  let from = Math.max(0, before - ANTECEDENT_WINDOW);
  while (from > 0 && from < before && !/\s/.test(doc.text[from - 1])) from++;
  const m = re.exec(doc.text.slice(from, before));
  if (!m) return undefined;
  const start = from + m.index;
  // The complement ends before a verb or an adverb: "… by China's foreign ministry [also cited …]".
  const complement = /\s(?:from|by|of)\s/i.exec(m[0]);
  let end = m[0].length;
  if (complement) {
    const tail = /\s(?:[a-z]+(?:ed|ly)|also|then|later|on|in|at|after|during)\b/.exec(
      m[0].slice(complement.index + complement[0].length),
    );
    if (tail) end = complement.index + complement[0].length + tail.index;
  }
  return { start, end: start + end };
}

/** Nouns that name a text of any kind again. */
const GENERIC_TEXTS = new Set(['document', 'text']);

/** How far back a party that spoke "in a statement" is looked for, in characters. */
const ISSUER_WINDOW = 6_000;

/**
 * "Veska's Foreign Ministry said in a statement …" then "the statement said …": a text named again
 * by its noun is the one the party last issued — the statement found so far whose cue the noun
 * follows ("said in a statement", "issued a statement saying"). Returns that statement, or undefined.
 */
export function issuedDocument(doc: ParleyDocument, span: Span): Statement | undefined {
  const words = wordsOf(doc.text.slice(span.start, span.end));
  if (words.length > 3 || words[0] !== 'the') return undefined;
  const head = words[words.length - 1] ?? '';
  if (!DOCUMENT_GROUPS[0].includes(head)) return undefined;
  // "the document", "the text" name again a text of any kind ("said in a press communique").
  const nouns = GENERIC_TEXTS.has(head) ? DOCUMENT_GROUPS[0].join('|') : head;
  const noun = new RegExp(
    `^[\\s,]*(?:in|with|issuing|issued|released)\\s+(?:an?|its|their|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${nouns})\\b`,
    'iu',
  );
  const inCue = new RegExp(`\\b(?:${nouns})\\b`, 'iu');
  const opensLead = new RegExp(`\\bin\\s+an?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${nouns})\\b[^.;:“”"]*$`, 'iu');
  for (let k = doc.statements.length - 1; k >= 0; k--) {
    const s = doc.statements[k];
    if (s.start >= span.start) continue;
    if (s.start < span.start - ISSUER_WINDOW) break;
    if (!s.cueSpan) continue;
    // The frame: from the speaker to the end of the cue ("issued a statement saying").
    const from = s.speakerSpan && s.speakerSpan.end < s.cueSpan.start ? s.speakerSpan.end : s.cueSpan.start;
    const cue = s.cueSpan.start - from < 80 ? doc.text.slice(from, s.cueSpan.end) : '';
    const after = doc.text.slice(s.cueSpan.end, s.cueSpan.end + 60);
    // "…, said Veska, Ormund and Tarsia in a joint statement": the noun after an inverted speaker.
    const said = s.speakerSpan;
    const afterSpeaker = said && said.start >= s.cueSpan.end ? doc.text.slice(said.end, said.end + 60) : '';
    // "In a statement published on Monday, the council said …"
    const lead = s.speakerSpan
      ? doc.text.slice(Math.max(0, s.speakerSpan.start - 80), s.speakerSpan.start)
      : '';
    if (inCue.test(cue) || noun.test(after) || noun.test(afterSpeaker) || opensLead.test(lead))
      // The nearest such statement is the one meant; an issuer with no party or no name gives none.
      return s.actor && !s.anonymous ? s : undefined;
  }
  return undefined;
}

/**
 * "…,” said the summit's final communique", then "the document also reaffirms …": a text named
 * again by a noun of its kind is the text that last spoke under a fuller name of that kind (the
 * statement found so far whose speaker ends with a text noun and says more than these words), or
 * a text an outlet carried named again by its noun (the lexicon's `carriedTexts`, codebook
 * `carried_texts`). Returns that statement, or undefined.
 */
export function documentSpokenBefore(
  doc: ParleyDocument,
  span: Span,
  lex: StatementLexicon,
): Statement | undefined {
  const words = wordsOf(doc.text.slice(span.start, span.end));
  if (words.length > 3 || !DEFINITE.has(words[0] ?? '') || words[0] === 'our') return undefined;
  const texts = DOCUMENT_GROUPS[0];
  if (!texts.includes(words[words.length - 1] ?? '') && !lex.carriedTexts.has(words[words.length - 1] ?? ''))
    return undefined;
  for (let k = doc.statements.length - 1; k >= 0; k--) {
    const s = doc.statements[k];
    if (s.start >= span.start) continue;
    if (s.start < span.start - ISSUER_WINDOW) break;
    if (!s.speakerSpan || s.anonymous) continue;
    const said = wordsOf(doc.text.slice(s.speakerSpan.start, s.speakerSpan.end));
    if (said.length > words.length && texts.includes(said[said.length - 1] ?? '')) return s;
    // "according to a report in the Tidewire", then "the report added": a text and its outlet.
    const head = words[words.length - 1];
    if (lex.carriedTexts.has(head) && said[said.indexOf(head) + 1] === 'in') return s;
  }
  return undefined;
}

/** How far back the body that a description names is looked for, in characters. */
const BODY_WINDOW = 6_000;

// How many words (past "the") a body's short form may have: "the Defence Intelligence".
const SHORT_FORM_WORDS = 4;

/**
 * "The Coastal Directorate of the Veskan Defence Ministry said …", then "the Coastal Directorate
 * said": a body named again by the opening words of its full name, two or more past "the", is the
 * speaker that last spoke under that full name, and speaks for its party. The party, or undefined.
 */
function bodyNamedInFull(doc: ParleyDocument, span: Span, words: string[]): SpeakerRef['actor'] | undefined {
  if (words[0] !== 'the') return undefined;
  const short = words.slice(1);
  if (short.length < 2 || short.length > SHORT_FORM_WORDS) return undefined;
  for (let k = doc.statements.length - 1; k >= 0; k--) {
    const s = doc.statements[k];
    if (s.start >= span.start) continue;
    if (s.start < span.start - BODY_WINDOW) break;
    if (!s.speakerSpan || s.anonymous || !s.actor) continue;
    const said = wordsOf(doc.text.slice(s.speakerSpan.start, s.speakerSpan.end));
    const full = said[0] === 'the' ? said.slice(1) : said;
    // ("of", "for" next: the full name goes on past the words given again)
    if (full.length > short.length && short.every((w, i) => full[i] === w)) return s.actor;
  }
  return undefined;
}

/**
 * "The Office of the Ormundi Prime Minister said …", then "the office said": a body named again by
 * the head of its name is the one that last spoke with that head, and speaks for its party. Returns
 * that party (the speaker keeps the words the text gives), or undefined.
 */
export function describedBodyActor(
  doc: ParleyDocument,
  span: Span,
  lex: StatementLexicon,
): SpeakerRef['actor'] | undefined {
  const words = wordsOf(doc.text.slice(span.start, span.end));
  const shortened = bodyNamedInFull(doc, span, words);
  if (shortened !== undefined) return shortened;
  if (words.length > 3 || !DEFINITE.has(words[0] ?? '')) return undefined;
  const head = words[words.length - 1] ?? '';
  if (!lex.bodyHeads.has(head)) return undefined;
  for (let k = doc.statements.length - 1; k >= 0; k--) {
    const s = doc.statements[k];
    if (s.start >= span.start) continue;
    if (s.start < span.start - BODY_WINDOW) break;
    if (!s.speakerSpan || s.anonymous) continue;
    const said = wordsOf(doc.text.slice(s.speakerSpan.start, s.speakerSpan.end));
    // The body's own name holds the head ("Office of Prime Minister …", "SABA news agency").
    if (said.length > words.length && said.includes(head)) return s.actor ?? undefined;
  }
  return officeHolderParty(doc, span, lex.bodyOffices.get(head));
}

/**
 * "the presidency said", no presidency named before: the party of the person the story last
 * titles president before it (else first after it), when that person has one.
 */
function officeHolderParty(
  doc: ParleyDocument,
  span: Span,
  titles: string[][] | undefined,
): string | undefined {
  if (!titles) return undefined;
  let before: { at: number; actor: string } | undefined;
  let after: { at: number; actor: string } | undefined;
  for (const e of doc.entities) {
    if (e.kind !== 'person' || typeof e.actor !== 'string' || !e.role) continue;
    const role = wordsOf(e.role);
    if (!titles.some((t) => t.every((w) => role.includes(w)))) continue;
    for (const i of e.mentions) {
      const at = doc.mentions[i].start;
      if (at < span.start && (!before || at > before.at)) before = { at, actor: e.actor };
      if (at >= span.end && (!after || at < after.at)) after = { at, actor: e.actor };
    }
  }
  return (before ?? after)?.actor;
}

/** The end of the paragraph after the line break at `at` (-1: none), skipping blank lines. */
function nextParagraphEnd(text: string, at: number): number {
  if (at < 0) return -1;
  let k = at;
  while (k < text.length && /\s/.test(text[k])) k++;
  return text.indexOf('\n', k);
}
