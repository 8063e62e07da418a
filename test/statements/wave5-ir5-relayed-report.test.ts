import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

// Sentences written for the tests, about the invented states of examples/codebook.yaml.
describe('a report an outlet carried passes on the words of the one who said them', () => {
  it('keeps "Vallo said …, according to a news agency report" as Vallo’s', () => {
    const s = statementsOf(
      'Petr Vallo said the two sides ended the round with a pledge not to raise tariffs, according to a Veskan news agency report.',
    );
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ speaker: 'Petr Vallo' });
    expect(s[0].content).toMatch(/^the two sides ended/);
  });

  it('still lets the report speak where nobody else is framed', () => {
    const s = statementsOf(
      'The talks were constructive and the sides will meet again in May, according to a news agency report.',
    );
    expect(s).toHaveLength(1);
    expect(s[0].speaker).toBe('a news agency report');
  });
});
