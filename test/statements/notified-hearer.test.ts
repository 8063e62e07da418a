/**
 * "Ormund notified Veska that it had postponed the meeting": "notify" names its hearer as its
 * object, as "inform" does (codebook `speech_verbs_addressee`, `speech_verbs_hearer`), and what
 * follows "that" is the subject's statement. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('a statement made by notifying a hearer', () => {
  it('"Ormund notified Veska that …" is Ormund\'s statement of what follows "that"', () => {
    const got = statementsOf(
      'Ormund notified Veska that it had postponed the meeting of the border commission.',
    );
    expect(got.map((s) => [s.speaker, s.content])).toEqual([
      ['Ormund', 'it had postponed the meeting of the border commission'],
    ]);
  });
});
