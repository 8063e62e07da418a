import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

// Sentences written for the tests, about the invented states of examples/codebook.yaml.
describe('a noun-like form used as the verb', () => {
  it('reads "Kest claims he’s owed …" as a cue: a bare name and a clause with its verb', () => {
    const s = statementsOf('Kest claims he’s owed ten billion by the Tarsian treasury.');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ said: 'Kest', cue: 'claims' });
    expect(s[0].content).toMatch(/^he’s owed ten billion/);
  });

  it('reads "he claims his boss is fine" after a pronoun', () => {
    const s = statementsOf('Orlo Danet backed the Veskan draft. And he claims his boss is fine with it.');
    expect(s.map((x) => x.content)).toContain('his boss is fine with it');
  });

  it('leaves the noun alone: "his numerous remarks are …", "it claims more territory"', () => {
    expect(
      statementsOf('His numerous angry remarks are turning the talks sour, the envoys fear.'),
    ).not.toContainEqual(expect.objectContaining({ cue: 'remarks' }));
    expect(
      statementsOf('The Tarsian army pressed on as it claims more territory from the rebels.'),
    ).toHaveLength(0);
  });
});

describe('the subject of a clause that a participle cue follows', () => {
  it('is not the noun phrase "those claims" inside the clause', () => {
    const s = statementsOf(
      'Ilse Marrow pushed back on those claims Thursday, saying that the draft had the right security terms.',
    );
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ said: 'Ilse Marrow', cue: 'saying' });
  });

  it('is found past a parenthesis after the name', () => {
    const s = statementsOf(
      'Sen. Ilse Marrow (D-Vesk) defended her call to reopen the crossing, saying the gains in trade would outweigh the risks.',
    );
    expect(s).toHaveLength(1);
    expect(s[0].said).toBe('Sen. Ilse Marrow');
    expect(s[0].content).toBe('the gains in trade would outweigh the risks');
  });

  it('is found past a day between the name and its verb', () => {
    const s = statementsOf(
      'Orlo Danet on Thursday stepped up his attacks on Kest, saying he is weak on the border question.',
    );
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ said: 'Orlo Danet', content: 'he is weak on the border question' });
  });

  it('keeps a leader’s title whole: "the Veskan premier", "the Veskan prime minister"', () => {
    for (const title of ['premier', 'prime minister']) {
      const s = statementsOf(
        `The Veskan ${title} rejected the plan on Tuesday, saying it would reward aggression.`,
      );
      expect(s).toHaveLength(1);
      expect(s[0]).toMatchObject({ said: `The Veskan ${title}`, content: 'it would reward aggression' });
    }
  });
});

describe('"as reported by" an outlet', () => {
  it('makes the outlet the source of the sentence it opens', () => {
    const s = statementsOf(
      'As reported by the Lumen Courier, the Veskan delegation left the talks after the second round.',
    );
    expect(s).toHaveLength(1);
    expect(s[0].said).toBe('the Lumen Courier');
    expect(s[0].content).toBe('the Veskan delegation left the talks after the second round');
  });
});

describe('the owner of the speech noun that opens the clause', () => {
  it('speaks for "Kest’s remarks after meeting with Orlo Danet suggested that …"', () => {
    const s = statementsOf(
      'Kest’s remarks after meeting with Orlo Danet suggested that a truce was still within reach.',
    );
    expect(s).toContainEqual(expect.objectContaining({ said: 'Kest', cue: 'suggested' }));
  });

  it('keeps the name a preposition governs when no speech noun opens the clause', () => {
    const s = statementsOf(
      'Talks between Kest and Orlo Danet ended, and Orlo Danet said that a truce was near.',
    );
    expect(s).toContainEqual(expect.objectContaining({ said: 'Orlo Danet', cue: 'said' }));
  });
});
