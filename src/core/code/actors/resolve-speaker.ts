/**
 * Who a speaker span (found by the statements stage) is: the entity, the fullest name the text
 * gives, the party, the role, whether anonymous — from the mention that heads the phrase, a pair
 * ("Veska and Ormund said"), a pronoun or possessive, or a name no mention covers.
 */

import type { Entity, Mention, ParleyDocument, PipelineContext, Span } from '../../model.js';
import { firstAtLeast, overlapping, sortedView, startingIn, within } from '../../sorted.js';
import { tokenize } from '../gazetteer.js';
import { cached } from '../issues.js';
import { canonicalPerson, misspeltSurname, nameKey, personsNamed, surnameKey } from '../persons.js';
import type { SpeakerRef, SpeakerResolver } from '../speaker.js';
import { VISIT_PARTICIPLES } from '../statements-phrases.js';
import { PATRON } from '../textindex.js';
import { groupAntecedent } from './anaphors.js';
import { datelineState } from './governments.js';
import { actorLexicon, type Gender, PRONOUN_GENDER } from './lexicon.js';
import {
  dominantState,
  mainParties,
  partiesCollective,
  stateForcesNouns,
  stateMentionCounts,
  storyGovernment,
} from './main-parties.js';
import { ensureAnalysed, genders } from './stage.js';

const SPEAKER_PRIORITY: Record<string, number> = {
  government: 6,
  anonymous: 6,
  'both-sides': 6,
  person: 5,
  group: 4,
  outlet: 3,
  pronoun: 2,
  actor: 1,
};

function priorityOf(m: Mention): number {
  if (m.via === 'government') return SPEAKER_PRIORITY.government;
  if (m.kind === 'anonymous') return SPEAKER_PRIORITY.anonymous;
  if (partiesCollective(m)) return SPEAKER_PRIORITY['both-sides'];
  if (m.kind === 'person') return SPEAKER_PRIORITY.person;
  if (m.provenance.rule.startsWith('actors.group')) return SPEAKER_PRIORITY.group;
  if (m.kind === 'outlet') return SPEAKER_PRIORITY.outlet;
  if (m.kind === 'pronoun') return SPEAKER_PRIORITY.pronoun;
  return SPEAKER_PRIORITY.actor;
}

function refFromEntity(doc: ParleyDocument, index: number): SpeakerRef {
  const e = doc.entities[index];
  return { entity: index, name: e.name, actor: e.actor, role: e.role, anonymous: e.anonymous };
}

/** The previous statement's speaker, when the pronoun can stand for that person. */
function previousSpeaker(doc: ParleyDocument, span: Span, gender?: Gender): number | undefined {
  // The statement of an entity that starts last before the span (the first of those that start
  // together), read back from the span in the statements sorted by start.
  const byStart = sortedView(
    doc.statements,
    'entity statements by start',
    (s) => s.start,
    (s) => s.entity !== undefined,
  );
  let best: (typeof doc.statements)[number] | undefined;
  for (let k = firstAtLeast(byStart, span.start, (s) => s.start) - 1; k >= 0; k--) {
    const s = byStart[k];
    if (best && s.start < best.start) break;
    if (s.speakerSpan && s.speakerSpan.start >= span.start) continue;
    best = s;
  }
  if (!best || best.entity === undefined) return undefined;
  const ent = doc.entities[best.entity];
  if (ent?.kind !== 'person') return undefined;
  const g = genders.get(doc)?.get(best.entity);
  if (gender && g && g !== gender) return undefined;
  // Only a recent statement: within the last few paragraphs of text.
  if (span.start - best.end > 1200) return undefined;
  return best.entity;
}

/**
 * Who a speaker span (found by the statements stage) is: the entity, the fullest name the text
 * gives, the party, the role, whether anonymous.
 */
export const resolveSpeaker: SpeakerResolver = (doc, span, ctx) => {
  const ref = resolvePhrase(doc, span, ctx);
  return ref.actor === null ? (ministryOfTheStory(doc, span, ref) ?? ref) : ref;
};

/** A ministry named without its state ("The ministry said", "the Ministry of Commerce"), not a health ministry's. */
const STATELESS_MINISTRY = /\bministry\b/i;
const HEALTH = /\bhealth\b/i;

/**
 * "China imposed tariffs on 106 US products. The ministry said …": a ministry the text does not
 * tie to a state speaks for the state the story has just told acting (the party "it" would stand
 * for there). A health ministry is left alone: in a war it counts the dead of the other side.
 */
function ministryOfTheStory(doc: ParleyDocument, span: Span, ref: SpeakerRef): SpeakerRef | undefined {
  const text = doc.norm.slice(span.start, span.end);
  if (!STATELESS_MINISTRY.test(text) || HEALTH.test(text)) return undefined;
  const k = groupAntecedent(doc, span.start, false);
  const m = k === undefined ? undefined : doc.mentions[k];
  return m?.kind === 'state' && typeof m.actor === 'string' ? { ...ref, actor: m.actor } : undefined;
}

