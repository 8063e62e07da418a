/**
 * Objections taken up or raised on the other side's acts are an accusation of it, as concerns
 * raised over them are. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const accusations = (text: string) => code(text, '2026-06-17').events.filter((e) => e.type === 'ACCUSE');

describe('objections pressed on the other side', () => {
  it('reads "has taken up various objections on Veska\'s dams" as Ormund accusing Veska', () => {
    const got = accusations("Ormund has taken up various objections on Veska's new dams on the Alder River.");
    expect(got).toHaveLength(1);
    expect([...got[0].actors].sort()).toEqual(['ORM', 'VSK']);
  });

  it('reads "raised objections to Veska\'s survey ships" as Ormund accusing Veska', () => {
    const got = accusations("Ormund raised objections to Veska's survey ships in the strait on Monday.");
    expect(got).toHaveLength(1);
    expect([...got[0].actors].sort()).toEqual(['ORM', 'VSK']);
  });
});
