/**
 * A source tied to a group the story named, by "of" and an anaphor ("an official of the rebel
 * group said …"), and a militia named again as "the militia": both speak for that group.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

const STORY = "The Skerry Islanders' Assembly rejected the offer on Friday. ";

describe('a source of a group named before', () => {
  it('gives "an official of the rebel group" the group the story named', () => {
    const s = statementsOf(`${STORY}An official of the rebel group said it wanted direct talks with Veska.`);
    expect(s.map((x) => [x.content, x.actor, x.anonymous])).toEqual([
      ['it wanted direct talks with Veska', 'SKA', true],
    ]);
  });

  it('gives "an official of Veska" the party named after "of"', () => {
    const s = statementsOf('An official of Veska said the offer still stood.');
    expect(s.map((x) => [x.content, x.actor])).toEqual([['the offer still stood', 'VSK']]);
  });

  it('reads "the rebel militia" as the group named before', () => {
    const s = statementsOf(`${STORY}The rebel militia said it would stay out of the town.`);
    expect(s.map((x) => [x.content, x.actor])).toEqual([['it would stay out of the town', 'SKA']]);
  });
});
