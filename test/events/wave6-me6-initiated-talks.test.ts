/**
 * Those who initiated or arranged talks take part in them, as those who hosted or brokered them
 * do ("Talks on Sunday initiated by Tarsia and the Council …"). Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const meetings = (text: string) => code(text, '2026-06-14').events.filter((e) => e.type === 'CONSULT');

describe('talks initiated or arranged by a party', () => {
  it('counts the initiators among those at the talks', () => {
    const got = meetings(
      'Talks on Sunday initiated by Tarsia and the Northern Maritime Council aimed at brokering a fishing deal between Veska and Ormund were constructive, officials said.',
    );
    expect(got.length).toBeGreaterThan(0);
    expect(got[0].actors).toEqual(expect.arrayContaining(['TRS', 'NMC']));
  });
  it('counts a party that arranged the meeting', () => {
    const got = meetings('Envoys of Veska and Ormund met in Lumen on Friday in talks arranged by Tarsia.');
    expect(got[0].actors).toEqual(expect.arrayContaining(['VSK', 'ORM', 'TRS']));
  });
});
