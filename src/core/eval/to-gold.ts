/** A document's annotations in the gold shape of FORMAT.md (what `parley extract --format gold` prints). */
import { GOLD_EVENT_TYPES } from '../code/events/stage.js';
import { type ParleyDocument, type Statement, textOf } from '../model.js';
import type { GoldEvent, GoldFile, GoldPosition, GoldStatement } from './gold.js';
import { PRONOUNS } from './score.js';

export interface ToGoldOptions {
  /** The article's path as the gold file should name it. */
  source?: string;
  id?: string;
  /**
   * `joined`: the pieces of one quotation that its cue splits ("A," she said. "B.") are one
   * statement, as corpora that code one attribution per cue (PolNeAR) have them. The default,
   * `apart`, is FORMAT.md's rule: two quoted sentences from one speaker are one statement each.
   */
  quotePieces?: 'apart' | 'joined';
  /**
   * `mention`: a statement's speaker is its mention as the text gives it at the cue ("Rendell",
   * "the president", "Chief Ames"), as corpora that code the local source span (PolNeAR) have
   * it; a pronoun or relative ("he", "who") keeps the name it stands for. The default, `full`,
   * is FORMAT.md's rule: the name as the text first gives it in full.
   */
  speakers?: 'full' | 'mention';
}

/** Mentions that name nobody by themselves: a `mention` speaker keeps the resolved name instead. */
const BARE_MENTIONS = new Set([...PRONOUNS, 'his', 'its', 'their']);

/** The speaker of a statement as the `speakers` option asks. */
function speakerOf(doc: ParleyDocument, s: Statement, speakers: ToGoldOptions['speakers']): string {
  if (speakers !== 'mention' || !s.speakerSpan) return s.speaker;
  const mention = textOf(doc, s.speakerSpan).trim();
  const words = mention.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0 || words.every((w) => BARE_MENTIONS.has(w))) return s.speaker;
  return mention;
}

/** Words between two pieces of one quotation beyond which they are two quotations, not one. */
const MAX_WORDS_BETWEEN_PIECES = 8;

/**
 * The statements in groups: each group the pieces of one quotation around its cue. Pieces join
 * when both are direct, have one speaker, stand in one paragraph, and nothing but the cue clause
 * (a few words holding one of their cues) stands between them.
 */
export function quotationGroups(doc: ParleyDocument): Statement[][] {
  const paragraphOf = (offset: number) =>
    doc.sentences.find((x) => x.start <= offset && offset < x.end)?.block;
  const groups: Statement[][] = [];
  for (const s of [...doc.statements].sort((a, b) => a.content.start - b.content.start)) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    if (group && last && piecesOfOneQuotation(doc, last, s, paragraphOf)) group.push(s);
    else groups.push([s]);
  }
  return groups;
}

function piecesOfOneQuotation(
  doc: ParleyDocument,
  a: Statement,
  b: Statement,
  paragraphOf: (offset: number) => number | undefined,
): boolean {
  if (!a.direct || !b.direct || a.content.end > b.content.start) return false;
  const sameSpeaker =
    a.entity !== undefined ? a.entity === b.entity : a.speaker !== '' && a.speaker === b.speaker;
  if (!sameSpeaker) return false;
  const gap = doc.text.slice(a.content.end, b.content.start);
  const words = gap.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (paragraphOf(a.content.start) !== paragraphOf(b.content.start))
    return words.length === 0 && RUN_ON_RULES.has(b.provenance.rule);
  if (words.length === 0) return true;
  // Across a cue, a second piece framed by a cue of its own after it ("“A,” she said. “B,” she
  // added.") is another attribution.
  if (b.cueSpan && b.cueSpan.start >= b.content.end) return false;
  const cueBetween = [a.cueSpan, b.cueSpan].some(
    (cue) => cue !== undefined && cue.start >= a.content.end && cue.end <= b.content.start,
  );
  if (!cueBetween) return false;
  if (words.length <= MAX_WORDS_BETWEEN_PIECES) return true;
  // A longer cue clause ("“A,” said Mira Solenne, a former envoy of Veska who now teaches law.
  // “B.”") still joins when it is all that stands between: it holds no quotation mark and ends
  // the sentence the first piece stands in, the second piece opening the next one.
  const sentenceAt = (offset: number) => doc.sentences.findIndex((x) => x.start <= offset && offset < x.end);
  const first = sentenceAt(a.content.end - 1);
  const inner = gap.replace(/^[\s"“”'’‘`]+|[\s"“”'’‘`]+$/g, '');
  return !QUOTE_MARK.test(inner) && first >= 0 && sentenceAt(b.content.start) - first <= 1;
}

/**
 * The rules of a quotation that runs on into the next paragraph with no cue of its own: joined,
 * it is one piece with the paragraph before.
 */
const RUN_ON_RULES = new Set(['statement.quote.next-paragraph', 'statement.quote.continued']);

/** Quotation marks of every shape, double and single. */
const QUOTE_MARK = /["“”„«»]|''|``/;

export function toGold(doc: ParleyDocument, options: ToGoldOptions = {}): GoldFile {
  const groups = options.quotePieces === 'joined' ? quotationGroups(doc) : doc.statements.map((s) => [s]);
  const statements: GoldStatement[] = groups.map(([s, ...rest]) => ({
    speaker: speakerOf(doc, s, options.speakers),
    actor: s.actor,
    direct: s.direct,
    content: [s, ...rest].map((piece) => textOf(doc, piece.content)).join(' '),
    ...(s.anonymous ? { anonymous: true } : {}),
    ...(s.role ? { role: s.role } : {}),
    ...(s.cueSpan ? { cue: textOf(doc, s.cueSpan) } : s.provenance.cue ? { cue: s.provenance.cue } : {}),
  }));
  const positions: GoldPosition[] = doc.positions.map((p) => ({
    actor: p.actor,
    issue: p.issue,
    stance: p.stance,
    ...(p.about ? { about: p.about } : {}),
    ...(p.redLine ? { redLine: true } : {}),
    ...(p.date ? { date: p.date } : {}),
    evidence: textOf(doc, p.evidence),
  }));
  // Gold files score the four event types of TAXONOMY.md; REQUEST/REJECT/THREATEN stay out.
  const events: GoldEvent[] = doc.events
    .filter((e) => GOLD_EVENT_TYPES.includes(e.type))
    .map((e) => ({
      type: e.type,
      actors: e.actors,
      ...(e.date ? { date: e.date } : {}),
      ...(e.location ? { location: e.location.name } : {}),
      ...(e.status ? { status: e.status } : {}),
      evidence: textOf(doc, e.evidence),
    }));
  return {
    id: options.id ?? doc.id,
    ...(options.source ? { source: options.source } : {}),
    date: doc.date,
    statements,
    positions,
    events,
  };
}
