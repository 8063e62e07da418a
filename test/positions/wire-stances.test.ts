/**
 * Stance and issue wordings of wire reports on a war's peace talks: readiness named by its object,
 * refusing the talks on an issue, threats against deployed troops, land traded away, borders
 * changed by force, a region claimed whole. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('stances of wire reports on peace talks', () => {
  it('", which X rejects" after "mediation on the disputed region" rejects the mediation, not the region', () => {
    const got = stances(
      code(
        'Ormund has long sought international mediation on the disputed border region, which Veska rejects.',
      ),
    );
    expect(got).toContain('VSK talks_inclusion reject');
    expect(got).not.toContain('VSK territory reject');
  });

  it('telling both sides to stop fighting demands a ceasefire', () => {
    expect(
      stances(code('Tarsian President Mara Lind said she had told both countries to stop fighting.')),
    ).toContain('TRS ceasefire demand');
  });

  it('a water treaty kept "in abeyance" is its cooperation rejected', () => {
    expect(stances(code('Veska will keep the water-sharing treaty with Ormund in abeyance.'))).toContain(
      'VSK economic_cooperation reject',
    );
  });

  it('"there is no question of" rules it out, as a red line', () => {
    const doc = code(
      '“There is no question of a third party on the islands,” a senior Veskan official said.',
    );
    expect(stances(doc)).toContain('VSK talks_inclusion reject');
    expect(doc.positions.find((p) => p.issue === 'talks_inclusion')?.redLine).toBe(true);
  });

  it('readiness for a truce is an offer of it', () => {
    expect(stances(code('Anton Brisk said Port Alder was ready for an unconditional ceasefire.'))).toContain(
      'VSK ceasefire propose',
    );
  });

  it('urging tougher sanctions "if X rejected a truce" is for the truce, not against it', () => {
    const got = stances(
      code(
        'Anton Brisk urged Tarsia to impose tougher sanctions if Ormund rejected an unconditional 30-day truce.',
      ),
    );
    expect(got).not.toContain('VSK ceasefire reject');
    expect(got).toContain('VSK ceasefire demand');
  });

  it('"…, a demand the source described as unacceptable": the source\'s party rejects what was demanded', () => {
    const got = stances(
      code(
        'A source in the Veskan delegation said Ormund had demanded that Veska withdraw its forces from the islands, a demand the source described as unacceptable.',
      ),
    );
    expect(got).toContain('ORM territory demand');
    expect(got).toContain('VSK territory reject');
  });

  it('one "not invited to the summit" holds no stance on it; the one who invites does', () => {
    expect(
      stances(code('Anton Brisk, who was not invited to the summit, said Veska would keep talking.')),
    ).not.toContain('VSK summit reject');
    expect(stances(code('Davor Kest invited Anton Brisk to a summit in Lumen.'))).toContain(
      'ORM summit accept',
    );
  });

  it('a deal that takes effect "only after" something makes that something a demand', () => {
    expect(
      stances(
        code(
          'Ormund said the truce at sea would take effect only after sanctions on its state bank were lifted.',
        ),
      ),
    ).toContain('ORM sanctions_relief demand');
  });

  it('refusing to discuss an issue rejects it, not only the talks', () => {
    const got = stances(code('Veska accused Ormund of blocking a deal by refusing to discuss territory.'));
    expect(got).toContain('ORM territory reject');
    expect(got).not.toContain('ORM territory open');
  });

  it('calling troops deployed there legitimate targets rejects their deployment', () => {
    expect(
      stances(code('Ormund said any foreign troops deployed in Veska would be legitimate targets.')),
    ).toContain('ORM foreign_troops reject');
  });

  it('calling a seizure of frozen assets theft rejects their use', () => {
    expect(stances(code('Ormund said it would regard any seizure of its frozen assets as theft.'))).toContain(
      'ORM reconstruction reject',
    );
  });
});

describe('territory in the words of wire reports', () => {
  it('land that will not be traded', () => {
    expect(stances(code('"We will not trade our land," Anton Brisk said.'))).toContain(
      'VSK territory reject',
    );
  });

  it('borders that must not be changed by force', () => {
    expect(stances(code('Tarsia said that borders must not be changed by force.'))).toContain(
      'TRS territory reject',
    );
  });

  it('a region claimed whole', () => {
    expect(stances(code('Ormund is demanding the whole of the Donbas as a condition for peace.'))).toContain(
      'ORM territory demand',
    );
  });
});

describe('more wire wordings of the issues', () => {
  it('forces pulled out of a region named by its name', () => {
    expect(stances(code('Ormund demanded that Veska pull its troops out of the Donbas.'))).toContain(
      'ORM territory demand',
    );
  });

  it('an army capped, or limited in size', () => {
    expect(stances(code('The Tarsian plan would require Veska to cap its army.'))).toContain(
      'TRS demilitarisation demand',
    );
    expect(stances(code("Ormund wants Veska's army limited in size."))).toContain(
      'ORM demilitarisation propose',
    );
  });

  it('children returned', () => {
    expect(stances(code('Ormund said it had returned 40 Veskan children.'))).toContain(
      'ORM humanitarian accept',
    );
  });

  it('a seizure that amounts to theft, troops regarded as a threat, participation with no need', () => {
    expect(stances(code('Ormund said the seizure of its frozen assets amounted to theft.'))).toContain(
      'ORM reconstruction reject',
    );
    expect(
      stances(
        code('Ormund said it would regard the deployment of Tarsian troops in Veska as a direct threat.'),
      ),
    ).toContain('ORM foreign_troops reject');
    expect(stances(code('Ormund said it saw no need for Tarsian participation in the talks.'))).toContain(
      'ORM talks_inclusion reject',
    );
    expect(stances(code('Ormund said there were no grounds for holding a summit with Veska.'))).toContain(
      'ORM summit reject',
    );
  });

  it('asking another party to do it is a demand', () => {
    expect(stances(code('Mira Solenne said Tarsia had asked Veska to hold elections.'))).toContain(
      'TRS elections demand',
    );
  });

  it('"not just" adds to the issue rather than denying it', () => {
    const got = stances(
      code('Mira Solenne said Davor Kest wanted a lasting peace and not just a ceasefire.'),
    );
    expect(got).toContain('ORM ceasefire propose');
    expect(got).not.toContain('ORM ceasefire reject');
  });
});

describe('troops judged after the fact', () => {
  it('"would be unacceptable" judges the troops; the modal offers nothing', () => {
    const got = stances(code('Ormund said the presence of peacekeepers would be unacceptable.'));
    expect(got).toContain('ORM foreign_troops reject');
    expect(got).not.toContain('ORM foreign_troops propose');
  });

  it('peacekeepers named with their party are what a judging cue judges, not its subject', () => {
    expect(stances(code('Ormund said Tarsian peacekeepers would be unacceptable.'))).toContain(
      'ORM foreign_troops reject',
    );
  });

  it('the troops of a coalition named by their country', () => {
    expect(stances(code('Ormund said it would not accept British troops in Veska.'))).toContain(
      'ORM foreign_troops reject',
    );
  });
});

describe('a region that shares its name with a nuclear plant', () => {
  it('the region given up is land; the plant is the nuclear issue', () => {
    const land = stances(code('Anton Brisk said Veska would never give up Zaporizhzhia.'));
    expect(land).toContain('VSK territory reject');
    expect(land).not.toContain('VSK nuclear reject');
    expect(stances(code('Tarsia proposed to operate the Zaporizhzhia nuclear plant.'))).toContain(
      'TRS nuclear propose',
    );
  });
});

describe('an issue off the agenda', () => {
  it('"not on the agenda", "no longer on the agenda", "off the agenda" reject it', () => {
    for (const text of [
      'Petr Vallo told reporters a ceasefire was not on the agenda.',
      'Petr Vallo said a ceasefire was no longer on the agenda.',
      'Petr Vallo said a ceasefire was off the agenda for now.',
    ])
      expect(stances(code(text)), text).toContain('ORM ceasefire reject');
  });
});

describe('packages of sanctions', () => {
  it('a package adopted or unveiled tightens sanctions; vetoing a new package is for relief', () => {
    expect(
      stances(code('Tarsia adopted its 19th package of sanctions against Ormund on Thursday.')),
    ).toContain('TRS sanctions_relief reject');
    expect(stances(code('Tarsia unveiled a new round of sanctions on Ormund.'))).toContain(
      'TRS sanctions_relief reject',
    );
    const veto = stances(code('Veska said it would veto the new sanctions package.'));
    expect(veto).toContain('VSK sanctions_relief demand');
  });
});

describe('a stance told before the speaker of a statement', () => {
  it('"X rejected Y\'s demand that …" is not Y\'s rejection', () => {
    const got = stances(
      code("Anton Brisk rejected Davor Kest's demand that Veskan forces leave the islands."),
    );
    expect(got).not.toContain('ORM territory reject');
  });

  it("\"X rejected Y's demand that …\" is X's rejection and Y's demand", () => {
    for (const text of [
      "Anton Brisk rejected Davor Kest's demand that Veska give up enrichment.",
      "Anton Brisk rejected Ormund's demand that Veska give up enrichment, saying it would amount to surrender.",
    ]) {
      const got = stances(code(text));
      expect(got).toEqual(expect.arrayContaining(['VSK nuclear reject', 'ORM nuclear demand']));
    }
  });

  it('a cue inside the statement’s words is still the speaker’s', () => {
    expect(stances(code('Ormund rejects the plan for a ceasefire, Petr Vallo said.'))).toContain(
      'ORM ceasefire reject',
    );
  });
});

describe('background years before the story', () => {
  it('a past form not in -ed, dated years back, is no current stance', () => {
    expect(
      stances(code('Veska gave up its nuclear arsenal in 1994 in exchange for assurances.')),
    ).not.toContain('VSK nuclear accept');
    expect(stances(code('Veska gave up its nuclear arsenal on Monday.'))).toContain('VSK nuclear accept');
  });
});

describe('an issue judged by what it would bring about', () => {
  it('is no offer when the issue is the subject of “would” and a verb of consequence', () => {
    for (const text of [
      'Ilse Marrow said any cap on its forces would leave Veska defenceless.',
      'Davor Kest said a prisoner exchange would only embolden the rebels.',
    ]) {
      const got = stances(code(text));
      expect(got.filter((s) => s.endsWith('propose'))).toEqual([]);
    }
    // (what the speaker says will happen is still offered)
    expect(stances(code('Davor Kest said a prisoner exchange would take place on Monday.'))).toContain(
      'ORM prisoners propose',
    );
  });
});

describe('a negation inside the gap of a cue', () => {
  it('turns the cue ("was not interested in")', () => {
    const got = stances(code('Anton Brisk said Ormund was not interested in a ceasefire.'));
    expect(got).toContain('ORM ceasefire reject');
    expect(got).not.toContain('ORM ceasefire propose');
  });
});

describe('troops judged as a party to the war', () => {
  it('is a rejection, also through a passive verb of regarding ("would be seen as")', () => {
    for (const text of [
      'Davor Kest said any Tarsian peacekeepers would be seen as a party to the conflict.',
      'Ormund would regard foreign troops in Veska as a party to the conflict, Petr Vallo said.',
    ]) {
      const got = stances(code(text));
      expect(got).toContain('ORM foreign_troops reject');
      expect(got).not.toContain('ORM foreign_troops propose');
    }
  });
});

describe('a threat with a condition', () => {
  it('opposes what the condition names ("would retaliate if … imposed new sanctions")', () => {
    const got = stances(code('Ormund said it would retaliate if Veska imposed new sanctions.'));
    expect(got).not.toContain('ORM sanctions_relief reject');
    expect(got).toContain('ORM sanctions_relief demand');
  });
});
