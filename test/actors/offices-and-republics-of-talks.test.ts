/**
 * Bodies that speak for the sides of talks: the offices of the cross-strait talks (Beijing's
 * Taiwan Affairs Office and Taipei's Mainland Affairs Council, codebooks/seats.yaml), and a
 * region's self-styled republic, which is its authorities. Sentences written for the tests, with
 * the default codebook.
 */
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/core/stages.js';

const pipeline = defaultPipeline();
const speakers = (text: string) =>
  pipeline.run(createDocument(text, { date: '2026-06-16' })).statements.map((s) => [s.speaker, s.actor]);

describe('the offices of the cross-strait talks', () => {
  it('give their heads the side they serve', () => {
    const got = speakers(
      'Taiwan Affairs Office Director Lin Hao met Mainland Affairs Council Minister Chen Wei in Nanjing. Lin Hao said both sides had gained. Chen Wei said no agreement would be signed.',
    );
    expect(got).toContainEqual(['Lin Hao', 'CHN']);
    expect(got).toContainEqual(['Chen Wei', 'TWN']);
  });
});

describe('a self-styled republic named for its region', () => {
  it('is the region’s authorities, whose leader speaks for them', () => {
    expect(
      speakers(
        'Leader of the unrecognized republic of Transnistria Vadim Krasnoselsky has called on the parties to resume talks.',
      ),
    ).toContainEqual(['Vadim Krasnoselsky', 'TRANSNISTRIA']);
  });
});
