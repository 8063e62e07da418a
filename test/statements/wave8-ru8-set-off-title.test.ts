/**
 * A title set off by commas before a name ("Veska's envoy to the border commission on the eastern
 * settlement, Ida Marrow, said …") is that person's: a later "the Veskan envoy said" is she.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('a definite description names the person introduced with a title set off by commas', () => {
  it('reads "The Veskan envoy also said" as the envoy named before', () => {
    const got = statementsOf(
      'LUMEN, July 3. Veska’s envoy to the Contact Group on the settlement in the eastern Lirna region, Ida Marrow, said the crossings would reopen next week. Veskan President Tor Brisk said on Monday that the talks would go on. The Veskan envoy also said that the commission confirmed the start of demining near Lirna.',
    );
    const demining = got.find((s) => s.content.includes('demining'));
    expect([demining?.speaker, demining?.actor]).toEqual(['Ida Marrow', 'VSK']);
  });

  it('does not give the title of a clause before the name to a name that no comma closes', () => {
    const got = statementsOf(
      'After talks with Veska’s envoy to the commission, Ida Marrow said the crossings would reopen. The Veskan envoy also said that demining had begun near Lirna.',
    );
    expect(got[1]?.speaker).not.toBe('Ida Marrow');
  });
});
