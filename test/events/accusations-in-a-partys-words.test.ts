/**
 * Accusations put in a party's own words (codebook stance.yaml `accuse_violation`,
 * `accuse_wrongdoing`, `accuse_cues`): a truce broken, a refusal, bad faith named in the other's
 * conduct, concerns raised "that …", a captive "unjustly imprisoned" there. Told by the reporter,
 * a breach is no accusation. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const accusations = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'ACCUSE')
    .map((e) => `${[...(e.source ?? [])].join(' ')} > ${[...(e.target ?? [])].join(' ')}`);

describe('accusations in a party’s words', () => {
  it('"said Ormund had repeatedly broken the ceasefire": Veska accuses Ormund', () => {
    expect(
      accusations('Veska’s negotiator Ilse Marrow said Ormund had repeatedly broken the ceasefire.'),
    ).toContain('VSK > ORM');
  });

  it('bad faith named in the other’s conduct: "Ormund’s destructive position"', () => {
    expect(
      accusations('Ilse Marrow said on Monday that Ormund’s destructive position had stalled the talks.'),
    ).toContain('VSK > ORM');
  });

  it('"raised concerns that Ormund was arming the rebels"', () => {
    expect(accusations('Veska raised concerns that Ormund was arming the rebels.')).toContain('VSK > ORM');
  });

  it('a breach the reporter tells is no accusation', () => {
    expect(accusations('Ormund broke the ceasefire on Monday.')).toEqual([]);
  });
});
