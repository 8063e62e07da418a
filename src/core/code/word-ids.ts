/**
 * Integer ids for lower-cased words, so that the phrase matchers look a token up by a number.
 *
 * Every matcher (issues, cue lists) asks per token which of its patterns can start there, and per
 * candidate which can go on with the next word: string-keyed Map look-ups, each hashing and
 * comparing the word again. Here a document's word is looked up once, when a matcher first reads
 * it; every later question about that token, in any matcher, indexes an array by its id.
 *
 * One table serves the whole process: ids are only words, whatever codebook a matcher came from.
 * It is bounded: past `limit` words it is emptied at the next document, and its `generation`
 * changes, so that tables built from its ids (a matcher's, a document's) are known to be stale.
 */
import type { Token } from '../model.js';

export class WordIds {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  /** Changes whenever the table is emptied: ids of another generation name other words. */
  generation = 0;
  private readonly docs = new WeakMap<readonly Token[], TokenIds>();

  constructor(readonly limit = 200_000) {}

  /** The word's id (a new one for a word not seen before). */
  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
    }
    return id;
  }

  /** The word an id stands for. */
  word(id: number): string {
    return this.words[id];
  }

  get size(): number {
    return this.words.length;
  }

  /**
   * The ids of a token list's lower-cased words, read as they are asked for and kept while the
   * list lives (a document's tokens are read by several matchers, sentence by sentence). The only
   * point where the table is emptied: within one matcher's pass over a range, ids stay valid.
   */
  ofTokens(tokens: readonly Token[]): TokenIds {
    if (this.words.length > this.limit) {
      this.ids.clear();
      this.words.length = 0;
      this.generation++;
    }
    let hit = this.docs.get(tokens);
    if (!hit || hit.generation !== this.generation || hit.ids.length !== tokens.length) {
      hit = new TokenIds(this, tokens);
      this.docs.set(tokens, hit);
    }
    return hit;
  }
}

/** The word ids of one token list (-1 until a token is first asked for). */
export class TokenIds {
  readonly generation: number;
  readonly ids: Int32Array;

  constructor(
    private readonly table: WordIds,
    private readonly tokens: readonly Token[],
  ) {
    this.generation = table.generation;
    this.ids = new Int32Array(tokens.length).fill(-1);
  }

  /** The id of token t's lower-cased text; -1 past the list's end. */
  at(t: number): number {
    if (t >= this.ids.length) return -1;
    const id = this.ids[t];
    if (id >= 0) return id;
    const fresh = this.table.id(this.tokens[t].lower);
    this.ids[t] = fresh;
    return fresh;
  }
}

/** The process's table, shared by every phrase matcher. */
export const WORD_IDS = new WordIds();
