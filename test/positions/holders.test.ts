import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('the holder is the subject, not a preposition’s object', () => {
  it('passes over a party named after a preposition and a determiner', () => {
    const got = stances(
      code('A Tarsian delegation was in the Veskan capital on Friday to discuss a ceasefire at sea.'),
    );
    expect(got).toContain('TRS ceasefire open');
    expect(got).not.toContain('VSK ceasefire open');
  });

  it('passes over parties coordinated after a preposition', () => {
    const got = stances(
      code('Mira Solenne met with Veska and Ormund on Monday to propose a prisoner exchange.'),
    );
    expect(got).toContain('TRS prisoners propose');
    expect(got).not.toContain('ORM prisoners propose');
  });

  it('takes the antecedent of a relative pronoun, whatever governs it', () => {
    const got = stances(
      code('It followed a meeting of the Tarsian delegation that called for a ceasefire at sea.'),
    );
    expect(got).toContain('TRS ceasefire demand');
  });

  it('reads “officials from X and Y” as those parties', () => {
    const got = stances(
      code('Officials from Veska and Ormund will travel to Lumen as part of efforts to revive the truce.'),
    );
    expect(got).toEqual(expect.arrayContaining(['VSK ceasefire propose', 'ORM ceasefire propose']));
  });

  it('reads “delegations from X and Y” as the subject of the verb that follows', () => {
    const got = stances(
      code(
        'Delegations from Veska and Ormund will meet next week to sign agreements on trade and investment.',
      ),
    );
    expect(got).toEqual(
      expect.arrayContaining(['VSK economic_cooperation accept', 'ORM economic_cooperation accept']),
    );
  });

  it('reads the subject of “will face … sanctions” as their target: the speaker threatens them', () => {
    const said = stances(code('Ilse Marrow said Ormund will face severe economic and diplomatic sanctions.'));
    expect(said).toContain('VSK sanctions_relief reject');
    expect(said).not.toContain('ORM sanctions_relief reject');
    expect(stances(code('Ormund faces severe sanctions.'))).not.toContain('ORM sanctions_relief reject');
  });

  it('reads the subject that becomes a member, or is admitted or allowed in, as undergoing it: the speaker rules it out', () => {
    for (const text of [
      'Davor Kest has said Veska will never become a member of NATO.',
      'Davor Kest said Veska would not be admitted to the alliance under any circumstances.',
      'Davor Kest said Veska would not be allowed to join NATO.',
    ]) {
      const got = stances(code(text));
      expect(got).toContain('ORM alliance_membership reject');
      expect(got).not.toContain('VSK alliance_membership reject');
    }
    // (a wish of the subject's own to become a member stays the subject's)
    expect(stances(code('Veska wants to be admitted to NATO.'))).toContain('VSK alliance_membership propose');
  });

  it('gives a cue opened by a stance noun’s “to” to the noun’s owner, not to the one who reports it', () => {
    const got = stances(
      code("Ilse Marrow said Ormund's refusal to accept a ceasefire showed it wanted more war."),
    );
    expect(got).toContain('ORM ceasefire reject');
    expect(got).not.toContain('VSK ceasefire reject');
    expect(stances(code("Petr Vallo said Veska's readiness to discuss a ceasefire was welcome."))).toContain(
      'VSK ceasefire open',
    );
  });

  it('gives a joint act (“each other”) to the parties its subject coordinates, not to the story’s sides', () => {
    const got = stances(
      code(
        'Veskan and Ormundi negotiators met in Lumen on Monday.\n\nMira Solenne said Tarsia and the Highland Liberation Front had agreed to stop targeting each other.',
      ),
    );
    expect(got).toEqual(expect.arrayContaining(['TRS ceasefire accept', 'HLF ceasefire accept']));
    expect(got).not.toContain('VSK ceasefire accept');
    expect(got).not.toContain('ORM ceasefire accept');
  });

  it('reads the pronoun that opens what one party told another as the teller, not the outer speaker', () => {
    const got = stances(code('Anton Brisk said Davor Kest had told him he would not agree to a ceasefire.'));
    expect(got).toContain('ORM ceasefire reject');
    expect(got).not.toContain('VSK ceasefire reject');
    // (the speaker's own "he" stays the speaker's)
    expect(stances(code('Anton Brisk said he would not agree to a ceasefire.'))).toContain(
      'VSK ceasefire reject',
    );
  });

  it('reads a party pressed in the passive as holding nothing; the one who presses demands', () => {
    const got = stances(
      code('Veskan officials said Ormund had been pressed by Tarsia to accept a ceasefire.'),
    );
    expect(got).toContain('TRS ceasefire demand');
    expect(got).not.toContain('ORM ceasefire accept');
    expect(stances(code('Ormund was urged to accept a ceasefire.'))).not.toContain('ORM ceasefire accept');
  });

  it('reads no list across a dateline’s dash', () => {
    for (const dash of ['—', '–', '-']) {
      const got = stances(
        code(
          `Lumen, Tarsia ${dash} Ormund and its foreign allies will withdraw all forces within 14 months.`,
        ),
      );
      expect(got).toContain('ORM territory propose');
      expect(got).not.toContain('TRS territory propose');
    }
  });
});

