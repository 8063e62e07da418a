import { describe, expect, it } from 'vitest';
import type { GoldLike, GoldStatement } from '../../src/core/eval/gold.js';
import { scoreDocument, scoreTokens, speakersMatch, tokenF1, totals } from '../../src/core/eval/score.js';

const st = (speaker: string, content: string, actor: string | string[] | null = null): GoldStatement => ({
  speaker,
  content,
  actor,
  direct: false,
});
const doc = (statements: GoldStatement[], extra: Partial<GoldLike> = {}): GoldLike => ({
  statements,
  positions: [],
  events: [],
  ...extra,
});

describe('scoring tokens', () => {
  it('splits on punctuation, quotation marks and apostrophes of every shape', () => {
    expect(scoreTokens('Veska’s “final” offer—rejected, 2026!')).toEqual([
      'veska',
      's',
      'final',
      'offer',
      'rejected',
      '2026',
    ]);
  });
  it('token F1 counts shared tokens as a multiset', () => {
    expect(tokenF1(['a', 'b'], ['a', 'b'])).toBe(1);
    expect(tokenF1(['a', 'b', 'c', 'd'], ['a', 'b'])).toBeCloseTo(2 / 3);
    expect(tokenF1(['a', 'a'], ['a'])).toBeCloseTo(2 / 3);
    expect(tokenF1([], ['a'])).toBe(0);
  });
});

describe('speaker matching', () => {
  it('matches equal token sets or one holding the other, less "the"', () => {
    expect(speakersMatch('Ilse Marrow', 'Marrow')).toBe(true);
    expect(speakersMatch('Marrow', 'Ilse Marrow')).toBe(true);
    expect(speakersMatch('the Grey House', 'Grey House')).toBe(true);
    expect(speakersMatch('Ilse Marrow', 'Petr Vallo')).toBe(false);
  });
  it('a predicted pronoun does not match a name, a gold bare pronoun matches anything', () => {
    expect(speakersMatch('Ilse Marrow', 'she')).toBe(false);
    expect(speakersMatch('she', 'Ilse Marrow')).toBe(true);
    expect(speakersMatch('Ilse Marrow', '')).toBe(false);
  });
});

describe('statement scoring', () => {
  const gold = doc([
    st('Ilse Marrow', 'Veska will not give up the Skerry Islands', 'VSK'),
    st('Petr Vallo', 'the ceasefire at sea must hold', 'ORM'),
    st('Mira Solenne', 'both delegations will return to Lumen next week', 'TRS'),
  ]);

  it('matches contents at token F1 ≥ 0.5, one to one, and counts speakers and actors of the pairs', () => {
    const pred = doc([
      st('Marrow', 'Veska will not give up the Skerry Islands, she said', 'VSK'),
      st('Jonas Hale', 'the ceasefire at sea must hold', 'ORM'),
      st('Petr Vallo', 'the ceasefire at sea must hold', 'VSK'),
      st('Anton Brisk', 'fishing rights are not negotiable', 'VSK'),
    ]);
    const s = scoreDocument(gold, pred, ['statements']).statements!;
    // Marrow's pair, and one of the two ceasefire predictions (the one whose speaker matches).
    expect(s).toEqual({ tp: 2, fp: 2, fn: 1, speakerMatches: 2, actorMatches: 1 });
  });

  it('does not match contents that overlap too little', () => {
    const pred = doc([st('Ilse Marrow', 'Veska will talk', 'VSK')]);
    expect(scoreDocument(gold, pred, ['statements']).statements?.tp).toBe(0);
  });

  it('micro-averages over documents, and attributed F1 counts only pairs whose speaker matches', () => {
    const a = scoreDocument(
      gold,
      doc([st('Ilse Marrow', 'Veska will not give up the Skerry Islands', 'VSK')]),
      ['statements'],
    );
    const b = scoreDocument(
      doc([st('Lena Osk', 'the talks are over')]),
      doc([st('Jonas Hale', 'the talks are over')]),
      ['statements'],
    );
    const t = totals([a, b]).statements!;
    expect(t.tp).toBe(2);
    expect(t.detection.precision).toBe(1);
    expect(t.detection.recall).toBeCloseTo(2 / 4);
    expect(t.attributed.precision).toBeCloseTo(1 / 2);
    expect(t.attributed.recall).toBeCloseTo(1 / 4);
    expect(t.attributionAccuracy).toBeCloseTo(1 / 2);
    expect(t.actorAccuracy).toBeCloseTo(1);
  });

  it('compares actor sets, not their order', () => {
    const g = doc([st('Both sides', 'talks will resume', ['VSK', 'ORM'])]);
    const p = doc([st('Both sides', 'talks will resume', ['ORM', 'VSK'])]);
    expect(scoreDocument(g, p, ['statements']).statements?.actorMatches).toBe(1);
  });
});

describe('position scoring', () => {
  it('treats positions as sets by actor, issue and polarity, with exact stance over the matches', () => {
    const gold = doc([], {
      positions: [
        { actor: 'VSK', issue: 'territory', stance: 'reject' },
        { actor: 'VSK', issue: 'territory', stance: 'reject' },
        { actor: 'ORM', issue: 'fishing_rights', stance: 'demand' },
      ],
    });
    const pred = doc([], {
      positions: [
        { actor: 'VSK', issue: 'territory', stance: 'reject' },
        { actor: 'ORM', issue: 'fishing_rights', stance: 'propose' },
        { actor: 'TRS', issue: 'ceasefire', stance: 'propose' },
      ],
    });
    const s = scoreDocument(gold, pred, ['positions']).positions!;
    expect(s).toEqual({ tp: 2, fp: 1, fn: 0, exactStance: 1 });
  });
});

describe('event scoring', () => {
  const gold = doc([], {
    events: [
      { type: 'CONSULT', actors: ['VSK', 'ORM', 'TRS'], date: '2026-03' },
      { type: 'AGREE', actors: ['VSK', 'ORM'] },
    ],
  });
  it('needs the same type, actor Jaccard ≥ 0.5, and gold’s date at its precision', () => {
    const pred = doc([], {
      events: [
        { type: 'CONSULT', actors: ['VSK', 'ORM'], date: '2026-03-14' },
        { type: 'AGREE', actors: ['VSK', 'TRS', 'SKA'], date: '2026-04-01' },
      ],
    });
    expect(scoreDocument(gold, pred, ['events']).events).toEqual({ tp: 1, fp: 1, fn: 1 });
  });
  it('a prediction without a date does not match a dated gold event', () => {
    const pred = doc([], { events: [{ type: 'CONSULT', actors: ['VSK', 'ORM', 'TRS'] }] });
    expect(scoreDocument(gold, pred, ['events']).events?.tp).toBe(0);
  });
});

describe('scope', () => {
  it('scores only the layers in scope', () => {
    const gold = doc([st('Lena Osk', 'no comment')], { scope: ['statements'] });
    const score = scoreDocument(gold, doc([], { positions: [{ actor: 'VSK', issue: 'x', stance: 'open' }] }));
    expect(score.positions).toBeUndefined();
    expect(score.events).toBeUndefined();
    expect(score.statements?.fn).toBe(1);
    expect(totals([score]).positions).toBeUndefined();
  });
});
