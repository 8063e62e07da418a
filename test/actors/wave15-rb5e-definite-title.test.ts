/**
 * "The Veskan presidency spokesperson said … 'We told Lumen in advance,' the spokesperson said":
 * a bare title with the article, no name or party of its own, is the speaker the story last named
 * with that title, and speaks for that speaker's party. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements/extract.js';

const speakers = (text: string) => statementsOf(text).map((s) => [s.speaker, s.actor]);

describe('a bare title names again the speaker last given that title', () => {
  it('gives "the spokesperson" the party of the Veskan spokesperson named before', () => {
    expect(
      speakers(
        'The Veskan government spokesperson said the envoy had gone to Lumen on Monday. "He is not negotiating anything," the spokesperson said.',
      ),
    ).toContainEqual(['the spokesperson', 'VSK']);
  });

  it('reads "the spokesman" after a spokesman named with his party', () => {
    expect(
      speakers(
        'An Ormundi foreign ministry spokesman said the border talks would resume next week. "We expect nothing new," the spokesman said.',
      ),
    ).toContainEqual(['the spokesman', 'ORM']);
  });

  it('leaves a title nobody had before without a party', () => {
    expect(
      speakers('The Veskan envoy said the talks had stalled. "Nothing moves," the spokesman said.'),
    ).toContainEqual(['the spokesman', null]);
  });
});
