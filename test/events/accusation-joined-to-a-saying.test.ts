/**
 * An accusation joined by "and" to a saying whose clause has its own "be" ("insisted talks were
 * underway and accused Ormund of …"): the "be" belongs to the said clause, so the accusation is no
 * passive, and the day before the saying's verb dates the accusation, not the talks named after
 * the verb. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const accusations = (text: string, date?: string) =>
  code(text, date).events.filter((e) => e.type === 'ACCUSE');

describe('an accusation after a saying joined by "and"', () => {
  it('"Veska insisted talks were underway and accused Ormund of …": Veska accuses Ormund', () => {
    const [charge] = accusations(
      'Veska insisted talks were underway and accused Ormund of stalling the prisoner exchange.',
    );
    expect(charge?.source).toEqual(['VSK']);
    expect(charge?.target).toEqual(['ORM']);
  });

  it('the passive is still read: "Ormund was sharply criticised by Veska"', () => {
    const [charge] = accusations('Ormund was sharply criticised by Veska for the delay.');
    expect(charge?.source).toEqual(['VSK']);
    expect(charge?.target).toEqual(['ORM']);
  });

  it('"on Tuesday insisted talks were underway and accused …" is dated that Tuesday', () => {
    const [charge] = accusations(
      'Ormund on Monday denied it was holding any talks with Veska. Veska on Tuesday insisted talks were underway and accused Ormund of stalling the prisoner exchange.',
      '2026-06-18',
    );
    expect(charge?.date).toBe('2026-06-16');
  });
});
