/**
 * "Veska supported the designation and called for more pressure on Ormund": the "on" of a second
 * clause (a stance or speech verb after "and") is not the sanction's target, so no sanction is read
 * from a noun that only refers back to one. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const sanctions = (text: string) => code(text).events.filter((e) => e.type === 'SANCTION');

describe('a sanction noun followed by a second clause', () => {
  it('takes no target from the second clause', () => {
    expect(sanctions('Veska supported the sanctions and called for more pressure on Ormund.')).toEqual([]);
    expect(sanctions('Tarsia welcomed the embargo and urged pressure on Ormund.')).toEqual([]);
  });

  it('still reads a target after a second sanction noun', () => {
    const events = sanctions('Veska imposed sanctions and export controls on Ormund on Monday.');
    expect(events.map((e) => [...e.actors].sort())).toEqual([['ORM', 'VSK']]);
  });
});
