/**
 * Stance cues taken from WordNet (codebooks/stance.yaml, the blocks scripts/stance-synonyms.ts
 * proposed): synonyms of the hand-typed verbs code the same stance. Sentences are written for
 * the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('stance cues from WordNet', () => {
  it('"repudiated" rejects, like "rejected"', () => {
    expect(stances(code('Veska repudiated the ceasefire agreement on Tuesday.'))).toContain(
      'VSK ceasefire reject',
    );
  });

  it('"espoused" accepts, like "embraced"', () => {
    expect(stances(code('Ormund espoused a ceasefire along the whole coast.'))).toContain(
      'ORM ceasefire accept',
    );
  });

  it('without the cue there is no stance to code', () => {
    expect(stances(code('Veska and the ceasefire agreement were in the news on Tuesday.'))).not.toContain(
      'VSK ceasefire reject',
    );
  });
});
