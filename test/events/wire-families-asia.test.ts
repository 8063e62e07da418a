/**
 * Tariff talks told with words that are no event of their own: tariffs suspended or halved are
 * barriers eased, not imposed, and "mobile phones" are handsets, not a call. Sentences are written
 * for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const events = (text: string) => code(text, '2026-06-17').events;

describe('tariffs suspended or halved', () => {
  it('"has suspended tariffs on" is no sanction imposed', () => {
    expect(
      events('Ormund has suspended tariffs on Veskan cars and will halve the duties on Veskan wine.').filter(
        (e) => e.type === 'SANCTION',
      ),
    ).toEqual([]);
  });
});

describe('phones as handsets', () => {
  it('"tariffs on Veskan mobile phones" is no call', () => {
    expect(
      events('Ormund lowered tariffs on Veskan mobile phones and laptops.').filter(
        (e) => e.type === 'CONSULT',
      ),
    ).toEqual([]);
  });

  it('"phones" followed by a party is still a call', () => {
    expect(
      events("Ormund's president phones Veska on Monday.").filter((e) => e.type === 'CONSULT'),
    ).not.toEqual([]);
  });
});
