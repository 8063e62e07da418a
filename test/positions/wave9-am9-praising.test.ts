/** "praising" a measure is accepting it, as "praised" is. Sentences are written for the tests. */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('a party praising a measure', () => {
  it('accepts it', () => {
    const got = stances(code('Anton Brisk issued a statement on Monday praising the ceasefire in Lumen.'));
    expect(got).toContain('VSK ceasefire accept');
  });
});
