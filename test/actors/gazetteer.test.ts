import { describe, expect, it } from 'vitest';
import { Gazetteer, tokenize } from '../../src/core/code/gazetteer.js';

describe('token-trie gazetteer', () => {
  const g = new Gazetteer<string>();
  g.add('Port Alder', 'VSK');
  g.add('Port', 'PORT');
  g.add('US', 'USA');
  g.add('U.S.', 'USA');
  g.add('the alliance', 'NATO');
  g.add('Tarsia', 'TRS');

  const first = (text: string) => {
    const toks = tokenize(text);
    for (let i = 0; i < toks.length; i++) {
      const m = g.longest(toks, i);
      if (m) return { text: text.slice(toks[m.from].start, toks[m.to - 1].end), payloads: m.payloads };
    }
    return undefined;
  };

  it('finds the longest name at a position', () => {
    expect(first('Talks in Port Alder resumed')).toEqual({ text: 'Port Alder', payloads: ['VSK'] });
  });

  it('matches a name written in capitals only in capitals', () => {
    expect(first('the US said')?.payloads).toEqual(['USA']);
    expect(first('let us say')).toBeUndefined();
    expect(first('the U.S.-Tarsia talks')?.text).toBe('U.S.');
  });

  it('requires capitals where the name has them, and ignores case for lower-case names', () => {
    expect(first('a tarsia rug')).toBeUndefined();
    expect(first('The Alliance met')?.payloads).toEqual(['NATO']);
  });

  it('folds diacritics and quote shapes the same way in names and text', () => {
    const h = new Gazetteer<string>();
    h.add('Türkiye', 'TUR');
    const toks = tokenize('Turkiye said');
    expect(h.longest(toks, 0)?.payloads).toEqual(['TUR']);
  });

  it('keeps offsets into the text', () => {
    const toks = tokenize('  Port Alder’s');
    expect(toks.map((t) => [t.text, t.start])).toEqual([
      ['Port', 2],
      ['Alder', 7],
      ['’', 12],
      ['s', 13],
    ]);
  });
});
