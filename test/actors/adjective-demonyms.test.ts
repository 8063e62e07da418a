/**
 * The adjective forms of states' names that the generated actors list leaves out (codebooks/seats.yaml:
 * "the Philippine government", "Azeri troops", "a Kazakh diplomat") name their state. Sentences
 * written for the tests, with the default codebook.
 */
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/core/stages.js';

const pipeline = defaultPipeline();
const actorsNamed = (text: string) =>
  pipeline.run(createDocument(text, { date: '2019-05-01' })).mentions.flatMap((m) => m.actor);

describe('adjective forms of state names', () => {
  it.each([
    ['The Philippine government said the talks would resume.', 'PHL'],
    ['Azeri troops shelled the village, officials said.', 'AZE'],
    ['A Kazakh diplomat said the next round would be held in Astana.', 'KAZ'],
    ['An Ecuadorian envoy said the talks would resume.', 'ECU'],
    ['Djiboutian mediators said the talks would resume.', 'DJI'],
  ])('%s names %s', (text, code) => {
    expect(actorsNamed(text)).toContain(code);
  });
});