const resolvePhrase: SpeakerResolver = (doc, span, ctx) => {
  ensureAnalysed(doc, ctx);
  const office = officeTextSpeaker(doc, span, doc.text.slice(span.start, span.end), ctx);
  if (office) return office;
  // "Russia's envoy to the United Nations, Vassily Nebenzia,": the name set off by commas speaks.
  const named = startingIn(doc.mentions, span.start + 1, span.end).find(
    (m) =>
      m.kind === 'person' &&
      m.start > span.start &&
      m.end <= span.end &&
      /,\s*$/.test(doc.norm.slice(span.start, m.start)) &&
      /^\s*(?:,|$)/.test(doc.norm.slice(m.end, span.end)),
  );
  if (named?.entity !== undefined) return refFromEntity(doc, named.entity);
  const list = listSpeaker(doc, span, ctx);
  if (list) return list;
  const core = speakerCore(doc, span, ctx);
  let inside = overlapping(doc.mentions, core.start, core.end);
  // "Prime Minister Oren Taskel of Carnessa": the person is the head, "of …" their post.
  const person = inside.find((m) => m.kind === 'person' && /^\s+of\s/.test(doc.norm.slice(m.end, core.end)));
  if (person) {
    core.end = person.end;
    inside = inside.filter((m) => m.start < core.end);
  }
  const text = doc.text.slice(core.start, core.end);
  if (inside.length === 0) return fallbackSpeaker(doc, core, ctx);
  const pair = pairSpeaker(doc, core, inside, ctx);
  if (pair) return pair;
  // A phrase that is one mention as a whole: "a senior U.S. official", "Trump's administration".
  const whole = inside.find(
    (m) => m.end >= core.end && (m.via === 'government' || m.kind === 'anonymous' || partiesCollective(m)),
  );
  if (whole) {
    const ref = fromMention(doc, whole, span, ctx);
    // "a junta source", "a senior government official", no state named: as "the government" alone.
    const government =
      ref.actor === null && whole.kind === 'anonymous' && bareGovernment(nameKey(text), ctx)
        ? storyGovernment(doc, ctx)
        : undefined;
    return government ? { ...ref, actor: government } : ref;
  }
  // "Ukraine's allies said": others than the state named, none of whom the phrase names.
  const lastWord = tokenize(doc.norm, core.start, core.end)
    .filter((t) => t.word)
    .pop();
  if (
    lastWord &&
    cueWords(ctx, 'other_party_nouns').has(lastWord.key) &&
    inside.every((m) => m.start < lastWord.start && m.kind === 'state')
  )
    return { name: text, actor: null };
  // Otherwise the head, the last word of the phrase, decides: "Clinton spokesman Nick Merrill" is
  // Merrill; "the Trump campaign" is the campaign, speaking for Trump's side.
  let head: Mention | undefined;
  for (const m of inside) if (m.end >= core.end && (!head || priorityOf(m) > priorityOf(head))) head = m;
  const preposition = head && dependsOnPreposition(doc, core, head, ctx);
  if (head && preposition) {
    // "Critics of the Houthis", "opponents of the deal's backers": those set against the party
    // named after the preposition speak for none of its side (codebook `critic_nouns`).
    if (criticsOf(doc, core, head, ctx)) return { name: text, actor: null };
    // "mediators between Hamas and Israel": the sides are not the speaker's; only a party named
    // before "between" is ("the Egyptian mediators between …").
    if (preposition.key === 'between') {
      const own = inside.find((m) => m.end <= preposition.start && m.kind !== 'pronoun');
      return { name: text, actor: own ? fromMention(doc, own, span, ctx).actor : null };
    }
    // "advisers to Mr. Obama", "a spokesman for the Kremlin": the phrase speaks, for that side —
    // or for the party named before the preposition ("Russia's envoy to the United Nations").
    const own = inside.find((m) => m.end <= head.start && m.kind !== 'pronoun');
    return { name: text, actor: fromMention(doc, own ?? head, span, ctx).actor };
  }
  if (head && head.kind === 'org' && head.provenance.rule === 'actors.org.unknown' && !head.actor) {
    // "Zelensky's Office", "the Veskan Prime Minister's Office": a body the codebook does not know,
    // held by the party or person named before it, speaks for that one's side.
    const owner = ownerBefore(inside, head);
    const party = owner ? jointParty(doc, inside, owner, fromMention(doc, owner, span, ctx).actor) : null;
    if (party) return { name: text, actor: party };
  }
  if (head) {
    const ref = fromMention(doc, head, span, ctx);
    if (head.kind !== 'person') return ref;
    // "Palestinian analyst Khalil Shaheen", "Veskan journalist Ida Vell": a commentator's title
    // (codebook `commentator_heads`) speaks for nobody, whichever country its demonym names.
    const roleHead = ref.role?.toLowerCase().split(/\s+/).pop();
    if (roleHead && cueWords(ctx, 'commentator_heads').has(roleHead)) return { ...ref, actor: null };
    // "government spokesman Ivan Torres", no state named: as for "the government" alone; a
    // "government" title (not a minister's) also in a story that names one state far more than others.
    const government =
      ref.actor === null && governmentTitle(ref.role, ctx)
        ? (storyGovernment(doc, ctx) ??
          (governmentNounTitle(ref.role, ctx) ? dominantState(doc) : undefined) ??
          homeState(doc, ctx))
        : undefined;
    const owner =
      ref.actor === null && !government ? titleOwnerParty(doc, core, inside, head, ctx) : undefined;
    const party = government ?? owner;
    return withHonorific(doc, core, head, party ? { ...ref, actor: party } : ref, ctx);
  }
  // "Veska's state-owned Lumen TV News": an outlet the codebook does not know, named by its owner,
  // reports in its own name, for nobody.
  const last = tokenize(doc.norm, core.start, core.end)
    .filter((t) => t.word)
    .pop();
  if (last && /^\p{Lu}/u.test(last.text) && actorLexicon(ctx).outletHeads.has(last.key))
    return { name: text, actor: null };
  if (commentatorPhrase(doc, core, ctx)) return { name: text, actor: null };
  // "Yemen's Saudi-backed government": the backer describes the body and is not its party.
  const owners = inside.filter((m) => !isPatron(doc, m));
  const candidates = owners.length ? owners : inside;
  let modifier = candidates[0];
  // The modifier nearest the head wins a tie: "Yemen's Houthi rebels" speak for the Houthis.
  for (const m of candidates) if (priorityOf(m) >= priorityOf(modifier)) modifier = m;
  // ("the joint UN-US statement": both parties of the joined modifier)
  const party = jointParty(doc, inside, modifier, fromMention(doc, modifier, span, ctx).actor);
  return { name: text, actor: party };
};

/**
 * "ICRC public affairs and media adviser Jessica Moussan": a person of no party, titled with an
 * organisation or a state that opens the phrase and lower-case title words up to the name, ending
 * in a title word, serves that party. Its code, or undefined.
 */
function titleOwnerParty(
  doc: ParleyDocument,
  core: Span,
  inside: Mention[],
  head: Mention,
  ctx: PipelineContext,
): string | string[] | undefined {
  const owner = inside.find(
    (m) => m.end <= head.start && (m.kind === 'org' || m.kind === 'state') && m.actor,
  );
  if (!owner) return undefined;
  const lead = tokenize(doc.norm, core.start, owner.start).filter((t) => t.word);
  if (lead.some((t) => !ARTICLES.has(t.key))) return undefined;
  const between = tokenize(doc.norm, owner.end, head.start).filter((t) => t.word);
  if (between.length === 0 || between.length > 6) return undefined;
  if (!between.every((t) => /^\p{Ll}/u.test(t.text))) return undefined;
  if (!actorLexicon(ctx).roleWords.has(between[between.length - 1].key)) return undefined;
  return owner.actor ?? undefined;
}

/**
 * "a UK-based journalist", "the Saudi news website Asharq": a phrase whose head noun (codebook
 * `commentator_heads`), before a name if any, is a commentator's or a site's, speaking for nobody.
 */
function commentatorPhrase(doc: ParleyDocument, core: Span, ctx: PipelineContext): boolean {
  const words = tokenize(doc.norm, core.start, core.end).filter((t) => t.word);
  let k = words.length - 1;
  while (k > 0 && /^\p{Lu}/u.test(words[k].text)) k--;
  return k >= 0 && cueWords(ctx, 'commentator_heads').has(words[k].key);
}

/**
 * "Washington, Cairo and Doha said", "Turkish President Anton Brisk and his Ormundi counterpart Ida
 * Vell said", "officials from Veska and Ormund": several parties speaking together, each conjunct
 * with a party of its own; the speaker is the whole phrase, for all of them. A conjunction inside a
 * name ("the Organization for Security and Co-operation in Europe") does not split.
 */
