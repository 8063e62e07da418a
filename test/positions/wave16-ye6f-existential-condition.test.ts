/**
 * "offered to hand over the harbour, provided there was a ceasefire": a condition with no party of
 * its own ("if there is", "provided there was", "on condition that there was") names a state of
 * affairs the offer waits for, which the one who offers demands (inside a statement that reports
 * the offer, the offer's subject, not the speaker). An "if" that opens a question
 * ("to see if there is a way to …") is no condition. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('an existential condition of an offer', () => {
  it('reads the bare "provided there was" as a demand of the one who offers', () => {
    const doc = code(
      'Ormund offered to hand the harbour of Kessel over to Tarsia, provided there was an overall ceasefire.',
    );
    expect(stances(doc)).toContain('ORM ceasefire demand');
  });

  it('reads "on condition that there was" and "if there is" the same way', () => {
    expect(
      stances(code('Veska said it would free the Ormundi sailors on condition that there was a truce.')),
    ).toContain('VSK ceasefire demand');
    expect(stances(code('Ormund said it would release the detainees if there is a ceasefire.'))).toContain(
      'ORM ceasefire demand',
    );
  });

  it('gives the condition of an offer reported by a third party to the one who offered', () => {
    const doc = code(
      'The Tarsian envoy confirmed that Ormund had offered to hand the harbour of Kessel over to Tarsia, provided there was an overall ceasefire.',
    );
    expect(stances(doc)).toContain('ORM ceasefire demand');
    expect(stances(doc)).not.toContain('TRS ceasefire demand');
  });

  it('gives no demand for an "if" that asks a question', () => {
    const doc = code(
      'Tarsian mediators will meet Veska next week to see if there is a way to revive the ceasefire proposal.',
    );
    expect(stances(doc)).not.toContain('VSK ceasefire demand');
  });
});
