/**
 * A headline for a document whose source gave it no title (plain text, a JSON line without one):
 * the opening line when it reads as a headline, else the lead sentence, shortened. Lists then name
 * an article by what it reports, not by the file it came in.
 */
import type { Block, ParleyDocument } from '../model.js';

/** Longest headline kept whole; a longer lead sentence is cut at a word boundary before it. */
export const HEADLINE_MAX = 110;
const HEADLINE_MAX_WORDS = 20;

/** Blocks that frame the story rather than tell it. */
const FRAME = new Set<Block['kind']>(['dateline', 'byline', 'link', 'timestamp']);

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Cut at the last word boundary that fits, and say so with an ellipsis. */
function shorten(text: string, max = HEADLINE_MAX): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** A line that is a headline, not a sentence: short, and no sentence-final punctuation. */
const readsAsHeadline = (line: string): boolean =>
  line.split(' ').length <= HEADLINE_MAX_WORDS && !/[.!?:;,"”’)]$/.test(line) && /\p{Lu}/u.test(line[0]);

export function headlineOf(doc: Pick<ParleyDocument, 'text' | 'blocks' | 'sentences'>): string | undefined {
  const story = doc.blocks.filter((b) => !FRAME.has(b.kind));
  const first = story[0];
  if (!first) return undefined;
  const line = flat(doc.text.slice(first.start, first.end));
  if (first.kind === 'heading' || first.kind === 'title') return shorten(line);
  // An opening line that reads as a headline, with the story after it.
  if (story.length > 1 && !doc.text.slice(first.start, first.end).includes('\n') && readsAsHeadline(line))
    return shorten(line);
  // Else the lead sentence: the sentence splitter's, or up to the first full stop.
  const sentence = doc.sentences.find((s) => s.end > first.start && s.start < first.end);
  const end = sentence
    ? Math.min(sentence.end, first.end)
    : first.start +
      (/[.!?]["”’]?(?=\s|$)/.exec(doc.text.slice(first.start, first.end))?.index ?? line.length);
  const lead = flat(doc.text.slice(first.start, end)).replace(/[.]$/, '');
  return lead ? shorten(lead) : undefined;
}
