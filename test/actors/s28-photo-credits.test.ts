/**
 * A caption's photo credit ("Jane Doe/AFP/Getty Images") runs straight into the text after it
 * when a page is flattened: the agency's words end there, and the name after them is the speaker.
 * Texts are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/core/stages.js';

const pipeline = defaultPipeline();
const speakers = (text: string) =>
  pipeline.run(createDocument(text, { date: '2018-06-07' })).statements.map((s) => `${s.speaker} ${s.actor}`);

describe('photo credits before a speaker', () => {
  it('are no part of the speaker’s name', () => {
    expect(speakers('Photo: Jane Doe/AFP/Getty Images Wilbur Ross said the fine would be paid.')).toEqual([
      'Wilbur Ross USA',
    ]);
    expect(speakers('AP Photo Wilbur Ross said the fine would be paid.')).toEqual(['Wilbur Ross USA']);
  });
});
