/**
 * A token-trie gazetteer: thousands of names (states, capitals, seats, persons, outlets, role
 * titles) are matched in one left-to-right pass over a document's tokens, longest match first.
 * One trie is compiled per codebook and kept in `ctx.cache`; matching costs a hash lookup per
 * token, independent of how many names the codebook holds (a regex per name would not scale).
 *
 * Names and text are tokenised the same way (runs of letters/digits; every other non-space
 * character is a token of its own), so "U.S." matches "U.S." and "Trump's" is `trump ' s`.
 */

/** A token of the matcher: offsets into the document, the text, and a case-folded key. */
export interface GazToken {
  start: number;
  end: number;
  text: string;
  /** Lower-cased, diacritics removed: the trie key. */
  key: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper-case ("US", "NATO"). */
  upper: boolean;
  /** A run of letters or digits (not punctuation). */
  word: boolean;
  /** Index of the sentence, where the caller knows it (kept in the token so its shape never changes). */
  sent: number;
}

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const WHITE = /\s/u;

export function foldKey(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}

/**
 * The key, capital and all-capitals flags of a word token, read in one pass over its char codes
 * when it is plain ASCII (nearly every word of English news): no regular expression, no upper-case
 * copy. Undefined for any other word, which makeToken reads the general way.
 */
function asciiWord(text: string): 0 | 1 | 2 | 3 | undefined {
  let upperSeen = false;
  let lowerSeen = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return undefined;
    if (c >= 65 && c <= 90) upperSeen = true;
    else if (c >= 97 && c <= 122) lowerSeen = true;
  }
  // Bit 1: has an upper-case letter; bit 0: has no lower-case letter.
  return ((upperSeen ? 2 : 0) | (lowerSeen ? 0 : 1)) as 0 | 1 | 2 | 3;
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(text[i]);
}

function isSpaceChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return WHITE.test(text[i]);
}

function makeToken(text: string, start: number, word: boolean): GazToken {
  const c = text.charCodeAt(0);
  const ascii = word ? asciiWord(text) : undefined;
  if (ascii !== undefined) {
    // The same fields as below: the key is the lower-cased text; "upper" needs a capital first,
    // two or more characters, and no lower-case letter.
    const cap = c >= 65 && c <= 90;
    return {
      start,
      end: start + text.length,
      text,
      key: ascii & 2 ? text.toLowerCase() : text,
      cap,
      upper: cap && text.length >= 2 && (ascii & 1) === 1,
      word,
      sent: 0,
    };
  }
  const cap = word && (c < 128 ? c >= 65 && c <= 90 : text[0] !== text[0].toLowerCase());
  const key = word ? foldKey(text) : text;
  return {
    start,
    end: start + text.length,
    text,
    key,
    cap,
    upper: cap && text.length >= 2 && key !== text && text === text.toUpperCase(),
    word,
    sent: 0,
  };
}

/**
 * Tokens of `text[from, to)`, with offsets into `text`. A hand scanner over char codes: this runs
 * over every word of every document, so it avoids a regular expression per token.
 */
export function tokenize(text: string, from = 0, to = text.length): GazToken[] {
  const out: GazToken[] = [];
  let i = from;
  while (i < to) {
    if (isSpaceChar(text, i)) {
      i++;
      continue;
    }
    if (isWordChar(text, i)) {
      let j = i + 1;
      while (j < to && isWordChar(text, j)) j++;
      out.push(makeToken(text.slice(i, j), i, true));
      i = j;
    } else {
      // A surrogate pair (emoji) stays one token.
      const c = text.charCodeAt(i);
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
      out.push(makeToken(text.slice(i, i + width), i, false));
      i += width;
    }
  }
  return out;
}

/**
 * How a name's token must be written in the text: a name written in capitals ("US", "AP") only
 * matches capitals; a capitalised word only a capitalised word; a lower-case word any case.
 */
type CaseRule = 0 | 1 | 2; // 0 any, 1 capitalised, 2 exact capitals
const ANY: CaseRule = 0;
const CAPITALISED: CaseRule = 1;
const CAPITALS: CaseRule = 2;

function caseRule(tok: GazToken): CaseRule {
  if (tok.upper) return CAPITALS;
  if (tok.cap) return CAPITALISED;
  return ANY;
}

function caseFits(rule: CaseRule, tok: GazToken): boolean {
  if (rule === ANY) return true;
  if (rule === CAPITALISED) return tok.cap;
  return tok.upper;
}

interface Entry<P> {
  rules: CaseRule[];
  payload: P;
}

interface TrieNode<P> {
  next: Map<string, TrieNode<P>>;
  entries?: Entry<P>[];
}

export interface GazMatch<P> {
  /** Index of the first token. */
  from: number;
  /** Index after the last token. */
  to: number;
  payloads: P[];
}

export class Gazetteer<P> {
  private readonly root: TrieNode<P> = { next: new Map() };
  size = 0;

  /** Add a name; an empty name is ignored. */
  add(name: string, payload: P): void {
    const toks = tokenize(name.trim());
    if (toks.length === 0) return;
    let node = this.root;
    for (const t of toks) {
      let child = node.next.get(t.key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(t.key, child);
      }
      node = child;
    }
    node.entries ??= [];
    node.entries.push({ rules: toks.map(caseRule), payload });
    this.size++;
  }

  /** The longest name that starts at token `i`, with every payload registered under it. */
  longest(tokens: GazToken[], i: number, accept?: (p: P) => boolean): GazMatch<P> | undefined {
    let node: TrieNode<P> | undefined = this.root;
    let best: GazMatch<P> | undefined;
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(tokens[j].key);
      if (!node?.entries) continue;
      let payloads: P[] | undefined;
      for (const e of node.entries) {
        if (accept && !accept(e.payload)) continue;
        let fits = true;
        for (let k = 0; k < e.rules.length && fits; k++) fits = caseFits(e.rules[k], tokens[i + k]);
        if (fits) (payloads ??= []).push(e.payload);
      }
      if (payloads) best = { from: i, to: j + 1, payloads };
    }
    return best;
  }

  /** True when a name starts at `i` and ends exactly at token `to` (exclusive). */
  matchesExactly(tokens: GazToken[], i: number, to: number): boolean {
    let node: TrieNode<P> | undefined = this.root;
    for (let j = i; j < to && node; j++) node = node.next.get(tokens[j].key);
    return !!node?.entries?.some((e) => e.rules.every((r, k) => caseFits(r, tokens[i + k])));
  }
}

/** A set of single words or phrases (cue lists), matched with the same rules. */
export function phraseSet(phrases: Iterable<string>): Gazetteer<true> {
  const g = new Gazetteer<true>();
  for (const p of phrases) g.add(p, true);
  return g;
}
