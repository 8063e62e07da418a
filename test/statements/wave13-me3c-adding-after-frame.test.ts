/**
 * "…, everyone will vote, Kest said, adding “…”": the participle's words belong to the speaker of
 * the reporting frame set off just before it, not to the subject of the clause that frame reports.
 * Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

const speakers = (text: string) => statementsOf(text).map((s) => [s.speaker, s.content]);

describe('a quotation added after a set-off frame', () => {
  it('gives the added quotation to the frame speaker', () => {
    expect(
      speakers(
        'Ida Brandt spoke in Kessel on Monday.\n\nAt the same time, everyone is going to take part in the vote, she said, adding “We are waiting for the answer from the other side.”',
      ),
    ).toEqual([
      ['Ida Brandt', 'At the same time, everyone is going to take part in the vote'],
      ['Ida Brandt', 'We are waiting for the answer from the other side.'],
    ]);
  });

  it('still gives a participle after a plain clause to its subject', () => {
    expect(
      speakers('The Tarsian envoy met the Ormundi team on Monday, adding “We are ready to sign next week.”'),
    ).toEqual([['The Tarsian envoy', 'We are ready to sign next week.']]);
  });
});
