/**
 * Agreeing on sanctions against a party is the decision to sanction it, not a deal with that party:
 * no AGREE (whose parties would be read as accepting all the sentence names), a SANCTION instead.
 * Texts are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const events = (text: string) =>
  code(`date 2031-05-07\n\n${text}`).events.map((e) => `${e.type} ${[...e.actors].sort().join(',')}`);

describe('an agreement on sanctions against a party', () => {
  it('reads no deal in "reached an agreement on new sanctions against X"', () => {
    const got = events(
      'Tarsian envoys reached a political agreement on new sanctions against Ormund on Wednesday, a firm answer to its seizure of the Skerry Islands.',
    );
    expect(got.filter((e) => e.startsWith('AGREE'))).toEqual([]);
  });

  it('reads no deal in "agreed on a fresh round of sanctions against X"', () => {
    const got = events('Tarsia and Veska agreed on a fresh round of sanctions against Ormund.');
    expect(got.filter((e) => e.startsWith('AGREE'))).toEqual([]);
    expect(got.some((e) => e.startsWith('SANCTION') && e.includes('ORM'))).toBe(true);
  });

  it('keeps a deal on sanctions relief', () => {
    const got = events('Veska and Ormund reached an agreement on sanctions relief on Wednesday.');
    expect(got).toContain('AGREE ORM,VSK');
  });

  it('keeps a deal on lifting sanctions', () => {
    const got = events('Veska and Ormund agreed on lifting sanctions on Ormundi banks.');
    expect(got.filter((e) => e.startsWith('AGREE'))).toHaveLength(1);
  });
});
