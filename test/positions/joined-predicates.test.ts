/**
 * A verb joined by "and" after another verb's object is a predicate of its own: "abandoned the
 * pact and imposed new sanctions" imposes sanctions (against their relief); the refusal before the
 * "and" does not turn it round. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('predicates joined by "and"', () => {
  it('reads sanctions imposed after a pact abandoned as against their relief', () => {
    const got = stances(code('Tarsia abandoned the pact and imposed new sanctions on Veska.', '2026-06-17'));
    expect(got).toContain('TRS sanctions_relief reject');
    expect(got).not.toContain('TRS sanctions_relief demand');
  });

  it('reads the act after a meeting missed as the subject’s act', () => {
    const got = stances(
      code('Ormund did not attend the meeting and imposed sanctions on Veska.', '2026-06-17'),
    );
    expect(got).toContain('ORM sanctions_relief reject');
  });

  it('reads an act joined to a meeting as the act of the one who met', () => {
    const got = stances(code('Tarsia met Veska and imposed new sanctions on Ormund.', '2026-06-17'));
    expect(got).toContain('TRS sanctions_relief reject');
  });

  it('keeps a refusal over a bare verb after "and": "would not … and lift"', () => {
    const got = stances(
      code('Ormund said it would not accept the plan and lift the sanctions.', '2026-06-17'),
    );
    expect(got).not.toContain('ORM sanctions_relief accept');
  });
});