describe('stance nouns under a verb', () => {
  it('reads the verb over a qualified noun: “rejected the latest proposal for …”', () => {
    expect(stances(code('Ormund rejected the latest proposal for a ceasefire at sea.'))).toContain(
      'ORM ceasefire reject',
    );
  });

  it('reads the verb over a demonstrative: “shot down that suggestion of …”', () => {
    expect(stances(code('Veska shot down that suggestion of a prisoner exchange.'))).toContain(
      'VSK prisoners reject',
    );
  });
});

describe('a modal demand over another party’s acceptance', () => {
  it('“X must agree to …” in a statement is the speaker’s demand', () => {
    const doc = code('Ilse Marrow said Ormund must agree to a ceasefire at sea.');
    expect(stances(doc)).toContain('VSK ceasefire demand');
    // (what a deal implies is read elsewhere: only the sentence's own stances here)
    const own = doc.positions.filter((p) => !p.provenance.rule.startsWith('position.deal'));
    expect(own.map((p) => `${p.actor} ${p.issue} ${p.stance}`)).not.toContain('ORM ceasefire accept');
  });
});

describe('a relative or appositive with a subject of its own', () => {
  it('“…, which X has long opposed”', () => {
    const got = stances(code('Veska wants a ceasefire at sea, which Ormund has long opposed.'));
    expect(got).toEqual(expect.arrayContaining(['VSK ceasefire propose', 'ORM ceasefire reject']));
  });

  it('“… – a demand X has firmly rejected”', () => {
    const got = stances(code('Veska insisted on a prisoner exchange – a demand Ormund has firmly rejected.'));
    expect(got).toEqual(expect.arrayContaining(['VSK prisoners demand', 'ORM prisoners reject']));
  });

  it('“…, which X has not accepted” is against', () => {
    expect(stances(code('The plan includes a ceasefire at sea, which Ormund has not accepted.'))).toContain(
      'ORM ceasefire reject',
    );
  });
});

describe('more stance words', () => {
  it('“encouraged” proposes', () => {
    expect(stances(code('Tarsia has encouraged a prisoner exchange.'))).toContain('TRS prisoners propose');
  });

  it('“hoped” proposes; hoping a ceasefire in force holds accepts it', () => {
    expect(stances(code('Davor Kest said he hoped for a ceasefire.'))).toContain('ORM ceasefire propose');
    expect(stances(code('Davor Kest said he hoped the ceasefire would hold.'))).toContain(
      'ORM ceasefire accept',
    );
  });

  it('“objections to” rejects', () => {
    expect(stances(code('Ormund repeated its objections to the deployment of peacekeepers.'))).toContain(
      'ORM foreign_troops reject',
    );
  });
});

describe('conditions, openings and open questions', () => {
  it('a price ends where the main clause’s verb comes', () => {
    const got = stances(
      code(
        'Veska’s proposed neutrality in exchange for security guarantees would mean it would not host foreign troops, Ilse Marrow said.',
      ),
    );
    expect(got).toContain('VSK foreign_troops reject');
    expect(got).not.toContain('VSK foreign_troops demand');
  });

  it('a pattern that opens with a stance word is its own cue, the possessor its holder', () => {
    expect(stances(code('Mira Solenne confirmed Petr Vallo’s interest in the talks.'))).toContain(
      'ORM talks_inclusion propose',
    );
  });

  it('a question the text leaves open is no one’s stance', () => {
    expect(
      stances(code('There was no indication that Ormund would agree to a ceasefire at sea.')),
    ).not.toContain('ORM ceasefire accept');
    expect(stances(code('It is unclear whether Veska will accept a prisoner exchange.'))).toEqual([]);
  });
});

