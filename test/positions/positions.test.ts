import { describe, expect, it } from 'vitest';
import { textOf } from '../../src/core/model.js';
import { code, stances } from './world.js';

describe('stances', () => {
  it('codes a demand in the reporter’s own voice, held by the grammatical subject', () => {
    expect(stances(code('Veska has consistently demanded a ceasefire at sea.'))).toContain(
      'VSK ceasefire demand',
    );
  });

  it('codes a proposal', () => {
    expect(stances(code('Ormund proposed a prisoner exchange on Monday.'))).toContain(
      'ORM prisoners propose',
    );
  });

  it('codes an acceptance', () => {
    expect(stances(code('Ormund accepted the truce offered by Tarsia.'))).toContain('ORM ceasefire accept');
  });

  it('codes openness: discussion of an issue', () => {
    const doc = code('“There is going to be some discussion of security guarantees,” Ilse Marrow said.');
    expect(stances(doc)).toContain('VSK security_guarantees open');
  });

  it('codes a rejection', () => {
    expect(stances(code('Ormund rejected the deployment of peacekeepers around the islands.'))).toContain(
      'ORM foreign_troops reject',
    );
  });

  it('keeps the evidence span and the cue', () => {
    const doc = code('Ormund rejected the deployment of peacekeepers around the islands.');
    const p = doc.positions.find((x) => x.issue === 'foreign_troops');
    expect(p && textOf(doc, p.evidence)).toBe('rejected the deployment of peacekeepers');
    expect(p?.provenance.cue).toBe('rejected');
  });
});

describe('negation and modality', () => {
  it('"would not accept" is a rejection', () => {
    const doc = code('Ilse Marrow said Veska would not accept the deployment of foreign troops.');
    expect(stances(doc)).toContain('VSK foreign_troops reject');
  });

  it('"would not tolerate" is a categorical rejection', () => {
    const doc = code('Ormund insisted it would not tolerate the alliance granting membership to Veska.');
    const p = doc.positions.find((x) => x.issue === 'alliance_membership');
    expect(p?.actor).toBe('ORM');
    expect(p?.stance).toBe('reject');
    expect(p?.redLine).toBe(true);
  });

  it('what a refusal says the text lacks ("because it did not include …") is demanded', () => {
    const doc = code(
      'Davor Kest declined to sign the truce because it did not include a deadline for disarming the militias.',
    );
    expect(stances(doc)).toContain('ORM demilitarisation demand');
    expect(stances(doc)).not.toContain('ORM demilitarisation reject');
  });

  it('"not enough for X not to …" asks for more in the same direction: still against', () => {
    const doc = code('Petr Vallo said it was “not enough” for the alliance not to admit Veska as a member.');
    expect(stances(doc)).toContain('ORM alliance_membership reject');
  });

  it('"not enough to lift sanctions" is against lifting them', () => {
    const doc = code('Ilse Marrow said the truce was welcome but not enough to lift sanctions on Ormund.');
    expect(stances(doc)).toContain('VSK sanctions_relief reject');
  });

  it('"more than" before a count is a quantity, not a call for more', () => {
    const doc = code(
      'The war has killed more than 4,000 people since Ormund annexed the islands. Veska promised to free more than 100 prisoners.',
    );
    expect(doc.positions.map((p) => p.provenance.cue)).not.toContain('more than');
    expect(stances(doc)).toContain('VSK prisoners propose');
  });

  it('"must go further" is a demand', () => {
    const doc = code('Petr Vallo said Veska must go further and release all prisoners of war.');
    expect(stances(doc)).toContain('ORM prisoners demand');
  });

  it('"an illusion" rejects what follows: here the belief that land is won back, so it is for a change', () => {
    const doc = code(
      'Petr Vallo said it was an illusion for Veska to believe it could win back the islands or any territory.',
    );
    const p = doc.positions.find((x) => x.issue === 'territory');
    expect(p?.actor).toBe('ORM');
    expect(p?.stance).not.toBe('reject');
  });

  it('a negated inverse ("should not be held behind its back") is a demand to take part', () => {
    const doc = code("The Skerry Islanders' Assembly says talks should not be held behind its back.");
    const p = doc.positions.find((x) => x.issue === 'talks_inclusion');
    expect(p?.actor).toBe('SKA');
    expect(p?.stance).toBe('demand');
  });

  it('"there must be no decision over the heads of X" is a demand for X to take part', () => {
    const doc = code('Mira Solenne said “there must be no decision over the heads of Veska.”');
    expect(stances(doc)).toContain('TRS talks_inclusion demand');
  });

  it('"will not accept any deal imposed without its consent" is a demand', () => {
    const doc = code('Veska has said it will not accept any deal imposed without its consent.');
    expect(stances(doc)).toContain('VSK talks_inclusion demand');
  });
});

