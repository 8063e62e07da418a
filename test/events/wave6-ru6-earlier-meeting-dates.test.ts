/**
 * A story's meeting is not dated by an earlier one it is compared with ("Like last time on June 2,
 * the talks involve …") or that it names as earlier ("at the previous meeting in Lumen on June 2").
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const meetingDates = (text: string) =>
  code(text, '2026-06-17')
    .events.filter((e) => e.type === 'CONSULT' && e.actors.includes('VSK') && e.actors.includes('ORM'))
    .map((e) => e.date);

const LEAD = 'Harbour talks open in Lumen\n\nA meeting of Veska and Ormund envoys has started in Lumen.\n';

describe('the day of an earlier meeting', () => {
  it('does not date the story’s meeting by the day it is compared with ("like last time on")', () => {
    expect(
      meetingDates(`${LEAD}Like last time on June 2, the talks involve Veska's envoy and Ormund's envoy.`),
    ).toEqual(['2026-06-17']);
  });

  it('does not merge "the previous meeting … on June 2" into the story’s meeting', () => {
    const dates = meetingDates(
      `${LEAD}Veska said the principled agreement on fishing quotas was reached by Veska and Ormund at the previous meeting in Lumen on June 2.`,
    );
    expect(dates).toContain('2026-06-17');
  });

  it('still dates talks by a date told with them', () => {
    expect(meetingDates('Veska and Ormund held talks in Lumen on June 2.')).toEqual(['2026-06-02']);
  });
});

describe('a commitment held, not made', () => {
  const agreements = (text: string) => code(text, '2026-06-17').events.filter((e) => e.type === 'AGREE');

  it('reads no agreement from "we are entirely committed to it"', () => {
    expect(
      agreements(
        'Veska attended the talks in Lumen. “Our goal is to end the war,” the Veskan envoy said. “But there are violations of the truce although we are entirely committed to it.”',
      ),
    ).toEqual([]);
  });

  it('still reads a commitment made ("Veska committed to the truce on Monday")', () => {
    expect(agreements('Veska and Ormund committed to the truce on Monday.')).not.toEqual([]);
  });
});

describe('a meeting named as an owner', () => {
  it('reads no planned meeting from "the meeting’s key goal will be …"', () => {
    const got = code(
      'A meeting of Veska and Ormund envoys has started in Lumen. A Veskan envoy confirmed earlier today that the meeting’s key goal will be to strengthen the truce.',
      '2026-06-17',
    ).events.filter((e) => e.type === 'CONSULT');
    expect(got.map((e) => e.status ?? 'held')).toEqual(['held']);
  });
});
