/**
 * Persons of the Donbas and gas talks of 2014-2019 whom reports name without their party: the
 * Donetsk separatists' envoy (whose spokespeople speak for the DPR) and the EU's energy mediator.
 */
import { describe, expect, it } from 'vitest';
import { canonicalPerson } from '../../src/core/code/persons.js';
import { loadCodebook } from '../../src/core/codebook/codebook.js';

describe('envoys of the Contact Group and the gas talks', () => {
  const book = loadCodebook();

  it('reads Pushilin as the DPR envoy, then its head', () => {
    expect(canonicalPerson('Denis Pushilin', '2017-06-21', book)?.actor).toBe('DPR');
    expect(canonicalPerson('Pushilin', '2019-03-01', book)).toMatchObject({
      actor: 'DPR',
      role: "Head of the Donetsk People's Republic",
    });
  });

  it("reads Oettinger as the EU's commissioner in either spelling", () => {
    expect(canonicalPerson('Günther Oettinger', '2014-06-16', book)?.actor).toBe('EU');
    expect(canonicalPerson('Guenther Oettinger', '2014-10-29', book)?.id).toBe('guenther-oettinger');
  });
});
