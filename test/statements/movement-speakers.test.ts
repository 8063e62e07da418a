import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

// Sentences written for the tests, about the invented states of examples/codebook.yaml.
describe('speakers named by the movement they lead', () => {
  it('"…, a protest leader said" reports the sentence before it', () => {
    const s = statementsOf(
      'Protest leaders and the army agreed on Saturday to set up a joint council in Port Alder, a protest leader said.',
    );
    expect(s.find((x) => x.said === 'a protest leader')?.content).toMatch(
      /^Protest leaders and the army agreed/,
    );
  });

  it('"…, student leaders told reporters" reports it too', () => {
    const s = statementsOf(
      'The talks on the transition will resume next week, student leaders told reporters.',
    );
    expect(s.find((x) => x.said === 'student leaders')?.content).toMatch(/talks on the transition/);
  });
});

describe('a subject with its short name in brackets', () => {
  it('"The Transitional Council (TC) dissolved …, saying …" is the council speaking', () => {
    const s = statementsOf(
      'Veska’s Transitional Council (TC) dissolved the cabinet on Monday following weeks of protests, saying it would rule until elections next year.',
    );
    expect(s.find((x) => x.content.startsWith('it would rule'))?.said).toMatch(/Transitional Council$/);
  });
});
