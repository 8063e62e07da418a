/**
 * A ruling party or coalition speaks for its state's government ("the Veskan ruling party said"),
 * as its government does. Texts are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from '../positions/world.js';

const speakerActors = (text: string) => code(text).statements.map((s) => s.actor);

describe('a ruling party speaks for its state', () => {
  it('reads "the Veskan ruling party" as Veska', () => {
    expect(speakerActors('The Veskan ruling party said on Monday that it would accept the truce.')).toEqual([
      'VSK',
    ]);
  });

  it('reads "Ormund\'s ruling coalition" as Ormund', () => {
    expect(speakerActors("Ormund's ruling coalition said it was ready to cede the two islands.")).toEqual([
      'ORM',
    ]);
  });

  it('gives the ruling party the stance it announces', () => {
    const doc = code(
      'The Veskan ruling party announced that it would hand over the disputed territories to Ormund.',
    );
    expect(stances(doc).some((s) => s.startsWith('VSK territory'))).toBe(true);
  });
});
