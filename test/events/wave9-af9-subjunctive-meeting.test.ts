/**
 * "the condition that a direct dialogue be held between Kessel and the rebels": a meeting in a bare
 * subjunctive is demanded or proposed, not held; with an auxiliary it is one told ("will be held",
 * "were held"). Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const consults = (text: string) => code(text).events.filter((e) => e.type === 'CONSULT');

describe('a meeting in a bare subjunctive', () => {
  it('is no meeting held when a condition asks that it "be held"', () => {
    expect(
      consults(
        'It was the condition set by Veska that a direct dialogue be held between Kessel and the Highland Liberation Front that sank the summit.',
      ),
    ).toEqual([]);
  });

  it('keeps a meeting that "will be held" as planned', () => {
    const events = consults('Veska said on Monday that the talks with Ormund will be held in Lumen.');
    expect(events.map((e) => e.status)).toEqual(['planned']);
  });
});
