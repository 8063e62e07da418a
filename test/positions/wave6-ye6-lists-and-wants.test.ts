/**
 * Wordings of sanctions and requests that Parley misread: a state dropped or taken off a terrorism
 * list (barriers lifted), sanctions reinstated after a leader "dropped the ball" (not sanctions
 * dropped), and one party wanting another to act (the one who wants it holds the stance).
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('a state dropped or taken off a terrorism list has barriers lifted', () => {
  it.each([
    [
      'Ormund has formally dropped Veska from the list of state sponsors of terrorism.',
      'ORM sanctions_relief accept',
    ],
    ['Ormund took Veska off its terror list on Friday.', 'ORM sanctions_relief accept'],
    [
      'Tarsia demanded that Ormund strike Veska from the list of state sponsors of terrorism.',
      'TRS sanctions_relief demand',
    ],
  ])('"%s"', (text, expected) => {
    expect(stances(code(text))).toContain(expected);
  });
});

describe('"dropped" after sanctions is no lifting when a new subject drops something else', () => {
  it('reads sanctions reinstated after a leader dropped the ball as sanctions tightened', () => {
    const got = stances(
      code(
        'Ormund made good on its promise to reinstate oil sanctions against Veska after Veska dropped the ball on a deal.',
      ),
    );
    expect(got).toContain('ORM sanctions_relief reject');
    expect(got).not.toContain('ORM sanctions_relief propose');
  });
});

describe('one party wanting another to act holds the stance', () => {
  it.each([
    ['Still, Ormund wants Veska to uphold the ceasefire.', 'ORM ceasefire', 'VSK ceasefire'],
    ['Ormund wanted the Highland Liberation Front to sign the truce.', 'ORM ceasefire', 'HLF ceasefire'],
  ])('"%s"', (text, holder, notHolder) => {
    const got = stances(code(text));
    expect(got.some((s) => s.startsWith(holder))).toBe(true);
    expect(got.some((s) => s.startsWith(notHolder))).toBe(false);
  });

  it('still lets a party that wants to act hold its own stance', () => {
    expect(stances(code('Veska wants to uphold the ceasefire.'))).toContain('VSK ceasefire accept');
  });
});
