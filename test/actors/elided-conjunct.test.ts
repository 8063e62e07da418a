/**
 * "North and South Korea", "Greek and Turkish Cypriot leaders": a first word joined by "and" to a
 * name, which with the name's last words is a name of its own, is that party (a one-word name it
 * is on its own, "Greek", gives way to the longer one). Not where the shared words are no name's
 * ("Russia and Russian-backed separatists"). Sentences written for the tests, with the default
 * codebook.
 */
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/core/stages.js';

const pipeline = defaultPipeline();
const agreements = (text: string) =>
  pipeline
    .run(createDocument(text, { date: '2026-06-16' }))
    .events.filter((e) => e.type === 'AGREE')
    .map((e) => [...e.actors].sort());

describe('a name shared by two parties joined with "and"', () => {
  it('reads "North and South Korea" as both Koreas', () => {
    expect(agreements('North and South Korea agreed to hold military talks next week.')).toContainEqual([
      'KOR',
      'PRK',
    ]);
  });

  it('reads "Greek and Turkish Cypriot leaders" as both sides of the island, not Greece', () => {
    expect(
      agreements('Greek and Turkish Cypriot leaders agreed to adopt confidence-building measures.'),
    ).toContainEqual(['CYP', 'TRNC']);
  });

  it('leaves "Russia and Russian-backed separatists" as Russia and the separatists', () => {
    const got = agreements('Ukraine, Russia and Russian-backed separatists agreed on a ceasefire.').flat();
    expect(got).toContain('RUS');
  });
});
