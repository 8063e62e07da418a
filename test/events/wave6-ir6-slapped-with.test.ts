/**
 * "slapped a major Veskan firm with an extreme penalty": a sanction whose target is the one
 * slapped, however many words name it. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const sanctions = (text: string) => code(text, '2026-06-17').events.filter((e) => e.type === 'SANCTION');

describe('"slapped X with a penalty"', () => {
  it('is a sanction of the slapper on the party of the one slapped', () => {
    const got = sanctions('Ormund on Tuesday slapped a major Veskan shipping firm with an extreme penalty.');
    expect(got).toHaveLength(1);
    expect([...got[0].actors].sort()).toEqual(['ORM', 'VSK']);
    expect(got[0].date).toBe('2026-06-16');
  });
});
