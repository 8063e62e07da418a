/**
 * "The parties agreed …" with no meeting just before: the story's sides are the pair its events
 * name together most, and a deal, made between the sides, weighs more than an accusation a third
 * party makes against one of them ("Tarsia accused Ormund of …"). Sentences are written for the
 * tests, about the invented Veska–Ormund talks (story dated 2026-06-16).
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const story =
  'Veska and Ormund signed a fishing accord on Monday. ' +
  'Tarsia accused Ormund of shelling the harbour of Kessel. ' +
  'Tarsia said its navy would stay in the strait, and Tarsia called for calm. ' +
  'Tarsian President Mira Solenne said Tarsia would not send ships. ' +
  'Officials said the fishing dispute had lasted a decade. ' +
  'Officials said the season had begun. ' +
  'The parties agreed on Tuesday to extend the truce at sea for two months.';

describe('the sides a collective names', () => {
  it('are the pair that made a deal, not a third party that accused one of them', () => {
    const deals = code(story).events.filter((e) => e.type === 'AGREE' && e.date === '2026-06-16');
    expect(deals.length).toBe(1);
    expect(deals[0].actors).toEqual(expect.arrayContaining(['VSK', 'ORM']));
    expect(deals[0].actors).not.toContain('TRS');
  });
});
