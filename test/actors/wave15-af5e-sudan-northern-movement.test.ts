/**
 * Sudan's northern SPLM (SPLM-N) is a party of its own, facing Sudan's government, by its short
 * name or its full one with any dash before "North"; South Sudan's SPLM-IO stays apart. Texts are
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const actorAt = (text: string, words: string) => {
  const doc = code(text);
  const at = doc.text.indexOf(words);
  return doc.mentions.find((m) => m.start <= at && m.end > at)?.actor;
};

describe('the SPLM-N', () => {
  it('reads its short and full names as SPLMN', () => {
    expect(actorAt('Envoys of the SPLM-N met in Lumen on Friday.', 'SPLM-N')).toBe('SPLMN');
    expect(
      actorAt(
        'The Sudan People’s Liberation Movement-North sent a delegation to Lumen.',
        'Sudan People’s Liberation Movement-North',
      ),
    ).toBe('SPLMN');
    expect(
      actorAt(
        'The Sudan People’s Liberation Movement – North sent a delegation to Lumen.',
        'Sudan People’s Liberation Movement',
      ),
    ).toBe('SPLMN');
  });

  it('keeps South Sudan’s SPLM-IO apart', () => {
    expect(actorAt('Envoys of the SPLM-IO met in Lumen on Friday.', 'SPLM-IO')).toBe('SPLM-IO');
  });

  it('makes the movement a party of the deal it signs with Sudan', () => {
    const agree = code(
      'Sudan and the SPLM-N signed a framework accord in Lumen on Monday.',
      '2026-06-17',
    ).events.filter((e) => e.type === 'AGREE');
    expect(agree).toHaveLength(1);
    expect([...agree[0].actors].sort()).toEqual(['SDN', 'SPLMN']);
  });
});
