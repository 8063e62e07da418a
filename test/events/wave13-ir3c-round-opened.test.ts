/**
 * A deal told without its day, in a round of talks the story dates only by the day it began ("Last
 * Sunday, negotiations began …"), was reached later than that day: the round's first day is no
 * date for it. Sentences invented about the Veska–Ormund prisoner talks; 2026-06-17 is a Wednesday.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const LEAD = [
  'Talks between Veska and Ormund in Kessel have made progress with an initial agreement on a deal to exchange prisoners.',
  'The Tarsian envoy said yesterday that the two sides had reached an understanding to release prisoners.',
  'The envoy said the round was taking place in a constructive atmosphere.',
  'He said the talks were part of the effort to carry out the Lumen Agreement.',
  'A Veskan spokesman said the deal covered fifty detainees.',
  'He said lists of names would be exchanged next.',
  'Families of the detainees have waited for years.',
  'The Tarsian envoy thanked the hosts.',
];

const agreed = (text: string) =>
  code(text, '2026-06-17')
    .events.filter((e) => e.type === 'AGREE' && e.actors.includes('VSK') && e.actors.includes('ORM'))
    .map((e) => e.date);

describe('a deal in a round dated by its first day', () => {
  it('does not date the deal to the day the round began', () => {
    const text = [...LEAD, 'Last Sunday, negotiations began in Kessel between Veska and Ormund.'].join(' ');
    expect(agreed(text)).not.toContain('2026-06-14');
  });

  it('still dates the deal by a meeting held on its day', () => {
    const text = [...LEAD, 'Last Sunday, Veska and Ormund held talks in Kessel.'].join(' ');
    expect(agreed(text)).toContain('2026-06-14');
  });
});
