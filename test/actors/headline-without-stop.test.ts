/**
 * A headline without a full stop ("Talks resumed on Friday") before a paragraph that opens with a
 * party and a title ("Russian envoy X said …"): the headline's last capitalised word is no part of
 * a name with the party, so the person is that party's, in every later statement too. Sentences
 * written for the tests, with the default codebook.
 */
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/core/stages.js';

const pipeline = defaultPipeline();
const actorsOf = (text: string) =>
  pipeline.run(createDocument(text, { date: '2016-08-26' })).statements.map((s) => s.actor);

describe('a paragraph after a headline without a full stop', () => {
  it('keeps the party before the title for every statement of the person', () => {
    expect(
      actorsOf(
        'Talks resumed on Friday\n\nRussian envoy Anton Velkov said that the talks went well. Velkov said the monitors would stay.',
      ),
    ).toEqual(['RUS', 'RUS']);
    expect(
      actorsOf(
        'Envoys agreed a truce for the harvest from 1 September\n\nOSCE special representative Anton Velkov said that the group stated the need for a truce. Velkov said the monitors would stay.',
      ),
    ).toEqual(['OSCE', 'OSCE']);
  });
});
