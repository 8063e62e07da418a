/**
 * "The week-long truce, which was backed by Veska, …": a relative clause in the passive after the
 * issue names its agent, who takes the stance the cue tells (positions.ts `passiveRelativeStance`).
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('a passive relative clause after the issue', () => {
  it('the agent of "which was backed by" accepts it', () => {
    expect(stances(code('The week-long ceasefire, which was backed by Veska, begins on Tuesday.'))).toContain(
      'VSK ceasefire accept',
    );
  });

  it('the agent of "which has been rejected by" rejects it', () => {
    expect(stances(code('The ceasefire, which has been rejected by Ormund, begins on Tuesday.'))).toContain(
      'ORM ceasefire reject',
    );
  });

  it('a passive with no agent names no holder', () => {
    expect(stances(code('The ceasefire, which was backed at the summit, begins on Tuesday.'))).toEqual([]);
  });
});
