/**
 * "The Veskan foreign ministry said …. The statement added …": a statement named by its noun alone,
 * right after one party's "said", is that party's words. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements/extract.js';

describe('"the statement" after a party said', () => {
  it('speaks for the party that said the sentence before', () => {
    const got = statementsOf(
      'The Veskan foreign ministry said on Monday that the talks in Lumen had been useful. The statement added that the two delegations would meet again in May.',
    );
    const statement = got.find((s) => /^the statement$/i.test(s.speaker ?? ''));
    expect(statement?.actor).toBe('VSK');
  });

  it('stays unknown when the sentence before said nothing', () => {
    const got = statementsOf(
      'The talks in Lumen ended on Monday without a deal. The statement added that the two delegations would meet again in May.',
    );
    const statement = got.find((s) => /^the statement$/i.test(s.speaker ?? ''));
    expect(statement?.actor ?? null).toBe(null);
  });
});