describe('the subject of a relative clause set off by a comma', () => {
  it('is the party just before the comma', () => {
    expect(stances(code('The plan is a non-starter for Veska, which wants to join the alliance.'))).toContain(
      'VSK alliance_membership propose',
    );
  });

  it('is nobody when the word before the comma names no party, or names a place', () => {
    const got = stances(
      code(
        'Veska and Ormund signed an accord in the Tarsian city of Lumen, which is expected to unlock a prisoner exchange.',
      ),
    );
    expect(got.filter((s) => s.endsWith('prisoners propose'))).toEqual([]);
  });

  it('“made no progress towards agreeing on” is no acceptance', () => {
    expect(
      stances(code('Veska and Ormund made no progress towards agreeing on a ceasefire at sea.')),
    ).toEqual([]);
  });
});

describe('a stance participle with its agent', () => {
  it('“…, as demanded by X” is X’s demand', () => {
    expect(
      stances(code('Veska agreed to a prisoner exchange and an amnesty, as demanded by Ormund.')),
    ).toEqual(expect.arrayContaining(['VSK prisoners accept', 'ORM prisoners demand']));
  });

  it('“a truce offered by X” is X’s proposal', () => {
    expect(stances(code('Ormund accepted the truce offered by Tarsia.'))).toEqual(
      expect.arrayContaining(['ORM ceasefire accept', 'TRS ceasefire propose']),
    );
  });
});

describe('a demand made of a negation', () => {
  it('“X must not join the alliance” is against membership', () => {
    expect(stances(code('Petr Vallo said Veska must not join the alliance.'))).toContain(
      'ORM alliance_membership reject',
    );
  });
});

describe('a speaker that opens a list of parties', () => {
  it('"according to a joint statement from Veska, Ormund and Tarsia": each party holds the stance', () => {
    const doc = code(
      '“We welcome the agreement on elections reached today,” according to a joint statement from Veska, Ormund and Tarsia.',
    );
    expect(stances(doc)).toEqual(
      expect.arrayContaining(['VSK elections accept', 'ORM elections accept', 'TRS elections accept']),
    );
  });

  it('"the statement also called for …": the list of the joint statement it refers back to', () => {
    const doc = code(
      '“We welcome the agreement on elections reached today,” according to a joint statement from Veska, Ormund and Tarsia. However, the statement also reiterated calls for the release of political prisoners.',
    );
    expect(stances(doc)).toEqual(
      expect.arrayContaining(['VSK prisoners demand', 'ORM prisoners demand', 'TRS prisoners demand']),
    );
  });

  it('"said Tarsia, Veska and Ormund in a joint statement": each party holds the stance', () => {
    const doc = code('“We want a ceasefire by Friday,” said Tarsia, Veska and Ormund in a joint statement.');
    expect(stances(doc)).toEqual(
      expect.arrayContaining(['TRS ceasefire propose', 'VSK ceasefire propose', 'ORM ceasefire propose']),
    );
  });

  it('an apposition after the speaker is no list', () => {
    const doc = code('“We want a ceasefire by Friday,” said Mira Solenne, Tarsia’s envoy.');
    expect(stances(doc)).toEqual(['TRS ceasefire propose']);
  });
});

describe('a participle clause', () => {
  it('", while calling for direct talks" is held by the subject of the clause before it', () => {
    const doc = code(
      'The Skerry Islanders’ Assembly rejected the blockade on Monday, while calling for a ceasefire at sea.',
    );
    expect(stances(doc)).toContain('SKA ceasefire demand');
  });

  it('after a reported statement, by its speaker', () => {
    const doc = code(
      'Ormund said on Thursday that the blockade “does not concern us”, while calling for a ceasefire at sea.',
    );
    expect(stances(doc)).toContain('ORM ceasefire demand');
  });
});

describe('a subject that names its parties with "including"', () => {
  it('"Most member states, including Veska, Ormund and Tarsia, recognised …": each included party', () => {
    const doc = code(
      'Most member states of the council, including Veska, Ormund and Tarsia, recognized the islands as a separate country.',
    );
    expect(stances(doc)).toEqual(
      expect.arrayContaining(['VSK territory accept', 'ORM territory accept', 'TRS territory accept']),
    );
  });

  it('a speaker that includes a party speaks for it', () => {
    const doc = code(
      'The international community, including the Northern Maritime Council, has repeatedly called on Ormund to lift the sanctions.',
    );
    expect(stances(doc)).toContain('NMC sanctions_relief demand');
  });
});

