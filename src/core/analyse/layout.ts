/**
 * Stage `layout`: splits the body into blocks and tells story paragraphs from what is not story:
 * section headings (an all-capitals line), "Read More:"-style link lines, bylines, and datelines
 * ("KYIV, Feb 18 (Reuters) -"), which become a block of their own in front of the paragraph, and
 * timestamps (a line that only gives the publication time).
 */
import type { Block, ParleyDocument, Span, Stage } from '../model.js';

const LINK_LINE =
  /^\s*(read more|read also|also read|related|see also|more:|watch|listen|click here|sign up|subscribe|advertisement|read the (rest|full)|full coverage|recommended)\b/i;
const BYLINE = /^\s*(?:[Bb]y|[Rr]eporting by|[Ww]riting by|[Ee]diting by|[Aa]dditional reporting by)\s+[A-Z]/;
// "MOSCOW, Feb 18 (Reuters) - ", "WASHINGTON (AP) — ", "KYIV, Ukraine — "
const DATELINE =
  /^([A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][A-Za-z .]{1,30})?(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?(?:,\s*\d{4})?\s*(?:\([A-Za-z .]{2,30}\))?\s*[-\u2013\u2014]{1,2}\s+)/;

// "HANOI, Vietnam President Trump's summit …": a dateline whose dash was lost (a copied excerpt).
// Without the dash, only an all-capitals city and one place word, before a capitalised word.
const DATELINE_NO_DASH =
  /^([A-Z][A-Z'-]{2,}(?: [A-Z][A-Z'-]{2,}){0,2}, (?:[A-Z][a-z]+|[A-Z]\.[A-Z]\.)\s+)(?=[A-Z])/;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const CLOCK = '\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5}(?:[+-]\\d{1,2})?)?';
// A line that is only a publication time: "21 May 2026", "Updated: March 3, 2026 10:45 AM EST",
// "2026-05-21", "Published 10:45 GMT".
const TIMESTAMP = new RegExp(
  `^(?:(?:published|updated|posted|last updated|first published)(?:\\s+on)?:?\\s+)?` +
    `(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?` +
    `(?:\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|${CLOCK})` +
    `(?:[\\s,]+(?:at\\s+)?${CLOCK})?\\s*$`,
  'i',
);

/**
 * Longer lines are no timestamp (the longest form, "Last updated on: Wednesday, 12 September,
 * 2026 at 10:45 a.m. EST+10", has 70 characters), and TIMESTAMP, read over a long line, can take
 * time that grows with the square of its length.
 */
const TIMESTAMP_MAX_LENGTH = 200;
/** More than DATELINE can match: its parts are bounded but for their white space. */
const DATELINE_MAX_LENGTH = 400;

/**
 * A line of a page's fields: a label ending in a colon, or a value of one word at most and
 * numbers ("522575", "Thu, 02/14/2019 - 12:53").
 */
const FIELD_LINE = /^(?:[\p{L}][\p{L} ]{0,20}\s*:|[^\p{L}]*(?:\p{L}+[^\p{L}]*)?)$/u;
const FIELD_LINE_MAX_LENGTH = 30;

