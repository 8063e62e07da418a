/**
 * A mediator named only for talks held months before the story ("That followed a first round of
 * Tarsian-mediated consultations … in February", in a story of June) proposes nothing of the deal
 * the story tells; mediated talks of the story's days still make the mediator propose it.
 * Sentences are written for the tests (story dated 2026-06-16).
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

const lead = 'Veska and Ormund have both committed to steps towards a ceasefire, the envoy said on Saturday.';

describe('a mediator of an earlier round', () => {
  it('does not propose the deal of the story when its round is dated months before', () => {
    const got = stances(
      code(
        `${lead} That followed a first round of Tarsian-mediated consultations between Kessel and Port Alder, when Veskan envoys visited Kessel in February.`,
      ),
    );
    expect(got).toContain('VSK ceasefire accept');
    expect(got.some((s) => s.startsWith('TRS'))).toBe(false);
  });

  it('still proposes it when the mediated talks are of the story’s days', () => {
    const got = stances(
      code(
        `${lead} That followed a first round of Tarsian-mediated consultations between Kessel and Port Alder last week.`,
      ),
    );
    expect(got).toContain('TRS ceasefire propose');
  });
});
