/**
 * Shapes of wire reports on truces, hostage deals, armed groups' weapons and nuclear talks:
 * the issue each wording names and the side it takes. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

/** "ACTOR issue pro|contra": the side a position takes, whatever its exact stance. */
const sides = (text: string): string[] =>
  code(text).positions.map((p) => `${p.actor} ${p.issue} ${p.stance === 'reject' ? 'contra' : 'pro'}`);

describe('weapons a group gives up are its disarmament, not a nuclear programme', () => {
  it('reads a refusal to give up weapons as demilitarisation only', () => {
    const got = stances(code('The Highland Liberation Front refused to give up its weapons.'));
    expect(got).toContain('HLF demilitarisation reject');
    expect(got.filter((s) => s.includes('nuclear'))).toEqual([]);
  });
});

describe('enrichment kept or claimed as a right is against limiting the programme', () => {
  it('reads insisting on keeping enrichment as against the limit', () => {
    const got = sides('Veska insists on keeping its enrichment programme.');
    expect(got).toContain('VSK nuclear contra');
    expect(got).not.toContain('VSK nuclear pro');
  });
  it('reads a claimed right to enrich as contra, and never giving it up as contra too', () => {
    expect(sides('Veska insists on its right to enrich uranium.')).not.toContain('VSK nuclear pro');
    const kept = sides('Veska will never give up its right to enrich uranium, Ilse Marrow said.');
    expect(kept).toContain('VSK nuclear contra');
    expect(kept).not.toContain('VSK nuclear pro');
  });
});

describe('troops, lines and corridors', () => {
  it('reads taking part in a force as troops sent, not a seat at the talks', () => {
    const got = stances(
      code('Veska and Tarsia have offered to take part in an international stabilisation force.'),
    );
    expect(got).toContain('TRS foreign_troops propose');
    expect(got).toContain('VSK foreign_troops propose');
    expect(got.filter((s) => s.includes('talks_inclusion'))).toEqual([]);
  });
  it('reads a refusal to leave a corridor as territory', () => {
    expect(
      stances(
        code('Ormund will not withdraw from the Kessel corridor, President Davor Kest told reporters.'),
      ),
    ).toContain('ORM territory reject');
  });
  it('reads a withdrawal line agreed as territory', () => {
    expect(stances(code('Ormund agreed to an initial withdrawal line on Monday.'))).toContain(
      'ORM territory accept',
    );
  });
});

describe('who governs after the war', () => {
  it('reads a role in governing the enclave as a change of government', () => {
    expect(
      stances(code("Ormund ruled out any role for the Skerry Islanders' Assembly in governing the enclave.")),
    ).toContain('ORM elections reject');
  });
  it('reads administration handed to technocrats as a change of government', () => {
    expect(
      stances(
        code(
          'The Highland Liberation Front said it was ready to hand over administration of the enclave to a committee of independent technocrats.',
        ),
      ),
    ).toContain('HLF elections propose');
  });
});

describe('sanctions snapped back, bombing halted, aid trucks, displacement', () => {
  it('reads a call for the snapback as against sanctions relief', () => {
    expect(sides('Veska has called for a snapback, Ilse Marrow said.')).toEqual([
      'VSK sanctions_relief contra',
    ]);
  });
  it('reads a bombing campaign halted as a ceasefire', () => {
    expect(stances(code('Tarsia said it would halt its bombing campaign.'))).toContain(
      'TRS ceasefire propose',
    );
  });
  it('reads trucks a day let in as humanitarian aid', () => {
    expect(sides('Ormund will allow 600 trucks a day into the enclave, Petr Vallo said.')).toContain(
      'ORM humanitarian pro',
    );
  });
  it('reads a rejected displacement as for the protection of civilians', () => {
    expect(sides('Tarsia rejected any forced displacement of civilians from the islands.')).toEqual([
      'TRS humanitarian pro',
    ]);
  });
});
