/**
 * "Veska and Ormund decided to restore full ties": a decision two parties take together is an
 * agreement (AGREE); one party's decision is its own act, no agreement (codebook stance.yaml
 * `joint_agree_cues`, events/agree.ts). Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const agreements = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'AGREE')
    .map((e) => [...e.actors].sort().join(' '));

describe('a decision taken together', () => {
  it('two parties that decided to restore ties agreed', () => {
    expect(agreements('Veska and Ormund decided on Wednesday to restore full diplomatic ties.')).toEqual([
      'ORM VSK',
    ]);
  });

  it('one party that decided agreed with no one', () => {
    expect(agreements('Veska decided on Wednesday to restore full diplomatic ties with Ormund.')).toEqual([]);
  });
});
