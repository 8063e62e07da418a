/**
 * "The Coastal Directorate of the Veskan Defence Ministry said …", then "the Coastal Directorate
 * said …": a body named again by the opening words of its full name speaks for the full name's
 * party. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const actors = (text: string) => code(text).statements.map((s) => s.actor ?? null);

describe('a body named again by the opening words of its full name', () => {
  it('speaks for the party of the full name', () => {
    expect(
      actors(
        'The Coastal Directorate of the Defence Ministry of Veska said on Monday that Ormund was moving troops.\n\n' +
          'The Coastal Directorate said that Ormund used the dam as a base.',
      ),
    ).toEqual(['VSK', 'VSK']);
  });

  it('takes no party from a full name that only shares a word', () => {
    expect(
      actors(
        'The Coastal Directorate of the Defence Ministry of Veska said on Monday that Ormund was moving troops.\n\n' +
          'The Harbour Directorate said that ships were waiting.',
      ),
    ).toEqual(['VSK', null]);
  });
});
