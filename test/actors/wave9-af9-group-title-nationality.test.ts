/**
 * "Mozambican rebel Renamo leader X": a demonym before the name of an armed group that faces that
 * state (codebook `opposes`) is the person's nationality; the person speaks for the group.
 * Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

describe('a group title after the demonym of the state it faces', () => {
  it('gives the speaker the group, not the state', () => {
    const doc = code(
      'Ormundi rebel Highland Liberation Front leader Kai Moller said on Friday the truce was an important step.',
    );
    expect(doc.statements.map((s) => s.actor)).toEqual(['HLF']);
  });

  it('keeps the state of a title with no group in it', () => {
    const doc = code('Ormundi army chief Kai Moller said on Friday the truce was an important step.');
    expect(doc.statements.map((s) => s.actor)).toEqual(['ORM']);
  });
});
