/**
 * A day a speaker names from their own day inside their words ("today", "yesterday") is counted
 * from the day they spoke — the day their sentence gives, or the earlier day whose news the lead
 * tells — not from the story's date. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

// A story of Wednesday, June 17, about talks held on Tuesday.
const STORY = '2026-06-17';

const dated = (text: string, type: string) =>
  code(text, STORY)
    .events.filter((e) => e.type === type)
    .map((e) => e.date);

describe('a speaker’s "today" counted from the day of the saying', () => {
  it('dates "Today we agreed" by the day of the talks the lead tells', () => {
    const got = dated(
      'Veska and Ormund held talks in Lumen on Tuesday, June 16, hosted by Tarsia.\n' +
        '“Today we agreed on a joint statement,” the Tarsian envoy said after the meeting.',
      'AGREE',
    );
    expect(got).toContain('2026-06-16');
    expect(got).not.toContain(STORY);
  });

  it('dates "today" by the day the same sentence gives the saying', () => {
    const got = dated(
      'Tarsia said the sides would need more time.\n' +
        'According to a Veskan envoy speaking on June 14, “We have finished talks with Ormund today without agreement.”',
      'CONSULT',
    );
    expect(got).toContain('2026-06-14');
  });

  it('dates a speaker’s "yesterday" a day before the saying', () => {
    const got = dated(
      'Tarsia said the sides would need more time.\n' +
        'According to a Veskan envoy speaking on June 14, “We signed the river pact with Ormund yesterday.”',
      'AGREE',
    );
    expect(got).toContain('2026-06-13');
  });

  it('does not take the speaker’s own "today" for the lead’s day', () => {
    const got = dated(
      'The Veskan foreign minister said Tuesday that Ormund had accepted the river plan.\n' +
        '“We agreed with the Ormundi envoy today on the river plan,” the minister told reporters.',
      'AGREE',
    );
    expect(got).toContain('2026-06-16');
    expect(got).not.toContain(STORY);
  });

  it('keeps the story’s day for "today" outside quoted words', () => {
    const got = dated('Veska and Ormund agreed today on a joint statement.', 'AGREE');
    expect(got).toEqual([STORY]);
  });

  it('keeps the story’s day when the lead tells the news of the story’s own day', () => {
    const got = dated(
      'Veska and Ormund held talks in Lumen on Wednesday.\n' +
        '“Today we agreed on a joint statement,” the Tarsian envoy said after the meeting.',
      'AGREE',
    );
    expect(got).toContain(STORY);
  });
});
