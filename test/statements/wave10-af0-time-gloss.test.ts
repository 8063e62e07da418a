import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

// Sentences written for the tests, about the invented states of examples/codebook.yaml.
describe('a day glossed in brackets after a time word, between the speaker and the verb', () => {
  it('reads "X, the envoy, yesterday (Wednesday) said …"', () => {
    const s = statementsOf(
      'Petr Vallo, the envoy of Ormund, yesterday (Wednesday) said the harbour talks would resume on Friday.',
    );
    expect(s).toHaveLength(1);
    expect(s[0].speaker).toBe('Petr Vallo');
    expect(s[0].content).toBe('the harbour talks would resume on Friday');
  });

  it('reads "X on Tuesday (March 2) said …"', () => {
    const s = statementsOf('Ilse Marrow on Tuesday (March 2) said the harbour talks would resume soon.');
    expect(s).toHaveLength(1);
    expect(s[0].speaker).toBe('Ilse Marrow');
  });
});
