/**
 * Wordings of Gulf disputes and nuclear inspections that Parley misread: a state's economic or
 * diplomatic blockade and boycott (barriers, not a siege), airspace closed and reopened, a foreign
 * military base closed, a rift healed, and a refused charge that tells no stance. Sentences are
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('a blockade or boycott named economic or diplomatic is a barrier between states', () => {
  it.each([
    [
      'Veska has demanded that Ormund lift its economic blockade of the island.',
      'VSK sanctions_relief demand',
    ],
    ['Ormund ended its trade boycott of Veska on Monday.', 'ORM sanctions_relief accept'],
    ['Ormund reopened its airspace and land borders to Veska on Tuesday.', 'ORM sanctions_relief accept'],
    ['Ormund imposed a diplomatic and economic blockade on Veska.', 'ORM sanctions_relief reject'],
  ])('"%s"', (text, expected) => {
    const got = stances(code(text));
    expect(got).toContain(expected);
    expect(got.some((s) => s.includes('humanitarian'))).toBe(false);
  });

  it('still reads a siege lifted as aid let through', () => {
    expect(stances(code('Veska demanded that Ormund lift the siege of the port city.'))).toContain(
      'VSK humanitarian demand',
    );
  });
});

describe('a foreign military base closed is foreign troops taken out', () => {
  it('reads a demand to close a base as against the troops', () => {
    expect(stances(code('Ormund demanded that Veska close the Tarsian military base.'))).toContain(
      'ORM foreign_troops reject',
    );
  });
});

describe('a rift ended is ties restored', () => {
  it('reads a deal ending a rift as restoring relations', () => {
    expect(stances(code('Ormund and Veska signed a deal ending the rift between them.'))).toContain(
      'ORM diplomatic_relations accept',
    );
  });
});

describe('a refused charge tells no stance on what is charged', () => {
  it.each([
    'Veska rejected accusations that it is enriching uranium to 90 percent.',
    'Veska denied claims that it had expanded its enrichment programme.',
  ])('"%s"', (text) => {
    expect(stances(code(text)).some((s) => s.startsWith('VSK nuclear'))).toBe(false);
  });

  it('still reads claims to a thing refused as a refusal of it', () => {
    expect(stances(code('Veska rejected the claims to the islands made by Ormund.'))).toContain(
      'VSK territory reject',
    );
  });
});
