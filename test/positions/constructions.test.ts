/**
 * Stance cues and constructions that link a holder to an issue: votes, eagerness, a truce that
 * "does not concern" its holder, and words that look like a stance cue but name a party ("the
 * opposition"). Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('stance cues', () => {
  it('a vote to do something accepts it; a vote against it rejects it', () => {
    expect(stances(code('Ormund’s parliament voted to lift the sanctions on Veska.'))).toContain(
      'ORM sanctions_relief accept',
    );
    expect(stances(code('Ormund voted against the deployment of peacekeepers.'))).toContain(
      'ORM foreign_troops reject',
    );
  });

  it('the -ing form of a cue whose prefix ends in a silent e ("urging", "welcoming") is read', () => {
    expect(stances(code('Ormund wrote to Veska, urging the release of the prisoners.'))).toContain(
      'ORM prisoners demand',
    );
    expect(stances(code('Veska issued a statement welcoming the ceasefire at sea.'))).toContain(
      'VSK ceasefire accept',
    );
  });

  it('an act is read past a time or an adverb between its auxiliary and its verb', () => {
    expect(stances(code('Ormund has since March 3 released 300 prisoners.'))).toContain(
      'ORM prisoners accept',
    );
  });

  it('a bare negated auxiliary does not reach the next item of a list after ", and"', () => {
    const doc = code(
      'Ilse Marrow said the open points were guarantees that Ormund would not leave the accord again, and questions over the prisoners held at the border.',
    );
    expect(stances(doc).filter((s) => s.includes('prisoners'))).toEqual([]);
  });

  it('wanting a state in force to hold, last or continue accepts it; wanting a new one proposes it', () => {
    expect(stances(code('Veska and Ormund both want the ceasefire at sea to hold.'))).toContain(
      'VSK ceasefire accept',
    );
    expect(stances(code('Ormund hopes the truce at sea will last through the winter.'))).toContain(
      'ORM ceasefire accept',
    );
    expect(stances(code('Tarsia hopes the truce at sea holds.'))).toContain('TRS ceasefire accept');
    expect(stances(code('Ormund wants a ceasefire at sea.'))).toContain('ORM ceasefire propose');
  });

  it('"would like to" proposes', () => {
    expect(stances(code('Veska would like to see a ceasefire at sea.'))).toContain('VSK ceasefire propose');
  });

  it('"keen to", "eager to" propose', () => {
    expect(stances(code('Ormund is keen to release the prisoners before winter.'))).toContain(
      'ORM prisoners propose',
    );
    expect(stances(code('Veska is eager to hold a summit with Ormund.'))).toContain('VSK summit propose');
  });

  it('"the way is open for" proposes; "consultations on" is openness', () => {
    expect(stances(code('“The way is open for a second peace summit,” Ilse Marrow said.'))).toContain(
      'VSK summit propose',
    );
    expect(stances(code('Ormund announced consultations on security guarantees.'))).toContain(
      'ORM security_guarantees open',
    );
  });

  it('"the door is always open to" proposes', () => {
    expect(stances(code('“The door is always open to talks with Ormund,” Ilse Marrow said.'))).toContain(
      'VSK talks_inclusion propose',
    );
  });

  it('"no intention of" rejects', () => {
    expect(
      stances(code('Ormund said it had no intention of withdrawing its forces from the islands.')),
    ).toContain('ORM territory reject');
  });

  it('a truce that "does not concern" its holder is rejected', () => {
    const doc = code('Ilse Marrow said that the truce announced by Tarsia on Monday “does not concern us”.');
    expect(stances(doc)).toContain('VSK ceasefire reject');
  });

  it('"the opposition" is a party, not a rejection', () => {
    const doc = code(
      'Tarsia will continue to support the dialogue between Veska and the non-signatory oppositions for inclusive peace.',
    );
    expect(stances(doc).filter((s) => s.endsWith('reject'))).toEqual([]);
  });
});

describe('constructions', () => {
  it('a cue governs each item of a list of objects, qualified or not', () => {
    const doc = code(
      'Mira Solenne outlined three goals for the talks: a national cessation of hostilities, full humanitarian access to the islands, and a monitoring mission.',
    );
    expect(stances(doc)).toContain('TRS humanitarian propose');
  });

  it('a stance noun after a possessive pronoun belongs to the sentence’s subject', () => {
    const doc = code(
      'A Veskan statement described the meeting as a forum to set out its terms for the talks, including its objections to the deployment of peacekeepers around the islands.',
    );
    expect(stances(doc)).toContain('VSK foreign_troops reject');
  });

  it('a verb of giving reaches its object past the recipient and an amount', () => {
    const doc = code(
      'Tarsia announced earlier on Thursday that it will supply Veska with $6.5 million in nonlethal military assistance.',
    );
    expect(stances(doc)).toContain('TRS military_aid propose');
  });

  it('the pronoun subject of a relative after the issue stands for the clause’s subject', () => {
    const doc = code(
      'No one knows when Ormund would hold direct talks with Veska, something it has continued to reject.',
    );
    expect(stances(doc)).toContain('ORM talks_inclusion reject');
  });
});

describe('talks held together', () => {
  it('the parties at the table are open on the topic of their talks', () => {
    expect(
      stances(
        code('Veska and Ormund will resume exploratory talks over territorial claims in the Tarsian Sea.'),
      ),
    ).toEqual(expect.arrayContaining(['VSK territory open', 'ORM territory open']));
    expect(stances(code('Veskan and Ormundi officials have begun maritime border talks.'))).toEqual(
      expect.arrayContaining(['VSK territory open', 'ORM territory open']),
    );
    expect(stances(code('The Lumen Group also discussed the release of captives.'))).toEqual(
      expect.arrayContaining(['VSK prisoners open', 'ORM prisoners open', 'TRS prisoners open']),
    );
  });

  it('the people at a meeting told just before stand for its parties ("the participants discussed …")', () => {
    expect(
      stances(
        code('Veska and Ormund held talks in Lumen on Monday. The participants discussed a prisoner swap.'),
      ),
    ).toEqual(expect.arrayContaining(['VSK prisoners open', 'ORM prisoners open']));
    expect(
      stances(
        code(
          'Veska and Ormund agreed on a ceasefire. Ilse Marrow said the protocol has 12 points. They also discussed a prisoner swap.',
        ),
      ),
    ).toEqual(expect.arrayContaining(['VSK prisoners open', 'ORM prisoners open']));
    // (no meeting told nearby: no table to read)
    expect(stances(code('The participants discussed a prisoner swap.'))).toEqual([]);
    expect(
      stances(
        code(
          'Veska and Ormund held talks in Lumen on Monday. The weather was mild. Prices rose in the capital. They discussed a prisoner swap.',
        ),
      ),
    ).toEqual([]);
  });

  it('a meeting that names its parties and took place or ended is accepted by each of them', () => {
    expect(stances(code('The meeting between Anton Brisk and Davor Kest ended without agreement.'))).toEqual(
      expect.arrayContaining(['VSK summit accept', 'ORM summit accept']),
    );
    expect(stances(code('Veska said the meeting ended early.'))).not.toContain('VSK summit accept');
  });

  it('talks of one party, talks others ask for, and a later meeting tell no stance of a table', () => {
    expect(stances(code('Veska discussed a prisoner swap with Ormund.'))).toEqual([]);
    expect(stances(code('Veska called for talks on a ceasefire.'))).toEqual([]);
    expect(stances(code('Veska rejected talks on a ceasefire.'))).toEqual([]);
    expect(
      stances(code('Veska and Ormund attended the Lumen summit before they began their bilateral talks.')),
    ).not.toContain('VSK summit open');
  });
});

describe('refusals named by a noun', () => {
  it('a refusal named by its noun turns the stance it governs ("X’s refusal to accept Y")', () => {
    const found = stances(code('Ormund’s refusal to accept a ceasefire at sea angered its neighbours.'));
    expect(found).toContain('ORM ceasefire reject');
    expect(found).not.toContain('ORM ceasefire accept');
  });
});

describe('talks a third party reports', () => {
  it('a mediator telling what the delegations discussed gives them no stance; a party at the table does', () => {
    const joint = (text: string) =>
      code(text)
        .positions.filter((p) => p.provenance.rule.includes('.joint'))
        .map((p) => `${p.actor} ${p.issue} ${p.stance}`);
    expect(joint('Mira Solenne said Veska and Ormund had discussed a ceasefire at sea.')).toEqual([]);
    expect(joint('Ilse Marrow said Veska and Ormund had discussed a ceasefire at sea.')).toEqual(
      expect.arrayContaining(['VSK ceasefire open', 'ORM ceasefire open']),
    );
  });
});

describe('polarity and negation', () => {
  it('a verb that undoes the issue between a cue and the issue turns its polarity', () => {
    expect(stances(code('Ormund is not prepared to scrap the ceasefire at sea.'))).toContain(
      'ORM ceasefire demand',
    );
    expect(stances(code('Veska is seeking to undermine the ceasefire at sea.'))).toContain(
      'VSK ceasefire reject',
    );
    // ("end hostilities" is an issue of its own: it does not undo the release that follows it)
    expect(
      stances(code('Tarsia put forward a plan to end hostilities and release all the prisoners.')),
    ).toContain('TRS prisoners propose');
  });

  it('a violation between a cue and the issue turns its polarity; refusing one answers a charge', () => {
    expect(stances(code('Ilse Marrow urged Ormund not to violate the ceasefire at sea.'))).toContain(
      'VSK ceasefire demand',
    );
    for (const text of [
      'Ormund denied violating the ceasefire at sea and said its boats had only returned fire.',
      'Ormund rejected accusations that it had breached the ceasefire at sea.',
      'Veska accused Ormund of breaking the ceasefire at sea, which Kessel denied.',
    ])
      expect(stances(code(text))).not.toContain('ORM ceasefire reject');
  });

  it('a proposal owned by a common noun ("the mediators’") is the object of the verb before it', () => {
    const found = stances(
      code('Ormund did not even accept the mediators’ proposal for a demilitarized zone.'),
    );
    expect(found).toContain('ORM demilitarisation reject');
    expect(found).not.toContain('ORM demilitarisation propose');
    expect(stances(code('Veska rejected the government’s proposal for a ceasefire at sea.'))).toContain(
      'VSK ceasefire reject',
    );
  });

  it('"This is not a ceasefire" in a party’s words rejects the issue it denies', () => {
    expect(
      stances(
        code(
          'Ormund’s chief negotiator Petr Vallo called the move a pause, saying "This is not a ceasefire."',
        ),
      ),
    ).toContain('ORM ceasefire reject');
  });

  it('a participle with its agent after a time ("denied days later by Veska") holds the agent’s stance', () => {
    expect(stances(code('Ormund announced a ceasefire, denied days later by Veska.'))).toContain(
      'VSK ceasefire reject',
    );
  });

  it('pledging to pull out foreign forces is against their presence', () => {
    expect(stances(code('Ormund pledged to pull out all foreign forces by May.'))).toContain(
      'ORM foreign_troops reject',
    );
  });

  it('refusing to retreat a distance rejects both the pullback and the change of ground', () => {
    const found = stances(code('Veska is not agreeing to retreat 3 km from the ridge.'));
    expect(found).toEqual(expect.arrayContaining(['VSK territory reject', 'VSK demilitarisation reject']));
  });

  it('the one named before "casting the sole dissenting vote" rejects what was approved', () => {
    const doc = code(
      'Ormund’s cabinet approved the ceasefire at sea by ten votes to one, with Petr Vallo casting the sole dissenting vote.',
    );
    expect(stances(doc)).toEqual(expect.arrayContaining(['ORM ceasefire accept', 'ORM ceasefire reject']));
    expect(doc.positions.find((p) => p.stance === 'reject')?.provenance.rule).toBe('position.dissent');
    // (no one named before the dissent: no stance)
    expect(
      stances(
        code('Ormund’s cabinet approved the ceasefire at sea, with one minister casting a dissenting vote.'),
      ),
    ).not.toContain('ORM ceasefire reject');
  });

  it('doubting another party’s intention is no one’s stance; doubting an outcome still is', () => {
    expect(
      stances(code('Ilse Marrow said: "We do not see Ormund has any will for a ceasefire at sea."')),
    ).toEqual([]);
    expect(
      stances(code('Veska and Ormund say they do not see the talks leading to a ceasefire at sea.')),
    ).toContain('VSK ceasefire reject');
  });

  it('news not announced is no refusal; an announcement is still a proposal', () => {
    const silent = stances(
      code(
        'Veska and Ormund ended two days of talks on Tuesday without announcing an extension of their tariff truce.',
      ),
    );
    expect(silent).not.toContain('VSK sanctions_relief reject');
    expect(silent).not.toContain('ORM sanctions_relief reject');
    expect(stances(code('Ormund announced an extension of its tariff truce with Veska.'))).toContain(
      'ORM sanctions_relief propose',
    );
  });

  it('hosting the two leaders is a summit; "an offer X rejected" after it is X’s rejection', () => {
    expect(
      stances(code('Tarsia suggested hosting the two leaders in Lumen, an offer Veska rejected.')),
    ).toEqual(expect.arrayContaining(['TRS summit propose', 'VSK summit reject']));
  });
});

describe('a regional force told by its kind', () => {
  it('"called for a new regional military force led by the bloc" is foreign troops demanded', () => {
    expect(
      stances(
        code(
          'Veskan President Anton Brisk called for the swift deployment of a new regional military force led by the Lumen Group.',
        ),
      ),
    ).toContain('VSK foreign_troops demand');
  });

  it("a region's own special forces are no foreign troops", () => {
    expect(
      stances(code('Veska demanded that the Skerry regional special forces be disbanded.')).filter((s) =>
        s.includes('foreign_troops'),
      ),
    ).toEqual([]);
  });
});

describe('the warring factions of a war', () => {
  it('"Ormund\'s warring factions have committed to allow aid" is the state and the group facing it', () => {
    const doc = code(
      'Fighting between the Ormundi army and the Highland Liberation Front has gone on for a year.\n\nOrmund’s warring factions have committed to allow the movement of humanitarian aid.',
    );
    const held = stances(doc).filter((s) => s.includes('humanitarian'));
    expect(held).toContain('ORM humanitarian accept');
    expect(held).toContain('HLF humanitarian accept');
  });
});

describe('an invitation to talks accepted', () => {
  it('"accepted an invitation to attend Tarsian-sponsored peace talks" is a seat at the talks accepted', () => {
    expect(
      stances(
        code(
          'Ormund said on Monday it has accepted an invitation to attend Tarsian-sponsored peace talks in Lumen.',
        ),
      ),
    ).toContain('ORM talks_inclusion accept');
  });

  it('"accepted an invitation to a state banquet" is no seat at the talks', () => {
    expect(
      stances(
        code('Ormund said on Monday it has accepted an invitation to a state banquet in Lumen.'),
      ).filter((s) => s.includes('talks_inclusion')),
    ).toEqual([]);
  });
});
