/**
 * "The rebels accused the security forces of killing seven farmers": in a story of one state and
 * the group it faces, the state's forces named alone, in one word or two (codebook
 * `state_forces_nouns`: "the army", "the security forces", "the police"), are that state's, as
 * speakers and as those accused; "the other side" accused is the story's other party. Sentences
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const story = "Veska and the Skerry Islanders' Assembly held talks on Monday. ";

describe("the state's forces named alone", () => {
  it('"the security forces" accused by the group are the state', () => {
    const accuse = code(
      `${story}The Skerry Islanders' Assembly accused the security forces of killing seven fishermen.`,
    ).events.filter((e) => e.type === 'ACCUSE');
    expect(accuse.map((e) => e.actors)).toEqual([['SKA', 'VSK']]);
  });

  it('"the police" speak for the state', () => {
    const said = code(`${story}The police said the talks would go on.`).statements;
    expect(said.map((s) => s.actor)).toEqual(['VSK']);
  });
});

describe('"the other side" accused', () => {
  it('is the story’s other party', () => {
    const accuse = code(`${story}Veska accused the other side of breaking the truce.`).events.filter(
      (e) => e.type === 'ACCUSE',
    );
    expect(accuse.map((e) => [...e.actors].sort())).toEqual([['SKA', 'VSK']]);
  });

  it('"each accused the other" is an accusation between the two', () => {
    const accuse = code(
      `${story}Veskan and island negotiators each accused the other of stalling.`,
    ).events.filter((e) => e.type === 'ACCUSE');
    expect(accuse.map((e) => [...e.actors].sort())).toEqual([['SKA', 'VSK']]);
  });
});
