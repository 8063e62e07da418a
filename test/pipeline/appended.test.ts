/**
 * `Appended`: items added in passes over a text, each pass in text order, asked about the items
 * before a position.
 */
import { describe, expect, it } from 'vitest';
import { Appended } from '../../src/core/sorted.js';

describe('Appended', () => {
  // Two passes: positions 2, 5, 9, then 1, 6.
  const list = new Appended<number>((x) => x);
  for (const x of [2, 5, 9, 1, 6]) list.push(x);

  it('visits every item before a position, the latest pass first, each pass from its end back', () => {
    const seen: number[] = [];
    list.forEachBefore(7, (x) => seen.push(x));
    expect(seen).toEqual([6, 1, 5, 2]);
  });

  it('finds the last item of the latest pass before a position that fits', () => {
    expect(list.lastBefore(7)).toBe(6);
    expect(list.lastBefore(7, (x) => x % 2 === 0 && x < 6)).toBe(2);
    expect(list.lastBefore(1)).toBeUndefined();
  });
});
