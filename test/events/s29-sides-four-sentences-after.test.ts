/**
 * "The sides agreed …" up to four sentences after a meeting is told are that meeting's parties;
 * but a deal that names, after its own words, the meeting it was reached at ("agreed during the
 * Lumen summit") is that meeting's, not the one told just before. Sentences are written for the
 * tests, about the invented Veska–Ormund talks (story dated 2026-06-16).
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const opening =
  "The Skerry Islanders' Assembly has fought Veska for a year. Veska accuses the Skerry Islanders' Assembly of shelling the port, and the Skerry Islanders' Assembly accuses Veska of raids. " +
  'On Monday, Veskan President Anton Brisk and Ormundi Foreign Minister Davor Kest met in Lumen. ' +
  'The talks lasted four hours. ' +
  'Reporters waited outside the palace. ' +
  'Lunch was served at noon. ';

const deal = (text: string) => code(text).events.find((e) => e.type === 'AGREE');

describe('the sides that agree four sentences after a meeting', () => {
  it('are the parties of that meeting', () => {
    const got = deal(`${opening}The sides agreed to a ceasefire at sea.`);
    expect(got?.actors).toEqual(expect.arrayContaining(['VSK', 'ORM']));
    expect(got?.actors).not.toContain('SKA');
  });

  it('are not taken from it when the deal names the meeting it was reached at', () => {
    const got = deal(`${opening}The sides agreed to a ceasefire at sea during the Skerry summit last year.`);
    expect(got?.actors ?? []).not.toContain('ORM');
  });
});
