/**
 * A verb of pressing may name two hearers joined by "and" before what they are urged to do:
 * "urged Veska and Ormund to return to talks" is a statement as "urged Veska to return" is.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('"urged X and Y to …"', () => {
  it("reads the envoy's statement with both hearers", () => {
    const s = statementsOf("Tarsia's envoy has urged Veska and Ormund to return to talks on the islands.");
    expect(s.map((x) => [x.actor, x.cue])).toEqual([['TRS', 'urged']]);
    expect(s[0]?.content).toContain('to return to talks on the islands');
  });

  it('still reads one hearer', () => {
    const s = statementsOf("Tarsia's envoy has urged Veska to return to talks on the islands.");
    expect(s.map((x) => [x.actor, x.cue])).toEqual([['TRS', 'urged']]);
  });
});
