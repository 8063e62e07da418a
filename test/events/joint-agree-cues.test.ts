/**
 * Codebook `joint_agree_cues` (stance.yaml; empty by default, see its comment): cues that tell an
 * agreement only when two parties or more act together. A user who adds "decided to" gets "Veska
 * and Ormund decided to restore ties" as an AGREE of both, and one party's decision as none
 * (events/agree.ts). Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { CodebookSchema, mergeCodebooks } from '../../src/core/codebook/codebook.js';
import { createDocument } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/core/stages.js';
import { worldCodebook } from '../positions/world.js';

const pipeline = defaultPipeline(
  mergeCodebooks(
    worldCodebook,
    CodebookSchema.parse({ cues: { joint_agree_cues: ['decide|decided|decides to'] } }),
  ),
);
const agreements = (text: string) =>
  pipeline
    .run(createDocument(text, { date: '2026-06-16' }))
    .events.filter((e) => e.type === 'AGREE')
    .map((e) => [...e.actors].sort().join(' '));

describe('cues of an agreement made together', () => {
  it('two parties that decided to restore ties agreed', () => {
    expect(agreements('Veska and Ormund decided to restore full diplomatic ties.')).toEqual(['ORM VSK']);
  });

  it('one party that decided agreed with no one', () => {
    expect(agreements('Veska decided to restore full diplomatic ties with Ormund.')).toEqual([]);
  });

  it('the default codebook holds no such cue', () => {
    expect(worldCodebook.cues.joint_agree_cues ?? []).toEqual([]);
  });
});
