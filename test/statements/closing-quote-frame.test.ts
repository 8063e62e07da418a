import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

// Sentences written for the tests, about the invented states of examples/codebook.yaml.
describe('a quotation closed on its comma, then its frame, after a cue of its own', () => {
  it('gives the sentence to the frame\'s speaker: "X announced …, “…,” Brenn said"', () => {
    const s = statementsOf(
      'Ormund announced its readiness to resume the harbour talks, “including on the fishing quotas,” Ida Vell said.',
    );
    expect(s).toHaveLength(1);
    expect(s[0].speaker).toBe('Ida Vell');
    expect(s[0].content).toMatch(/^Ormund announced its readiness to resume the harbour talks/);
  });

  it('does the same after a cue whose object is its content ("welcomed the plan")', () => {
    const s = statementsOf('Veska welcomed the plan, “which opens a path to a settlement,” Ida Vell said.');
    expect(s.map((x) => x.speaker)).toEqual(['Ida Vell']);
  });
});
