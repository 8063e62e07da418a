/**
 * Portfolios of divided or contested lands are ministers' titles like any other: "Veska's vice
 * unification minister Han Ye-rim said" speaks for Veska: the
 * title known, a name the codebook does not hold is split from it. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('a unification or reintegration minister speaks for the state named before the title', () => {
  it('reads "Veska’s vice unification minister" as speaking for Veska', () => {
    const got = statementsOf('Port Alder proposed talks, Veska’s vice unification minister Han Ye-rim said.');
    expect(got.map((s) => s.actor)).toEqual(['VSK']);
  });

  it('reads "Ormund\'s reintegration minister" as speaking for Ormund', () => {
    const got = statementsOf(
      "The crossing will reopen next week, Ormund's reintegration minister Oleh Tal-Vesk said.",
    );
    expect(got.map((s) => s.actor)).toEqual(['ORM']);
  });
});
