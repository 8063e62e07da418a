/**
 * Shapes of Middle East wire reports on truces, hostage deals, armed groups' weapons and nuclear
 * talks: the issue each wording names and the side it takes. Sentences are written for the tests.
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

describe('enrichment let go on and the treaty left are against limiting the programme', () => {
  it('reads refusing to allow enrichment as for the limit', () => {
    const got = sides('Ilse Marrow said Veska would not allow Ormund to enrich uranium.');
    expect(got).toContain('VSK nuclear pro');
    expect(got).not.toContain('VSK nuclear contra');
  });
  it('reads a threat to leave the Non-Proliferation Treaty as against the limit', () => {
    const got = sides('Ormund has threatened to leave the Non-Proliferation Treaty if the sanctions return.');
    expect(got).toContain('ORM nuclear contra');
    expect(got).not.toContain('ORM nuclear pro');
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

describe('a relative clause on a deal or plan tells what the text does', () => {
  it('gives a rejected proposal that would require disarmament to the rejecter as a rejection', () => {
    const got = stances(
      code('The Highland Liberation Front rejected a proposal that would require it to disarm.'),
    );
    expect(got).toContain('HLF demilitarisation reject');
    expect(got).not.toContain('HLF demilitarisation demand');
  });
  it('reads refusing any deal that lets enrichment go on as for the limit', () => {
    const got = sides(
      'Ilse Marrow said Veska would not accept any deal that allows Ormund to keep enriching uranium.',
    );
    expect(got).toContain('VSK nuclear pro');
    expect(got).not.toContain('VSK nuclear contra');
  });
});

describe('an act another party did, in a statement', () => {
  it('gives the prisoners handed over to the party that handed them over, not to the speaker', () => {
    const got = sides('Veska handed over all 20 hostages to the Red Cross on Monday, Davor Kest said.');
    expect(got).toContain('VSK prisoners pro');
    expect(got).not.toContain('ORM prisoners pro');
  });
});

describe('more wire wordings', () => {
  it('reads a group that will not discuss its weapons as against its disarmament', () => {
    expect(sides('The Highland Liberation Front said it would not discuss its weapons.')).toContain(
      'HLF demilitarisation contra',
    );
  });
  it('reads the state’s monopoly on arms as disarmament', () => {
    expect(sides('Veska insists on a state monopoly on arms.')).toContain('VSK demilitarisation pro');
  });
  it('reads a withdrawal from the south of a country as territory', () => {
    expect(sides('Ormund must withdraw from southern Veska, Ilse Marrow said.')).toContain(
      'VSK territory pro',
    );
  });
  it('reads federalism as a change of territorial status', () => {
    expect(sides('Ormund rejected any form of federalism.')).toContain('ORM territory contra');
  });
  it('reads a crossing kept closed as against aid, and the wounded taken in as aid', () => {
    expect(sides('Ormund said the crossing would remain closed.')).toContain('ORM humanitarian contra');
    expect(sides('Tarsia is ready to receive wounded civilians.')).toContain('TRS humanitarian pro');
  });
  it('reads cooperation with the watchdog as the programme inspected', () => {
    expect(sides('Tarsia urged Ormund to restore full cooperation with the watchdog.')).toContain(
      'TRS nuclear pro',
    );
  });
});

describe('the bomb had or got, strikes resumed, a vow about another party', () => {
  it('reads "must not have a nuclear weapon" as for limiting the programme', () => {
    const got = sides('Ilse Marrow said Ormund must not have a nuclear weapon.');
    expect(got).toContain('VSK nuclear pro');
    expect(got).not.toContain('VSK nuclear contra');
  });
  it('keeps "to prevent Ormund from obtaining nuclear weapons" for the limit', () => {
    expect(sides('Veska is determined to prevent Ormund from obtaining nuclear weapons.')).not.toContain(
      'VSK nuclear contra',
    );
  });
  it('gives a vow that another party would never obtain the bomb to the one who vows', () => {
    const got = sides('President Anton Brisk vowed that Ormund would never obtain nuclear weapons.');
    expect(got).toContain('VSK nuclear pro');
    expect(got.filter((s) => s.startsWith('ORM'))).toEqual([]);
  });
  it('reads air strikes resumed, attacks escalated and an offensive pressed on as against a ceasefire', () => {
    expect(sides('Ormund resumed air strikes on the islands on Tuesday.')).toContain('ORM ceasefire contra');
    expect(sides('Davor Kest vowed to escalate attacks on Veskan ships.')).toContain('ORM ceasefire contra');
    expect(sides('Davor Kest vowed to press ahead with the offensive.')).toContain('ORM ceasefire contra');
  });
});