describe('red lines', () => {
  it('"never" makes a rejection a red line', () => {
    const doc = code('Veska will never cede the islands, President Anton Brisk said.');
    const p = doc.positions.find((x) => x.issue === 'territory');
    expect(p).toMatchObject({ actor: 'VSK', stance: 'reject', redLine: true });
  });

  it('"whatever flag" makes a rejection a red line; a plain rejection is not one', () => {
    const red = code(
      'Ormund would not accept peacekeepers on the islands, whatever flag they were operating under.',
    );
    expect(red.positions.find((x) => x.issue === 'foreign_troops')?.redLine).toBe(true);
    const plain = code('Ormund rejected the deployment of peacekeepers.');
    expect(plain.positions.find((x) => x.issue === 'foreign_troops')?.redLine).toBeUndefined();
  });

  it('a judgement after the issue ("… is unacceptable") is a red-line rejection', () => {
    const doc = code('Lifting sanctions on Ormund is unacceptable, President Anton Brisk said.');
    expect(doc.positions.find((x) => x.issue === 'sanctions_relief')).toMatchObject({
      actor: 'VSK',
      stance: 'reject',
      redLine: true,
    });
  });

  it('a judgement of a named proposal after it ("called … positive", "… a non-starter") is its stance', () => {
    expect(stances(code('Ormund called the truce proposal positive.'))).toContain('ORM ceasefire accept');
    expect(stances(code('Veska described the truce plan as a non-starter.'))).toContain(
      'VSK ceasefire reject',
    );
  });
});

describe('conditions', () => {
  it('keeps the condition and codes no stance inside it', () => {
    const doc = code(
      'But if the conflict ultimately ended, Ilse Marrow added, Veska would be willing to discuss lifting sanctions.',
    );
    const p = doc.positions.find((x) => x.issue === 'sanctions_relief');
    expect(p?.actor).toBe('VSK');
    expect(p?.condition && textOf(doc, p.condition)).toBe('if the conflict ultimately ended');
    expect(doc.positions.some((x) => x.issue === 'ceasefire')).toBe(false);
  });
});

describe('holders', () => {
  it('a stance reported by a third party belongs to the accused, with the accuser as source', () => {
    const doc = code(
      'Veskan politicians accused Ormund of ruling out a prisoner exchange last week.',
      '2026-06-16',
    );
    const p = doc.positions.find((x) => x.issue === 'prisoners');
    expect(p).toMatchObject({ actor: 'ORM', stance: 'reject', source: 'VSK' });
  });

  it('a stance keeps its own date where the text gives one ("last week" → the month)', () => {
    const doc = code(
      'Veskan politicians accused Ormund of handing concessions to Tarsia last week by ruling out a prisoner exchange.',
    );
    expect(doc.positions.find((x) => x.issue === 'prisoners')?.date).toBe('2026-06');
  });

  it('"both men say they want" gives the stance to each party named', () => {
    const doc = code(
      'Both sides said no date had been set for a meeting between Anton Brisk and Davor Kest, which both men say they want.',
    );
    expect(stances(doc)).toEqual(expect.arrayContaining(['VSK summit propose', 'ORM summit propose']));
  });

  it('a joint action ("their respective embassies") belongs to both parties of the talks', () => {
    const doc = code(
      'Veska and Ormund held talks in Lumen on Tuesday. Ilse Marrow said the two teams would work to restore the countries’ respective embassies.',
    );
    expect(stances(doc)).toEqual(
      expect.arrayContaining(['VSK diplomatic_relations accept', 'ORM diplomatic_relations accept']),
    );
  });

  it('a statement’s stance belongs to the speaker’s party even when another party is the subject', () => {
    const doc = code('Ilse Marrow said the Northern Maritime Council needed to be involved at some point.');
    expect(stances(doc)).toContain('VSK talks_inclusion demand');
  });
});

describe('what is not a stance', () => {
  it('the subject of the talks is the process, not a stance', () => {
    const doc = code('Veska said on Tuesday it agreed to hold more talks with Ormund on ending the war.');
    expect(doc.positions.some((x) => x.issue === 'ceasefire')).toBe(false);
  });

  it('background from years ago is an event, not a current stance', () => {
    const doc = code(
      'Ormund agreed to give up its nuclear weapons in 2004 in exchange for security assurances.',
    );
    expect(doc.positions).toEqual([]);
  });

  it('a year in a relative clause before the cue dates that clause, not the stance', () => {
    expect(
      stances(code('Ormund, which annexed the islands in 2014, rejected the truce on Monday.')),
    ).toContain('ORM ceasefire reject');
  });

  it('a commentator who speaks for nobody holds no position', () => {
    const doc = code('“I see no sign that Ormund wants a ceasefire,” a professor of history said.');
    expect(doc.positions.filter((p) => p.actor !== 'ORM')).toEqual([]);
  });
});

