import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

// Sentences written for the tests, about the invented states of examples/codebook.yaml.
describe('a text named in quotation marks after "according to the"', () => {
  it('gives the words to the quoted text, not to its article', () => {
    const s = statementsOf(
      '"Veska will reopen the northern crossing at noon," according to the "harbour accord" signed by the two sides.',
    );
    expect(s).toHaveLength(1);
    expect(s[0].speaker).toMatch(/harbour accord/);
  });

  it('still reads an unquoted source after "according to"', () => {
    const s = statementsOf(
      'Veska will reopen the northern crossing at noon, according to the Veskan foreign ministry.',
    );
    expect(s).toHaveLength(1);
    expect(s[0].speaker).toMatch(/foreign ministry/i);
  });
});
