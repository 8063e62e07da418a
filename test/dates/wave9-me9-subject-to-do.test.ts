/**
 * The news style of what is to come, a subject and an infinitive with no finite verb ("Truce
 * committee to hold first meeting Friday"), puts a bare weekday ahead of the story; a finite verb
 * before the infinitive ("arrived in Lumen to meet … on Monday") still tells the day before.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { resolveTimexes } from '../../src/core/code/dates.js';
import { code } from '../positions/world.js';

const resolve = (text: string, reference: string) =>
  resolveTimexes(text, 0, text.length, reference).map((t) => t.value);

describe('a subject and an infinitive tell what is to come', () => {
  it('reads the next Friday in "committee to hold first meeting Friday"', () => {
    // 2026-06-16 is a Tuesday.
    expect(resolve('Truce committee to hold first meeting Friday', '2026-06-16')).toEqual(['2026-06-19']);
    expect(resolve('Veska and Ormund leaders to meet in Lumen on Friday.', '2026-06-16')).toEqual([
      '2026-06-19',
    ]);
  });

  it('keeps the Monday before after a finite verb', () => {
    expect(
      resolve('The Veskan envoy arrived in Lumen to meet Ormund leaders on Monday.', '2026-06-16'),
    ).toEqual(['2026-06-15']);
  });

  it('makes the meeting of such a headline a planned one', () => {
    const consults = code(
      'Veska and Ormund truce committee to hold first meeting Friday',
      '2026-06-16',
    ).events.filter((e) => e.type === 'CONSULT');
    expect(consults.map((e) => [e.status, e.date])).toEqual([['planned', '2026-06-19']]);
  });
});
