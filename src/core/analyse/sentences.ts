/**
 * Stage `sentences`: tokens, sentences and quotation spans over the story paragraphs.
 *
 * Our own single-pass scanner rather than wink-nlp: the statements stage needs exact offsets into
 * `doc.text`, news-specific abbreviations ("U.S.", "Gen.", "Feb.", initials) from the codebook, and
 * quotation pairing across paragraphs ("left open, reopened in the next"), none of which wink's
 * model gives us directly; and a hand scanner over `doc.norm` with `charCodeAt` runs at millions of
 * characters per second, which the ≥100,000 words/s target of the statements stage needs.
 */
import type { Codebook } from '../codebook/codebook.js';
import type {
  ParleyDocument,
  PipelineContext,
  QuoteSpan,
  Sentence,
  Stage,
  Token,
  TokenKind,
} from '../model.js';

interface SplitterLexicon {
  abbreviations: Set<string>;
  sentenceStarters: Set<string>;
  beforeNumber: Set<string>;
}

const LEXICON_KEY = 'sentences.lexicon';

export function splitterLexicon(ctx: PipelineContext | { codebook: Codebook; cache?: Map<string, unknown> }) {
  const cached = ctx.cache?.get(LEXICON_KEY) as SplitterLexicon | undefined;
  if (cached) return cached;
  const cues = ctx.codebook.cues;
  const lexicon: SplitterLexicon = {
    abbreviations: new Set((cues.abbreviations ?? []).map((w) => w.toLowerCase().replace(/\.$/, ''))),
    sentenceStarters: new Set((cues.sentence_starters ?? []).map((w) => w.toLowerCase())),
    beforeNumber: new Set((cues.abbreviations_before_number ?? []).map((w) => w.toLowerCase())),
  };
  ctx.cache?.set(LEXICON_KEY, lexicon);
  return lexicon;
}

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const ALNUM = /[\p{L}\p{N}\p{M}]/u;
function isAlnum(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiAlnum(c);
  return ALNUM.test(text[i]);
}
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009;
const isUpperStart = (s: string) => {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return s[0] !== s[0].toLowerCase();
};

const QUOTE = 34; // '"' — every double quotation mark shape, in `norm`
const PUNCT = new Set('.,;:!?()[]{}-/\u2026');
const TERMINATORS = new Set(['.', '!', '?', '\u2026']);

/** A dotted acronym or an initial: "U.S", "U.N", "J" (the final period comes after). */
const isDottedAcronym = (word: string) => /^(?:\p{L}\.)*\p{L}$/u.test(word);
const isLetter = (s: string) => /^\p{L}$/u.test(s);

/**
 * A lone letter after a lower-case word ("wrote on X.", "a plan B.") is a word of its own, not an
 * initial: initials come within a name ("George W. Bush", "J. Smith").
 */
function followsLowerWord(tokens: Token[], k: number, sentenceStart: number): boolean {
  const prev = k > sentenceStart ? tokens[k - 1] : undefined;
  return prev?.kind === 'word' && !isUpperStart(prev.text);
}

/**
 * Where the part of the word [from, to) after its last hyphen begins ("S.C" of "R-S.C"): `from`
 * when it has none. Looks back no further than the word, however long the text before it.
 */
function afterLastHyphen(norm: string, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (norm.charCodeAt(k) === 45) return k + 1;
  return from;
}