describe('a collective that counts its parties', () => {
  it('"The three countries backed …" is held by the three parties named before', () => {
    const doc = code(
      'Veska, Ormund and Tarsia met in Lumen on Monday. The three countries backed a ceasefire at sea.',
    );
    expect(stances(doc)).toEqual(
      expect.arrayContaining(['VSK ceasefire accept', 'ORM ceasefire accept', 'TRS ceasefire accept']),
    );
  });
});

describe('a reported clause with "would" or "will" is its subject’s stance', () => {
  it('gives what the speaker says another party would do to that party, not to the speaker', () => {
    const got = stances(
      code('Mira Solenne said that Ormund would gradually withdraw its troops from the islands.'),
    );
    expect(got).toContain('ORM territory propose');
    expect(got).not.toContain('TRS territory propose');
  });

  it('still gives the speaker what the speaker says another party must do', () => {
    const got = stances(code('Mira Solenne said that Ormund must withdraw its troops from the islands.'));
    expect(got).toContain('TRS territory demand');
    expect(got).not.toContain('ORM territory demand');
  });
});

describe('an aside on the subject is passed over', () => {
  it('"X, whose forces …, signed": the holder is X, not a party named in the aside', () => {
    const got = stances(
      code(
        'Davor Kest, whose forces have struggled to halt an assault on Kessel by Oskar Fenn’s Skerry Islanders’ Assembly, signed the ceasefire agreement after talks that lasted about eight hours, Mira Solenne said on Monday.',
      ),
    );
    expect(got).toContain('ORM ceasefire accept');
  });
});

describe('a coordinated subject whose second name has a possessive and a relation before it', () => {
  it('reads “X and her Ormundi counterpart Y” as both', () => {
    const got = stances(
      code(
        'Foreign Minister Ilse Marrow and her Ormundi counterpart Petr Vallo agreed to a ceasefire at sea.',
      ),
    );
    expect(got).toEqual(expect.arrayContaining(['VSK ceasefire accept', 'ORM ceasefire accept']));
  });

  it('reads “X and his former deputy turned rival Y” as both', () => {
    const got = stances(
      code('President Anton Brisk and his former deputy turned rival Petr Vallo signed a truce on Monday.'),
    );
    expect(got).toEqual(expect.arrayContaining(['VSK ceasefire accept', 'ORM ceasefire accept']));
  });
});

describe('a humanitarian ceasefire', () => {
  it('is a ceasefire, not humanitarian access', () => {
    const got = stances(code('Veska and Ormund signed a humanitarian ceasefire on Monday.'));
    expect(got).toContain('VSK ceasefire accept');
    expect(got.filter((s) => s.includes('humanitarian'))).toEqual([]);
  });
});

describe('a counted collective recalls the list it counts', () => {
  it('“Tarsia, Ormund and the Council … The 3 powers backed …” (a count the actors stage leaves unresolved): the three parties of the list', () => {
    const got = stances(
      code(
        'Veska and Ormund held talks in Kessel on Monday. Veska and Ormund will meet again in May. Tarsia, Ormund and the Northern Maritime Council issued a joint statement on Tuesday. The 3 powers also backed a prisoner exchange before the winter.',
      ),
    );
    expect(got).toEqual(
      expect.arrayContaining(['TRS prisoners accept', 'ORM prisoners accept', 'NMC prisoners accept']),
    );
    expect(got).not.toContain('VSK prisoners accept');
  });
});

describe('a reported subject that names the speaker’s own party beside another', () => {
  it('“X said both Veska and Ormund will …”: both parties hold the stance', () => {
    const got = stances(
      code('Ilse Marrow said that both Veska and Ormund would release the prisoners before the winter.'),
    );
    expect(got).toEqual(expect.arrayContaining(['VSK prisoners propose', 'ORM prisoners propose']));
  });
});

describe('the sides of the story as a collective subject', () => {
  it('“the two sides agreed to …” is held by both sides, not by the speaker', () => {
    const got = stances(
      code(
        'Veska and Ormund held talks in Kessel on Monday. Mira Solenne said the two sides had agreed to a truce at sea.',
      ),
    );
    expect(got).toEqual(expect.arrayContaining(['VSK ceasefire accept', 'ORM ceasefire accept']));
    expect(got).not.toContain('TRS ceasefire accept');
  });

  it('“All sides must …,” said X: the speaker’s demand, not the sides’', () => {
    const got = stances(
      code(
        'Veska and Ormund held talks in Kessel on Monday. “All sides must respect the truce,” Mira Solenne said.',
      ),
    );
    expect(got).toContain('TRS ceasefire demand');
    expect(got).not.toContain('VSK ceasefire demand');
  });

  it('a plan that someone else presented is not the sides’ proposal', () => {
    const got = stances(
      code(
        'Veska and Ormund held talks in Kessel on Monday. The two sides responded positively to a plan she presented to end the war, Mira Solenne said.',
      ),
    );
    expect(got).not.toContain('VSK ceasefire propose');
  });
});

