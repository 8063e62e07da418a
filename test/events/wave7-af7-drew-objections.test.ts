/**
 * "X's move drew objections from Y": an objection is a criticism, its critic named after the cue
 * (after "both" too), its target the subject. Texts are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const accusations = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'ACCUSE')
    .map((e) => [...e.actors].sort().join(','));

describe('drew objections from', () => {
  it('reads an objection drawn from a party as its accusation', () => {
    expect(accusations("Veska's plan to dam the river drew objections from Ormund.")).toEqual(['ORM,VSK']);
  });

  it('reads the critic after "both"', () => {
    expect(
      accusations("Veska's decision to close the strait drew sharp criticism from both Ormund and Tarsia."),
    ).toHaveLength(1);
    expect(
      accusations(
        "Veska's decision to close the strait drew sharp criticism from both Ormund and Tarsia.",
      )[0],
    ).toContain('ORM');
  });
});
