/**
 * scripts/issue-gaps.ts: the phrase a stance cue governs, where no issue of the codebook names
 * it, is a gap; where an issue names it, it is not. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { gapsIn } from '../../scripts/issue-gaps.js';
import { code, pipelineContext } from './world.js';

const gaps = (text: string) => gapsIn(code(text), pipelineContext).gaps.map((g) => g.words.join(' '));

describe('issue gaps', () => {
  it('reads the object of a demand that names no issue', () => {
    expect(gaps('Veska demanded the return of the fishing fleet.')).toContain('return of the fishing fleet');
  });

  it('a governed phrase that names an issue is no gap', () => {
    expect(gaps('Veska demanded a ceasefire along the coast.')).toEqual([]);
  });

  it('an issue later in the clause, within reach of the cue, is governed too', () => {
    expect(gaps('Ormund rejected any new plan for an exchange of prisoners.')).toEqual([]);
  });

  it('the phrase stops at the end of its clause and writes actors as {actor}', () => {
    expect(gaps('Tarsia proposed talks with Ormund, which Veska rejected.')).toContain('talks with {actor}');
  });

  it('counts every stance cue it reads', () => {
    expect(gapsIn(code('Veska demanded the return of the fishing fleet.'), pipelineContext).cues).toBe(1);
  });
});
