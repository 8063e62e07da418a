/**
 * A phrase of time fronted before the subject and closed by a comma ("During their meeting with
 * the Tarsian envoy, …") names the one met, not a party to what the subject then agrees.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

const sentence =
  'During their meeting with Tarsian envoy Mira Solenne, Anton Brisk and Davor Kest agreed to a ceasefire on the border.';

describe('a meeting fronted before the subject that agrees', () => {
  it('leaves the one met out of the agreement', () => {
    const agree = code(sentence).events.filter((e) => e.type === 'AGREE');
    expect(agree.length).toBeGreaterThan(0);
    for (const e of agree) {
      expect(e.actors).toEqual(expect.arrayContaining(['VSK', 'ORM']));
      expect(e.actors).not.toContain('TRS');
    }
  });

  it('gives the one met no stance on what was agreed', () => {
    const got = stances(code(sentence));
    expect(got).toEqual(expect.arrayContaining(['VSK ceasefire accept', 'ORM ceasefire accept']));
    expect(got).not.toContain('TRS ceasefire accept');
  });
});
