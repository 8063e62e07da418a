/**
 * Codes a gold file uses that the codebook lacks: items no extraction can match, which a coder
 * should see when committing the file. Gold objects are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { knownCodes, unknownCodes } from '../../src/core/eval/codes.js';
import type { GoldLike } from '../../src/core/eval/gold.js';

const known = knownCodes(loadCodebook());

const gold = (g: Partial<GoldLike>): GoldLike => ({ statements: [], positions: [], events: [], ...g });

describe('unknownCodes', () => {
  it('names each field that uses an actor, issue or event type the codebook lacks', () => {
    const got = unknownCodes(
      gold({
        statements: [{ speaker: 'A spokesman', actor: ['RUS', 'ZZOPP'], direct: false, content: 'x' }],
        positions: [
          { actor: 'UKR', issue: 'ceasfire', stance: 'demand' },
          { actor: 'RUS', issue: 'territory', stance: 'reject', about: 'QQQ' },
        ],
        events: [{ type: 'MEET', actors: ['USA', 'RUS'] }],
      }),
      known,
    );
    expect(got).toEqual([
      { field: 'statements[0].actor', code: 'ZZOPP', kind: 'actor' },
      { field: 'positions[0].issue', code: 'ceasfire', kind: 'issue' },
      { field: 'positions[1].about', code: 'QQQ', kind: 'actor' },
      { field: 'events[0].type', code: 'MEET', kind: 'event type' },
    ]);
  });

  it('finds nothing in a file coded with the codebook’s codes, groups and a null speaker party included', () => {
    const got = unknownCodes(
      gold({
        statements: [{ speaker: 'An analyst', actor: null, direct: false, content: 'x' }],
        positions: [{ actor: 'M23', issue: 'ceasefire', stance: 'accept' }],
        events: [{ type: 'AGREE', actors: ['COD', 'FDLR'] }],
      }),
      known,
    );
    expect(got).toEqual([]);
  });
});
