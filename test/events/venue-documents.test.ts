/**
 * Talks told the way African wire reports tell them: a document named after the city where it was
 * made ("the Lumen roadmap"), and an agreement told in an absolute clause ("the meeting ended with
 * both parties agreeing that …"). Sentences are written for the tests (story dated Tuesday
 * 2026-06-16).
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from '../positions/world.js';

describe('a document named after its venue', () => {
  it('"the Lumen roadmap provides for a ceasefire" is no stance of Tarsia, whose capital Lumen is', () => {
    const doc = code(
      'President Anton Brisk and President Davor Kest met in Lumen on Monday. The Lumen roadmap provides for an immediate cessation of hostilities.',
    );
    expect(stances(doc).filter((s) => s.startsWith('TRS'))).toEqual([]);
  });

  it('"the Kessel agreements stipulate" is no stance of Ormund, whose capital Kessel is', () => {
    const doc = code(
      'Tarsian envoy Mira Solenne said on Monday that the Kessel agreements stipulate the normalisation of diplomatic relations.',
    );
    expect(stances(doc).filter((s) => s.startsWith('ORM'))).toEqual([]);
  });

  it('"the Lumen process calls for a ceasefire" is no demand of Tarsia, whose capital Lumen is', () => {
    const doc = code(
      'Veskan President Anton Brisk met Ormundi President Davor Kest on Monday. The Lumen process calls for an immediate ceasefire.',
    );
    expect(stances(doc).filter((s) => s.startsWith('TRS'))).toEqual([]);
  });

  it('"Kessel\'s roadmap" still names Ormund its owner', () => {
    const doc = code("Kessel's roadmap calls for an immediate ceasefire.");
    expect(stances(doc)).toContain('ORM ceasefire propose');
  });
});

describe('an agreement told in an absolute clause', () => {
  it('"ended in Lumen, Tarsia, with both parties agreeing that …" is the two leaders\' agreement', () => {
    const doc = code(
      'The meeting between Veskan President Anton Brisk and his Ormundi counterpart Davor Kest ended in Lumen, Tarsia on Monday with both parties agreeing that the fighters leave the border town.',
    );
    const deal = doc.events.find((e) => e.type === 'AGREE');
    expect(deal?.actors.sort()).toEqual(['ORM', 'VSK']);
  });

  it('"with Ormund agreeing on a prisoner swap" makes Ormund, not the sentence\'s subject, agree', () => {
    const doc = code('Veska closed the border crossing on Monday, with Ormund agreeing on a prisoner swap.');
    const deal = doc.events.find((e) => e.type === 'AGREE');
    expect(deal?.actors).toEqual(['ORM']);
  });
});
