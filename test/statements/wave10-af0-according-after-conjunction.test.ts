import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

// Sentences written for the tests, about the invented states of examples/codebook.yaml.
describe('"according to X" after a conjunction reports the clause that follows', () => {
  it('reads "…, but, according to the minister, Name, CLAUSE" as the minister saying the clause', () => {
    const s = statementsOf(
      'The Veskan monitors remain in the valley, but, according to the Ormund Minister of Information, Tarek Solmi, the monitors have not been able to stop the raids.',
    );
    expect(s).toHaveLength(1);
    expect(s[0].content).toBe('the monitors have not been able to stop the raids');
  });

  it('reads "…, but according to the ministry, CLAUSE" without a comma after the conjunction', () => {
    const s = statementsOf(
      'The Ormund army holds the ridge, but according to the Veskan defence ministry, the ridge was shelled twice on Monday.',
    );
    expect(s).toHaveLength(1);
    expect(s[0].content).toBe('the ridge was shelled twice on Monday');
  });

  it('still gives the clause before a trailing "according to X" to X', () => {
    const s = statementsOf(
      'The harbour talks will resume on Friday, according to the Veskan defence ministry.',
    );
    expect(s).toHaveLength(1);
    expect(s[0].content).toBe('The harbour talks will resume on Friday');
  });
});
