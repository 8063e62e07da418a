/**
 * The Speaker of the U.S. House named without the state ("House Speaker Nancy Pelosi") speaks for
 * the United States in the years she held the post (codebooks/persons.yaml). Sentences written for
 * the tests, with the default codebook.
 */
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/core/stages.js';

const pipeline = defaultPipeline();
const actorOf = (text: string, date: string) =>
  pipeline.run(createDocument(text, { date })).statements.find((s) => s.speaker === 'Nancy Pelosi')?.actor;

describe('House Speaker Nancy Pelosi', () => {
  it('speaks for the United States while Speaker', () => {
    expect(actorOf('House Speaker Nancy Pelosi said the trip would go ahead.', '2022-08-01')).toBe('USA');
  });
});
