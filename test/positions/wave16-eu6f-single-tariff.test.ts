/**
 * One tariff, in the singular, is a barrier as tariffs are: imposed it is raised, rescinded or
 * revoked (even with "recently imposed" and its rate between the verb and the noun) it is
 * lifted. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('a single tariff imposed or rescinded', () => {
  it('reads "imposed a 50 percent tariff on Veskan goods" as barriers raised', () => {
    const doc = code('Last week Ormund imposed a 50 percent tariff on Veskan goods.', '2026-06-17');
    expect(stances(doc)).toContain('ORM sanctions_relief reject');
    expect(stances(doc)).not.toContain('ORM sanctions_relief accept');
  });

  it('reads "urged Ormund to rescind a recently imposed 50 percent tariff" as a demand for relief', () => {
    const doc = code(
      'Veska urged Ormund on Monday to rescind a recently imposed 50 percent tariff on Veskan timber.',
      '2026-06-17',
    );
    expect(stances(doc)).toContain('VSK sanctions_relief demand');
  });

  it('reads "revoked the newly imposed tariff" as relief', () => {
    const doc = code('Ormund revoked the newly imposed tariff on Veskan steel on Friday.', '2026-06-17');
    expect(stances(doc)).toContain('ORM sanctions_relief accept');
  });
});
