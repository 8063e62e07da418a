/**
 * A date inside a dashed aside after the event word ("- the forum set up after the war of August
 * 2008 -") tells of what the aside describes, not of the meeting. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const meetingDates = (text: string) =>
  code(text, '2026-12-14')
    .events.filter((e) => e.type === 'CONSULT')
    .map((e) => e.date);

describe('dates in a dashed aside', () => {
  it('passes over the date the aside tells of for the one the sentence gives the meeting', () => {
    expect(
      meetingDates(
        'The fifth round of talks between Veska and Ormund - the forum set up to address the consequences of the war of August 2019 - was held on December 12-13.',
      ),
    ).toEqual(['2026-12-12']);
  });
  it('keeps a date the aside gives the meeting itself ("- held in Lumen on December 5 -")', () => {
    expect(
      meetingDates(
        'The talks between Veska and Ormund - held in Lumen on December 5 - ended without a deal.',
      ),
    ).toEqual(['2026-12-05']);
  });
});
