/**
 * "The foreign ministry of Ormund's Tarsian-backed government said …": a backer made into a
 * modifier ("Tarsian-backed") describes the body and is not the party it speaks for.
 * Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

describe('a speaker phrase with a backer before its head', () => {
  it('gives the body the party that owns it, not its backer', () => {
    const doc = code(
      'The foreign ministry of Ormund’s Tarsia-backed government called for more pressure on the rebels.',
    );
    expect(doc.statements.map((s) => s.actor)).toEqual(['ORM']);
  });

  it('skips the backer also before a bare title', () => {
    const doc = code("An adviser to Veska's Tarsia-backed cabinet said the talks would resume next week.");
    expect(doc.statements.map((s) => s.actor)).toEqual(['VSK']);
  });
});
