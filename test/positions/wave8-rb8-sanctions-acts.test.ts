/**
 * Sanctions imposed under other verbs ("leveled", "levied") and trade bans unveiled against a
 * party: each is the imposer's refusal of sanctions relief, and a SANCTION. Texts are written for
 * the tests.
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

describe('sanctions imposed under other words', () => {
  it('reads "leveled new sanctions against X"', () => {
    const got = read('Tarsia leveled new sanctions against Ormund.');
    expect(got.positions).toContain('TRS sanctions_relief reject');
    expect(got.sanctions).toContain('ORM,TRS');
  });

  it('reads "levied tariffs on X"', () => {
    const got = read('Veska levied tariffs on Ormundi steel.');
    expect(got.positions).toContain('VSK sanctions_relief reject');
  });

  it('reads a ban on exports to a party unveiled', () => {
    const got = read('Veska has unveiled new bans on exports of machinery and chemicals to Ormund.');
    expect(got.positions).toContain('VSK sanctions_relief reject');
    expect(got.sanctions).toContain('ORM,VSK');
  });

  it('does not read a level of sanctions as sanctions imposed', () => {
    expect(read('Ormund said the current levels of sanctions were bearable.').sanctions).toEqual([]);
  });
});
