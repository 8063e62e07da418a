/**
 * Ties cut off are a SANCTION in every inflection of the verb (codebooks/stance.yaml
 * `sanction_cues`): "was suspending relations with Ormund" as "suspended relations". Sentences
 * invented about the Veska–Ormund dispute.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const sanctions = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'SANCTION')
    .map((e) => [...e.actors].sort().join(','));

describe('relations suspended, in the progressive', () => {
  it('reads a SANCTION of Veska on Ormund in "it was suspending relations with Ormund"', () => {
    expect(sanctions('Veska said on Monday it was suspending relations with Ormund.')).toContain('ORM,VSK');
  });

  it('still reads the past tense', () => {
    expect(sanctions('Veska suspended relations with Ormund on Monday.')).toContain('ORM,VSK');
  });
});
