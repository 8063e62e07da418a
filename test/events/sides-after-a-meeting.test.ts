/**
 * "The sides" that agree just after a meeting is told are its parties, not the story's usual pair;
 * and a party that says it was not present at the meeting is left out of it. Sentences are
 * written for the tests, about the invented Veska–Ormund talks (story dated 2026-06-16).
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from '../positions/world.js';

const story =
  "The Skerry Islanders' Assembly has fought Veska for a year. Veska accuses the Skerry Islanders' Assembly of shelling the port, and the Skerry Islanders' Assembly accuses Veska of raids. " +
  'On Monday, Veskan President Anton Brisk and Ormundi Foreign Minister Davor Kest met in Lumen. ' +
  'Tarsia said after the meeting that the sides agreed to a ceasefire. ';

describe('the sides that agree after a meeting', () => {
  it('are the parties of the meeting just told', () => {
    const doc = code(story);
    const got = stances(doc);
    expect(got).toEqual(expect.arrayContaining(['VSK ceasefire accept', 'ORM ceasefire accept']));
    expect(got).not.toContain('SKA ceasefire accept');
    const deal = doc.events.find((e) => e.type === 'AGREE');
    expect(deal?.actors).toEqual(expect.arrayContaining(['VSK', 'ORM']));
    expect(deal?.actors).not.toContain('SKA');
  });
});

describe('a party not present at the meeting', () => {
  it('"X said they were not present at the meeting" leaves X out of it', () => {
    const doc = code(
      `${story}Following the meeting, the Skerry Islanders' Assembly said they were not present at the meeting and had nothing to do with the truce.`,
    );
    const meeting = doc.events.find((e) => e.type === 'CONSULT');
    expect(meeting?.actors).toEqual(expect.arrayContaining(['VSK', 'ORM']));
    expect(meeting?.actors).not.toContain('SKA');
  });
});
