/**
 * "The discussions included X": what a party says the talks cover is on the table for it (open).
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('the topics the talks included', () => {
  it('reads "The discussions included the release of all prisoners" as open', () => {
    const doc = code(
      'The Veskan foreign ministry said talks with Ormund were continuing. It said the discussions included the release of all prisoners.',
    );
    expect(stances(doc)).toContain('VSK prisoners open');
  });

  it('reads "the negotiations covered" too', () => {
    const doc = code("Ormund's foreign ministry said the negotiations covered a ceasefire in the islands.");
    expect(stances(doc)).toContain('ORM ceasefire open');
  });
});
