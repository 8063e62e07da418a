/**
 * Border talks of earlier rounds: former front lines or overlapping claims turned into areas the
 * parties develop together, and one party's land used for the other's transit, which is a trade
 * link and not land changing hands. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('areas the parties develop together are economic cooperation', () => {
  it('reads "joint development areas" as economic cooperation', () => {
    expect(
      stances(code('Veska and Ormund agreed to turn the old front line into joint development areas.')),
    ).toContain('ORM economic_cooperation accept');
  });

  it('reads "a joint petroleum development zone" as economic cooperation', () => {
    expect(stances(code('Ormund said it wants a joint petroleum development zone in the gulf.'))).toContain(
      'ORM economic_cooperation propose',
    );
  });
});

describe("a party's land used for transit is a trade link", () => {
  it('reads "use Ormundi territory as a transit route" as economic cooperation, not territory', () => {
    const got = stances(
      code('Veska should be able to use Ormundi territory as a transit route for its trucks.'),
    );
    expect(got).toContain('VSK economic_cooperation demand');
    expect(got.some((s) => s.includes('territory'))).toBe(false);
  });

  it('reads "transit of cargo through Veskan territory" as economic cooperation, not territory', () => {
    const got = stances(code('Ormund demanded transit of its cargo through Veskan territory.'));
    expect(got).toContain('ORM economic_cooperation demand');
    expect(got.some((s) => s.includes('territory'))).toBe(false);
  });

  it('still reads a withdrawal from territory as territory', () => {
    expect(stances(code('Ormund refused to withdraw from Veskan territory.'))).toContain(
      'ORM territory reject',
    );
  });
});
