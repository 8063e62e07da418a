/**
 * Who is accused when the object of "accused" is a pronoun with its charge straight after it
 * ("accused it of violating Ormund sanctions": not Ormund), and the U.N.'s nuclear watchdog named
 * in the possessive ("the board of the UN's nuclear watchdog": the IAEA, not the U.N.). Sentences
 * are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const accusations = (text: string) => code(text, '2026-06-17').events.filter((e) => e.type === 'ACCUSE');

describe('a pronoun accused of a charge that names a party', () => {
  it('does not take the party the charge names for the one accused', () => {
    const got = accusations(
      'Veska blacklisted the shipping firm Grey Anchor. The Veskan Justice Ministry has accused it of breaking Ormund sanctions, among other things.',
    );
    expect(got.some((e) => e.actors.includes('ORM'))).toBe(false);
  });

  it('still reads the party named as the object ("accused Ormund of breaking the truce")', () => {
    const got = accusations('The Veskan Justice Ministry has accused Ormund of breaking the truce.');
    expect(got.some((e) => e.actors.includes('VSK') && e.actors.includes('ORM'))).toBe(true);
  });
});

describe("the UN's nuclear watchdog", () => {
  it('is the IAEA, not the U.N., when named in the possessive', () => {
    const got = accusations(
      "The board of governors at the UN's nuclear watchdog passed a resolution critical of Ormund on Friday.",
    );
    expect(got).toHaveLength(1);
    expect([...got[0].actors].sort()).toEqual(['IAEA', 'ORM']);
  });

  it('reads the same name with a curly apostrophe and dotted initials', () => {
    const got = accusations(
      'The board of governors at the U.N.’s atomic watchdog passed a resolution critical of Ormund on Friday.',
    );
    expect(got.some((e) => e.actors.includes('IAEA') && !e.actors.includes('UN'))).toBe(true);
  });
});
