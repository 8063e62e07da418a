/**
 * Several documents signed or initialled at once ("initialled several protocols", "signed two
 * memoranda") are an agreement of those who sign them, as one document is. Sentences are written
 * for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const agreements = (text: string) => code(text, '2026-06-17').events.filter((e) => e.type === 'AGREE');

describe('deals told in the plural', () => {
  it('reads "initialled several protocols" as an agreement', () => {
    const got = agreements('Veska and Ormund initialled several protocols on Monday.');
    expect(got).toHaveLength(1);
    expect([...got[0].actors].sort()).toEqual(['ORM', 'VSK']);
  });

  it('reads "signed two memoranda" as an agreement', () => {
    const got = agreements('Veska and Ormund signed two memoranda on fisheries on Monday.');
    expect(got).toHaveLength(1);
    expect([...got[0].actors].sort()).toEqual(['ORM', 'VSK']);
  });
});
