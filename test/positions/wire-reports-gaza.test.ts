/**
 * Wordings of whole wire reports on truces, hostages and an armed group's weapons: the place a
 * report calls "the territory", a broker named in a compound, a list of mediators before a
 * relative clause, aid cut off, and one group laying down its arms. Sentences are written for
 * the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('one group laying down its arms is its disarmament', () => {
  it('reads a refusal to lay down its arms as demilitarisation, not the truce', () => {
    const got = stances(
      code('The Highland Liberation Front has rejected any demand that it lay down its arms.'),
    );
    expect(got).toContain('HLF demilitarisation reject');
    expect(got.filter((s) => s.startsWith('HLF ceasefire'))).toEqual([]);
  });
  it('reads urging a group to "lay down arms" as demilitarisation', () => {
    const got = stances(
      code('Veska urged the Highland Liberation Front to lay down arms and leave the islands.'),
    );
    expect(got).toContain('VSK demilitarisation demand');
    expect(got.filter((s) => s.startsWith('VSK ceasefire'))).toEqual([]);
  });
  it('reads "the laying down of weapons" in a deal as demilitarisation', () => {
    expect(
      stances(code('Veska and Ormund signed an agreement on a ceasefire and the laying down of weapons.')),
    ).toEqual(expect.arrayContaining(['VSK demilitarisation accept', 'ORM demilitarisation accept']));
  });
  it('reads handing over an arsenal as demilitarisation', () => {
    expect(
      stances(
        code('Oskar Fenn ruled out handing over the group’s arsenal, the Skerry Islanders’ Assembly said.'),
      ),
    ).toContain('SKA demilitarisation reject');
  });
});

describe('"the territory" told as the story’s place', () => {
  it('names no territorial stance in aid sent to the territory', () => {
    const got = stances(
      code(
        'Ormund cut off all deliveries of fuel to the territory to press Veska to accept a Tarsian proposal.',
      ),
    );
    expect(got.filter((s) => s.includes('territory'))).toEqual([]);
  });
  it('names no territorial stance in a plan’s committee that would run the territory', () => {
    const got = stances(
      code(
        'Veska presented a plan for the enclave on Monday. The plan would see a committee of technocrats run the territory for six months.',
      ),
    );
    expect(got.filter((s) => s.includes('territory'))).toEqual([]);
  });
  it('still reads land a party will not give up', () => {
    expect(stances(code('Ormund will never give up the territory, Davor Kest said.'))).toContain(
      'ORM territory reject',
    );
  });
});

describe('a broker proposes what it brokered, not the rest of its sentence', () => {
  it('keeps a compound broker to the truce it names', () => {
    const got = stances(
      code(
        'Ormund said it would keep the crossing closed until the Highland Liberation Front hands over the remains of all dead hostages, raising doubts over a Tarsian-brokered truce.',
      ),
    );
    expect(got).toContain('TRS ceasefire propose');
    expect(got.filter((s) => s.startsWith('TRS prisoners'))).toEqual([]);
  });
});

describe('aid cut off, and a list of mediators before a relative clause', () => {
  it('reads condemning an aid cutoff as a demand for aid, by every party of the list', () => {
    const got = stances(
      code(
        'Veska and Tarsia, which mediated the truce, condemned the aid cutoff as a violation of the deal.',
      ),
    );
    expect(got).toContain('VSK humanitarian demand');
    expect(got).toContain('TRS humanitarian demand');
  });
});

describe('words that qualify, condition or undo', () => {
  it('takes no holder from a relative clause on the plan', () => {
    const got = stances(
      code(
        'Ormund and the Highland Liberation Front held talks in Lumen. The plan, which both sides accepted after four days of talks in Lumen, calls for the Highland Liberation Front to disarm.',
      ),
    );
    expect(got.filter((s) => s.includes('demilitarisation demand'))).toEqual([]);
  });
  it('reads "should" before its subject as a condition, not a demand', () => {
    const got = stances(
      code(
        'Davor Kest said he had told the army to prepare a plan to defeat the rebels should fighting resume.',
      ),
    );
    expect(got.filter((s) => s.includes('ceasefire'))).toEqual([]);
  });
  it('reads calling for a truce to be cancelled as against the truce', () => {
    expect(
      stances(code('Anton Brisk said Ormund should cancel the truce unless all the hostages are freed.')),
    ).toContain('VSK ceasefire reject');
  });
});

describe('what a speaker says others must do with "the deal"', () => {
  it('is the speaker’s demand, not the others’ acceptance', () => {
    const got = stances(
      code(
        'Veska and Ormund have traded accusations since the truce took effect on Jan. 19. Oskar Fenn said the Assembly would not accept threats. “Both sides must respect the deal,” he said.',
      ),
    );
    expect(got).toContain('SKA ceasefire demand');
    expect(got).not.toContain('VSK ceasefire accept');
    expect(got).not.toContain('ORM ceasefire accept');
  });
});

describe('"the agreement" after the truce told by another deal word', () => {
  it('refers back to the truce, not to the issue the story names most', () => {
    const got = stances(
      code(
        'The Highland Liberation Front delayed the release of hostages, accusing Ormund of violating the truce. Ormund has freed 50 prisoners and the group 12 hostages. More hostages are due to be released on Saturday. “We remain committed to the agreement,” Oskar Fenn said.',
      ),
    );
    expect(got).toContain('SKA ceasefire demand');
    expect(got.filter((s) => s.startsWith('SKA prisoners'))).toEqual([]);
  });
});

describe('a war-torn place rebuilt', () => {
  it('reads a plan to rebuild the enclave as reconstruction', () => {
    expect(stances(code('Tarsia has proposed a plan to rebuild the enclave within five years.'))).toContain(
      'TRS reconstruction propose',
    );
  });
});

describe('the setting of a sentence that tells an owned plan', () => {
  it('is not what the plan holds', () => {
    const got = stances(
      code(
        'Tarsian leaders meeting in Lumen on Tuesday endorsed a Veskan plan to rebuild the enclave. Ormund dismissed the plan.',
      ),
    );
    expect(got).toContain('VSK reconstruction propose');
    expect(got.filter((s) => s.startsWith('VSK summit') || s.startsWith('ORM summit'))).toEqual([]);
  });
});
