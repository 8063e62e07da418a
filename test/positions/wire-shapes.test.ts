/**
 * Shapes that wire reports of talks use, each once read wrong: a joint statement of one side of a
 * war and its ally, a demand that names the party it is made of, a party urged to accept, a
 * barrier lifted together with another, an agreement hoped for, a state's companies sanctioned.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

const partyOf = (actor: string | string[] | null) => [actor ?? []].flat().sort();

describe('wire shapes', () => {
  it('a joint statement after talks of Veska with its ally speaks for the two at the table, not for the war’s sides', () => {
    const doc = code(
      [
        'Ormund has shelled Veskan ports for a month, and Ormund says the war will go on.',
        'Veskan and Tarsian officials met in Lumen on Tuesday.',
        'Veska agreed to the Tarsian plan for a 30-day truce, the joint statement said.',
      ].join('\n\n'),
    );
    const joint = doc.statements.find((s) => doc.text.slice(s.start, s.end).includes('joint statement'));
    expect(partyOf(joint?.actor ?? null)).toEqual(['TRS', 'VSK']);
    const truce = stances(doc).filter((s) => s.includes('ceasefire'));
    expect(truce).toContain('VSK ceasefire accept');
    // Tarsia proposed the plan; it did not accept Veska's part of it, and Ormund accepted nothing.
    expect(truce).not.toContain('ORM ceasefire accept');
    expect(truce).not.toContain('TRS ceasefire accept');
  });

  it('"insisted that X must recognise …": the speaker demands; X is only the party asked', () => {
    const doc = code(
      'The Ormundi Foreign Ministry insisted that Veska must recognise Ormundi sovereignty over the islands.',
    );
    expect(stances(doc)).toContain('ORM territory demand');
    expect(stances(doc).filter((s) => s.startsWith('VSK'))).toEqual([]);
  });

  it('"urged X to accept a truce": the speaker demands the truce', () => {
    const doc = code('Tarsian leaders urged Ormund to accept an unconditional ceasefire.');
    expect(stances(doc)).toContain('TRS ceasefire demand');
    expect(stances(doc)).not.toContain('TRS ceasefire accept');
  });

  it('"called the plan positive" is no pressing: the speaker accepts', () => {
    const doc = code(
      'Veska offered a truce proposal on Monday. Ormundi President Davor Kest called the proposal positive.',
    );
    expect(stances(doc)).toContain('ORM ceasefire accept');
  });

  it('a barrier coordinated after the lifting of another is lifted with it', () => {
    const doc = code('Ormund welcomed the pause in tariffs and export controls agreed with Veska.');
    const relief = stances(doc).filter((s) => s.includes('sanctions_relief'));
    expect(relief).toContain('ORM sanctions_relief accept');
    expect(relief).not.toContain('ORM sanctions_relief reject');
  });

  it('"any deal would require …" describes no deal told after it', () => {
    const doc = code(
      [
        'Russia said it was ready to talk to Ukraine about the war.',
        'The Kremlin said any deal would require the lifting of sanctions on Russian banks.',
        'Both sides agreed to meet again in Lumen, the Kremlin said.',
      ].join('\n\n'),
    );
    expect(stances(doc)).toContain('RUS sanctions_relief demand');
    // the meeting agreed after it holds no lifting of sanctions
    const fromDeal = doc.positions.filter((p) => p.provenance.rule === 'position.deal.content');
    expect(fromDeal.map((p) => p.issue)).not.toContain('sanctions_relief');
  });

  it('aid frozen, paused or cut off by its giver is against the aid', () => {
    expect(stances(code('Tarsia froze weapons shipments to Veska last week.'))).toContain(
      'TRS military_aid reject',
    );
    expect(stances(code('Tarsia paused intelligence sharing with Veska on Wednesday.'))).toContain(
      'TRS military_aid reject',
    );
  });

  it('aid into an area halted by the one who lets it in is against humanitarian access', () => {
    expect(stances(code('Ormund halted the entry of aid into the islands on Sunday.'))).toContain(
      'ORM humanitarian reject',
    );
  });

  it('a party that says it will stop attacking ships takes its part of a truce', () => {
    expect(
      stances(code('The Skerry Islanders’ Assembly said it would stop attacking Veskan ships.')),
    ).toContain('SKA ceasefire propose');
  });

  it('a party that will not recognise a deal made without it, or says nothing about it without it, demands a place in the talks', () => {
    expect(
      stances(code('Veska said it would not recognise any agreement reached without its participation.')),
    ).toContain('VSK talks_inclusion demand');
    expect(
      stances(code('Kessel insisted that nothing about Ormund could be decided without Ormund.')),
    ).toContain('ORM talks_inclusion demand');
  });

  it('strikes on energy facilities halted are the partial truce, not the nuclear file', () => {
    for (const text of [
      'Davor Kest agreed to halt strikes on energy facilities for 30 days.',
      'Veska and Ormund agreed to stop attacks on energy infrastructure.',
    ]) {
      const found = stances(code(text));
      expect(found, text).toContain('ORM ceasefire accept');
      expect(
        found.filter((s) => s.includes('nuclear') || s.includes('ceasefire reject')),
        text,
      ).toEqual([]);
    }
  });

  it('wanting the war to go on is against the truce, not for it', () => {
    const doc = code('Davor Kest said Veska wanted to continue the war.');
    expect(stances(doc)).toContain('VSK ceasefire reject');
    expect(stances(doc)).not.toContain('VSK ceasefire propose');
  });

  it('a leader open to a meeting with another leader is open on the summit', () => {
    expect(stances(code('Davor Kest said he was open to a meeting with Anton Brisk.'))).toContain(
      'ORM summit open',
    );
  });

  it('a leader who will not attend the summit rejects it', () => {
    expect(stances(code('The Grey House said Davor Kest would not attend the summit in Lumen.'))).toContain(
      'ORM summit reject',
    );
  });

  it('issue words of wire reports: recognition of a region, safe navigation, reconnection to SWIFT, diplomats back', () => {
    expect(stances(code('Veska rejected any recognition of Crimea as Ormundi.'))).toContain(
      'VSK territory reject',
    );
    expect(stances(code('Ormund proposed safe navigation in the Black Sea.'))).toContain(
      'ORM ceasefire propose',
    );
    expect(stances(code('Ormund demanded reconnecting its banks to SWIFT.'))).toContain(
      'ORM sanctions_relief demand',
    );
    expect(stances(code('Veska agreed to the return of diplomats to Kessel.'))).toContain(
      'VSK diplomatic_relations accept',
    );
  });
});

describe('wire shapes: a state and the armed group it faces', () => {
  const story = [
    'Ormund’s army and the rebel Highland Liberation Front signed a week-long truce late Saturday, Tarsia and Veska said in a joint statement.',
    'Tarsia and Veska have hosted the talks since May, and Tarsian envoy Mira Solenne said Tarsia would monitor the truce with Veska.',
    'The army accused the Highland Liberation Front of attacking its positions hours after the signing.',
  ].join('\n\n');

  it('a state’s army coordinated with the group is the state, for the deal and for its stance', () => {
    const doc = code(story, '2026-06-14');
    const deal = doc.events.find((e) => e.type === 'AGREE');
    expect([...(deal?.actors ?? [])].sort()).toEqual(['HLF', 'ORM']);
    const truce = stances(doc).filter((s) => s.includes('ceasefire accept'));
    expect(truce).toContain('ORM ceasefire accept');
    expect(truce).toContain('HLF ceasefire accept');
    // the mediators who announced it did not sign it
    expect(truce).not.toContain('TRS ceasefire accept');
  });

  it('"the army" alone is the state the group faces, however often the mediators are named', () => {
    const doc = code(story, '2026-06-14');
    const army = doc.statements.find((s) => doc.text.slice(s.start, s.end).startsWith('The army'));
    expect(army?.actor).toBe('ORM');
    const accusation = doc.events.find((e) => e.type === 'ACCUSE');
    expect(accusation?.actors).toEqual(['ORM', 'HLF']);
  });
});

describe('wire shapes: the mediators', () => {
  it('"the mediators said" speaks for every party the story says mediates', () => {
    const doc = code(
      [
        'Veska and Ormund agreed on Wednesday to a ceasefire after talks mediated by Tarsia, the Northern Maritime Council and the United States.',
        'The mediators said the truce would take effect on Sunday.',
      ].join('\n\n'),
    );
    const said = doc.statements.find((s) => doc.text.slice(s.start, s.end).startsWith('The mediators'));
    expect([said?.actor ?? []].flat().sort()).toEqual(['NMC', 'TRS', 'USA']);
  });
});

describe('wire shapes: what follows a deal', () => {
  it('a sentence of the reporter that tells no term ends the deal’s terms told after it', () => {
    const doc = code(
      [
        'Veska and Ormund signed a truce on Monday.',
        'Both sides traded accusations over the weekend.',
        'Tarsia will host a conference on the reconstruction of the port next week.',
      ].join('\n\n'),
    );
    expect(stances(doc).filter((s) => s.includes('reconstruction') && !s.startsWith('TRS'))).toEqual([]);
  });
});

describe('wire shapes: an issue named as a place', () => {
  it('"repairs at the … nuclear plant" is no stance on the nuclear file', () => {
    const doc = code('Ormund agreed to allow repairs to power lines at the Kessel nuclear power plant.');
    expect(stances(doc).filter((s) => s.includes('nuclear'))).toEqual([]);
  });
});

describe('wire shapes: the mediators named', () => {
  it('"mediators" that end a sentence name no party of the next one as a mediator', () => {
    const doc = code(
      [
        'The Skerry Islanders’ Assembly said it had answered the truce proposal and informed the mediators.',
        'Veska says it will study the answer.',
      ].join('\n\n'),
    );
    expect(stances(doc).filter((s) => s.startsWith('VSK ceasefire propose'))).toEqual([]);
  });
});

describe('wire shapes: answers to a proposal', () => {
  it('"would study the proposal" treats it as open', () => {
    expect(stances(code('Ormund said it would study the ceasefire proposal.'))).toContain(
      'ORM ceasefire open',
    );
  });

  it('"supported the idea" answers the proposal told before it', () => {
    const doc = code(
      [
        'Tarsia proposed a 30-day ceasefire between Veska and Ormund on Tuesday.',
        'Veska accepted the offer, and Tarsia said it would now take it to Kessel.',
        'Davor Kest said he supported the idea in principle but that many questions remained.',
      ].join('\n\n'),
    );
    expect(stances(doc)).toContain('ORM ceasefire accept');
  });
});

describe('wire shapes: a plan noun with its own content', () => {
  it('"resistant to the idea of ceding territory" answers no proposal told before', () => {
    const doc = code(
      [
        'A Tarsian proposal for an immediate 30-day ceasefire was presented to Veska.',
        'The Grey House has been resistant to the idea of ceding any territory.',
      ].join('\n\n'),
    );
    expect(stances(doc)).toContain('ORM territory reject');
    expect(stances(doc)).not.toContain('ORM ceasefire reject');
  });
});

describe('wire shapes: the nuclear file', () => {
  it('enrichment claimed as a right or kept going is against limiting the programme; its end is for it', () => {
    expect(stances(code('Ormund insists on its right to enrichment, its foreign minister said.'))).toContain(
      'ORM nuclear reject',
    );
    expect(stances(code('Ormund said it would continue enrichment.'))).toContain('ORM nuclear reject');
    expect(stances(code('Veska said any deal must include an end to enrichment.'))).toContain(
      'VSK nuclear demand',
    );
  });

  it('the E3 is Britain, France and Germany, and triggering the snapback is against lifting sanctions', () => {
    const doc = code('The E3 triggered the snapback of U.N. sanctions on Ormund on Thursday.');
    expect(stances(doc)).toEqual(
      expect.arrayContaining([
        'GBR sanctions_relief reject',
        'FRA sanctions_relief reject',
        'DEU sanctions_relief reject',
      ]),
    );
  });

  it('a bomb obtained is the programme unlimited: preventing it, or not allowing it, is for the limit', () => {
    expect(
      stances(code('Veska warned that it would not allow Ormund to obtain a nuclear weapon.')),
    ).toContain('VSK nuclear demand');
    expect(stances(code('Veska vowed to prevent Ormund from obtaining nuclear weapons.'))).toContain(
      'VSK nuclear propose',
    );
  });

  it('a party before a verb is its subject, not the owner of the demands it rejects', () => {
    const doc = code(
      'Ormundi officials have repeatedly rejected demands to hand over their stockpile of enriched uranium.',
    );
    expect(stances(doc)).toContain('ORM nuclear reject');
    expect(stances(doc)).not.toContain('ORM nuclear demand');
  });

  it('"…, a move X condemned" after an act of two issues is not a stance on the last issue alone', () => {
    const doc = code('Veska imposed new sanctions on Ormundi oil exports, a move Kessel condemned.');
    expect(stances(doc)).not.toContain('ORM economic_cooperation reject');
  });
});

describe('wire shapes: demands told with what they ask', () => {
  it('"demands that X withdraw": X is the one asked, not the owner of the demands', () => {
    const doc = code(
      'A Tarsian source said Veska had presented demands that Ormund withdraw from territory it controls.',
    );
    expect(stances(doc)).not.toContain('ORM territory demand');
  });

  it('a judgement of the demands ("‘unacceptable’ demands") is the speaker’s, not the stance of the one who made them', () => {
    const doc = code(
      'An Ormundi source said Veska had presented “unacceptable” demands that Ormund withdraw from territory it controls.',
    );
    expect(stances(doc)).toContain('ORM territory reject');
    expect(stances(doc)).not.toContain('VSK territory reject');
  });
});

describe('wire shapes: events', () => {
  it('"their first talks in three years" dates the talks to the story, not three years ahead', () => {
    const doc = code(
      'Veskan and Ormundi delegations held their first direct talks in three years in Lumen on Friday.',
      '2026-06-20',
    );
    const talks = doc.events.find((e) => e.type === 'CONSULT');
    expect(talks?.date).toBe('2026-06-19');
  });

  it('a deal hoped for "until a deal is reached" is no agreement', () => {
    const doc = code('Tarsia said the sanctions on Ormund would remain until a deal was reached.');
    expect(doc.events.filter((e) => e.type === 'AGREE')).toEqual([]);
  });

  it('a treaty initialled by two parties is their agreement', () => {
    const doc = code('Veska and Ormund initialled a peace treaty in Lumen on Friday.', '2026-06-16');
    const agree = doc.events.find((e) => e.type === 'AGREE');
    expect([...(agree?.actors ?? [])].sort()).toEqual(['ORM', 'VSK']);
  });

  it('sanctions on a state’s companies target the state', () => {
    const doc = code('Tarsia imposed sanctions on Veskoil and Alder Shipping on Thursday.', '2026-06-19');
    const sanction = doc.events.find((e) => e.type === 'SANCTION');
    expect([...(sanction?.actors ?? [])].sort()).toEqual(['TRS', 'VSK']);
  });
});

describe('a clause with a party of its own after a deal', () => {
  it('"exchanged prisoners as Kest seeks to lift sanctions": the sanctions are Kest’s aim, not the deal’s', () => {
    const read = stances(
      code(
        'Veska and Ormund exchanged dozens of prisoners, signaling a bid to ease the conflict as President Davor Kest seeks to lift Tarsian sanctions on Ormund.',
      ),
    );
    expect(read).toContain('VSK prisoners accept');
    expect(read).toContain('ORM sanctions_relief propose');
    expect(read).not.toContain('VSK sanctions_relief accept');
  });

  it('"as well as" goes on with the deal', () => {
    const read = stances(
      code('Veska and Ormund agreed to a truce as well as Tarsian monitoring of the prisoner swap.'),
    );
    expect(read).toContain('VSK prisoners accept');
  });
});

describe('talks whose topic is mutual', () => {
  it('"they discussed mutual recognition of …" after the leaders’ meeting: each leader’s party is open on it', () => {
    const read = stances(
      code(
        [
          'Veskan President Anton Brisk said on Monday that he and Ormundi President Davor Kest made no progress at their meeting on Saturday.',
          'Brisk said they discussed mutual recognition of each other’s territorial integrity and transport links.',
        ].join('\n\n'),
      ),
    );
    expect(read).toEqual(
      expect.arrayContaining([
        'VSK territory open',
        'ORM territory open',
        'VSK economic_cooperation open',
        'ORM economic_cooperation open',
      ]),
    );
  });
});
