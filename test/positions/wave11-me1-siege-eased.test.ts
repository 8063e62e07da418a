/**
 * A siege eased: restrictions or a closure on a blockaded territory, its ports or its crossings,
 * lifted or eased, is humanitarian access; restrictions on trade or money stay barriers.
 * Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('restrictions on a blockaded territory eased', () => {
  it('reads easing the restrictions imposed on an enclave as humanitarian', () => {
    const doc = code(
      "The Skerry Islanders' Assembly demanded that Ormund ease restrictions imposed on the Skerry enclave.",
    );
    expect(stances(doc)).toContain('SKA humanitarian demand');
  });

  it('reads lifting the closure of its crossings as humanitarian', () => {
    const doc = code('Veska called for lifting the closure of the harbour crossings.');
    expect(stances(doc)).toContain('VSK humanitarian demand');
  });

  it('keeps restrictions on trade a barrier, not access', () => {
    const doc = code('Veska demanded that Ormund ease restrictions on exports.');
    expect(stances(doc)).not.toContain('VSK humanitarian demand');
  });
});
