/**
 * De-escalation as coders read it: the noun, and escalation avoided, is the fighting calmed
 * (ceasefire); a bare "de-escalate" asked of a party massing troops stays forces pulled back
 * (demilitarisation). Words mined from unlabelled news of 2014–2024; sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('de-escalation', () => {
  it('reads a call for de-escalation as a demand for a ceasefire', () => {
    expect(
      stances(code('Tarsia called for an immediate de-escalation in the Kessel valley.', '2026-06-17')),
    ).toContain('TRS ceasefire demand');
  });

  it('reads measures agreed to avoid further escalation as a ceasefire accepted', () => {
    const got = stances(
      code('Veska and Ormund agreed on measures to avoid further escalation.', '2026-06-17'),
    );
    expect(got).toContain('VSK ceasefire accept');
    expect(got).toContain('ORM ceasefire accept');
  });

  it('keeps a bare "de-escalate" as forces pulled back', () => {
    expect(
      stances(
        code('Tarsia said Ormund must de-escalate by moving its troops away from the border.', '2026-06-17'),
      ),
    ).toContain('TRS demilitarisation demand');
  });
});
