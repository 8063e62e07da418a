import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

// Sentences written for the tests, about the invented states of examples/codebook.yaml and the
// E3 of the default codebook.
describe('a group name spelled out in a parenthesis before its head noun', () => {
  it('reads "the E3 (Britain, France and Germany) foreign ministers said" as one speaker', () => {
    const s = statementsOf(
      'Ormund has broken its pledges on the fishing grounds, the E3 (Britain, France and Germany) foreign ministers said in a statement on Tuesday.',
    );
    expect(s[0]).toMatchObject({
      speaker: 'the E3 (Britain, France and Germany) foreign ministers',
      content: 'Ormund has broken its pledges on the fishing grounds',
    });
    expect(s[0].actor).toEqual(['GBR', 'FRA', 'DEU']);
  });
});

describe('"they said" after a quotation, the plural speaker told just before', () => {
  it('carries the group speaker on over the party its words opened with', () => {
    const s = statementsOf(
      'Ormund has broken its pledges on the fishing grounds, the E3 foreign ministers said on Tuesday.\n“We have been left with no choice, given Ormund’s conduct in the northern waters over many months, but to refer the matter to the joint commission under the dispute mechanism of the accord,” they said.',
    );
    expect(s).toHaveLength(2);
    expect(s[1].actor).toEqual(['GBR', 'FRA', 'DEU']);
  });
});
