/**
 * A measure supposed rather than imposed ("any cut to supplies would hurt", "a possible freeze of
 * assets") is no sanction; the same measure told done still is. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const sanctions = (text: string) => code(text).events.filter((e) => e.type === 'SANCTION');

describe('a measure supposed is no sanction', () => {
  it('"any cut to supplies" is none', () => {
    expect(
      sanctions('Veska sells gas to Ormund across Tarsia, meaning any cut to supplies would hit all three.'),
    ).toEqual([]);
  });

  it('"cut supplies to Ormund" told done still is one', () => {
    expect(sanctions('Veska cut supplies to Ormund on Monday.').length).toBeGreaterThan(0);
  });
});
