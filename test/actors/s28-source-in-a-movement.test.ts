/**
 * An unnamed source inside a movement or an organisation ("an official source in the Front")
 * speaks for it; a source in a city or a state says nothing of whose it is. Texts are written for
 * the tests.
 */
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/core/stages.js';

const pipeline = defaultPipeline();
const speakers = (text: string) =>
  pipeline
    .run(createDocument(text, { date: '2024-03-05' }))
    .statements.map((s) => `${s.speaker} | ${[s.actor ?? '-'].flat().join(',')}`);

describe('an unnamed source in a movement', () => {
  it('speaks for the movement or organisation it is in', () => {
    expect(speakers('An official source in Hamas said the talks would resume.')).toEqual([
      'An official source in Hamas | HAMAS',
    ]);
    expect(speakers('A source in the African Union said the talks would resume.')).toEqual([
      'A source in the African Union | AU',
    ]);
  });

  it('is nobody’s in a city that hosts talks', () => {
    expect(speakers('A diplomat in Geneva said the talks would resume.')).toEqual([
      'A diplomat in Geneva | -',
    ]);
  });
});
