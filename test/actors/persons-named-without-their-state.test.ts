/**
 * Officials the reports name without their state (codebooks/persons.yaml): the Speaker of the U.S.
 * House ("House Speaker Nancy Pelosi") and Myanmar's State Counsellor ("Suu Kyi said") speak for
 * their states in the years they held the post. Sentences written for the tests, with the default
 * codebook.
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

describe('State Counsellor Aung San Suu Kyi', () => {
  it('speaks for Myanmar while in office', () => {
    const doc = pipeline.run(
      createDocument('Suu Kyi said the peace conference would be held in August.', { date: '2016-06-28' }),
    );
    expect(doc.statements.map((s) => s.actor)).toContain('MMR');
  });
});
