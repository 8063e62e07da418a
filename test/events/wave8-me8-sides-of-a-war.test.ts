/**
 * "Tarsia and the Northern Maritime Council agreed to send aid over the conflict between Veska and
 * Ormund": the sides of a war or conflict that the deal's object names are what it is about, not
 * its partners; "an exchange of prisoners of war between Veska and Ormund" still names the two.
 * Texts are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from '../positions/world.js';

const agreements = (text: string) =>
  code(text, '2026-06-17')
    .events.filter((e) => e.type === 'AGREE')
    .map((e) => [...e.actors].sort().join(','));

describe('the sides of a war after "between"', () => {
  it('are no partners of a deal about the war', () => {
    const text =
      'Tarsia and the Northern Maritime Council agreed on Monday to send food aid to the refugees of the conflict between Veska and Ormund.';
    expect(agreements(text)).toEqual(['NMC,TRS']);
    const got = stances(code(text, '2026-06-17'));
    expect(got).not.toContain('VSK humanitarian accept');
    expect(got).not.toContain('ORM humanitarian accept');
  });

  it('still name the parties of an exchange of prisoners of war', () => {
    expect(
      agreements(
        'Tarsia agreed on Monday to oversee an exchange of prisoners of war between Veska and Ormund.',
      ),
    ).toEqual(['ORM,TRS,VSK']);
  });
});
