/**
 * A speaker named by a definite description — "the prime minister said", "the UN's envoy to Sudan
 * told the Council", "its deputy defence minister added" — is the person the article introduced
 * with that title ("Israeli Prime Minister Yair Lapid"), when one is: the person mentioned last
 * before the statement whose title (in the text before a mention, the role the text gives, or the
 * codebook's role at the article's date) holds the description's title words.
 */
import type { ParleyDocument, PipelineContext, Span } from '../model.js';
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
  const clause = before.split(/[,;:.!?()\u2013\u2014"“”]\s|\s(?:and|or|with|by|to|said|says)\s/i).pop() ?? '';
  return wordsOf(clause);
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
  const appositive = doc.mentions.find(
    (m) =>
      m.kind === 'person' &&
      m.entity !== undefined &&
      m.start > span.end &&
      /^\s*,\s*$/.test(doc.text.slice(span.end, m.start)) &&
      /^\s*,/.test(doc.text.slice(m.end, m.end + 3)),
  );
  if (appositive?.entity !== undefined && doc.entities[appositive.entity].kind === 'person')
    return personRef(doc, appositive.entity, ref);
  const words = wordsOf(doc.text.slice(span.start, span.end));
  if (words.length < 2 || INDEFINITE.has(words[0] ?? '')) return undefined;
  // The title before its complement: "the UN's envoy [to Sudan]", "UN Envoy [for Syria]".
  let cut = words.findIndex((w, i) => i > 0 && PREPOSITION.has(w));
  if (cut < 0) cut = words.length;
  const title = words.slice(0, cut);
  const head = title[title.length - 1] ?? '';
  if (!lex.descriptionHeads.has(head)) return undefined;
  const definite =
    DEFINITE.has(title[0]) || title.includes('s') || /['’]s\b/.test(doc.text.slice(span.start, span.end));
  if (!definite && !/^\p{Lu}/u.test(doc.text.slice(span.start, span.end))) return undefined;
  // The title words that tell one office from another ("prime" minister, "foreign" minister).
  // ("the former president" is one the article calls former, not the president it names.)
  const required = title.filter((w) => lex.roleWords.has(w) || w === 'former');
  if (!required.includes(head)) required.push(head);
  // The person so titled mentioned last before the description; else the first one named in the
  // sentences just after it ("…, its deputy defence minister said. Alexander Fomin told …").
  const paragraphEnd = doc.text.indexOf('\n', span.end);
  const horizon = paragraphEnd < 0 ? doc.text.length : paragraphEnd;
  let best: { index: number; at: number } | undefined;
  let next: { index: number; at: number } | undefined;
  doc.entities.forEach((e, index) => {
    if (e.kind !== 'person' || e.anonymous) return;
    // A description of a party ("Iran's foreign minister") is of a person of that party.
    if (ref.actor && e.actor && JSON.stringify(ref.actor) !== JSON.stringify(e.actor)) return;
    const known = new Set(wordsOf(e.role ?? ''));
    const canon = canonicalPerson(e.name, doc.date, ctx.codebook);
    for (const w of wordsOf(canon?.role ?? '')) known.add(w);
    let last = -1;
    let first = Number.POSITIVE_INFINITY;
    for (const m of e.mentions) {
      const mention = doc.mentions[m];
      for (const w of titleBefore(doc, mention.start)) known.add(w);
      if (mention.start < span.start) last = Math.max(last, mention.start);
      else if (mention.start > span.end && mention.start < horizon) first = Math.min(first, mention.start);
    }
    if (!required.every((w) => known.has(w))) return;
    if (last >= 0 && (!best || last > best.at)) best = { index, at: last };
    if (last < 0 && first < horizon && (!next || first < next.at)) next = { index, at: first };
  });
  const found = best ?? next;
  return found ? personRef(doc, found.index, ref) : undefined;
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
  if (!prev || doc.statements.some((s) => s.start < prev.end && s.end > prev.start)) return undefined;
  const person = doc.mentions.find(
    (m) =>
      m.start >= prev.start &&
      m.end <= prev.end &&
      m.kind === 'person' &&
      m.entity !== undefined &&
      doc.entities[m.entity]?.kind === 'person',
  );
  if (!person || person.entity === undefined) return undefined;
  // Only titles before the name: "U.S. Special Representative Zalmay Khalilzad reacted …".
  const lead = wordsOf(doc.text.slice(prev.start, person.start));
  const raw = doc.text.slice(prev.start, person.start).match(/\S+/g) ?? [];
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
 * "The statement said …" after "A joint statement from the two leaders, released by the White
 * House, said …": a text named again by its noun is the one the article introduced in full. The
 * span of that first, fuller mention ("A joint statement from the two leaders"), or undefined.
 */
export function documentAntecedent(doc: ParleyDocument, span: Span): Span | undefined {
  const words = wordsOf(doc.text.slice(span.start, span.end));
  if (words.length > 3 || !DEFINITE.has(words[0] ?? '') || words[0] === 'our') return undefined;
  const head = words[words.length - 1] ?? '';
  const group = DOCUMENT_GROUPS.find((g) => g.includes(head));
  if (!group) return undefined;
  const nouns = group.join('|');
  const re = new RegExp(
    `\\b(?:an?|the)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(?:${nouns})\\s+(?:(?:issued|released|signed|adopted)\\s+)?(?:from|by|of)\\s+[^,.;:“”"]{3,80}?(?=\\s*(?:[,.;:]|\\s(?:said|says|stated|states|read|reads|added|called|urged|noted|stressed|welcomed)\\b))`,
    'giu',
  );
  const before = doc.text.slice(0, span.start);
  const m = re.exec(before);
  if (!m) return undefined;
  // The complement ends before a verb or an adverb: "… by China's foreign ministry [also cited …]".
  const complement = /\s(?:from|by|of)\s/i.exec(m[0]);
  let end = m[0].length;
  if (complement) {
    const tail = /\s(?:[a-z]+(?:ed|ly)|also|then|later|on|in|at|after|during)\b/.exec(
      m[0].slice(complement.index + complement[0].length),
    );
    if (tail) end = complement.index + complement[0].length + tail.index;
  }
  return { start: m.index, end: m.index + end };
}
