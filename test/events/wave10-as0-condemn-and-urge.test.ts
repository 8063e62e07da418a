/**
 * "condemned the ban, and urged Veska to stop …": a condemnation of a thing that names no party,
 * joined to a clause that presses a party, condemns the party pressed. Sentences written for the
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const accusations = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'ACCUSE')
    .map((e) => [...e.actors].sort().join('+'));

describe('a condemnation joined to a clause that presses a party', () => {
  it('names the party pressed as the one condemned', () => {
    expect(
      accusations(
        'Tarsia’s trade ministry on Sunday condemned the ban, and urged Veska to stop what it called coercion.',
      ),
    ).toContain('TRS+VSK');
  });

  it('takes no party from a clause joined by another verb', () => {
    expect(
      accusations(
        'Tarsia’s trade ministry on Sunday condemned the ban, and met Veska to discuss the tariffs.',
      ),
    ).not.toContain('TRS+VSK');
  });
});
