/**
 * "Mali's ruling junta said", "Veska's military government said": a word of who holds power
 * before the government noun (codebook `government_modifiers`) keeps the phrase the state's
 * government. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements/extract.js';

const speakers = (text: string) => statementsOf(text).map((s) => [s.speaker, s.actor]);

describe('a government named with a word of who holds power', () => {
  it('"Veska\'s ruling junta" speaks for Veska', () => {
    expect(speakers("Veska's ruling junta said the sanctions were illegal.")).toContainEqual([
      "Veska's ruling junta",
      'VSK',
    ]);
  });

  it('"Ormund\'s military government" speaks for Ormund', () => {
    const said = statementsOf("Ormund's military government said the border would stay closed.");
    expect(said.map((s) => s.actor)).toEqual(['ORM']);
    expect(said[0].speaker).toMatch(/military government/);
  });
});

describe('one unnamed member of the government, no state named', () => {
  it('"a junta source", "a senior government official", "a military source" speak for the state the story faces a group with', () => {
    const said = statementsOf(
      "Veska and the Skerry Islanders' Assembly agreed to a truce on Saturday. A junta source said the truce would hold. A senior government official said the patrols would end. A military source said the troops would stay in their barracks.",
    );
    expect(said.map((s) => [s.speaker, s.actor])).toEqual([
      ['A junta source', 'VSK'],
      ['A senior government official', 'VSK'],
      ['A military source', 'VSK'],
    ]);
  });

  it('stays nobody’s where the story has two states and no group', () => {
    const said = statementsOf(
      'Veska and Ormund agreed to a truce on Saturday. A government source said the truce would hold.',
    );
    expect(said.map((s) => s.actor)).toEqual([null]);
  });
});