function listSpeaker(doc: ParleyDocument, span: Span, ctx: PipelineContext): SpeakerRef | undefined {
  const text = doc.norm.slice(span.start, span.end);
  if (!/ and /.test(text)) return undefined;
  // ("the Egyptian mediators between Hamas and Israel": the sides of "between", one speaker)
  if (/\bbetween\b/i.test(text)) return undefined;
  const inside = overlapping(doc.mentions, span.start, span.end);
  const cuts: Span[] = [];
  const separator = /,? and |, /g;
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    const at = span.start + m.index;
    const end = at + m[0].length;
    if (inside.some((x) => x.start < at && x.end > at)) continue;
    // "… for Foreign Affairs and Security Policy Ana Veldt": capitalised words on both sides that
    // name no party are one title's complement.
    const word = (from: number, to: number) => /^\p{Lu}/u.test(doc.norm.slice(from, to));
    const bare = (at2: number) => !inside.some((x) => x.start <= at2 && x.end > at2);
    const before = doc.norm.lastIndexOf(' ', at - 1) + 1;
    if (word(before, at) && word(end, end + 1) && bare(before) && bare(end)) continue;
    // "foreign policy and security chief": lower-case words of one title on both sides.
    const titleWord = (from: number, to: number) => {
      const w = doc.norm.slice(from, to);
      return /^\p{Ll}/u.test(w) && actorLexicon(ctx).roleWords.has(w.toLowerCase());
    };
    const after = /^[^\s,]+/.exec(doc.norm.slice(end))?.[0] ?? '';
    if (/^ and $/.test(m[0]) && titleWord(before, at) && titleWord(end, end + after.length)) continue;
    cuts.push({ start: at, end });
  }
  if (!cuts.some((c) => / and $/.test(doc.norm.slice(c.start, c.end)))) return undefined;
  const parts: Span[] = [];
  let from = span.start;
  for (const c of cuts) {
    parts.push({ start: from, end: c.start });
    from = c.end;
  }
  parts.push({ start: from, end: span.end });
  const codes = new Set<string>();
  for (const part of parts) {
    if (!/\p{L}/u.test(doc.norm.slice(part.start, part.end))) return undefined;
    if (
      !overlapping(doc.mentions, part.start, part.end).some((m) => m.start >= part.start && m.end <= part.end)
    )
      return undefined;
    const actor = resolveSpeaker(doc, part, ctx).actor;
    if (!actor) return undefined;
    for (const code of [actor].flat()) codes.add(code);
  }
  const all = [...codes];
  const core = { start: span.start, end: span.end };
  while (core.end > core.start && /[\s.,;:'"]/.test(doc.norm[core.end - 1])) core.end--;
  while (core.start < core.end && /[\s"']/.test(doc.norm[core.start])) core.start++;
  return { name: doc.text.slice(core.start, core.end), actor: all.length === 1 ? all[0] : all };
}

// (and the participles of a visit, which take the place visited as a preposition does: "an envoy
// visiting Kessel")
// ("mediators between Hamas and Israel": the sides the phrase stands between, never its party)
const HEAD_PREPOSITIONS = new Set([
  'to',
  'of',
  'for',
  'at',
  'with',
  'from',
  'in',
  'between',
  ...VISIT_PARTICIPLES,
]);

/**
 * The last mention hangs on a preposition after other words, so it is not the phrase's head: the
 * preposition (its word and where it starts), else undefined. A list after it ("between Hamas and
 * Israel") hangs on it as a whole.
 */
function dependsOnPreposition(
  doc: ParleyDocument,
  core: Span,
  head: Mention,
  ctx: PipelineContext,
): { key: string; start: number } | undefined {
  if (head.start <= core.start) return undefined;
  const lex = actorLexicon(ctx);
  const before = tokenize(doc.norm, core.start, head.start).filter((t) => t.word);
  let k = before.length - 1;
  while (k >= 0 && (before[k].key === 'the' || lex.honorifics.has(before[k].key))) k--;
  if (k > 0 && HEAD_PREPOSITIONS.has(before[k].key)) return before[k];
  // ("between Hamas and Israel": the first of the list follows the preposition)
  let between = k;
  while (between > 0 && before[between].key !== 'between') between--;
  return between > 0 && before.slice(between + 1, k + 1).some((t) => t.key === 'and')
    ? before[between]
    : undefined;
}

/** The phrase before the preposition over `head` ends in a noun of those set against it ("Critics of"). */
function criticsOf(doc: ParleyDocument, core: Span, head: Mention, ctx: PipelineContext): boolean {
  const before = tokenize(doc.norm, core.start, head.start).filter((t) => t.word);
  let k = before.length - 1;
  while (k >= 0 && before[k].key === 'the') k--;
  return k > 0 && cueWords(ctx, 'critic_nouns').has(before[k - 1].key);
}

/** What joins two parties into one modifier: "US-Saudi", "Veskan-Ormundi", "U.S. and Saudi". */
const JOINED_MODIFIERS = /^(?:\s*[-–/]\s*|\s+and\s+)$/;

/**
 * The party of `m` with the party joined to it just before ("a joint US-Saudi statement": both);
 * `party` alone when nothing is joined to it.
 */
function jointParty(
  doc: ParleyDocument,
  inside: Mention[],
  m: Mention,
  party: string | string[] | null,
): string | string[] | null {
  if (!party) return party;
  const before = inside.find(
    (x) => x.end <= m.start && JOINED_MODIFIERS.test(doc.norm.slice(x.end, m.start)),
  );
  const other = before && (before.entity !== undefined ? doc.entities[before.entity].actor : before.actor);
  if (!other) return party;
  const codes = [...new Set([other, party].flat())];
  return codes.length === 1 ? codes[0] : codes;
}

/** A party's name made into a modifier of another's: "Saudi-backed", "Russia-allied". */
function isPatron(doc: ParleyDocument, m: Mention): boolean {
  const rest = /^[\p{L}\p{N}-]*/u.exec(doc.norm.slice(m.end))?.[0] ?? '';
  return PATRON.test(doc.norm.slice(m.start, m.end) + rest);
}

/** The mention nearest before `head` in the phrase that can hold it (the highest in priority wins a tie). */
function ownerBefore(inside: Mention[], head: Mention): Mention | undefined {
  let owner: Mention | undefined;
  for (const m of inside)
    if (m.end <= head.start && m.kind !== 'pronoun' && (!owner || priorityOf(m) >= priorityOf(owner)))
      owner = m;
  return owner;
}

/** "Veska and Ormund said": two parties speaking together. */
function pairSpeaker(
  doc: ParleyDocument,
  core: Span,
  inside: Mention[],
  ctx: PipelineContext,
): SpeakerRef | undefined {
  // The first party may carry a title: "Mr. Grassley and Mr. Leahy".
  const lex = actorLexicon(ctx);
  const titleOnly = (from: number, to: number) =>
    tokenize(doc.norm, from, to).every(
      (t) => !t.word || lex.honorifics.has(t.key) || lex.roleWords.has(t.key),
    );
  const first = inside.find(
    (m) => m.start === core.start || (m.start > core.start && titleOnly(core.start, m.start)),
  );
  const last = inside.find((m) => m.end === core.end && m !== first);
  if (!first || !last) return undefined;
  const joint = doc.norm.slice(first.end, last.start);
  if (!/^ and /.test(joint) || !titleOnly(first.end + 5, last.start)) return undefined;
  const actorOf = (m: Mention) => (m.entity !== undefined ? doc.entities[m.entity].actor : m.actor);
  const codes = [...new Set([actorOf(first), actorOf(last)].flat())].filter((c): c is string => !!c);
  return { name: doc.text.slice(core.start, core.end), actor: codes.length ? codes : null };
}

/** The speaker phrase without an appositive: "Michael McFaul, who served as …" → "Michael McFaul". */
function speakerCore(doc: ParleyDocument, span: Span, ctx: PipelineContext): Span {
  const norm = doc.norm.slice(span.start, span.end);
  // (a bracketed acronym inside the phrase goes on to its head: "the African Union (AU) envoy Ida Vell")
  const cut = /,|\((?![\p{L}\p{N}.-]{1,10}\)\s+\S)| who | which | -- | - /u.exec(norm);
  let end = span.start + (cut && cut.index > 0 ? cut.index : norm.length);
  let start = span.start;
  const trim = () => {
    while (end > start && /[\s.,;:'"]/.test(doc.norm[end - 1])) end--;
    while (start < end && /[\s"']/.test(doc.norm[start])) start++;
  };
  trim();
  // A span that caught its cue ("Rubio said", "according to Rubio") names the speaker without it.
  const toks = tokenize(doc.norm, start, end);
  const verbs = actorLexicon(ctx).verbs;
  if (toks.length > 1 && toks[0].key === 'according' && toks[1].key === 'to') start = toks[2]?.start ?? start;
  else if (toks.length > 1 && verbs.has(toks[0].key)) start = toks[1].start;
  if (toks.length > 1 && verbs.has(toks[toks.length - 1].key)) end = toks[toks.length - 2].end;
  trim();
  return { start, end };
}

/** "Mr. Clarke said": the speaker keeps the courtesy title the article gives ("Mr. Tom Clarke"). */
function withHonorific(
  doc: ParleyDocument,
  core: Span,
  person: Mention,
  ref: SpeakerRef,
  ctx: PipelineContext,
) {
  // The title may stand just outside the span the statements stage found ("Mr. [Clarke] said").
  const before = tokenize(doc.norm, Math.max(0, Math.min(core.start, person.start - 6)), person.start);
  const words = before.filter((t) => t.word);
  const last = words[words.length - 1];
  if (
    !last ||
    !actorLexicon(ctx).honorifics.has(last.key) ||
    before[before.length - 1].end < person.start - 2
  )
    return ref;
  if (/[^\s.]/.test(doc.norm.slice(last.end, person.start))) return ref;
  const title = doc.norm[last.end] === '.' ? `${last.text}.` : last.text;
  return ref.name.startsWith(title) ? ref : { ...ref, name: `${title} ${ref.name}` };
}

function fromMention(doc: ParleyDocument, best: Mention, span: Span, ctx: PipelineContext): SpeakerRef {
  const mentionText = doc.text.slice(best.start, best.end);
  if (best.kind === 'pronoun') {
    const word = mentionText.toLowerCase();
    const gender = PRONOUN_GENDER.get(word);
    if (!gender) return groupSpeaker(doc, best.start, word, mentionText, ctx);
    const index = previousSpeaker(doc, span, gender) ?? best.entity;
    if (index !== undefined) return refFromEntity(doc, index);
    return { name: mentionText, actor: null };
  }
  if (best.kind === 'person' && best.entity !== undefined) return refFromEntity(doc, best.entity);
  if (best.kind === 'anonymous') {
    const name = best.entity !== undefined ? doc.entities[best.entity].name : mentionText;
    return { entity: best.entity, name, actor: best.actor ?? null, anonymous: true };
  }
  if (best.provenance.rule === 'actors.both-sides') {
    const pair = mainParties(doc, ctx, true);
    return { entity: best.entity, name: mentionText, actor: pair.length === 2 ? pair : null };
  }
  if (best.provenance.rule.startsWith('actors.numbered'))
    return { entity: best.entity, name: mentionText, actor: best.actor ?? null };
  // States, organisations, collectives, outlets: the words the text uses ("Kyiv", "Russia"); a
  // shared anaphor ("the group") by the name it refers back to.
  const name =
    best.via === 'government'
      ? governmentName(doc, best)
      : best.provenance.rule === 'actors.anaphor.shared'
        ? antecedentName(doc, best)
        : mentionText;
  return { entity: best.entity, name, actor: best.actor ?? null };
}

/**
 * "the group said" → "Hamas": the words of the nearest mention before the anaphor that names its
 * party outright (not another anaphor, pronoun or person); the anaphor's own words when none does.
 */
function antecedentName(doc: ParleyDocument, m: Mention): string {
  const k = firstAtLeast(doc.mentions, m.start, (x) => x.start) - 1;
  for (let i = k; i >= 0; i--) {
    const x = doc.mentions[i];
    if (x.actor !== m.actor || x.end > m.start) continue;
    if (x.kind === 'pronoun' || x.kind === 'person' || x.provenance.rule.startsWith('actors.anaphor'))
      continue;
    return x.via === 'government' ? governmentName(doc, x) : doc.text.slice(x.start, x.end);
  }
  return doc.text.slice(m.start, m.end);
}

/** "U.S. President Donald Trump's administration" → "Donald Trump's administration". */
function governmentName(doc: ParleyDocument, m: Mention): string {
  const person = within(doc.mentions, m.start, m.end).find((p) => p.kind === 'person');
  return person ? doc.text.slice(person.start, m.end) : doc.text.slice(m.start, m.end);
}

/**
 * "a statement issued by his office", "a statement from her spokesman": the text of the office a
 * possessive names speaks for the party of the one the possessive refers to.
 */
function officeTextSpeaker(doc: ParleyDocument, span: Span, text: string, ctx: PipelineContext) {
  const issuedBy = TEXT_OF_OFFICE.exec(nameKey(text));
  if (!issuedBy) return undefined;
  const [, textPhrase, possessive] = issuedBy;
  const noun = textPhrase.split(' ').pop() ?? '';
  if (!cueWords(ctx, 'relaying_texts').has(noun) && !isJointText(textPhrase, ctx)) return undefined;
  const reference = POSSESSIVES.get(possessive);
  return reference ? { name: text, actor: possessiveParty(doc, span.start, reference) } : undefined;
}

/** "a statement issued by his office": a text, the words that tie it to its issuer, and a possessive. */
const TEXT_OF_OFFICE =
  /^((?:a|an|the) (?:[a-z-]+ )??[a-z-]+) (?:issued by|released by|from|by|of) (his|her|its|their) (?:office|spokesman|spokeswoman|spokesperson|ministry|government|press office|press service)$/;

const POSSESSIVES = new Map<string, Gender | 'group'>([
  ['his', 'm'],
  ['her', 'f'],
  ['its', 'group'],
  ['their', 'group'],
]);

/** "his office", "its chief negotiator": the party of whom the possessive refers back to. */
function possessiveParty(
  doc: ParleyDocument,
  at: number,
  reference: Gender | 'group',
): string | string[] | null {
  const k = possessorsOf(doc)[reference][firstAtLeast(doc.mentions, at, (m) => m.start) - 1] ?? -1;
  if (k < 0) return null;
  const m = doc.mentions[k];
  return reference === 'group' ? (m.actor ?? null) : doc.entities[m.entity!].actor;
}

/** What a possessive can refer back to: the party (its, their) or person of a gender (his, her). */
function possessorFits(doc: ParleyDocument, m: Mention, reference: Gender | 'group'): boolean {
  if (m.kind === 'pronoun' || m.kind === 'anonymous' || m.kind === 'outlet') return false;
  if (reference === 'group') return m.kind !== 'person' && !!m.actor;
  if (m.kind !== 'person' || m.entity === undefined) return false;
  const g = genders.get(doc)?.get(m.entity);
  return !g || g === reference;
}

/**
 * For each reference and each mention, the last mention up to it that the possessive can refer
 * to (-1: none): built once per document, so that each "his office said" is one look-up.
 */
const possessors = new WeakMap<Mention[], { length: number } & Record<Gender | 'group', Int32Array>>();

function possessorsOf(doc: ParleyDocument) {
  const hit = possessors.get(doc.mentions);
  if (hit && hit.length === doc.mentions.length) return hit;
  const last = (reference: Gender | 'group') => {
    const out = new Int32Array(doc.mentions.length);
    let found = -1;
    doc.mentions.forEach((m, k) => {
      if (possessorFits(doc, m, reference)) found = k;
      out[k] = found;
    });
    return out;
  };
  const built = { length: doc.mentions.length, group: last('group'), m: last('m'), f: last('f') };
  possessors.set(doc.mentions, built);
  return built;
}

/** How far (characters) the statement before may end from an "It noted" that carries it on. */
const CARRIED_TEXT_REACH = 300;

/**
 * "“… concerns,” the statement added. It noted, “…”": "it" right after a statement of a body or a
 * text (not a person) is that speaker again, not a party named inside the words it quoted.
 */
function textSpeakerBefore(doc: ParleyDocument, at: number, antecedent: number): SpeakerRef | undefined {
  let last: ParleyDocument['statements'][number] | undefined;
  for (const st of doc.statements ?? []) if (st.end <= at && (!last || st.end > last.end)) last = st;
  if (!last || at - last.end > CARRIED_TEXT_REACH || !last.actor || antecedent >= last.end) return undefined;
  if (last.entity !== undefined && doc.entities[last.entity]?.kind === 'person') return undefined;
  if (/^(he|she|they|we|i)$/i.test(last.speaker)) return undefined;
  return {
    name: last.speaker,
    actor: last.actor,
    ...(last.entity !== undefined ? { entity: last.entity } : {}),
  };
}

/**
 * Is the pronoun at `at` a frame after its content ("…, it said") whose content holds the mention
 * at `mentionStart` (the same sentence, no full stop between)?
 */
function trailingFrameOver(doc: ParleyDocument, mentionStart: number, at: number): boolean {
  if (!/,\s*$/.test(doc.norm.slice(Math.max(0, at - 3), at))) return false;
  return mentionStart < at && !/[.!?;]/.test(doc.norm.slice(mentionStart, at));
}

/** Where the quotation that closes just before `at` ('"…," they said') opens, else `at`. */
function quoteOpenBefore(doc: ParleyDocument, at: number): number {
  const close = doc.norm.lastIndexOf('"', at - 1);
  if (close < 0 || !/^[\s,]*$/.test(doc.norm.slice(close + 1, at))) return at;
  const open = doc.norm.lastIndexOf('"', close - 1);
  return open >= 0 ? open : at;
}

/** A speaker of several parties ("the E3", "Veska and Ormund") or named by a plural noun ("foreign ministers"). */
const isPluralSpeaker = (ref: SpeakerRef): boolean =>
  (Array.isArray(ref.actor) && ref.actor.length > 1) || /(ers|ists|ians|ials|ents)$/i.test(ref.name);

/** "it said" → the party named as "it": the words the text used for it ("The Alder Palace"). */
function groupSpeaker(
  doc: ParleyDocument,
  at: number,
  word: string,
  text: string,
  ctx: PipelineContext,
): SpeakerRef {
  const k = groupAntecedent(doc, at, word !== 'it');
  if (word === 'it') {
    // (A party named after that statement is the newer antecedent: "… the office said. Hamas
    // confirmed the deal. It said …" — but not one named in the words "it" closes: "The
    // ministry said talks would resume. Ormund should free the crew, it said." is the ministry.)
    const closing = k !== undefined && trailingFrameOver(doc, doc.mentions[k].start, at);
    const carried = textSpeakerBefore(doc, at, k === undefined || closing ? -1 : doc.mentions[k].start);
    if (carried) return carried;
  }
  // "Veska has broken its word, the E3 foreign ministers said. '…,' they said.": a plural speaker
  // told last goes on, over the party its own words opened with.
  if (word === 'they') {
    const carried = textSpeakerBefore(
      doc,
      quoteOpenBefore(doc, at),
      k === undefined ? -1 : doc.mentions[k].start,
    );
    if (carried && isPluralSpeaker(carried)) return carried;
  }
  if (k === undefined) return { name: text, actor: null };
  const m = doc.mentions[k];
  return fromMention(doc, m, m, ctx);
}

/**
 * The document's person entities by name key and by surname key, with where each is mentioned
 * (sorted): built once per document, so that a speaker named by a name no mention covers is
 * looked up rather than compared with every entity.
 */
const personIndexes = new WeakMap<
  Entity[],
  {
    mentions: number;
    byName: Map<string, number[]>;
    bySurname: Map<string, number[]>;
    mentionStarts: number[][];
  }
>();

function personsByName(doc: ParleyDocument) {
  const hit = personIndexes.get(doc.entities);
  if (hit && hit.mentions === doc.mentions.length) return hit;
  const byName = new Map<string, number[]>();
  const bySurname = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  const mentionStarts: number[][] = doc.entities.map((e, i) => {
    if (e.kind !== 'person') return [];
    add(byName, nameKey(e.name), i);
    add(bySurname, surnameKey(e.name), i);
    return e.mentions.map((m) => doc.mentions[m].start).sort((a, b) => a - b);
  });
  const built = { mentions: doc.mentions.length, byName, bySurname, mentionStarts };
  personIndexes.set(doc.entities, built);
  return built;
}

const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * A codebook cue list (codebooks/cues.yaml) as a set of lower-case words, made once per pipeline.
 * The sets are kept in one map of the context by list name: a key joined per call
 * (`speakers.cues.${list}`) made a new string to hash at each of the many calls.
 */
export function cueWords(ctx: PipelineContext, list: string): ReadonlySet<string> {
  const sets = cached(ctx, 'speakers.cues', () => new Map<string, ReadonlySet<string>>());
  let set = sets.get(list);
  if (!set) {
    set = new Set((ctx.codebook.cues[list] ?? []).map((w) => w.toLowerCase()));
    sets.set(list, set);
  }
  return set;
}

/**
 * A text of the parties together, named by its noun alone (codebook `joint_text_speakers`: "the
 * agreement", "a joint statement", "the final deal text"); an issuer named with it ("from …") is a
 * mention, read by `issuersAfter`.
 */
function isJointText(key: string, ctx: PipelineContext): boolean {
  return cueWords(ctx, 'joint_text_speakers').has(textNoun(key.split(' '), ctx).noun);
}

/**
 * A text's noun after its article and one modifier (codebook `joint_text_modifiers`): "the final
 * communique" is article "the", noun "communique". `words` are lower-case.
 */
export function textNoun(
  words: string[],
  ctx: PipelineContext,
): { article: string | undefined; noun: string } {
  const article = ARTICLES.has(words[0]) ? words[0] : undefined;
  let rest = article ? words.slice(1) : words;
  if (rest.length > 1 && cueWords(ctx, 'joint_text_modifiers').has(rest[0])) rest = rest.slice(1);
  return { article, noun: rest.join(' ') };
}

/** "the government", "government negotiators", "government officials": a government noun alone,
 * or before a group noun; also one unnamed member of it: "a government source", "a senior junta
 * official" (an anonymous head after the noun). */
function bareGovernment(key: string, ctx: PipelineContext): boolean {
  const lex = actorLexicon(ctx);
  const toks = tokenize(key, 0, key.length).filter((t) => t.word);
  let at = toks[0] && ONE_OF_THEM.has(toks[0].key) ? 1 : 0;
  const one = at === 1 && toks[0].key !== 'the';
  if (at < toks.length && SENIORITY.has(toks[at].key)) at++;
  // "the center-right government", "the interim administration": words of its standing.
  if (!one) at = pastStatusModifiers(toks, at, lex.govStatusModifierWords);
  const noun = toks[at]?.key ?? '';
  // ("a military source": one of the state's forces, as "the army said")
  if (at + 2 === toks.length && lex.anonHeads.has(toks[at + 1].key))
    return lex.govNouns.has(noun) || (one && stateForcesNouns(ctx).has(noun));
  if (!lex.govNouns.has(noun)) return false;
  if (one) return false;
  return at + 1 === toks.length || lex.groupNouns.longest(toks, at + 1)?.to === toks.length;
}

/** The index past up to two words of a government's standing from `at` ("center right", "interim"). */
function pastStatusModifiers(toks: { key: string }[], at: number, modifiers: string[][]): number {
  for (let steps = 0; steps < 2; steps++) {
    const found = modifiers.find(
      (m) => m.length > 0 && m.every((k, n) => toks[at + n]?.key === k) && at + m.length < toks.length,
    );
    if (!found) break;
    at += found.length;
  }
  return at;
}

/** Determiners before an unnamed government speaker ("the government", "a government source"). */
const ONE_OF_THEM = new Set(['the', 'a', 'an', 'one', 'another']);
/** Rank words before its noun: "a senior government official". */
const SENIORITY = new Set(['senior', 'top', 'high-ranking', 'high', 'junior']);

/** A title with a noun of government in it ("government spokesman"), not a minister's alone. */
function governmentNounTitle(role: string | undefined, ctx: PipelineContext): boolean {
  const words = (role ?? '').toLowerCase().split(/[^\p{L}]+/u);
  return words.some((w) => actorLexicon(ctx).govNouns.has(w)) || namesGovernmentBody(words, ctx);
}

/** A title's words hold a ruling body of several words ("military council spokesperson"). */
function namesGovernmentBody(words: string[], ctx: PipelineContext): boolean {
  return actorLexicon(ctx).govBodies.some((body) =>
    words.some((_, i) => body.every((key, j) => words[i + j] === key)),
  );
}

/**
 * The state a story is written from: its dateline's, where the story names no state more often
 * ("ISLAMABAD - … Foreign Minister Shah Mehmood Qureshi said": the press names its own
 * government's ministers without their state).
 */
function homeState(doc: ParleyDocument, ctx: PipelineContext): string | undefined {
  const home = datelineState(doc, actorLexicon(ctx));
  if (!home) return undefined;
  const counts = stateMentionCounts(doc);
  const own = counts.get(home) ?? 0;
  return own > 0 && [...counts.values()].every((n) => n <= own) ? home : undefined;
}

/** A title of the government's with no state in it: "government spokesman", "Government minister",
 * "the Presidential Affairs minister" (words of a minister's title: codebook `government_title_words`). */
function governmentTitle(role: string | undefined, ctx: PipelineContext): boolean {
  if (!role) return false;
  const words = role.toLowerCase().split(/[^\p{L}]+/u);
  const ministerial = cueWords(ctx, 'government_title_words');
  return (
    (words.some((w) => actorLexicon(ctx).govNouns.has(w) || ministerial.has(w)) ||
      namesGovernmentBody(words, ctx)) &&
    !/^former\b/.test(role.toLowerCase())
  );
}

/** What names a joint text's issuers after it: "a joint statement from …", "… by …", "… of …". */
const ISSUERS_AFTER = /^\s+(?:from|by|of|between|issued by|signed by)\s/;

/**
 * What joins the issuers of a list: ", ", " and ", ", and ", with "the" before a name, and a party's
 * own body after its possessive ("Veska's army and the Front signed …").
 */
const ISSUER_JOINT = /^(?:['’]s\s+[a-z]+)?(?:,\s*|\s+)(?:and\s+)?(?:the\s+)?$/;

/**
 * The parties named after a joint text's preposition ("from Veska, Ormund and Tarsia", "by the
 * Council"): the mentions in a row from just after it, joined by commas and a last "and". One code,
 * several, or null when no such row follows.
 */
function issuersAfter(doc: ParleyDocument, end: number): string | string[] | null {
  const lead = ISSUERS_AFTER.exec(doc.text.slice(end, end + 12));
  if (!lead) return null;
  let at = end + lead[0].length;
  const codes: string[] = [];
  let joined = false;
  for (const m of startingIn(doc.mentions, at, at + 200)) {
    if (m.start < at) continue;
    const gap = doc.norm.slice(at, m.start);
    if (codes.length > 0) {
      const j = ISSUER_JOINT.exec(gap);
      if (!j || joined) break;
      if (/\band\b/.test(gap)) joined = true;
    } else if (!/^(?:the\s+)?$/i.test(gap)) break;
    const actor = m.entity !== undefined && m.kind === 'person' ? doc.entities[m.entity].actor : m.actor;
    if (!actor) return null;
    for (const code of [actor].flat()) if (!codes.includes(code)) codes.push(code);
    at = m.end;
  }
  if (codes.length > 1 && !joined) return null;
  return codes.length === 0 ? null : codes.length === 1 ? codes[0] : codes;
}

/**
 * A plural of persons that stands for a pair named before (codebook `pair_speakers`: "the two
 * leaders", "the foreign ministers"), after a leading "the".
 */
function isPairNoun(key: string, ctx: PipelineContext): boolean {
  return key.startsWith('the ') && cueWords(ctx, 'pair_speakers').has(key.slice(4));
}

/** How far back the pair a plural stands for is looked for, in characters. */
const PAIR_WINDOW = 2_000;

/** "… and his Ormundi counterpart …": what joins the two persons of a pair. */
const COUNTERPART_JOINT =
  /^\s+and\s+(?:his|her|their)\s+(?:[\p{L}’'.-]+\s+){0,3}?counterparts?\s+(?:[\p{Lu}][\p{L}’'.-]*\s+){0,3}$/u;

/**
 * The nearest pair named before `at` as "A and his (Ormundi) counterpart B", two persons: the
 * phrase from A's leading title words ("Veskan Foreign Minister Tala Mirr and his Ormundi
 * counterpart Pell Oran"), with both their parties. Undefined when none is near.
 */
function pairNamedBefore(doc: ParleyDocument, at: number): SpeakerRef | undefined {
  const k = firstAtLeast(doc.mentions, at, (m) => m.start);
  for (let j = k - 1; j > 0; j--) {
    const second = doc.mentions[j];
    if (second.start < at - PAIR_WINDOW) break;
    if (second.kind !== 'person' || second.entity === undefined) continue;
    for (let i = j - 1; i >= 0 && second.start - doc.mentions[i].end < 80; i--) {
      const first = doc.mentions[i];
      if (first.kind !== 'person' || first.entity === undefined || first.entity === second.entity) continue;
      if (!COUNTERPART_JOINT.test(doc.text.slice(first.end, second.start))) continue;
      // A's title words before the name: capitalised words on the same line, no punctuation.
      const lead = /(?:[\p{Lu}][\p{L}’'.-]*\s+){0,5}$/u.exec(
        doc.text.slice(Math.max(0, first.start - 80), first.start),
      );
      const start = first.start - (lead ? lead[0].length : 0);
      const codes = [
        ...new Set([doc.entities[first.entity].actor, doc.entities[second.entity].actor].flat()),
      ].filter((c): c is string => !!c);
      if (codes.length < 2) return undefined;
      return { name: doc.text.slice(start, second.end), actor: codes };
    }
  }
  return undefined;
}

/** How far back the sentence that issued a text is looked for, in characters. */
const ISSUED_WINDOW = 6_000;

/**
 * "The Council on Monday adopted a resolution …", then "the resolution says": a text named by its
 * noun alone (codebook `issued_text_nouns`) is the one a party last issued with a verb of issuing
 * (codebook `issuing_verbs`); it speaks for the subject of that sentence — its first mention with a
 * party, and the parties listed with it ("Veska and Ormund released a statement"). Undefined when
 * no such sentence is near or its subject has no party.
 */
function issuedTextParty(
  doc: ParleyDocument,
  core: Span,
  key: string,
  ctx: PipelineContext,
): string | string[] | undefined {
  const nouns = cueWords(ctx, 'issued_text_nouns');
  const verbs = [...cueWords(ctx, 'issuing_verbs')];
  if (!key.startsWith('the ') || !nouns.has(key.slice(4)) || verbs.length === 0) return undefined;
  const noun = key.slice(4).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // ("agreed in a joint statement": a verb of saying whose text follows "in")
  const inVerbs = [...cueWords(ctx, 'issuing_in_verbs')];
  const inIssued = inVerbs.length ? `|(?:${inVerbs.join('|')})\\s+in` : '';
  const re = new RegExp(
    `\\b(?:${verbs.join('|')}${inIssued})\\s+(?:an?|the|its|their)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?${noun}\\b`,
    'giu',
  );
  const from = Math.max(0, core.start - ISSUED_WINDOW);
  let last: RegExpExecArray | undefined;
  for (const m of doc.norm.slice(from, core.start).matchAll(re)) last = m;
  if (!last)
    return cueWords(ctx, 'said_text_nouns').has(key.slice(4)) ? saidJustBeforeParty(doc, core) : undefined;
  // ("Veska said in a statement …. In a statement published by the facilitators, …": a text named
  // again as another, after the issued one, is the nearer one, whose issuer is not known here.)
  const another = new RegExp(`\\ban?\\s+(?:[\\p{L}’'-]+\\s+){0,3}?${noun}\\b`, 'iu');
  if (another.test(doc.norm.slice(from + last.index + last[0].length, core.start))) return undefined;
  return subjectParties(doc, from + last.index);
}

/** How far into the sentence before the verb of saying of its subject may stand, in characters. */
const SAID_SUBJECT_CHARS = 60;

/**
 * "The ministry said on Monday that …. The statement added that …": a text named by its noun alone,
 * in the sentence right after one whose subject said something, is that subject's words (a body's
 * statement the story told of by its verb alone; codebook `said_text_nouns`). Undefined unless
 * that subject is one party.
 */
function saidJustBeforeParty(doc: ParleyDocument, core: Span): string | undefined {
  const at = doc.sentences.findIndex((x) => x.start <= core.start && core.start < x.end);
  const before = at > 0 ? doc.sentences[at - 1] : undefined;
  if (!before) return undefined;
  const said = /\b(?:said|stated|announced)\b/iu.exec(
    doc.norm.slice(before.start, before.start + SAID_SUBJECT_CHARS),
  );
  // (one party only: the text of several who spoke is a meeting's, read with the meeting)
  const parties = said ? subjectParties(doc, before.start + said.index) : undefined;
  return typeof parties === 'string' ? parties : undefined;
}

/**
 * The parties of the subject of the sentence that holds `verbAt`: its first mention with a party,
 * and the parties listed with it ("Veska and Ormund released …"). Undefined when that mention has
 * no party.
 */
function subjectParties(doc: ParleyDocument, verbAt: number): string | string[] | undefined {
  const sentence = doc.sentences.find((x) => x.start <= verbAt && verbAt < x.end);
  if (!sentence) return undefined;
  const codes: string[] = [];
  let prev: Mention | undefined;
  for (const m of startingIn(doc.mentions, sentence.start, verbAt)) {
    if (m.end > verbAt || m.kind === 'pronoun') continue;
    const actor = m.entity !== undefined && m.kind === 'person' ? doc.entities[m.entity].actor : m.actor;
    if (!prev) {
      if (!actor) return undefined;
    } else if (!ISSUER_JOINT.test(doc.norm.slice(prev.end, m.start)) || !actor) break;
    for (const code of [actor].flat()) if (code && !codes.includes(code)) codes.push(code);
    prev = m;
  }
  return codes.length === 0 ? undefined : codes.length === 1 ? codes[0] : codes;
}

/** How far back a joint act that a joint text reports is looked for, in characters. */
const JOINTLY_WINDOW = 1_500;

/**
 * "Veska, Ormund and other allies jointly called for a truce. … The joint statement says": a joint
 * text named by its noun alone, after a sentence whose subject acted jointly, is that subject's.
 * Its parties (two at least), or undefined.
 */
export function jointlyActedParties(doc: ParleyDocument, core: Span): string[] | undefined {
  const from = Math.max(0, core.start - JOINTLY_WINDOW);
  let last: RegExpExecArray | undefined;
  for (const m of doc.norm.slice(from, core.start).matchAll(/\bjointly\b/giu)) last = m;
  if (!last) return undefined;
  const parties = subjectParties(doc, from + last.index);
  return Array.isArray(parties) ? parties : undefined;
}

/** A span with no mention in it: a name the stage did not know; match it by surname if possible. */
function fallbackSpeaker(doc: ParleyDocument, core: Span, ctx: PipelineContext): SpeakerRef {
  const text = doc.text.slice(core.start, core.end);
  const key = nameKey(text);
  if (key === 'it' || key === 'they' || key === 'we') return groupSpeaker(doc, core.start, key, text, ctx);
  if (isJointText(key, ctx) && ISSUERS_AFTER.test(doc.text.slice(core.end, core.end + 12))) {
    // "a joint statement from A, B and C": the parties that issued it.
    const issuers = issuersAfter(doc, core.end);
    if (issuers) return { name: text, actor: issuers };
  } else if (isJointText(key, ctx)) {
    // ("… jointly called for a truce. The joint statement says": the parties that acted jointly)
    const jointly = jointlyActedParties(doc, core);
    if (jointly) return { name: text, actor: jointly };
    // "the agreement says", "a joint statement said": the text the parties signed or issued together
    // speaks for them — the two parties the article is about.
    const pair = mainParties(doc, ctx, true);
    if (pair.length >= 2) return { name: text, actor: pair };
  }
  const issuer = issuedTextParty(doc, core, key, ctx);
  if (issuer) {
    // "the resolution says" after "the Council adopted a resolution": the party that issued it.
    return { name: text, actor: issuer };
  }
  if (bareGovernment(key, ctx) || stateForcesNouns(ctx).has(key.replace(/^the /, ''))) {
    // "the government said", "government negotiators said", "the army said", no state named with
    // it: the state of a story of one state and the group it faces.
    const government = storyGovernment(doc, ctx);
    if (government) return { name: text, actor: government };
  }
  const pair = isPairNoun(key, ctx) ? pairNamedBefore(doc, core.start) : undefined;
  if (pair) {
    // "the foreign ministers said" after "Veskan Foreign Minister Mirr and his Ormundi counterpart
    // Oran": the two named last together, by that fuller phrase.
    return pair;
  }
  if (key === 'both') {
    // "Both agreed …, it said": the two parties the article is about.
    const pair = mainParties(doc, ctx, true);
    return { name: text, actor: pair.length === 2 ? pair : null };
  }
  // ("one of its deputy ministers": a member of the body the possessive names speaks for its party)
  const owned = key.replace(/^(?:one|two|three|some|another|each) of /, '');
  const reference = POSSESSIVES.get(owned.split(' ')[0]);
  if (reference && owned.includes(' '))
    return { name: text, actor: possessiveParty(doc, core.start, reference) };
  const last = key.split(' ').pop() ?? '';
  // The person of that name mentioned last before the span.
  let index = -1;
  let lastSeen = -1;
  const persons = personsByName(doc);
  const named = [...new Set([...(persons.byName.get(key) ?? []), ...(persons.bySurname.get(last) ?? [])])];
  for (const i of named.sort((a, b) => a - b)) {
    const starts = persons.mentionStarts[i];
    const k = firstAtLeast(starts, core.start, (at) => at) - 1;
    if (k >= 0 && starts[k] > lastSeen) {
      lastSeen = starts[k];
      index = i;
    }
  }
  if (index >= 0 && last) return refFromEntity(doc, index);
  // "Hochsten said" after "envoy Amos Hochstein": a surname misspelt by one letter, of the one
  // person named before whose surname it is that close to.
  const misspelt = misspeltPersons(persons, last, core.start);
  if (misspelt.length === 1) return refFromEntity(doc, misspelt[0]);
  const canon = personsNamed(text, ctx.codebook).length
    ? canonicalPerson(text, doc.date, ctx.codebook)
    : undefined;
  if (canon) return { name: text, actor: canon.actor, role: canon.role };
  return definiteTitleSpeaker(doc, core.start, key, ctx) ?? { name: text, actor: null };
}

/** How far back a bare title may refer to an earlier speaker of that title (a few paragraphs). */
const DEFINITE_TITLE_REACH = 1500;

/**
 * "The White House spokesperson said … 'We briefed Kyiv,' the spokesperson said": a bare title
 * with the article and no name or party of its own is the speaker the text last named by a phrase
 * with that title as its head (the speaker's name or role), and speaks for that speaker's party.
 */
function definiteTitleSpeaker(
  doc: ParleyDocument,
  at: number,
  key: string,
  ctx: PipelineContext,
): SpeakerRef | undefined {
  const [, article, modifier, title] = /^(the|a|an) (?:([a-z-]+) )?([a-z-]+)$/.exec(key) ?? [];
  if (!title) return undefined;
  // ("the foreign minister" is a speaker titled so, not any minister: the modifier must be there too)
  const modified = (st: ParleyDocument['statements'][number]) =>
    !modifier || `${st.speaker} ${st.role ?? ''}`.toLowerCase().includes(modifier);
  const spokesperson = cueWords(ctx, 'spokesperson_titles').has(title);
  if (article !== 'the' && !spokesperson) return undefined;
  const headOf = (words: string | undefined) => words?.toLowerCase().split(/\s+/).pop();
  const lastBefore = (fits: (st: ParleyDocument['statements'][number]) => boolean) => {
    let last: ParleyDocument['statements'][number] | undefined;
    for (const st of doc.statements ?? []) {
      if (st.end > at || at - st.end > DEFINITE_TITLE_REACH || !st.actor || !fits(st)) continue;
      if (!last || st.end > last.end) last = st;
    }
    return last;
  };
  const bodies = cueWords(ctx, 'speaking_body_heads');
  const last =
    (article === 'the'
      ? lastBefore((st) => (headOf(st.speaker) === title || headOf(st.role) === title) && modified(st))
      : undefined) ?? (spokesperson ? lastBefore((st) => bodies.has(headOf(st.speaker) ?? '')) : undefined);
  if (!last) {
    // "the OSCE Minsk Group co-chairs … the co-chairs said", "senior diplomats from Britain,
    // France and Germany … the senior diplomats said": the parties the text named with that title.
    const named =
      article === 'the' && cueWords(ctx, 'titled_group_heads').has(title)
        ? titledPartiesBefore(doc, at, title)
        : undefined;
    return named ? { name: doc.text.slice(at, at + key.length), actor: named } : undefined;
  }
  return {
    name: doc.text.slice(at, at + key.length),
    actor: last.actor,
    ...(last.anonymous ? { anonymous: true } : {}),
  };
}

/**
 * The parties named with the title word `title` nearest before `at` (within the reach of a bare
 * title): the party right before it ("the Minsk Group co-chairs") or those a "from"/"of" after it
 * lists ("diplomats from Britain, France and Germany").
 */
function titledPartiesBefore(doc: ParleyDocument, at: number, title: string): string | string[] | undefined {
  const from = Math.max(0, at - DEFINITE_TITLE_REACH);
  const re = new RegExp(`\\b${title.replace(/[-]/g, '\\-')}\\b`, 'gi');
  let found = -1;
  for (const m of doc.norm.slice(from, at).matchAll(re)) found = from + (m.index ?? 0);
  if (found < 0) return undefined;
  const end = found + title.length;
  // (the mention may hold the title itself: "the OSCE Minsk Group co-chairs")
  const k = firstAtLeast(doc.mentions, found + 1, (m) => m.start) - 1;
  const before = doc.mentions[k];
  if (
    before?.actor &&
    before.kind !== 'person' &&
    before.kind !== 'pronoun' &&
    ((before.end <= found && /^(?:\s+\p{Lu}[\p{L}-]*){0,3}\s*$/u.test(doc.norm.slice(before.end, found))) ||
      (before.start <= found && before.end >= end))
  )
    return before.actor;
  const link = /^\s+(?:from|of)\s+(?:the\s+)?/i.exec(doc.norm.slice(end, end + 12));
  if (!link) return undefined;
  const parties: string[] = [];
  let next = end + link[0].length;
  for (let i = firstAtLeast(doc.mentions, next, (m) => m.start); i < doc.mentions.length; i++) {
    const m = doc.mentions[i];
    if (m.start !== next || !m.actor || m.kind === 'person' || m.kind === 'pronoun') break;
    for (const a of [m.actor].flat()) if (!parties.includes(a)) parties.push(a);
    const joint = /^(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?/.exec(doc.norm.slice(m.end, m.end + 8));
    if (!joint) break;
    next = m.end + joint[0].length;
  }
  if (parties.length === 0) return undefined;
  return parties.length === 1 ? parties[0] : parties;
}

/** The persons named before `at` whose family name `surname` misspells by a letter. */
function misspeltPersons(persons: ReturnType<typeof personsByName>, surname: string, at: number): number[] {
  return misspeltSurname(persons.bySurname, surname).filter((i) => (persons.mentionStarts[i][0] ?? at) < at);
}
