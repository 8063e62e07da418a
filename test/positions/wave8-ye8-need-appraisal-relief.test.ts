/**
 * Three false stances: people "requiring aid" need it (no party demands it); a sentence that
 * appraises what a deal would mean ("would mark a milestone") tells none of its terms; "no relief
 * in sanctions" refuses relief and imposes nothing. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('people in need are no holder of a demand', () => {
  it('reads no demand in "2 million people requiring humanitarian assistance"', () => {
    const doc = code(
      'The Tarsian envoy said Ormund was suffering a crisis, with 2 million people requiring humanitarian assistance.',
    );
    expect(stances(doc).filter((s) => s.includes('humanitarian demand'))).toEqual([]);
  });

  it('still reads Veska "requiring" humanitarian access as its demand', () => {
    expect(stances(code('Veska is requiring humanitarian access to the port of Kessel.'))).toContain(
      'VSK humanitarian demand',
    );
  });
});

describe('an appraisal after a deal tells no term', () => {
  it('gives the parties of a deal no ceasefire from "would mark a milestone"', () => {
    const doc = code(
      'Veska and Ormund agreed to restore diplomatic ties in a deal in March. A permanent ceasefire in the islands would mark a milestone for the region.',
    );
    expect(stances(doc).filter((s) => s.includes('ceasefire'))).toEqual([]);
  });

  it('still reads a term told with "would" after the deal', () => {
    const doc = code(
      'Veska and Ormund signed a deal on Monday. Both sides would release all prisoners within a week.',
    );
    expect(stances(doc)).toContain('VSK prisoners accept');
  });
});

describe('no relief in sanctions', () => {
  it('reads "will not lead to any relief in sanctions" as refusing relief, with no sanction imposed', () => {
    const doc = code(
      'The Veskan foreign minister said the swap will not lead to any relief in sanctions on Ormund.',
    );
    expect(stances(doc)).toContain('VSK sanctions_relief reject');
    expect(doc.events.filter((e) => e.type === 'SANCTION')).toEqual([]);
  });
});
