/**
 * A speaker that stands between two sides ("the Tarsian mediators between Veska and Ormund said")
 * speaks for the party named before "between", or for none: never for the sides. Texts are
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const speakers = (text: string) =>
  code(`date 2031-05-07\n\n${text}`).statements.map(
    (s) => `${s.speaker} | ${[s.actor ?? '-'].flat().join(',')}`,
  );

describe('a speaker between two sides', () => {
  it('speaks for the party named before "between"', () => {
    expect(
      speakers('The Tarsian mediators between Veska and Ormund said a prisoner exchange was close.'),
    ).toEqual(['The Tarsian mediators between Veska and Ormund | TRS']);
  });

  it('speaks for no side when none is named before it', () => {
    expect(speakers('Mediators between Veska and Ormund said a prisoner exchange was close.')).toEqual([
      'Mediators between Veska and Ormund | -',
    ]);
  });

  it('leaves officials from two sides speaking for both', () => {
    expect(speakers('Officials from Veska and Ormund said a prisoner exchange was close.')).toEqual([
      'Officials from Veska and Ormund | VSK,ORM',
    ]);
  });
});
