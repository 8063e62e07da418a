/**
 * "The sides agreed …" three sentences after a meeting is told (two sentences of what was said at
 * it between them) are still that meeting's parties, not the story's usual pair. Sentences are
 * written for the tests, about the invented Veska–Ormund talks (story dated 2026-06-16).
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const story =
  "The Skerry Islanders' Assembly has fought Veska for a year. Veska accuses the Skerry Islanders' Assembly of shelling the port, and the Skerry Islanders' Assembly accuses Veska of raids. " +
  'On Monday, Veskan President Anton Brisk and Ormundi Foreign Minister Davor Kest met in Lumen. ' +
  'The talks lasted four hours. ' +
  'Reporters waited outside the palace. ' +
  'The sides agreed to a ceasefire at sea.';

describe('the sides that agree a few sentences after a meeting', () => {
  it('are the parties of that meeting', () => {
    const deal = code(story).events.find((e) => e.type === 'AGREE');
    expect(deal?.actors).toEqual(expect.arrayContaining(['VSK', 'ORM']));
    expect(deal?.actors).not.toContain('SKA');
  });
});
