/**
 * Armed groups that coders of the development reports name and the codebook lacked: the FDLR in
 * eastern Congo, and the YPG, which Turkey names apart from the SDF it leads. Sentences are
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/core/stages.js';

const pipeline = defaultPipeline();
const actors = (text: string) =>
  pipeline.run(createDocument(text, { date: '2019-05-01' })).mentions.flatMap((m) => m.actor ?? []);

describe('armed groups of the codebook', () => {
  it('codes the FDLR by its acronym and its name', () => {
    expect(actors('Kigali wants the FDLR disarmed.')).toContain('FDLR');
    expect(actors('The Democratic Forces for the Liberation of Rwanda denied it.')).toContain('FDLR');
  });

  it('codes the YPG apart from the SDF', () => {
    const got = actors('Ankara wants the YPG to leave Manbij, while the Syrian Democratic Forces stay east.');
    expect(got).toContain('YPG');
    expect(got).toContain('SDF');
  });
});
