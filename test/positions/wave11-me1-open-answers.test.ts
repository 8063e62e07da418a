/**
 * An answer to a plan told before that is not given: put as a condition ("even if Ormund accepted
 * the proposal, …") or left as an open question ("did not say whether the proposal …"). Sentences
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

const PLAN = 'Tarsia presented a proposal for a ceasefire and the release of prisoners on Monday. ';

describe('an answer to a plan that is not given holds no stance', () => {
  it('reads no acceptance from an answer put as a condition', () => {
    const doc = code(
      `${PLAN}The envoy said that even if Ormund accepted the proposal, the sides would need weeks to settle the details.`,
    );
    expect(stances(doc)).not.toContain('ORM ceasefire accept');
    expect(stances(doc)).not.toContain('ORM prisoners accept');
  });

  it('reads no refusal from a question the text leaves open', () => {
    const doc = code(
      'Ormund has accepted a proposal for a ceasefire and the release of prisoners. The Tarsian envoy did not say whether the proposal covers the border crossings.',
    );
    expect(stances(doc)).toContain('ORM prisoners accept');
    expect(stances(doc)).not.toContain('TRS ceasefire reject');
    expect(stances(doc)).not.toContain('TRS prisoners reject');
  });

  it('still reads the answer given', () => {
    const doc = code(`${PLAN}Ormund accepted the proposal on Tuesday.`);
    expect(stances(doc)).toEqual(expect.arrayContaining(['ORM ceasefire accept', 'ORM prisoners accept']));
  });

  it('still reads a refusal when only a time is given to answer', () => {
    const doc = code(`${PLAN}Ormund waited until Tuesday and then rejected the proposal.`);
    expect(stances(doc)).toContain('ORM ceasefire reject');
  });
});
