/**
 * Wire copy translated from other languages: a deal verb whose place and day stand before its
 * object ("signed in Kessel on Monday a new transit contract"), and a subject set apart from its
 * verb by an aside of time whose places are no parties ("Veska and Ormund, after talks in Lumen,
 * agreed"). Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const deals = (text: string, date = '2026-06-16') =>
  code(text, date)
    .events.filter((e) => e.type === 'AGREE')
    .map((e) => `${[...e.actors].sort().join(',')} ${e.date ?? '-'}`);

describe('a deal whose place and day come before its object', () => {
  it('reads "signed in Kessel on June 15 a new transit agreement" as their deal of that day', () => {
    expect(deals('Veska and Ormund signed in Kessel on June 15 a new transit agreement.')).toContain(
      'ORM,VSK 2026-06-15',
    );
  });

  it('does not read "signed in Kessel on Monday" without an object as a deal', () => {
    expect(deals('Veska and Ormund signed in Kessel on Monday, officials said.')).toEqual([]);
  });
});

describe('an aside of time between the subject and its verb', () => {
  it('keeps the subject of "Veska and Ormund, after long discussions in Kessel and Lumen, agreed"', () => {
    expect(
      deals(
        'Veska and Ormund, after long discussions in Kessel and Lumen, agreed on June 12 on the terms of settlement of their dispute.',
      ),
    ).toEqual(['ORM,VSK 2026-06-12']);
  });
});
