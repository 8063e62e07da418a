/**
 * The parties of a meeting listed after "with": a list whose last comma stands before its "and",
 * and a list opened by a group noun that describes the parties named next. Sentences are written
 * for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const meetings = (text: string) =>
  code(text, '2026-06-17')
    .events.filter((e) => e.type === 'CONSULT')
    .map((e) => [...e.actors].sort());

describe('parties listed after "with"', () => {
  it('keeps the last party of a list with a comma before its "and"', () => {
    expect(meetings('The conference will open in Lumen on Friday with Veska, Ormund, and Tarsia.')).toEqual([
      ['ORM', 'TRS', 'VSK'],
    ]);
  });

  it('reads the parties a group noun introduces ("with guarantor countries …")', () => {
    expect(
      meetings('The Lumen conference opened on Friday with guarantor countries Veska, Ormund and Tarsia.'),
    ).toEqual([['ORM', 'TRS', 'VSK']]);
  });

  it('does not carry a list on into a clause with its own subject after a lone comma', () => {
    const got = meetings('Veska held talks with Ormund, and Tarsia said the talks were useful.');
    expect(got).toEqual([['ORM', 'VSK']]);
  });
});
