/**
 * An amnesty for those who fought frees the conflict's detainees (TAXONOMY `prisoners`); one
 * offered to rebels who surrender or to protesters is their disarmament or a political deal, not
 * a release of prisoners. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from '../positions/world.js';

const prisoners = (s: string[]) => s.filter((x) => x.includes(' prisoners '));

describe('an amnesty names prisoners only when it is for those involved in the fighting', () => {
  it('reads an amnesty for the people involved in the conflict as a release', () => {
    const doc = code(
      'Veska and Ormund agreed on the implementation of an amnesty for people involved in the conflict.',
    );
    expect(stances(doc)).toEqual(expect.arrayContaining(['VSK prisoners accept', 'ORM prisoners accept']));
  });

  it('reads no release in an amnesty given to protesters', () => {
    const doc = code(
      'The agreement signed by Veska and Ormund also gives amnesty to protesters who leave the occupied buildings.',
    );
    expect(prisoners(stances(doc))).toEqual([]);
  });

  it('reads no release in an amnesty held out to fighters who surrender', () => {
    const doc = code(
      "The Skerry Islanders' Assembly demanded guarantees as a precondition to receiving amnesty.",
    );
    expect(prisoners(stances(doc))).toEqual([]);
  });
});
