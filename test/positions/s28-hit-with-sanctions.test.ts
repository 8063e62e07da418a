/**
 * Barriers put on a party under the verbs of a blow: "hit X with new sanctions", "slapped tariffs
 * on X's goods". Each is the one who hits refusing sanctions relief, and a SANCTION on the party
 * hit. Texts are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from './world.js';

const read = (text: string) => {
  const doc = code(`date 2031-05-07\n\n${text}`);
  return {
    positions: doc.positions.map((p) => `${p.actor} ${p.issue} ${p.stance}`),
    sanctions: doc.events.filter((e) => e.type === 'SANCTION').map((e) => [...e.actors].sort().join(',')),
  };
};

describe('barriers put on a party with the verbs of a blow', () => {
  it('reads "hit X with new sanctions" as a sanction and a refusal of relief', () => {
    const got = read('Tarsia hit Ormund with new sanctions on Monday.');
    expect(got.positions).toContain('TRS sanctions_relief reject');
    expect(got.sanctions).toContain('ORM,TRS');
  });

  it('reads "slapped tariffs on" as a refusal of relief', () => {
    const got = read('Veska slapped tariffs on Ormundi steel.');
    expect(got.positions).toContain('VSK sanctions_relief reject');
  });

  it('does not read a blow that brings no barrier', () => {
    const got = read('The storm hit Ormund with heavy rain on Monday.');
    expect(got.positions).toEqual([]);
    expect(got.sanctions).toEqual([]);
  });
});
