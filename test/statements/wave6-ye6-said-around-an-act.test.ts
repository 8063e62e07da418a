/**
 * "Ida Pell left the talks after saying they were going nowhere": a gerund of saying after "after"
 * or "before" reports the clause subject's words; in a relative clause set off by commas, the
 * words end at the clause's own verb of saying. "after announcing a plan" tells an act, no words.
 * Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('a gerund of saying timed around an act', () => {
  it('"left the talks after saying …": the subject speaks', () => {
    const s = statementsOf('Ida Pell left the talks after saying the dialogue was going nowhere.');
    expect(s.map((x) => [x.speaker, x.content])).toContainEqual([
      'Ida Pell',
      'the dialogue was going nowhere',
    ]);
  });

  it('"who after saying …, alleged that …": two statements, cut at the second verb', () => {
    const s = statementsOf(
      'Ida Pell, who after saying the dialogue was progressing, alleged that Ormund is timing new sanctions.',
    );
    expect(s.map((x) => x.content)).toEqual([
      'the dialogue was progressing',
      'Ormund is timing new sanctions',
    ]);
  });

  it('"after announcing a proposal" reports no words', () => {
    const s = statementsOf('Ida Pell spoke to reporters after announcing a proposal for a truce.');
    expect(s.some((x) => /proposal for a truce/.test(x.content))).toBe(false);
  });
});