/** Tokenise [start, end) of `norm`; appends to `tokens` with sentence index -1 (set later). */
function tokenise(
  norm: string,
  start: number,
  end: number,
  lexicon: SplitterLexicon,
  tokens: Token[],
  singles: ReadonlySet<number> = NO_SINGLES,
  dashes: ReadonlySet<number> = NO_SINGLES,
) {
  let i = start;
  while (i < end) {
    const c = norm.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const tokStart = i;
    let kind: TokenKind;
    if (singles.has(i)) {
      // A single curly mark that opens or closes a quotation (see singleQuotes).
      i++;
      kind = 'quote';
    } else if (isAlnum(norm, i)) {
      let allDigits = true;
      // The part of the word after its last hyphen, and the last period in that part: whether the
      // part is a dotted acronym is then known from the letters after that period alone, so a
      // word of many periods ("U.S.U.S.…") is read in one pass.
      let partStart = tokStart;
      let partDot = -1;
      let partDotted = false;
      while (i < end) {
        const ch = norm.charCodeAt(i);
        if (isAlnum(norm, i)) {
          if (!isDigit(ch)) allDigits = false;
          i++;
          continue;
        }
        // Joiners inside a word: "U.S", "4-1/2", "2,000", "don't", "AT&T", "Jones-Smith".
        if (i + 1 < end && isAlnum(norm, i + 1) && !dashes.has(i)) {
          if (ch === 45 || ch === 38 || ch === 47) {
            if (ch === 45) {
              partStart = i + 1;
              partDot = -1;
            }
            i++;
            continue;
          }
          if (
            (ch === 44 || ch === 46) &&
            isDigit(norm.charCodeAt(i - 1)) &&
            isDigit(norm.charCodeAt(i + 1))
          ) {
            if (ch === 46) {
              partDot = i;
              partDotted = false;
            }
            i++;
            continue;
          }
          // "U.S", and "R-S.C" in "(R-S.C.)": the part after the last hyphen is an acronym.
          if (
            ch === 46 &&
            (partDot < 0
              ? isDottedAcronym(norm.slice(partStart, i))
              : partDotted && isLetter(norm.slice(partDot + 1, i)))
          ) {
            partDot = i;
            partDotted = true;
            i++;
            continue;
          }
          // Apostrophes: "'s" becomes a token of its own (possessive), other contractions stay whole.
          if (ch === 39) {
            const n = norm.charCodeAt(i + 1) | 32;
            const after = i + 2 < end ? i + 2 : -1;
            if (n === 115 && (after < 0 || !isAlnum(norm, after))) break;
            i++;
            continue;
          }
        }
        break;
      }
      // A final period belongs to the word when it is an abbreviation or a dotted acronym.
      if (i < end && norm.charCodeAt(i) === 46) {
        const word = norm.slice(afterLastHyphen(norm, tokStart, i), i);
        const lower = word.toLowerCase();
        if (
          isDottedAcronym(word) ||
          lexicon.abbreviations.has(lower) ||
          (lexicon.beforeNumber.has(lower) && /^ ?\d/.test(norm.slice(i + 1, i + 3)))
        )
          i++;
      }
      kind = allDigits ? 'number' : 'word';
    } else if (
      c === 39 &&
      i + 2 <= end &&
      (norm.charCodeAt(i + 1) | 32) === 115 &&
      tokens.length > 0 &&
      tokens[tokens.length - 1].end === i &&
      (i + 2 === end || !isAlnum(norm, i + 2))
    ) {
      i += 2;
      kind = 'word';
    } else if (quoteMarkLength(norm, i, end) > 0) {
      i += quoteMarkLength(norm, i, end);
      kind = 'quote';
    } else if (PUNCT.has(norm[i])) {
      // Runs of the same mark ("--", "...") are one token.
      i++;
      while (i < end && norm.charCodeAt(i) === c) i++;
      kind = 'punct';
    } else {
      i++;
      kind = c === 39 ? 'punct' : 'symbol';
    }
    const text = norm.slice(tokStart, i);
    tokens.push({ start: tokStart, end: i, text, lower: text.toLowerCase(), kind, sentence: -1 });
  }
}

/**
 * `"Hamas proposed amendments. We discussed them. "Some of the changes are workable," he said`: a
 * straight mark after a sentence's end and a space, before a word, opens a quotation; one still
 * open before it was never closed (a straight mark that closes follows the words it closes).
 */
function straightReopens(norm: string, i: number, end: number): boolean {
  if (i + 1 >= end || isSpace(norm.charCodeAt(i + 1)) || !isSpace(norm.charCodeAt(i - 1))) return false;
  let k = i - 1;
  while (k > 0 && isSpace(norm.charCodeAt(k))) k--;
  return norm[k] === '.' || norm[k] === '!' || norm[k] === '?';
}

