/**
 * "Ilse Marrow who visited Kessel said": a relative clause without commas between the subject and
 * the cue; the antecedent of "who" speaks, not the phrase the clause ends with
 * (statements.ts `antecedentOfRelative`). Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const speakers = (text: string) =>
  code(text).statements.map((s) => `${s.speaker}: ${[s.actor ?? '-'].flat().sort().join(' ')}`);

describe('a relative clause between the subject and the cue', () => {
  it('"Ilse Marrow who visited Kessel said": Marrow speaks, not the place she visited', () => {
    expect(
      speakers('Veskan Foreign Minister Ilse Marrow who visited Kessel said the war must stop.'),
    ).toEqual(['Ilse Marrow: VSK']);
  });

  it('"The Tarsian official who oversees the talks with Ormund said": the official speaks', () => {
    expect(
      speakers('The Tarsian official who oversees the talks with Ormund said the border must open.'),
    ).toEqual(['The Tarsian official: TRS']);
  });
});
