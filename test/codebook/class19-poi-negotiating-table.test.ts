/**
 * A party "returning", "coming" or "brought back" to the negotiating table resumes talks it was
 * already a party of: that names the talks' subject, not who takes part in them (TAXONOMY
 * `talks_inclusion`). A party joining the table does take part. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from '../positions/world.js';

const inclusion = (s: string[]) => s.filter((x) => x.includes('talks_inclusion'));

describe('the negotiating table returned to is no question of who takes part', () => {
  it('reads no talks_inclusion in a call to return to the table', () => {
    const doc = code('Ormund called on Veska to stop the shelling and return to the negotiating table.');
    expect(inclusion(stances(doc))).toEqual([]);
  });

  it('reads no talks_inclusion in a plan that has a party come back to the table', () => {
    const doc = code(
      'The Tarsian plan involves Veska lifting its embargo on Ormund, in exchange for Ormund coming to the negotiating table.',
    );
    expect(inclusion(stances(doc))).toEqual([]);
  });

  it('still reads a party that agrees to join the table as taking part', () => {
    const doc = code("The Skerry Islanders' Assembly agreed to join the negotiating table in Lumen.");
    expect(stances(doc)).toContain('SKA talks_inclusion accept');
  });
});
