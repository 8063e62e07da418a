/**
 * "X left Kessel on Tuesday without signing the truce": the city left is the object of a verb of
 * leaving, not the one who refuses; the refusal is the subject's, and no one's when the subject
 * is no party. Sentences invented about the Veska–Ormund talks.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('a capital left without signing holds no refusal', () => {
  it('reads the delegation that left, not the city it left', () => {
    const doc = code('The Veskan delegation left Kessel on Tuesday without signing the ceasefire agreement.');
    expect(stances(doc)).toContain('VSK ceasefire reject');
    expect(stances(doc)).not.toContain('ORM ceasefire reject');
  });

  it('gives the city no refusal when the one who left is no party', () => {
    const doc = code('General Otto Brand departed Kessel without signing the ceasefire agreement.');
    expect(stances(doc)).not.toContain('ORM ceasefire reject');
  });

  it('still reads a party that stays in its own capital and refuses', () => {
    const doc = code('Ormund refused to sign the ceasefire agreement in Kessel on Tuesday.');
    expect(stances(doc)).toContain('ORM ceasefire reject');
  });
});