describe('a party that only opens a noun phrase is no item of a coordination', () => {
  it('“Kessel is Veska’s main ally and Tarsia has encouraged …”: Tarsia alone', () => {
    const got = stances(
      code('Kessel is Veska’s main ally and Tarsia has encouraged a prisoner exchange with Ormund.'),
    );
    expect(got).toContain('TRS prisoners propose');
    expect(got).not.toContain('VSK prisoners propose');
  });
});

describe('parties urged in a statement are asked, not holders', () => {
  it('“X urged Veska, Ormund, and the armed group Assembly to … agree to a truce”: the speaker’s demand', () => {
    const got = stances(
      code(
        'Mira Solenne urged Veska, Ormund, and the armed group Skerry Islanders’ Assembly to seize the moment and agree to a truce at sea.',
      ),
    );
    expect(got).toContain('TRS ceasefire demand');
    expect(got).not.toContain('SKA ceasefire accept');
  });
});

describe('a stance noun belongs to the party that owns it, not to whoever reports it', () => {
  it('reads a party qualifying the noun after an article as its holder', () => {
    const got = stances(code('Ormund voiced anger at the Veskan insistence on a ceasefire at sea.'));
    expect(got).toContain('VSK ceasefire demand');
    expect(got).not.toContain('ORM ceasefire demand');
  });

  it('reads the party named by “by” right after the noun as its holder', () => {
    const got = stances(code('The week saw renewed efforts by Tarsia to secure a ceasefire at sea.'));
    expect(got).toContain('TRS ceasefire propose');
  });

  it('reads the party named by “from” after a call as the one who demands', () => {
    const got = stances(code('Ilse Marrow welcomed calls from Tarsia for a ceasefire at sea.'));
    expect(got).toContain('TRS ceasefire demand');
  });

  it('still reads a verb after a bare party name as that party’s own', () => {
    expect(stances(code('Ormund demands a ceasefire at sea.'))).toContain('ORM ceasefire demand');
  });
});

describe('what a named person reports of others', () => {
  it('gives the consent of "they" to the parties, not to the person who reports it', () => {
    const got = stances(
      code(
        'Veska and Ormund fought at sea for four days, and Veska blamed Ormund for the clashes.\n\nMira Solenne said she had spoken to both presidents on Saturday and that they had agreed to a ceasefire at sea.',
      ),
    );
    expect(got).toEqual(expect.arrayContaining(['VSK ceasefire accept', 'ORM ceasefire accept']));
    expect(got).not.toContain('TRS ceasefire accept');
  });
});

describe('a denied "can" before another party’s act, in a statement', () => {
  it('is what the speaker forbids, not the subject’s refusal', () => {
    const got = stances(
      code('Davor Kest told reporters on Sunday that Veska could not have a nuclear weapon.'),
    );
    expect(got).toContain('ORM nuclear demand');
    expect(got.filter((s) => s.startsWith('VSK'))).toEqual([]);
  });
  it('leaves a verb of consent to its subject', () => {
    expect(stances(code('Davor Kest said Veska could not accept a ceasefire.'))).toContain(
      'VSK ceasefire reject',
    );
  });
});

describe('a list before a relative clause', () => {
  it('holds the stance together ("Veska and Tarsia, which …, rejected …")', () => {
    const got = stances(code('Veska and Tarsia, which back Ormund, rejected the truce.'));
    expect(got).toEqual(expect.arrayContaining(['VSK ceasefire reject', 'TRS ceasefire reject']));
  });
});

describe('a verb taken up again after an aside set off by dashes', () => {
  it('does not give "—and has threatened tariffs" to the party whose claims the subject rejected', () => {
    const got = stances(
      code(
        'Tarsia has rejected Veskan claims that it reneged on the accord\u2014the cause of a delay this week\u2014and has threatened new tariffs on Veskan grain.',
      ),
    );
    expect(got).not.toContain('VSK sanctions_relief reject');
  });
});
