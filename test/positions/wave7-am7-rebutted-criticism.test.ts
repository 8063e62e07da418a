/**
 * A criticism that a party brushes aside is the criticised deal defended: "dismissed criticism
 * of the deal" accepts what the deal holds, it does not refuse it. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('criticism rebutted', () => {
  it('reads "rejected criticism of the ceasefire deal" as the truce accepted', () => {
    const got = stances(code('Ormund rejected criticism of the ceasefire deal on Monday.', '2026-06-17'));
    expect(got).toContain('ORM ceasefire accept');
    expect(got).not.toContain('ORM ceasefire reject');
  });

  it('reads a deal defended against criticism, told before, as its issues accepted', () => {
    const got = stances(
      code(
        'Veska and Ormund signed a deal on Friday that lifted tariffs on fish. On Monday, Veskan officials sought to bat down criticism of the agreement.',
        '2026-06-17',
      ),
    );
    expect(got).toContain('VSK sanctions_relief accept');
    expect(got).not.toContain('VSK sanctions_relief reject');
  });

  it('still reads criticism of a deal as a refusal of it', () => {
    const got = stances(
      code(
        "Veska and Ormund signed a deal on Friday that lifted tariffs on fish. On Monday, the Skerry Islanders' Assembly voiced criticism of the agreement.",
        '2026-06-17',
      ),
    );
    expect(got).toContain('SKA sanctions_relief reject');
  });
});
