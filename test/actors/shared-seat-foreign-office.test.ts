/**
 * "The Foreign Office said …" in a story from another state's capital that names Britain nowhere
 * else: a seat whose name other states' offices go by too (codebook `shared_seat_names`) is the
 * office of the story's own state, not Britain's. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements/extract.js';

const actors = (text: string) => statementsOf(text).map((s) => s.actor);

describe('a Foreign Office in a story of another state', () => {
  it("speaks for the dateline's state when Britain is not named", () => {
    expect(
      actors(
        'KESSEL, May 3 (Northwire) - Veska called off the river talks on Sunday. ' +
          'The Foreign Office said the decision was a setback to good relations.',
      ),
    ).toEqual(['ORM']);
  });

  it('stays British where the story names Britain', () => {
    expect(
      actors(
        'KESSEL, May 3 (Northwire) - Britain and Veska called off the river talks on Sunday. ' +
          'The Foreign Office said the decision was a setback to good relations.',
      ),
    ).toEqual(['GBR']);
  });

  it('stays with the state that owns it', () => {
    expect(
      actors(
        'KESSEL, May 3 (Northwire) - Veska called off the river talks on Sunday. ' +
          "Tarsia's Foreign Office said the decision was a setback to good relations.",
      ),
    ).toEqual(['TRS']);
  });
});
