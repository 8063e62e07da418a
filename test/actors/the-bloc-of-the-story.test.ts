/**
 * "The bloc" refers back to whichever bloc the story named last: the EU in a story of the EU, the
 * West African bloc in a story of ECOWAS. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/core/stages.js';

const pipeline = defaultPipeline();
const speakers = (text: string) =>
  pipeline.run(createDocument(text, { date: '2026-05-04' })).statements.map((s) => s.actor);

describe('"the bloc"', () => {
  it('is ECOWAS in a story that names ECOWAS', () => {
    expect(
      speakers('ECOWAS leaders met in Accra on Sunday. The bloc said it would lift the sanctions on Veska.'),
    ).toEqual(['ECOWAS']);
  });

  it('is the EU in a story that names the EU', () => {
    expect(
      speakers('EU ministers met in Brussels on Sunday. The bloc said it would lift the sanctions on Veska.'),
    ).toEqual(['EU']);
  });
});
