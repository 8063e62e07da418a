/**
 * A bracketed acronym inside a speaker phrase after the words ("…, the African Union (AU)
 * envoy Ida Vell announced on Wednesday"): the phrase goes on to its head, the person, who speaks.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/core/stages.js';

// The default codebook, which knows the African Union and its acronym.
const pipeline = defaultPipeline();
const statementsOf = (text: string) =>
  pipeline.run(createDocument(text, { date: '2026-05-04' })).statements.map((s) => ({
    content: text.slice(s.content.start, s.content.end),
    speaker: s.speaker,
    actor: s.actor,
  }));

describe('a bracketed acronym inside the speaker phrase', () => {
  it('reads the statement whose speaker phrase holds "(AU)" after the words', () => {
    const s = statementsOf(
      'Veska and Ormund have agreed to a permanent truce, the African Union (AU) envoy Mara Teske announced on Wednesday.',
    );
    expect(s.map((x) => [x.content, x.speaker, x.actor])).toEqual([
      ['Veska and Ormund have agreed to a permanent truce', 'Mara Teske', 'AU'],
    ]);
  });

  it('names the person, not the body, when the phrase opens the sentence', () => {
    const s = statementsOf(
      'The African Union (AU) envoy Mara Teske said the two sides had agreed to a permanent truce.',
    );
    expect(s.map((x) => [x.speaker, x.actor])).toEqual([['Mara Teske', 'AU']]);
  });
});