describe('cues in other places', () => {
  it('the speech verb of a reported statement is the stance ("called for")', () => {
    expect(stances(code('Tarsia called for an immediate truce.'))).toContain('TRS ceasefire demand');
  });

  it('an outer verb over a cue noun carries the stance ("rejected calls for …")', () => {
    expect(stances(code('Veska rejected calls for new elections.'))).toContain('VSK elections reject');
    expect(stances(code('Veska welcomed the proposal for a truce.'))).toContain('VSK ceasefire accept');
  });

  it('an offering modal is a proposal, with its condition', () => {
    const doc = code('Ormund said it would release hostages if Veska lifted the blockade.');
    const p = doc.positions.find((x) => x.issue === 'prisoners');
    expect(p).toMatchObject({ actor: 'ORM', stance: 'propose' });
    expect(p?.condition && textOf(doc, p.condition)).toBe('if Veska lifted the blockade');
  });

  it('"not prepared to discuss" is a rejection', () => {
    expect(stances(code('Veska is not prepared to discuss the status of the islands.'))).toContain(
      'VSK territory reject',
    );
  });

  it('"does not rule out" is openness', () => {
    expect(stances(code('Ormund does not rule out a summit with Veska.'))).toContain('ORM summit open');
  });

  it('threatening new sanctions is against lifting them', () => {
    expect(stances(code('Veska threatened new sanctions against Ormund.'))).toContain(
      'VSK sanctions_relief reject',
    );
  });
});

describe('more constructions', () => {
  it('accepting another party’s proposal: the acceptor accepts, the proposal’s owner proposes', () => {
    const doc = code('Veska said it was ready to accept a Tarsian proposal for an immediate truce.');
    expect(stances(doc)).toEqual(expect.arrayContaining(['VSK ceasefire accept', 'TRS ceasefire propose']));
  });

  it('an issue followed by a modal ("elections must be held") is demanded', () => {
    expect(stances(code('Davor Kest said elections must be held in Veska before any deal.'))).toContain(
      'ORM elections demand',
    );
  });

  it('a refusal that waits on something demands it ("refused … until Ormund pays compensation")', () => {
    const doc = code(
      'Veska has refused to hand over the vessel until Ormund pays compensation for the damage.',
    );
    expect(stances(doc)).toContain('VSK reconstruction demand');
  });

  it('a negation before a content verb does not negate the cue ("did not repeat his demand")', () => {
    const doc = code('Davor Kest did not repeat his demand that sanctions be lifted.');
    expect(doc.positions.find((p) => p.issue === 'sanctions_relief')?.stance).not.toBe('reject');
  });

  it('"non-negotiable" insists on what it judges: a claim is pro, holding sovereignty is the status quo', () => {
    expect(
      stances(
        code('Petr Vallo said recognition of Ormund’s sovereignty over the islands was non-negotiable.'),
      ),
    ).toContain('ORM territory demand');
    expect(stances(code('Ilse Marrow said sovereignty over the islands was not negotiable.'))).toContain(
      'VSK territory reject',
    );
  });
});

describe('reported by a source that speaks for nobody', () => {
  it('a party’s demand told by an unnamed source is the party’s, with no party as source', () => {
    const doc = code(
      'Ormund demanded that Veska withdraw from the islands, a source familiar with the talks said.',
    );
    const p = doc.positions.find((x) => x.issue === 'territory');
    expect(p).toMatchObject({ actor: 'ORM', stance: 'demand' });
  });
});

describe('re-running the pipeline', () => {
  it('codes the same document the same way twice (no stale per-document index)', async () => {
    const { defaultPipeline } = await import('../../src/core/stages.js');
    const { createDocument } = await import('../../src/core/pipeline.js');
    const { worldCodebook } = await import('./world.js');
    const pipeline = defaultPipeline(worldCodebook);
    const doc = createDocument('Veska has ruled out any territorial concessions.', { date: '2026-06-16' });
    pipeline.run(doc);
    const first = stances(doc);
    pipeline.run(doc);
    expect(stances(doc)).toEqual(first);
    expect(first).toContain('VSK territory reject');
  });
});

