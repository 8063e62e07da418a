/**
 * A party said after the meeting word to be kept out of it ("…, but Ormund was not invited",
 * "… where Ormund was not involved") is no party of that meeting, though it is one of the story's
 * two sides. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const meetingParties = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'CONSULT')
    .map((e) => [...e.actors].sort());

const STORY = 'Veska and Ormund have fought over the islands since May. ';

describe('a party kept out of a meeting, told after it', () => {
  it('leaves Ormund out of "a summit in Kessel …, but Ormund was not invited"', () => {
    for (const parties of meetingParties(
      `${STORY}Veska hosted a summit in Kessel on Saturday, but Ormund was not invited.`,
    ))
      expect(parties).not.toContain('ORM');
  });

  it('keeps a party that was invited', () => {
    expect(
      meetingParties(`${STORY}Veska and Ormund held talks in Kessel on Saturday, and Tarsia was invited.`),
    ).toContainEqual(expect.arrayContaining(['ORM', 'VSK']));
  });
});
