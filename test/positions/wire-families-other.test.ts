/**
 * Wordings of sanctions and guarantee systems that real reports of earlier talks (a summit over
 * sanctions, an island's guarantor powers) use and that Parley misread: sanctions "slapped on" a
 * party, the sanctions one party "has imposed on" another to be lifted, and a treaty's system of
 * guarantees with its rights of intervention. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('sanctions slapped on a party are sanctions imposed', () => {
  it('reads "slapped new sanctions on" as tightening them', () => {
    expect(stances(code('Ormund slapped new sanctions on Veska on Friday.'))).toContain(
      'ORM sanctions_relief reject',
    );
  });
});

describe('the sanctions one party has imposed on another, to be lifted', () => {
  it('reads the demand that they be lifted as sanctions relief, not as a deal imposed on a party', () => {
    const got = stances(
      code(
        "The talks broke down over Veska's insistence that all the punishing sanctions the U.S. has imposed on Veska be lifted.",
      ),
    );
    expect(got).toContain('VSK sanctions_relief demand');
    expect(got).not.toContain('VSK sanctions_relief reject');
    expect(got).not.toContain('VSK talks_inclusion reject');
  });
});

describe('a system of guarantees and rights of intervention are security guarantees', () => {
  it('reads the scrapping of the system of guarantees as rejecting them', () => {
    expect(
      stances(
        code(
          'Veska is demanding the scrapping of the system of guarantees, whereby Ormund has rights of intervention.',
        ),
      ),
    ).toContain('VSK security_guarantees reject');
  });
  it('reads "will never forfeit its rights of intervention" as insisting on them', () => {
    expect(stances(code('Ormund will never forfeit its rights of intervention.'))).toContain(
      'ORM security_guarantees demand',
    );
    expect(stances(code('Ormund said it would not relinquish its guarantor status.'))).toContain(
      'ORM security_guarantees demand',
    );
  });
  it('reads a demand that another forfeit them as rejecting them', () => {
    expect(stances(code('Veska demanded that Ormund forfeit its rights of intervention.'))).toContain(
      'VSK security_guarantees reject',
    );
  });
  it('reads an adaptation of the guarantees system as keeping them', () => {
    expect(stances(code('Ormund proposed an adaptation of the guarantees system.'))).toContain(
      'ORM security_guarantees propose',
    );
  });
});
