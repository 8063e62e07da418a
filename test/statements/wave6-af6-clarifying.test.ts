import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

// Sentences written for the tests, about the invented states of examples/codebook.yaml.
describe('"clarified" reports speech', () => {
  it('reads "X clarified that …" as a statement of X', () => {
    const s = statementsOf(
      "Ormund's foreign ministry clarified that the harbour talks would go on next week.",
    );
    expect(s).toHaveLength(1);
    expect(s[0].actor).toBe('ORM');
    expect(s[0].content).toMatch(/^the harbour talks would go on/);
  });

  it('splits ", clarifying that …" from the participle clause before it', () => {
    const s = statementsOf(
      'Veska said that the crossing would reopen on Monday, stressing that the convoys would keep moving, clarifying that no date had been set for the signing.',
    );
    expect(s.map((x) => x.content)).toEqual([
      'the crossing would reopen on Monday',
      'the convoys would keep moving',
      'no date had been set for the signing',
    ]);
  });
});