/**
 * Pair the quotation marks of one paragraph. Curly marks in `text` say which way they face;
 * straight marks toggle. Returns whether a quote was left open at the paragraph's end.
 */
function pairQuotes(
  doc: ParleyDocument,
  start: number,
  end: number,
  quotes: QuoteSpan[],
  carry: boolean,
): boolean {
  let openAt = -1;
  let openLen = 1;
  // A quote the paragraph before left open goes on here when this paragraph's first mark closes
  // it (a closing curly mark, or an odd number of straight ones) and none reopens it at the start:
  // a quotation broken over lines without the marks news style repeats.
  if (carry) {
    let first = -1;
    let marks = 0;
    for (let i = start; i < end; i++) {
      const len = quoteMarkLength(doc.norm, i, end);
      if (len === 0) continue;
      if (first < 0) first = i;
      marks++;
      i += len - 1;
    }
    const opensAtStart = first >= 0 && doc.norm.slice(start, first).trim() === '';
    const closing =
      first >= 0 &&
      (doc.text.charCodeAt(first) === 0x201d || (doc.text.charCodeAt(first) === 34 && marks % 2 === 1));
    if (closing && !opensAtStart) {
      openAt = start;
      openLen = 0;
    }
  }
  for (let i = start; i < end; i++) {
    const len = quoteMarkLength(doc.norm, i, end);
    if (len === 0) continue;
    const original = doc.text.charCodeAt(i);
    if (openAt < 0) {
      openAt = i;
      openLen = len;
    } else if (
      (original === 0x201c && doc.text.charCodeAt(openAt) === 0x201c && i > openAt + 1) ||
      (original === 34 && doc.text.charCodeAt(openAt) === 34 && straightReopens(doc.norm, i, end))
    ) {
      // Two opening marks in a row: the first quote was never closed; end it before the second.
      let e = i;
      while (e > openAt + 1 && isSpace(doc.norm.charCodeAt(e - 1))) e--;
      quotes.push({ start: openAt, end: e, inner: { start: openAt + openLen, end: e }, continued: false });
      openAt = i;
      openLen = len;
    } else {
      quotes.push({ start: openAt, end: i + len, inner: { start: openAt + openLen, end: i } });
      openAt = -1;
    }
    i += len - 1;
  }
  if (openAt >= 0) {
    // Left open at the paragraph's end: news style reopens it in the next paragraph.
    quotes.push({ start: openAt, end, inner: { start: openAt + openLen, end }, continued: true });
    return true;
  }
  return false;
}

const NO_SINGLES: ReadonlySet<number> = new Set();

/** Any letter or digit, in `text` (not folded). */
const isWordChar = (text: string, i: number) => i >= 0 && i < text.length && isAlnum(text, i);

/**
 * Quotations in single curly marks ('‘…’', British and some wire styles) in [start, end) outside
 * the double-mark quotes `doubles` of the paragraph (a '‘…’' inside “…” is a quote within the
 * quote and stays text). The closing mark is also the apostrophe ("everyone’s", "don’t", "the
 * parties’ views"), so a span counts only when its '‘' starts a word (after a space, a
 * punctuation mark or the paragraph start, before a letter or digit) and a '’' closes it that is
 * not inside a word: not followed by a letter or digit, and not a plural possessive ("…s’ views").
 * A double mark or another opening '‘' before such a close leaves the '‘' as text.
 */
