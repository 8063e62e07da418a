/**
 * A crisis resolved is no truce: "a dialogue to resolve the country's political crisis" names no
 * fighting, so its mediator proposes no ceasefire; a conflict resolved still does. Sentences
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('a crisis resolved', () => {
  it('is no ceasefire', () => {
    const got = stances(
      code('Ormund said a dialogue mediated by Tarsia to resolve the country’s political crisis had ended.'),
    );
    expect(got.filter((s) => s.includes(' ceasefire '))).toEqual([]);
  });

  it('while a conflict resolved is', () => {
    expect(stances(code('Tarsia offered to help resolve the conflict between Veska and Ormund.'))).toContain(
      'TRS ceasefire propose',
    );
  });
});
