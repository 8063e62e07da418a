import { describe, expect, it } from 'vitest';
import { compilePattern, PhraseMatcher } from '../../src/core/code/issues.js';
import { WordIds } from '../../src/core/code/word-ids.js';
import type { Token } from '../../src/core/model.js';

/** Words as tokens of one sentence. */
function tokens(text: string): Token[] {
  let at = 0;
  return text.split(' ').map((w) => {
    const start = text.indexOf(w, at);
    at = start + w.length;
    return { start, end: at, text: w, lower: w.toLowerCase(), kind: 'word', sentence: 0 } as Token;
  });
}

describe('word ids', () => {
  it('gives a word one id, and different words different ids', () => {
    const table = new WordIds();
    const truce = table.id('truce');
    expect(table.id('truce')).toBe(truce);
    expect(table.id('talks')).not.toBe(truce);
    expect(table.word(truce)).toBe('truce');
  });

  it("reads a token list's lower-cased words, the same id for the same word in any list", () => {
    const table = new WordIds();
    const a = table.ofTokens(tokens('The Truce held'));
    const b = table.ofTokens(tokens('a truce again'));
    expect(a.at(1)).toBe(b.at(1));
    expect(table.word(a.at(0))).toBe('the');
    expect(a.at(3)).toBe(-1);
  });

  it('empties itself past its limit before the next list, under a new generation', () => {
    const table = new WordIds(3);
    const first = tokens('one two three four');
    const ids = table.ofTokens(first);
    for (let t = 0; t < first.length; t++) ids.at(t);
    expect(table.size).toBe(4);
    const again = table.ofTokens(first);
    expect(again.generation).toBe(ids.generation + 1);
    expect(table.size).toBe(0);
    expect(table.word(again.at(3))).toBe('four');
  });
});

describe('phrase matcher over word ids', () => {
  it('matches the same after its table of ids has been emptied', () => {
    const table = new WordIds(4);
    const matcher = new PhraseMatcher(
      ['end * war', 'ceasefire', 'the talks', 'the truce', 'the deal'].map((p) => compilePattern(p, p)),
      table,
    );
    const texts = [
      'They want to end the war now',
      'Vorland and Kestria agreed a ceasefire',
      'the talks on the truce',
    ];
    const read = () =>
      texts.map((text) => {
        const toks = tokens(text);
        return matcher
          .matchAll({ tokens: toks, from: 0, to: toks.length, actorAt: () => undefined })
          .map((m) => m.pattern.source);
      });
    const before = read();
    expect(before).toEqual([['end * war'], ['ceasefire'], ['the talks', 'the truce']]);
    expect(table.generation).toBeGreaterThan(0);
    expect(read()).toEqual(before);
  });
});