function singleQuotes(
  text: string,
  norm: string,
  start: number,
  end: number,
  doubles: QuoteSpan[],
): QuoteSpan[] {
  const found: QuoteSpan[] = [];
  let d = 0;
  const opens = (i: number) =>
    text.charCodeAt(i) === 0x2018 && !isWordChar(text, i - 1) && i + 1 < end && isWordChar(text, i + 1);
  for (let i = start; i < end; i++) {
    while (d < doubles.length && doubles[d].end <= i) d++;
    if (d < doubles.length && doubles[d].start <= i) {
      i = doubles[d].end - 1;
      continue;
    }
    if (!opens(i)) continue;
    let close = -1;
    for (let j = i + 2; j < end; j++) {
      if (norm.charCodeAt(j) === QUOTE || opens(j)) break;
      if (text.charCodeAt(j) !== 0x2019 || isSpace(norm.charCodeAt(j - 1)) || isWordChar(text, j + 1))
        continue;
      const possessive =
        (norm.charCodeAt(j - 1) | 32) === 115 && isSpace(norm.charCodeAt(j + 1)) && isWordChar(text, j + 2);
      if (possessive) continue;
      close = j;
      break;
    }
    if (close < 0) continue;
    found.push({ start: i, end: close + 1, inner: { start: i + 1, end: close } });
    i = close;
  }
  return found;
}

/**
 * The length of a quotation mark at `i` in `norm`: 1 for a double mark, 2 for the doubled single
 * marks some papers print (''…''), 0 for none. Inches (6'3'') are not marks.
 */
function quoteMarkLength(norm: string, i: number, end: number): number {
  const c = norm.charCodeAt(i);
  if (c === QUOTE) return 1;
  if (c === 39 && i + 1 < end && norm.charCodeAt(i + 1) === 39 && !(i > 0 && isDigit(norm.charCodeAt(i - 1))))
    return 2;
  return 0;
}

/**
 * The most tokens a sentence may have. Text without sentence punctuation (a transcript, a list of
 * keywords, lines of headlines run together) would otherwise be one sentence as long as the text,
 * and the stages after this one read a sentence as a whole, more than once per cue in it: their
 * work would grow with the square of its length. The longest sentence of some 35,000 in real
 * reports has 220 tokens (a list of names).
 */
export const MAX_SENTENCE_TOKENS = 400;

/**
 * Where to end a sentence that reached MAX_SENTENCE_TOKENS at token `k`: after the last comma,
 * semicolon or colon in its last quarter, else before `k`.
 */
function forcedEnd(tokens: Token[], sentenceStart: number, k: number): number {
  for (let j = k - 1; j > k - MAX_SENTENCE_TOKENS / 4 && j > sentenceStart; j--) {
    const text = tokens[j].text;
    if (text === ',' || text === ';' || text === ':') return j;
  }
  return k - 1;
}

/** Split one paragraph's tokens [from, to) into sentences. */
function splitSentences(
  doc: ParleyDocument,
  tokens: Token[],
  from: number,
  to: number,
  block: number,
  lexicon: SplitterLexicon,
) {
  let sentenceStart = from;
  let quoteOpen = false;
  const close = (lastToken: number) => {
    const index = doc.sentences.length;
    doc.sentences.push({ start: tokens[sentenceStart].start, end: tokens[lastToken].end, block } as Sentence);
    for (let k = sentenceStart; k <= lastToken; k++) tokens[k].sentence = index;
    sentenceStart = lastToken + 1;
  };
  for (let k = from; k < to; k++) {
    if (k - sentenceStart >= MAX_SENTENCE_TOKENS) close(forcedEnd(tokens, sentenceStart, k));
    const tok = tokens[k];
    if (tok.kind === 'quote') {
      quoteOpen = !quoteOpen;
      continue;
    }
    let ends = false;
    let last = k;
    if (tok.kind === 'punct' && (TERMINATORS.has(tok.text[0]) || tok.text === '...')) {
      ends = true;
    } else if (tok.kind === 'word' && tok.text.endsWith('.') && tok.text.length > 1) {
      // "U.S." may end a sentence; "Mr." and initials do not.
      const bare = tok.lower.slice(0, -1);
      const next = tokens[k + 1];
      // An opening quotation mark after it ("wrote on X. “All…") also starts a sentence.
      ends =
        k + 1 < to &&
        !lexicon.abbreviations.has(bare) &&
        !lexicon.beforeNumber.has(bare) &&
        ((next.kind === 'quote' && !quoteOpen) ||
          ((bare.length > 1 || followsLowerWord(tokens, k, sentenceStart)) &&
            next.kind === 'word' &&
            lexicon.sentenceStarters.has(next.lower) &&
            isUpperStart(next.text)));
    }
    if (!ends) continue;
    // Closing marks and brackets after the terminator belong to this sentence.
    while (last + 1 < to) {
      const n = tokens[last + 1];
      // A mark right after the terminator closes the quote even if an earlier stray mark
      // confused the toggling.
      if (n.kind === 'quote' && (quoteOpen || n.start === tokens[last].end)) {
        quoteOpen = false;
        last++;
      } else if (n.text === ')' || n.text === ']') last++;
      else break;
    }
    if (last + 1 >= to) break;
    // The next sentence starts with a capital, a digit or an opening mark.
    const next = tokens[last + 1];
    const startsSentence =
      next.kind === 'quote' || next.kind === 'number' || next.text === '(' || isUpperStart(next.text);
    if (startsSentence) close(last);
    k = last;
  }
  if (sentenceStart < to) close(to - 1);
}

