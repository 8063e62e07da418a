/**
 * "The three European countries" in a story of Iran's nuclear file are the E3 (Britain, France,
 * Germany); elsewhere they stay unnamed Europeans. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const consults = (text: string) => code(text, '2026-06-17').events.filter((e) => e.type === 'CONSULT');

describe('the three European countries', () => {
  it('meet Iran as Britain, France and Germany', () => {
    const got = consults(
      'Envoys of the three European countries met Iranian negotiator Dara Venn in Lumen on Tuesday.',
    );
    expect(got[0]?.actors).toEqual(expect.arrayContaining(['IRN', 'GBR', 'FRA', 'DEU']));
    expect(got[0]?.actors).not.toContain('EUR');
  });

  it('stay unnamed Europeans in a story without Iran', () => {
    const got = consults(
      'Envoys of the three European countries met Veskan negotiator Dara Venn in Lumen on Tuesday.',
    );
    expect(got[0]?.actors ?? []).not.toContain('GBR');
  });
});