describe('cues over cues', () => {
  it('withdrawing an offer to discuss is a rejection', () => {
    expect(stances(code('Veska withdrew its offer to discuss easing sanctions on Ormund.'))).toContain(
      'VSK sanctions_relief reject',
    );
  });

  it('being ready to discuss stays openness', () => {
    expect(stances(code('Veska is ready to discuss security guarantees.'))).toContain(
      'VSK security_guarantees open',
    );
  });

  it('"has never given up its claim" is for the territorial change', () => {
    const doc = code('Ormund has never given up its claim to the islands.');
    expect(doc.positions.find((p) => p.issue === 'territory')).toMatchObject({
      actor: 'ORM',
      stance: 'demand',
    });
  });
});

describe('offers in the modal', () => {
  it('"would immediately lift its pause on military aid" offers aid', () => {
    expect(
      stances(code('Tarsia said it would immediately lift its pause on military aid to Veska.')),
    ).toContain('TRS military_aid propose');
  });

  it('"ready to help guarantee Veska’s security" offers guarantees', () => {
    expect(stances(code('Tarsia said it was ready to help guarantee Veska’s security.'))).toContain(
      'TRS security_guarantees propose',
    );
  });
});

describe('stopping, controlling, judging', () => {
  it('demanding that others stop supplying weapons is against military aid', () => {
    expect(stances(code('Davor Kest demanded that Tarsia stop supplying weapons to Veska.'))).toContain(
      'ORM military_aid reject',
    );
  });

  it('agreeing with the idea of halting hostilities accepts a ceasefire', () => {
    expect(stances(code('Davor Kest said Ormund agreed with the idea of halting hostilities.'))).toContain(
      'ORM ceasefire accept',
    );
  });

  it('a judgement on another party’s path is the speaker’s, not the possessor’s', () => {
    const doc = code('Mira Solenne said Veska’s path to membership was irreversible.');
    expect(stances(doc)).toContain('TRS alliance_membership accept');
    expect(doc.positions.some((p) => p.actor === 'VSK')).toBe(false);
  });
});

describe('land and a say', () => {
  it('"would not give up any land" rejects a territorial change', () => {
    expect(stances(code('Ilse Marrow said Veska would not give up any land.'))).toContain(
      'VSK territory reject',
    );
  });

  it('"must have a say" demands inclusion', () => {
    expect(stances(code('Mira Solenne insisted that the islanders must have a say.'))).toEqual(
      expect.arrayContaining(['TRS talks_inclusion demand']),
    );
  });
});

describe('asking others to act', () => {
  it('"a plan that would require Veska to cede territory and accept limits on its army" is the planner’s demand', () => {
    const doc = code(
      'Officials discussed a Tarsian plan that would require Veska to cede territory and accept limits on its army.',
    );
    expect(stances(doc)).toEqual(
      expect.arrayContaining(['TRS territory demand', 'TRS demilitarisation demand']),
    );
    expect(doc.positions.some((p) => p.actor === 'VSK')).toBe(false);
  });

  it('insisting that another party drop its bid to join the alliance rejects its membership', () => {
    const doc = code(
      'Veska has rejected any cap on its army, while Ormund insists that Veska drop its bid to join NATO.',
    );
    expect(stances(doc)).toEqual(
      expect.arrayContaining(['VSK demilitarisation reject', 'ORM alliance_membership reject']),
    );
  });
});

describe('stance nouns and phrases of purpose', () => {
  it('"underlined the importance of a peaceful settlement" proposes it', () => {
    expect(
      stances(code('Veska underlined the importance of a peaceful settlement of the conflict.')),
    ).toContain('VSK ceasefire propose');
  });

  it('"there is no alternative to a political settlement" demands it', () => {
    expect(
      stances(code('Ilse Marrow said there was no alternative to a political settlement of the conflict.')),
    ).toContain('VSK ceasefire demand');
  });

  it('"with a view to ending the war" and "achieving the goal of freeing the hostages" propose it', () => {
    expect(stances(code('Ormund opened talks with a view to ending the war.'))).toContain(
      'ORM ceasefire propose',
    );
    expect(
      stances(code('Petr Vallo said the pressure would help in achieving the goal of freeing all hostages.')),
    ).toContain('ORM prisoners propose');
  });

  it('"were working on a prisoner exchange" proposes it, for each party named', () => {
    expect(stances(code('Mira Solenne said Veska and Ormund were working on a prisoner exchange.'))).toEqual(
      expect.arrayContaining(['VSK prisoners propose', 'ORM prisoners propose']),
    );
  });

  it('"warned of new sanctions" and "will reinstate sanctions" are against their relief', () => {
    expect(stances(code('Tarsia warned of new sanctions on Ormund if it failed to deliver.'))).toContain(
      'TRS sanctions_relief reject',
    );
    expect(stances(code('Mira Solenne said Tarsia will reinstate economic sanctions on Ormund.'))).toContain(
      'TRS sanctions_relief reject',
    );
  });
});

