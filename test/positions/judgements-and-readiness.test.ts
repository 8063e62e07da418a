/**
 * Stance words of real reports (codebook stance.yaml): a judgement that something must happen ("it
 * is crucial that"), an aim named as such, a readiness named by a noun, efforts and hopes, a deal
 * reaffirmed, satisfaction expressed, "played down", and an act told with "later" or "twice"
 * between its subject and verb (positions.ts). Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

const of = (text: string) => stances(code(text));

describe('stances put as judgements, aims and readiness', () => {
  it('"it is crucial that" demands', () => {
    expect(of('Veska said it is crucial that elections take place as planned.')).toContain(
      'VSK elections demand',
    );
  });

  it('a readiness named by a noun proposes', () => {
    expect(of('Ormund expressed its willingness to exchange prisoners.')).toContain('ORM prisoners propose');
  });

  it('efforts to restore ties propose them', () => {
    expect(of('Veska has tried to restore diplomatic relations with Ormund.')).toContain(
      'VSK diplomatic_relations propose',
    );
  });

  it('a ceasefire reaffirmed is accepted', () => {
    expect(of('Veska and Ormund reaffirmed the ceasefire agreement on Tuesday.')).toEqual(
      expect.arrayContaining(['VSK ceasefire accept', 'ORM ceasefire accept']),
    );
  });

  it('an initiative played down is rejected', () => {
    expect(of('Ormund played down the Veskan plan for a ceasefire.')).toContain('ORM ceasefire reject');
  });

  it('an act told with "twice" between subject and verb is still read', () => {
    expect(of('Davor Kest twice cancelled the summit with Veska.')).toContain('ORM summit reject');
  });
});
