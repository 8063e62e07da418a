/**
 * "We commit to working with the governments of Ormund and Tarsia to set conditions for …": the
 * parties named after "working with" are the subject's partners, and the infinitive's "to" stands
 * between them and the noun: neither holds the stance, nor owns "conditions". Sentences written for
 * the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('partners after "working with" hold no stance of the subject', () => {
  it('gives the speaker, not the partners, the stance of a quoted commitment', () => {
    const doc = code(
      '"We commit to working with the Governments of Ormund and Tarsia to set conditions for the voluntary return of displaced people," the Veskan foreign ministry said.',
    );
    expect(stances(doc)).toContain('VSK humanitarian demand');
    expect(stances(doc)).not.toContain('ORM humanitarian demand');
    expect(stances(doc)).not.toContain('TRS humanitarian demand');
  });

  it('still reads the governments of a list as the subject when they lead the clause', () => {
    const doc = code(
      'The governments of Ormund and Tarsia demanded the voluntary return of displaced people.',
    );
    expect(stances(doc)).toEqual(
      expect.arrayContaining(['ORM humanitarian demand', 'TRS humanitarian demand']),
    );
  });
});
