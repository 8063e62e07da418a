/**
 * An earlier meeting named by its place in the series ("their last meeting in Paris", "the
 * previous round of talks"), told without a date, is not dated by the story's lead: it happened
 * before the story's days. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const LEAD = 'Veska and Ormund envoys met in Lumen on Monday.\n';

const consults = (text: string) =>
  code(text, '2026-06-17')
    .events.filter((e) => e.type === 'CONSULT')
    .map((e) => ({ date: e.date, where: e.location?.name }));

describe('an earlier meeting told without its date', () => {
  it('leaves "their last meeting in Kessel" undated', () => {
    const got = consults(
      `${LEAD}The Veskan envoy said the mood was better than during their last meeting in Kessel.`,
    );
    expect(got).toContainEqual({ date: undefined, where: 'Kessel' });
  });

  it('leaves "the previous round of talks in Kessel" undated', () => {
    const got = consults(`${LEAD}The Ormundi envoy said the previous round of talks in Kessel had failed.`);
    expect(got.find((e) => e.where === 'Kessel')?.date).toBeUndefined();
  });

  it('still dates the story’s own meeting', () => {
    const got = consults(
      `${LEAD}The Veskan envoy said the mood was better than during their last meeting in Kessel.`,
    );
    expect(got).toContainEqual({ date: '2026-06-15', where: 'Lumen' });
  });

  it('still dates an earlier meeting its date is told with', () => {
    const got = consults(`${LEAD}The Veskan envoy recalled their last meeting in Kessel on June 2.`);
    expect(got.find((e) => e.where === 'Kessel')?.date).toBe('2026-06-02');
  });
});
