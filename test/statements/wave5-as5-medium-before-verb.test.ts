import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

// Sentences written for the tests, about the invented states of examples/codebook.yaml.
describe('a medium or a time between the speaker and the verb', () => {
  it('reads "X on Saturday in a tweet stated that …"', () => {
    const s = statementsOf('Petr Vallo on Saturday in a tweet stated that the harbour talks would resume.');
    expect(s).toHaveLength(1);
    expect(s[0].speaker).toBe('Petr Vallo');
    expect(s[0].content).toBe('the harbour talks would resume');
  });

  it('reads "X, the envoy, on Saturday said that …" after an appositive', () => {
    const s = statementsOf(
      "Petr Vallo, Ormund's envoy to the talks, on Saturday said that the harbour talks would resume.",
    );
    expect(s).toHaveLength(1);
    expect(s[0].speaker).toBe('Petr Vallo');
  });
});
