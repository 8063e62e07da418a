/**
 * "In this June 12, 2026, photo, the Veskan president attends a dinner": a caption under the
 * headline dates the picture, not the story's news, so it does not stand as the lead's day for an
 * undated meeting (events/dates.ts `leadDate`). Stories are written for the tests (dated Tuesday
 * 2026-06-16).
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const meetingDays = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'CONSULT')
    .map((e) => e.date ?? '-');

describe('a photo caption does not date the story', () => {
  it('an undated meeting in a story under a dated photo caption is not dated by the caption', () => {
    const story = [
      'Veska and Ormund agree talks must go on',
      '',
      'In this June 12, 2026, photo, Veskan President Anton Brisk attends a dinner in Lumen.',
      '',
      'Veska and Ormund held a long meeting in Lumen to go over the border plan.',
    ].join('\n');
    expect(meetingDays(story)).not.toContain('2026-06-12');
  });

  it('a lead that dates the news still dates the meeting', () => {
    const story = [
      'Veska and Ormund agree talks must go on',
      '',
      'On June 12, 2026, Veskan President Anton Brisk flew to Lumen.',
      '',
      'Veska and Ormund held a long meeting in Lumen to go over the border plan.',
    ].join('\n');
    expect(meetingDays(story)).toContain('2026-06-12');
  });
});
