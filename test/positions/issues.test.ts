import { describe, expect, it } from 'vitest';
import { compilePattern, PatternError, PhraseMatcher, preferTight } from '../../src/core/code/issues.js';
import { CUE_LISTS } from '../../src/core/code/textindex.js';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import type { Token } from '../../src/core/model.js';

const TAXONOMY_ISSUES = [
  'ceasefire',
  'territory',
  'security_guarantees',
  'alliance_membership',
  'foreign_troops',
  'sanctions_relief',
  'talks_inclusion',
  'diplomatic_relations',
  'economic_cooperation',
  'military_aid',
  'prisoners',
  'humanitarian',
  'elections',
  'nuclear',
  'summit',
  'reconstruction',
  'demilitarisation',
];

/** Words as tokens, one sentence; capitalised words listed in `actors` are actor mentions. */
function tokens(text: string): Token[] {
  let at = 0;
  return text.split(' ').map((w) => {
    const start = text.indexOf(w, at);
    at = start + w.length;
    return { start, end: at, text: w, lower: w.toLowerCase(), kind: 'word', sentence: 0 } as Token;
  });
}

function match(patterns: string[], text: string, actors: Record<string, string> = {}) {
  const matcher = new PhraseMatcher(patterns.map((p) => compilePattern(p, p)));
  const toks = tokens(text);
  return matcher
    .matchAll({
      tokens: toks,
      from: 0,
      to: toks.length,
      actorAt: (i) => (actors[toks[i].text] ? { end: i + 1, codes: [actors[toks[i].text]] } : undefined),
    })
    .map((m) => ({
      pattern: m.pattern.source,
      text: toks
        .slice(m.start, m.end)
        .map((t) => t.text)
        .join(' '),
      actors: m.actors,
    }));
}

describe('the default issue codebook', () => {
  it('has every issue of the shared taxonomy, each with patterns', () => {
    const issues = loadCodebook().issues;
    for (const code of TAXONOMY_ISSUES)
      expect(issues.find((i) => i.code === code)?.patterns.length).toBeGreaterThan(0);
  });

  it('compiles every issue pattern and stance cue', () => {
    const book = loadCodebook();
    for (const issue of book.issues)
      for (const p of issue.patterns) expect(() => compilePattern(p, issue.code)).not.toThrow();
    for (const name of CUE_LISTS) {
      expect(book.cues[name]?.length, name).toBeGreaterThan(0);
      for (const p of book.cues[name] ?? []) expect(() => compilePattern(p, name)).not.toThrow();
    }
  });

  it('holds the one-word lists the stages read as words (keep_on_verbs, undergo_verbs, reference_nouns)', () => {
    const book = loadCodebook();
    for (const name of [
      'keep_on_verbs',
      'undergo_verbs',
      'reference_nouns',
      'conversation_nouns',
      'previously_adverbs',
      'published_texts',
      'carried_texts',
    ]) {
      expect(book.cues[name]?.length, name).toBeGreaterThan(0);
      for (const w of book.cues[name] ?? []) expect(w, name).toMatch(/^[\p{L}'-]+$/u);
    }
  });
});

describe('pattern language', () => {
  it('words match case-insensitively; `word*` is a prefix; `a|b` alternatives in one slot', () => {
    expect(match(['lift* sanctions'], 'Lifting sanctions now')).toEqual([
      { pattern: 'lift* sanctions', text: 'Lifting sanctions', actors: [] },
    ]);
    expect(match(['join|joined nato'], 'Veska joined NATO')[0]?.text).toBe('joined NATO');
  });

  it('`*` skips up to three words, `...` any words in the sentence', () => {
    expect(match(['lift * sanctions'], 'lift all of the remaining sanctions')).toEqual([]);
    expect(match(['lift * sanctions'], 'lift the remaining sanctions')[0]?.text).toBe(
      'lift the remaining sanctions',
    );
    expect(match(['alliance ... join'], 'the alliance promised that one day Veska would join')).toHaveLength(
      1,
    );
  });

  it('`{ACTOR}` binds an actor mention (its code) or a pronoun (the holder)', () => {
    expect(match(['behind {ACTOR} back'], 'behind Veska back', { Veska: 'VSK' })[0]?.actors).toEqual([
      ['VSK'],
    ]);
    expect(match(['without {ACTOR} consent'], 'without its consent')[0]?.actors).toEqual([[]]);
  });

  it('many patterns on one first word: each is still found by what follows it, in pattern order', () => {
    const patterns = [
      'the truce',
      'the border * reopened',
      'the {ACTOR} blockade',
      'the port*',
      'the ... sanctions',
      'the',
      'the harbour deal',
    ];
    const found = (text: string) =>
      match(patterns, text, { Veska: 'VSK' }).map((m) => `${m.pattern} = ${m.text}`);
    expect(found('the truce held')).toEqual(['the truce = the truce', 'the = the']);
    expect(found('the border was reopened')).toEqual([
      'the border * reopened = the border was reopened',
      'the = the',
    ]);
    expect(found('the Veska blockade')).toEqual(['the {ACTOR} blockade = the Veska blockade', 'the = the']);
    expect(found('the ports and then new sanctions')).toEqual([
      'the port* = the ports',
      'the ... sanctions = the ports and then new sanctions',
      'the = the',
    ]);
    // A second word past the end of the range is no second word.
    expect(found('the')).toEqual(['the = the']);
    expect(found('the harbour truce')).toEqual(['the = the']);
  });

  it('a leading `!` marks a pattern that states the opposite of the proposition', () => {
    expect(compilePattern('!behind {ACTOR} back', 'x').negated).toBe(true);
    expect(compilePattern('behind {ACTOR} back', 'x').negated).toBe(false);
  });

  it('a pattern that starts or ends with a gap is refused with its text', () => {
    expect(() => compilePattern('* sanctions', 'x')).toThrow(PatternError);
    expect(() => compilePattern('lift ...', 'x')).toThrow(/lift \.\.\./);
  });

  it('over the same span, the pattern with more words is the reading kept', () => {
    const matcher = new PhraseMatcher([
      compilePattern('end * conflict|war', { issue: 'ceasefire' }),
      compilePattern('end * trade war', { issue: 'sanctions_relief' }),
    ]);
    const toks = tokens('a deal to end the trade war');
    const all = matcher.matchAll({ tokens: toks, from: 0, to: toks.length, actorAt: () => undefined });
    expect(all).toHaveLength(2);
    expect(preferTight(all).map((m) => m.pattern.payload.issue)).toEqual(['sanctions_relief']);
  });

  it('the same words listed under two issues name both', () => {
    const matcher = new PhraseMatcher([
      compilePattern('open * markets', { issue: 'economic_cooperation' }),
      compilePattern('open|opening * markets', { issue: 'sanctions_relief' }),
      compilePattern('!close * markets', { issue: 'economic_cooperation' }),
    ]);
    const toks = tokens('Veska will open its markets to Ormund');
    const all = matcher.matchAll({ tokens: toks, from: 0, to: toks.length, actorAt: () => undefined });
    expect(
      preferTight(all)
        .map((m) => m.pattern.payload.issue)
        .sort(),
    ).toEqual(['economic_cooperation', 'sanctions_relief']);
  });

  it('an alternative is one word: `{ACTOR}` or a gap among alternatives is refused', () => {
    expect(() => compilePattern('annex {ACTOR}|land', 'x')).toThrow(PatternError);
    expect(() => compilePattern('lift *|all sanctions', 'x')).toThrow(/lift \*\|all sanctions/);
  });
});
