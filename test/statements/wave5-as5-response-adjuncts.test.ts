import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

// Sentences written for the tests, about the invented states of examples/codebook.yaml.
describe('a subject before "in response to …" speaks, not what it answers', () => {
  it('gives "X in response to Y\'s statement said" to X', () => {
    const s = statementsOf(
      "Ormund's foreign ministry in response to Marrow's statement said that the harbour talks would go on.",
    );
    expect(s).toHaveLength(1);
    expect(s[0].speaker).toMatch(/foreign ministry/i);
    expect(s[0].actor).toBe('ORM');
  });

  it('gives "X in reply to Y said" to X', () => {
    const s = statementsOf('Veska in reply to the Ormundi envoy said that the crossing would stay open.');
    expect(s).toHaveLength(1);
    expect(s[0].actor).toBe('VSK');
  });
});
