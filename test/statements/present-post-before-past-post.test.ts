/**
 * "Veska's facilitator, former police chief Ida Vell, said …": a title that names no one opens the
 * sentence, and the appositive after it gives a past post and the person's name. The person speaks
 * (statements-phrases.ts `titledNameEndingAt`), for the party of the title set off before the name
 * (actors/roles.ts `readPresentPostSetOff`), and "she" later refers to her.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const speakers = (text: string) =>
  code(text).statements.map((s) => `${s.speaker}: ${[s.actor ?? '-'].flat().sort().join(' ')}`);

describe('a present post set off before a past one', () => {
  it('the named person speaks, for the party of the post set off first', () => {
    expect(
      speakers(
        'Veska’s facilitator, former police chief Ida Vell, said the panel was waiting for a request. “We only facilitate,” she said.',
      ),
    ).toEqual(['Ida Vell: VSK', 'Ida Vell: VSK']);
  });

  it('a capitalised past title between the comma and the name is read the same way', () => {
    expect(
      speakers(
        'Veska’s facilitator, former Inspector-General of Police Ida Vell, said the panel was waiting.',
      ),
    ).toEqual(['Ida Vell: VSK']);
  });

  it('"led by" a person names the leader, who is not the speaker', () => {
    expect(
      speakers('The Ormund People’s Front, led by Petr Vallo, said it would return to the talks.')[0],
    ).not.toMatch(/^Petr Vallo/);
  });

  it('an adviser to a leader is not that leader', () => {
    expect(
      speakers('Veska’s envoy, adviser to President Anton Brisk, said the panel was waiting.')[0],
    ).not.toMatch(/Anton Brisk/);
  });
});
