/**
 * "EU Enlargement Commissioner Ida Vell": a capitalised portfolio the lexicon does not know stands
 * between the party and the title, and the officer still speaks for the party; a body's name that
 * runs into a title ("… Liberation Front leader") is no portfolio. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements/extract.js';

const speakers = (text: string) => statementsOf(text).map((s) => [s.speaker, s.actor]);

describe('a title with an unknown capitalised portfolio before it', () => {
  it('reads "EU Enlargement Commissioner" as the EU\'s', () => {
    expect(
      speakers('EU Enlargement Commissioner Ida Vell said the accession talks with Ormund would resume.'),
    ).toContainEqual(['Ida Vell', 'EU']);
  });

  it('reads a portfolio of several words after a demonym', () => {
    expect(
      speakers('Veskan Digital Transformation Minister Mira Tolk said the talks had stalled.'),
    ).toContainEqual(['Mira Tolk', 'VSK']);
  });

  it('reads "Trade and Enlargement" as one portfolio', () => {
    expect(
      speakers('EU Trade and Enlargement Commissioner Ida Vell said the tariffs would stay.'),
    ).toContainEqual(['Ida Vell', 'EU']);
  });

  it("reads the portfolio after a party's possessive", () => {
    expect(
      speakers("Veska's Infrastructure Minister Mira Tolk said the grain corridor would stay open."),
    ).toContainEqual(['Mira Tolk', 'VSK']);
  });

  it("does not give a front's leader to the state its name begins with", () => {
    expect(
      speakers('Veska Liberation Front leader Arno Pell said the ceasefire was holding.'),
    ).not.toContainEqual(['Arno Pell', 'VSK']);
  });
});

describe('a title with its subject after "for" before the name', () => {
  it('reads "Veskan special envoy for arms control Ida Vell" as Veska’s', () => {
    expect(speakers('Veskan special envoy for arms control Ida Vell said a deal was close.')).toContainEqual([
      'Ida Vell',
      'VSK',
    ]);
  });

  it('reads no person in "Special Representative for the Lumen Settlement Process"', () => {
    expect(
      speakers(
        'Ida Vell, Special Representative for the Lumen Settlement Process of the Northern Maritime Council, said the talks had stepped up.',
      ).map(([name]) => name),
    ).not.toContain('Lumen Settlement Process');
  });
});
