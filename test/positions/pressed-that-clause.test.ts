/**
 * A mandative "that" clause ("demanded that Veska and Ormund agree on …", "urged that both sides
 * commit to …") tells what the parties named are pressed to do: the one who demands holds the
 * stance, the parties pressed neither accept nor propose it, and no agreement is made. Sentences are
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

const agreements = (text: string) => code(text).events.filter((e) => e.type === 'AGREE');

describe('the parties of a mandative "that" clause are pressed, not agreeing', () => {
  it('"demanded that Veska and Ormund agree on a buffer zone" is Tarsia\'s demand', () => {
    const text = 'Tarsia on Monday demanded that Veska and Ormund agree on a buffer zone along the river.';
    const got = stances(code(text));
    expect(got).toContain('TRS demilitarisation demand');
    expect(got).not.toContain('VSK demilitarisation accept');
    expect(got).not.toContain('ORM demilitarisation accept');
    expect(agreements(text)).toEqual([]);
  });

  it('"urged that Ormund commit to a truce" gives Ormund no offer', () => {
    const got = stances(code('Tarsia urged that Ormund commit to a truce before the talks.'));
    expect(got).toContain('TRS ceasefire demand');
    expect(got.filter((s) => s.startsWith('ORM'))).toEqual([]);
  });

  it('the noun "the demand that" presses nobody: what Veska agreed to stays its agreement', () => {
    const text = "Veska agreed to a truce on Monday, meeting Tarsia's demand that the fighting stop.";
    expect(stances(code(text))).toContain('VSK ceasefire accept');
    expect(agreements(text).length).toBeGreaterThan(0);
  });
});
