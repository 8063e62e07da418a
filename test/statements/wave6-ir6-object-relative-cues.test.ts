import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

// Sentences written for the tests, about the invented states of examples/codebook.yaml.
describe('a cue inside an object relative clause', () => {
  it('reports nothing when only circumstance follows ("goods that it announced a year ago")', () => {
    const s = statementsOf(
      'Ormund would likely respond by raising tariffs on Veskan fish that it announced a year ago in retaliation.',
    );
    expect(s.map((x) => x.content)).not.toContain('a year ago in retaliation');
  });

  it('still reads "a statement in which Karl Demm promised to visit Lumen"', () => {
    const s = statementsOf(
      'The two leaders signed a joint statement in which Karl Demm promised to visit Lumen "in the near future."',
    );
    expect(s.some((x) => /visit Lumen/.test(x.content))).toBe(true);
  });

  it('still reads a clause after the cue ("the quotas that Veska said were unfair")', () => {
    const s = statementsOf('Ormund will raise the quotas that Veska said were unfair to its fishermen.');
    expect(s.some((x) => /were unfair/.test(x.content))).toBe(true);
  });
});
