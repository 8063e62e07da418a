/**
 * Speakers, parties and sides in wire reports: a third party's minister who tells what "the two
 * sides" agreed is not one of them. Sentences are written for the tests (story dated Tuesday
 * 2026-06-16).
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const background =
  'Veska and Ormund have held no direct talks since the war began. Veskan President Anton Brisk says Ormund must withdraw its troops first, and Ormund has refused.';

describe('the two sides told by a third party', () => {
  it('"Tarsian minister X said on Monday the two sides had agreed" is the pair agreeing, not Tarsia', () => {
    const doc = code(
      `${background}\n\nTarsian Foreign Minister Mara Lind said on Monday the two sides had agreed to start talks on a ceasefire next week.`,
    );
    const deal = doc.events.find((e) => e.type === 'AGREE');
    expect(deal?.actors.sort()).toEqual(['ORM', 'VSK']);
    const talks = doc.events.find((e) => e.type === 'CONSULT');
    expect(talks?.actors.sort()).toEqual(['ORM', 'VSK']);
  });

  it('the speaker in the sentence is not one of "the two sides" when one side was named just before', () => {
    const doc = code(
      `${background}\n\nOrmundi troops shelled the port of Brill overnight. Tarsian Foreign Minister Mara Lind said the two sides had agreed to a prisoner swap.`,
    );
    const deal = doc.events.find((e) => e.type === 'AGREE');
    expect(deal?.actors.sort()).toEqual(['ORM', 'VSK']);
    expect(doc.positions.filter((p) => p.actor === 'TRS')).toEqual([]);
  });

  it('"Veska and Ormund said the two sides …": the speakers are the sides', () => {
    const doc = code(
      'Tarsia hosted the meeting in Lumen. Veska and Ormund said on Monday the two sides had agreed to a prisoner swap.',
    );
    const deal = doc.events.find((e) => e.type === 'AGREE');
    expect(deal?.actors.sort()).toEqual(['ORM', 'VSK']);
  });
});

describe('an accusation and a statement of its own in one sentence', () => {
  it('"X accused Ormund of stalling the talks and said Veska wanted a ceasefire" is Veska\'s stance', () => {
    const doc = code(
      'Veskan negotiator Tomas Reel accused Ormund of stalling the talks and said Veska wanted a ceasefire.',
    );
    expect(doc.positions.map((p) => `${p.actor} ${p.issue} ${p.stance}`)).toEqual(['VSK ceasefire propose']);
  });

  it('"X accused Ormund of rejecting a ceasefire" is still Ormund\'s stance', () => {
    const doc = code('Veskan negotiator Tomas Reel accused Ormund of rejecting a ceasefire.');
    expect(doc.positions.map((p) => `${p.actor} ${p.issue} ${p.stance}`)).toEqual(['ORM ceasefire reject']);
  });
});

describe("an undated accusation further down a speaker's words", () => {
  const lead = 'Veska and Ormund agreed on Saturday to resume talks in Lumen, officials said.';
  it("\"X said on Sunday … . '…,' he said. He accused Kessel of …\" is dated Sunday, not the lead's Saturday", () => {
    const doc = code(
      `${lead}\n\nVeskan negotiator Tomas Reel said on Sunday that Port Alder was ready to sign a deal.\n\n"We will not wait forever," he said. He accused Kessel of stalling the talks.`,
    );
    expect(doc.events.find((e) => e.type === 'ACCUSE')?.date).toBe('2026-06-14');
  });

  it('"X said on Sunday … . \'…,\' Reel said. Reel accused Kessel of …" is dated Sunday too', () => {
    const doc = code(
      `${lead}\n\nVeskan negotiator Tomas Reel said on Sunday that Port Alder was ready to sign a deal.\n\n"We will not wait forever," Reel said. Reel accused Kessel of stalling the talks.`,
    );
    expect(doc.events.find((e) => e.type === 'ACCUSE')?.date).toBe('2026-06-14');
  });

  it('another speaker in between breaks the chain: the day is not carried over', () => {
    const doc = code(
      `${lead}\n\nVeskan negotiator Tomas Reel said on Sunday that Port Alder was ready to sign a deal.\n\n"We want peace," Ormundi President Davor Kest said. He accused Port Alder of stalling the talks.`,
    );
    expect(doc.events.find((e) => e.type === 'ACCUSE')?.date).not.toBe('2026-06-14');
  });
});

describe('a partial quote after a fronted circumstance', () => {
  it('"After a day of shuttle diplomacy, the talks ended with \'useful ideas,\' X said" attributes the clause of the quoted words', () => {
    const doc = code(
      'After a day of shuttle diplomacy in which mediators carried messages between the rooms, the talks ended with "useful ideas," Tarsia\'s foreign minister said.',
    );
    const s = doc.statements[0];
    expect(doc.text.slice(s.content.start, s.content.end)).toBe('the talks ended with "useful ideas,"');
  });

  it('"Veska and Ormund wrapped up the talks with \'some progress,\' X said" keeps its whole clause', () => {
    const doc = code(
      'Veska and Ormund wrapped up the talks with "some progress," Tarsia\'s foreign minister said.',
    );
    const s = doc.statements[0];
    expect(doc.text.slice(s.content.start, s.content.end)).toBe(
      'Veska and Ormund wrapped up the talks with "some progress,"',
    );
  });
});
