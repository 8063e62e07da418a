import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

// Sentences written for the tests, about the invented states of examples/codebook.yaml.
describe('"Responding to …" opens no statement', () => {
  it('keeps only what is said after "Responding to a question, X said that"', () => {
    const s = statementsOf(
      'Responding to a question from a reporter, Veska’s foreign minister said that the port would reopen.',
    );
    expect(s.map((x) => x.content)).toEqual(['the port would reopen']);
  });

  it('keeps a participle of speech that carries words ("Warning that …")', () => {
    const s = statementsOf(
      'Warning that the talks could fail, Veska’s foreign minister said the port would reopen.',
    );
    expect(s.map((x) => x.content)).toContain('the talks could fail');
  });
});
