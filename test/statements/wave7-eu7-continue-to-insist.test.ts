import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

// Sentences written for the tests, about the invented states of examples/codebook.yaml.
describe('"continues to insist that" reports speech', () => {
  it('reads "X continue to insist that …" as a statement of X', () => {
    const s = statementsOf('Veska and Ormund continue to insist that the harbour must stay open.');
    expect(s).toHaveLength(1);
    expect(s[0].content).toBe('the harbour must stay open');
    expect(s[0].speaker).toBe('Veska and Ormund');
  });

  it('reads "has continued to argue that …" too', () => {
    const s = statementsOf("Ormund's foreign ministry has continued to argue that the talks are over.");
    expect(s.map((x) => [x.actor, x.content])).toEqual([['ORM', 'the talks are over']]);
  });

  it('does not take "according to reports from X" as a speaker before "to"', () => {
    const s = statementsOf('The deal, according to reports from the Lumen Herald, was signed.');
    expect(s.map((x) => x.speaker)).not.toContain('reports from the Lumen Herald');
  });
});