/** A short line without a sentence's final stop: a headline set as a paragraph. */
export function looksLikeHeadline(line: string): boolean {
  return line.split(/\s+/).length <= 16 && !/[.!?:]["'\u2019\u201d]?\s*$/.test(line);
}

function isHeading(line: string): boolean {
  // A lower-case letter is a letter that upper-casing changes: no heading (and the common case).
  if (/[a-z]/.test(line)) return false;
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4) return false;
  // All capitals, not a sentence: no lower-case letters, at most a few words of a sentence.
  return (
    letters === letters.toUpperCase() && letters !== letters.toLowerCase() && !/[.!?]["']?\s*$/.test(line)
  );
}

/**
 * @param markupHeadings spans the source marked up as headings (HTML `<h1>`…`<h6>`): a line inside
 *   one is a heading whatever its case.
 */
export function layoutBlocks(text: string, markupHeadings: Span[] = []): Block[] {
  // Lines come in text order, and the headings are paragraphs of the page, apart from each other:
  // the one heading that may hold a line is the first not yet behind it.
  const headings = [...markupHeadings].sort((a, b) => a.end - b.end);
  let heading = 0;
  const inMarkupHeading = (start: number, end: number) => {
    while (heading < headings.length && headings[heading].end < end) heading++;
    for (let h = heading; h < headings.length && headings[h].start <= start; h++)
      if (end <= headings[h].end) return true;
    return false;
  };
  /** How many paragraphs so far, and the first: no need to read the blocks again for each line. */
  const paragraphs: { count: number; first?: Block } = { count: 0 };
  const blocks: Block[] = [];
  const linePattern = /[^\n]+/g;
  for (let m = linePattern.exec(text); m; m = linePattern.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    // trim
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (start >= end) continue;
    const line = text.slice(start, end);
    if (line.length <= TIMESTAMP_MAX_LENGTH && TIMESTAMP.test(line)) {
      blocks.push({ start, end, kind: 'timestamp' });
    } else if (LINK_LINE.test(line)) {
      blocks.push({ start, end, kind: 'link' });
    } else if (BYLINE.test(line) && line.split(/\s+/).length <= 12) {
      blocks.push({ start, end, kind: 'byline' });
    } else if (isHeading(line) || inMarkupHeading(start, end)) {
      blocks.push({ start, end, kind: 'heading' });
    } else {
      // The dateline opens the first paragraph, or the second when the first is a headline
      // ("Trump-Kim summit ends early with no deal" / "HANOI, Vietnam President Trump's …").
      const first =
        paragraphs.count === 0 ||
        (paragraphs.count === 1 &&
          !!paragraphs.first &&
          looksLikeHeadline(text.slice(paragraphs.first.start, paragraphs.first.end)));
      // A dateline is at most a hundred characters or so: the regexes need not read a long line whole.
      const head = line.slice(0, DATELINE_MAX_LENGTH);
      const dl = first ? (DATELINE.exec(head) ?? DATELINE_NO_DASH.exec(head)) : null;
      if (dl && /[a-z]/.test(line.slice(dl[0].length))) {
        blocks.push({ start, end: start + dl[0].length, kind: 'dateline' });
        start += dl[0].length;
      }
      const paragraph: Block = { start, end, kind: 'paragraph' };
      blocks.push(paragraph);
      // A page's field label or value before the story ("ID :", "522575", "Author :") is no
      // paragraph of it: the dateline may still open the story's first paragraph after them.
      if (paragraphs.count === 0 && line.length <= FIELD_LINE_MAX_LENGTH && FIELD_LINE.test(line)) continue;
      paragraphs.count++;
      paragraphs.first ??= paragraph;
    }
  }
  return isHardWrapped(text) ? joinWrappedLines(text, blocks) : blocks;
}

/** A line that ends a sentence: its final stop, perhaps inside a closing quotation mark or bracket. */
const SENTENCE_END = /[.!?:;]["'\u2019\u201d)\]]*$|["\u201d]$/;
/** Hard-wrapped lines are at most this long (wire copy wraps at 60 to 72 characters). */
const WRAPPED_LINE_MAX_LENGTH = 80;
const WRAPPED_MIN_LINES = 8;

/**
 * A text whose lines were wrapped by hand, as old wire copy is ("Representatives of five\nparties
 * that …"): nearly every line short, and many ending in the middle of a sentence. Such a line
 * is no paragraph: read as one, every sentence across a line end is lost.
 */
function isHardWrapped(text: string): boolean {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (lines.length < WRAPPED_MIN_LINES) return false;
  const short = lines.filter((line) => line.length <= WRAPPED_LINE_MAX_LENGTH).length;
  const open = lines.filter((line) => !SENTENCE_END.test(line)).length;
  return short >= 0.8 * lines.length && open >= 0.4 * lines.length;
}

/** Joins each paragraph line that goes on from a line left in mid-sentence to that line's paragraph. */
function joinWrappedLines(text: string, blocks: Block[]): Block[] {
  const joined: Block[] = [];
  for (const block of blocks) {
    const previous = joined[joined.length - 1];
    const goesOn =
      block.kind === 'paragraph' &&
      previous?.kind === 'paragraph' &&
      !SENTENCE_END.test(text.slice(previous.start, previous.end)) &&
      !/\n\s*\n/.test(text.slice(previous.end, block.start));
    if (goesOn) previous.end = block.end;
    else joined.push(block);
  }
  return joined;
}

export const layoutStage: Stage = {
  name: 'layout',
  run(doc: ParleyDocument) {
    doc.blocks = layoutBlocks(doc.text, doc.markupHeadings);
  },
};