/**
 * Where an em dash stands between two words with no space ("negotiations\u2014the source"): the
 * normalised text has a hyphen there, but an em dash opens or closes an aside, never joins a word.
 * `dashes` are the text's em dashes (`emDashes`).
 */
function emDashesBetweenWords(dashes: number[], block: { start: number; end: number }): ReadonlySet<number> {
  if (dashes.length === 0) return NO_SINGLES;
  const inBlock = dashes.filter((at) => at >= block.start && at < block.end);
  return inBlock.length > 0 ? new Set(inBlock) : NO_SINGLES;
}

/**
 * The offsets of the text's em dashes, in order: searched for once per document, where a search
 * from each paragraph read on to the end of a text that has none (most) at every paragraph.
 */
function emDashes(text: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf('\u2014'); at >= 0; at = text.indexOf('\u2014', at + 1)) out.push(at);
  return out;
}

/** Fill `doc.tokens`, `doc.sentences` and `doc.quotes` from the paragraph blocks. */
export function analyseSentences(doc: ParleyDocument, ctx: Parameters<typeof splitterLexicon>[0]): void {
  const lexicon = splitterLexicon(ctx);
  doc.tokens = [];
  doc.sentences = [];
  doc.quotes = [];
  const tokens = doc.tokens;
  let open = false;
  // An article that quotes with double marks anywhere uses single ones for quotes within quotes
  // and for headlines ("EU reveals ‘final text’", its story then quoting “final text”): only in
  // an article without double marks are single curly marks its quotation marks.
  const singleStyle = !doc.norm.includes('"');
  const dashes = emDashes(doc.text);
  for (let b = 0; b < doc.blocks.length; b++) {
    const block = doc.blocks[b];
    if (block.kind !== 'paragraph') {
      open = false;
      continue;
    }
    const from = tokens.length;
    const quotes: QuoteSpan[] = [];
    open = pairQuotes(doc, block.start, block.end, quotes, open);
    const singles = singleStyle ? singleQuotes(doc.text, doc.norm, block.start, block.end, quotes) : [];
    // (no set made for the paragraphs, nearly all, that have no single-mark quotation)
    const marks = singles.length > 0 ? new Set(singles.flatMap((q) => [q.start, q.inner.end])) : NO_SINGLES;
    tokenise(doc.norm, block.start, block.end, lexicon, tokens, marks, emDashesBetweenWords(dashes, block));
    if (tokens.length > from) splitSentences(doc, tokens, from, tokens.length, b, lexicon);
    if (singles.length > 0) {
      quotes.push(...singles);
      quotes.sort((x, y) => x.start - y.start);
    }
    doc.quotes.push(...quotes);
  }
}

export const sentencesStage: Stage = {
  name: 'sentences',
  run(doc, ctx) {
    analyseSentences(doc, ctx);
  },
};