describe('what a party says will happen', () => {
  it('"a prisoner exchange would follow" in a party’s words is its offer', () => {
    expect(
      stances(code('Ilse Marrow said a prisoner exchange would follow within a week of the signing.')),
    ).toContain('VSK prisoners propose');
  });

  it('"would not" after the issue is no offer', () => {
    expect(stances(code('Ilse Marrow said a prisoner exchange would not follow the signing.'))).not.toContain(
      'VSK prisoners propose',
    );
  });
});

describe('fighting that goes on', () => {
  it('"will continue attacking until …" and "the war would resume" are against a ceasefire', () => {
    expect(
      stances(code('Petr Vallo said Ormund will continue attacking the ports until the blockade ends.')),
    ).toContain('ORM ceasefire reject');
    expect(
      stances(code('Ilse Marrow said the war against Ormund would resume after the truce expires.')),
    ).toContain('VSK ceasefire reject');
  });
});

describe('conditions and retreats in the lexicon', () => {
  it('"contingent upon the withdrawal of heavy weapons" demands it', () => {
    expect(
      stances(
        code('Ilse Marrow stressed that the pause was contingent upon the withdrawal of heavy weapons.'),
      ),
    ).toContain('VSK demilitarisation demand');
  });

  it('"backed away from a ceasefire" rejects it, "backed a ceasefire" accepts it', () => {
    expect(stances(code('Ormund backed away from a ceasefire at sea on Monday.'))).toContain(
      'ORM ceasefire reject',
    );
    expect(stances(code('Ormund backed a ceasefire at sea on Monday.'))).toContain('ORM ceasefire accept');
  });
});

describe('raising an issue', () => {
  it('"a ceasefire was also raised" in a party’s words, and "raised the prospect of a corridor", propose it', () => {
    expect(stances(code('Ilse Marrow said a ceasefire at sea was also raised at the meeting.'))).toContain(
      'VSK ceasefire propose',
    );
    expect(
      stances(code('Ilse Marrow said she raised the prospect of a humanitarian corridor for civilians.')),
    ).toContain('VSK humanitarian propose');
  });
});

describe('determination', () => {
  it('"reiterated his determination to end the war" demands it', () => {
    expect(stances(code('Anton Brisk reiterated his determination to end the war.'))).toContain(
      'VSK ceasefire demand',
    );
  });
});

describe('the reach of a cue', () => {
  it('runs into a relative clause that states its object’s content ("an approach in which …")', () => {
    const doc = code(
      'Veska prefers a phased approach in which Ormund takes simultaneous steps to release the detained fishermen.',
    );
    expect(stances(doc)).toContain('VSK prisoners propose');
  });

  it('runs to the first of coordinated objects', () => {
    const doc = code(
      'Veska prefers a phased approach in which Ormund takes steps to release the detained fishermen and to reopen the humanitarian corridor.',
    );
    expect(stances(doc)).toContain('VSK humanitarian propose');
  });

  it('stops at a cue far from the issue without such a clause', () => {
    const doc = code(
      'Veska prefers to wait for the end of the long autumn season and the elections before anyone talks about releasing the detained fishermen.',
    );
    expect(stances(doc)).not.toContain('VSK prisoners propose');
  });
});

describe('an offer in a modal and a verb of giving', () => {
  it('"will send a civilian mission" is the subject’s proposal', () => {
    expect(stances(code('Tarsia will send a civilian monitoring mission to the islands.'))).toContain(
      'TRS foreign_troops propose',
    );
  });

  it('"will not send" is its rejection', () => {
    expect(stances(code('Tarsia will not send a civilian monitoring mission to the islands.'))).toContain(
      'TRS foreign_troops reject',
    );
  });
});

describe('the means of a governed issue', () => {
  it('"must de-escalate by moving its troops away from the border" demands both', () => {
    const doc = code('Ilse Marrow said Ormund must de-escalate by moving its troops away from the border.');
    expect(stances(doc)).toContain('VSK demilitarisation demand');
  });
});

describe('a cue inside a closed condition', () => {
  it('"If the rebels refuse, the peacekeepers will …" is no refusal of the peacekeepers', () => {
    const doc = code(
      'If Ormund refuses, the peacekeepers deployed around the islands will use force, the agreement said.',
    );
    expect(stances(doc)).not.toContain('ORM foreign_troops reject');
  });
});
