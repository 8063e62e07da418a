/**
 * A question a party leaves unanswered ("did not say how many prisoners were freed") is no stance
 * on what the question is about; a refusal ("did not accept the exchange") still is. Texts are
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from './world.js';

const positions = (text: string) =>
  code(`date 2031-05-07\n\n${text}`).positions.map((p) => `${p.actor} ${p.issue} ${p.stance}`);

describe('a question left unanswered', () => {
  it('reads no stance in "did not explain where the prisoners came from"', () => {
    expect(positions('Veska did not explain where the extra prisoners had come from.')).toEqual([]);
  });

  it('reads no stance in "didn\'t say how many detainees were released"', () => {
    expect(positions("Ormund didn't say how many detainees were released in the exchange.")).toEqual([]);
  });

  it('reads no stance in "declined to say when the prisoner swap would happen"', () => {
    expect(positions('Veska declined to say when the prisoner swap would happen.')).toEqual([]);
  });

  it('still reads a refusal', () => {
    expect(positions('Veska did not accept the prisoner exchange.')).toContain('VSK prisoners reject');
  });
});
