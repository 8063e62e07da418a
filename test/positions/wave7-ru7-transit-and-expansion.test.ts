/**
 * Earlier rounds of the gas and security talks: energy carried across a party's land under a
 * transit contract is a trade link (not land changing hands), and an alliance's growth told as its
 * "expansion" is membership. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('gas transit is economic cooperation', () => {
  it('reads "a new gas transit contract" as economic cooperation', () => {
    expect(stances(code('Veska and Ormund signed a new gas transit contract on Monday.'))).toContain(
      'ORM economic_cooperation accept',
    );
  });

  it('reads "transit agreement" as economic cooperation', () => {
    expect(stances(code('Ormund said it wants a ten-year transit agreement with Veska.'))).toContain(
      'ORM economic_cooperation propose',
    );
  });

  it('reads gas carried "through the Ormundi territory" as trade, not territory', () => {
    const got = stances(
      code('Veska and Ormund agreed on gas transportation from Veska through the Ormundi territory.'),
    );
    expect(got).toContain('VSK economic_cooperation accept');
    expect(got.some((s) => s.includes('territory'))).toBe(false);
  });
});

describe("the alliance's expansion is membership", () => {
  it('reads "an end to the alliance’s expansion to the east" as against membership', () => {
    expect(stances(code('Ormund demands an end to the alliance’s expansion to the east.'))).toContain(
      'ORM alliance_membership reject',
    );
  });

  it('reads "eastward expansion" as membership', () => {
    expect(stances(code('Veska rejected any further eastward expansion of the bloc.'))).toContain(
      'VSK alliance_membership reject',
    );
  });
});
