/**
 * "He" at the start of a sentence after one whose only person a preposition governs ("… ties that
 * soured under the administration of US President Joe Biden. He urged …") is the subject of an
 * earlier sentence, not that person (in the pronoun's own sentence, "arranged by Michel after he
 * called", the person stays). Sentences written for the tests, with the default codebook (whose
 * persons have known genders).
 */
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/core/stages.js';

const pipeline = defaultPipeline();
const speakers = (text: string) =>
  pipeline.run(createDocument(text, { date: '2022-01-21' })).statements.map((s) => s.speaker);

describe('a pronoun after a sentence whose persons are objects of prepositions', () => {
  it('goes back to the subject of the sentence before', () => {
    expect(
      speakers(
        "Sergey Lavrov met Antony Blinken in Geneva on Friday. Lavrov set out Russia's demands on NATO. " +
          'The veteran diplomat also hoped to mend ties that soured under the administration of US President Joe Biden. ' +
          'He urged Washington to answer in writing.',
      ),
    ).toEqual(['Sergey Lavrov']);
  });
});
