import { describe, expect, it } from 'vitest';
import { ploverRecords } from '../../src/core/code/plover.js';
import type { NegotiationEvent } from '../../src/core/model.js';
import { code, pipelineContext } from '../positions/world.js';

const ofType = (events: NegotiationEvent[], type: string) => events.filter((e) => e.type === type);
const sorted = (xs: string[] | undefined) => [...(xs ?? [])].sort();

/** Each text tells one accusation, of `target` by `source`. */
const expectAccusation = (texts: string[], source: string[], target: string[]) => {
  for (const text of texts)
    expect(ofType(code(text).events, 'ACCUSE')[0], text).toMatchObject({ source, target });
};

describe('the day of an agreement', () => {
  it('"agreed to a truce and to a meeting of their commanders on Tuesday": Tuesday is the meeting’s', () => {
    const doc = code(
      'Veska and Ormund agreed to the truce on Monday during talks in Lumen. ' +
        'Tarsian President Mara Lind said the two leaders had agreed to an immediate truce and to a meeting of their army commanders on Tuesday morning.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'AGREE').map((e) => e.date)).not.toContain('2026-06-16');
    expect(ofType(doc.events, 'CONSULT').map((e) => e.status)).toContain('planned');
    const at = code('Veska and Ormund agreed to a truce at talks in Lumen on Monday.', '2026-06-17');
    expect(ofType(at.events, 'AGREE')[0]).toMatchObject({ date: '2026-06-15' });
  });

  it('"on Wednesday, hours after a truce brokered by Tarsia took effect": the day is not the truce’s', () => {
    const doc = code(
      'Veska and Ormund traded accusations on Wednesday, hours after a truce brokered by Tarsia took effect. ' +
        'The two sides agreed to the truce on Monday during talks in Lumen.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'AGREE').map((e) => e.date)).toEqual(['2026-06-15']);
  });
});

describe('CONSULT', () => {
  it('dates the next round told alone by its own day ("the next round would take place on June 27")', () => {
    const doc = code(
      [
        'Veskan and Ormundi negotiators held talks in Lumen on Saturday and agreed to meet again next week.',
        'Ilse Marrow said the next round would take place on June 27.',
      ].join('\n\n'),
    );
    const planned = ofType(doc.events, 'CONSULT').filter((e) => e.status === 'planned');
    expect(planned.map((e) => e.date)).toContain('2026-06-27');
  });

  it('a meeting between two parties, with its place (and the place’s country), date and duration', () => {
    const doc = code(
      'Veska and Ormund held a 3-1/2-hour meeting in Lumen on Tuesday, their first since the clash at sea.',
      '2026-06-17',
    );
    const [e] = ofType(doc.events, 'CONSULT');
    expect(sorted(e.actors)).toEqual(['ORM', 'VSK']);
    expect(e).toMatchObject({ status: 'held', date: '2026-06-16', duration: 'PT3H30M' });
    expect(e.location).toMatchObject({ name: 'Lumen', country: 'TRS' });
  });

  it('"…, X flew to Lumen, where he met Y": he is the sentence’s subject, not the person of a phrase before it', () => {
    const doc = code(
      'Following his talks with Ormundi President Davor Kest, Anton Brisk flew to Lumen, where he met envoy Mira Solenne.',
      '2026-06-16',
    );
    const actors = ofType(doc.events, 'CONSULT').map((e) => sorted(e.actors));
    expect(actors).toContainEqual(['TRS', 'VSK']);
    expect(actors).not.toContainEqual(['ORM', 'TRS']);
  });

  it('"the venue where the talks opened hosts X": X joins the talks; the clause of place has its own subject', () => {
    const doc = code(
      'Talks between Veska and Tarsia opened in Lumen on Monday. Apart from the leaders of Veska, the venue where the talks have opened hosts Ormundi President Davor Kest.',
      '2026-06-16',
    );
    const meetings = ofType(doc.events, 'CONSULT');
    expect(meetings).toHaveLength(1);
    expect(sorted(meetings[0].actors)).toEqual(['ORM', 'TRS', 'VSK']);
  });

  it('a dateline "Lumen [Tarsia], June 15 :" names where the story was filed, not a party to the meeting', () => {
    const doc = code(
      'Lumen [Tarsia], June 15 : Veskan President Anton Brisk met Ormundi President Davor Kest on Monday.',
      '2026-06-16',
    );
    expect(ofType(doc.events, 'CONSULT').map((e) => sorted(e.actors))).toEqual([['ORM', 'VSK']]);
  });

  it('the summit on whose sidelines a meeting is held is its setting, not one of its parties', () => {
    const doc = code(
      'Veskan President Anton Brisk met Ormundi President Davor Kest in Lumen on Monday on the sidelines of the Northern Maritime Council summit.',
      '2026-06-16',
    );
    expect(ofType(doc.events, 'CONSULT').map((e) => sorted(e.actors))).toEqual([['ORM', 'VSK']]);
  });

  it('"the Tarsian capital" is the capital of the state whose demonym is Tarsian', () => {
    const doc = code('Anton Brisk met Davor Kest in the Tarsian capital on Monday.', '2026-06-16');
    expect(ofType(doc.events, 'CONSULT')[0]?.location?.name).toBe('Lumen');
  });

  it('"a session of the Council" is a meeting of the body’s members', () => {
    const doc = code(
      'Veska and Ormund agreed on a truce on Monday. The breakthrough came at an extraordinary session of the Northern Maritime Council in Lumen.',
      '2026-06-17',
    );
    const [e] = ofType(doc.events, 'CONSULT');
    expect(e?.actors).toContain('NMC');
    expect(e).toMatchObject({ status: 'held', date: '2026-06-15' });
  });

  it('"X and Y were also involved in the talks", "took part in the talks": they join the talks told', () => {
    const involved = code(
      'Veska and Ormund held talks in Lumen on Monday. Tarsia and the Northern Maritime Council were also involved in the talks to end the dispute.',
      '2026-06-17',
    );
    const meetings = ofType(involved.events, 'CONSULT');
    expect(meetings).toHaveLength(1);
    expect(sorted(meetings[0].actors)).toEqual(['NMC', 'ORM', 'TRS', 'VSK']);
    const took = code(
      'Veska and Ormund held talks in Lumen on Monday. Tarsia took part in the talks.',
      '2026-06-17',
    );
    expect(sorted(ofType(took.events, 'CONSULT')[0]?.actors)).toEqual(['ORM', 'TRS', 'VSK']);
  });

  it('"the first round of the negotiations was held on June 1", "at a Council summit": meetings of their own', () => {
    const round = code(
      'Veska and Ormund held a meeting in Lumen. The first round of the negotiations was held on June 1.',
      '2026-06-13',
    );
    const dates = ofType(round.events, 'CONSULT').map((e) => e.date);
    expect(dates).toHaveLength(2);
    expect(dates).toContain('2026-06-01');
    const summit = code(
      'Veska and Ormund held a meeting on Friday. Anton Brisk also presented his plan at a Northern Maritime Council summit in Kessel.',
      '2026-06-13',
    );
    expect(ofType(summit.events, 'CONSULT').map((e) => sorted(e.actors))).toEqual([['ORM', 'VSK'], ['NMC']]);
    // "met on the sidelines of a Council summit": the summit is where they met.
    const sidelines = code(
      'Veska and Ormund held a meeting on Friday. They met on the sidelines of a Northern Maritime Council summit in Kessel.',
      '2026-06-13',
    );
    expect(ofType(sidelines.events, 'CONSULT')).toHaveLength(1);
  });

  it('keeps who was left out ("a meeting that excluded …")', () => {
    const doc = code(
      "Veska said on Tuesday it would hold more talks with Ormund after an initial meeting that excluded the Skerry Islanders' Assembly.",
    );
    const [e] = ofType(doc.events, 'CONSULT');
    expect(e.excluded).toEqual(['SKA']);
    expect(e.actors).not.toContain('SKA');
  });

  it('"planned to host a summit on Sunday with …" is a planned meeting; "ready to start talks" a stance', () => {
    const doc = code(
      'Anton Brisk said on Saturday he planned to host a summit on the islands on Sunday with the leaders of Ormund and Tarsia.',
      '2026-06-13',
    );
    const [e] = ofType(doc.events, 'CONSULT');
    expect(sorted(e?.actors)).toEqual(['ORM', 'TRS', 'VSK']);
    expect(e).toMatchObject({ status: 'planned', date: '2026-06-14' });
    const ready = code('Veska is ready to start negotiations with Ormund next week.', '2026-06-13');
    expect(ofType(ready.events, 'CONSULT')).toEqual([]);
  });

  it('a plan is not dated by the day it was told ("will resume talks, Kest said Sunday")', () => {
    const doc = code(
      'Veska will resume talks with Ormund in Lumen, Davor Kest said Sunday after meeting Anton Brisk.',
      '2026-06-14',
    );
    const plan = ofType(doc.events, 'CONSULT').find((e) => e.status === 'planned');
    expect(plan).toBeDefined();
    expect(plan?.date).toBeUndefined();
  });

  it('"will meet X at the White House": a planned meeting placed at a seat of government', () => {
    const doc = code(
      'Anton Brisk and Davor Kest are expected to meet Trump at the White House.',
      '2026-06-16',
    );
    const [e] = ofType(doc.events, 'CONSULT');
    expect(sorted(e.actors)).toEqual(['ORM', 'USA', 'VSK']);
    expect(e).toMatchObject({ status: 'planned' });
    expect(e.location).toMatchObject({ name: 'White House', country: 'USA' });
  });

  it('"agreed to meet within 15 days": a planned meeting dated by the month the bound falls in', () => {
    const doc = code('Veska and Ormund agreed to meet within 15 days to discuss the border.', '2026-06-10');
    expect(ofType(doc.events, 'CONSULT')[0]).toMatchObject({ status: 'planned', date: '2026-06' });
  });

  it('an agreement is not dated by what it plans ("to hold more talks in four months")', () => {
    const doc = code(
      'Veska and Ormund signed a memorandum on Monday, agreeing to hold more talks in four months.',
      '2026-06-16',
    );
    expect(ofType(doc.events, 'AGREE')[0]).toMatchObject({ date: '2026-06-15' });
  });

  it('a later mention of a planned visit dates it more closely ("this month" … "on June 30")', () => {
    const doc = code(
      'Davor Kest said he expected Anton Brisk to visit Ormund this month. The trip will take place on June 30.',
      '2026-06-16',
    );
    const visits = ofType(doc.events, 'CONSULT');
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({ status: 'planned', date: '2026-06-30' });
  });

  it('"the conference was attended by X, envoys from Y and observers from Z": all take part', () => {
    const doc = code(
      'The conference in Lumen was attended by Veskan delegates, envoys from Ormund and observers from the Northern Maritime Council.',
      '2026-06-17',
    );
    expect(sorted(ofType(doc.events, 'CONSULT')[0]?.actors)).toEqual(['NMC', 'ORM', 'VSK']);
  });

  it('"a summit of the Lumen Group": the members of the body that meets take part', () => {
    const doc = code('A summit of the Lumen Group took place in Kessel on Monday.', '2026-06-17');
    expect(sorted(ofType(doc.events, 'CONSULT')[0]?.actors)).toEqual(['ORM', 'TRS', 'VSK']);
  });

  it('"since the March summit": a date that qualifies the meeting word is its own', () => {
    const doc = code(
      'Veska and Ormund have made progress since the March summit of the Lumen Group, Anton Brisk said.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'CONSULT')[0]).toMatchObject({ date: '2026-03' });
  });

  it('later mentions of the same meeting add to it rather than count twice', () => {
    const doc = code(
      'Veska and Ormund met in Lumen on Tuesday. The talks lasted four hours. Tuesday’s meeting ended without a deal.',
    );
    const consults = ofType(doc.events, 'CONSULT');
    expect(consults).toHaveLength(1);
    expect(consults[0].duration).toBe('PT4H');
  });

  it('a meeting told with a date long before the story does not date the undated talks of its days', () => {
    const doc = code(
      'Anton Brisk held talks with Davor Kest. They agreed to resume the contacts that Ormund cut after Mira Solenne visited Veska in August 2024.',
      '2026-06-17',
    );
    const talks = ofType(doc.events, 'CONSULT').find((e) => e.actors.includes('ORM'));
    expect(talks?.date?.startsWith('2024')).toBe(false);
    expect(talks?.actors).not.toContain('TRS');
  });

  it('a conference "of June 12-13" is dated at its first day; a day "on the sidelines" of it dates another meeting', () => {
    const doc = code(
      'Veska and Ormund ended their dispute at the June 12-13 conference in Lumen. Photographs showed Anton Brisk with Davor Kest on the sidelines of the Lumen conference, on June 13.',
      '2026-06-17',
    );
    const dates = ofType(doc.events, 'CONSULT')
      .map((e) => e.date)
      .sort();
    expect(dates).toEqual(['2026-06-12', '2026-06-13']);
  });

  it('a date in a clause that "since" opens ("since Kest took office in March") is not the meeting’s', () => {
    const doc = code(
      'Veska and Ormund agreed on a plan to reopen the port after a two-day meeting in Lumen, the first such meeting since Davor Kest took office in March.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'AGREE')[0]?.date).not.toBe('2026-03');
    expect(ofType(doc.events, 'CONSULT').map((e) => e.date)).not.toContain('2026-03');
    // "since last March" is the date's own word.
    const visit = code('It will be Anton Brisk’s first visit to Ormund since last March.', '2026-06-17');
    expect(ofType(visit.events, 'CONSULT')[0]?.date).toBe('2026-03');
  });

  it('a date in a relative clause before the event ("Tarsia, which chairs the Council this year, said") is not its own', () => {
    const doc = code(
      'Veska and Ormund met in Lumen on Saturday. Tarsia, which holds the chair of the Council this year, said an agreement was reached on five points.',
      '2026-06-15',
    );
    expect(ofType(doc.events, 'AGREE')[0]?.date).not.toBe('2026');
  });

  it('a postponed visit keeps its planned date, not the date it is put off to', () => {
    const doc = code(
      'Davor Kest said he had postponed a visit to Tarsia planned for Wednesday until next month.',
      '2026-06-16',
    );
    const [e] = ofType(doc.events, 'CONSULT');
    expect(sorted(e.actors)).toEqual(['ORM', 'TRS']);
    expect(e).toMatchObject({ status: 'postponed', date: '2026-06-17' });
  });

  it('a date that opens the sentence ("Late last year, …") dates talks told without their parties', () => {
    const doc = code(
      'Veska and Ormund met in Lumen on Monday. Late last year, officials representing Veska and a small team of mediators held back-channel talks in Kessel that were organized by an international organization.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'CONSULT').map((e) => e.date)).toEqual(['2026-06-15', '2025']);
    // "Late last month, Kest said a new method to the talks …": the day of the saying.
    const said = code(
      'Veska and Ormund met in Lumen on Monday. Late last month, Davor Kest said a new method to the talks would be very good.',
      '2026-06-17',
    );
    expect(ofType(said.events, 'CONSULT').map((e) => e.date)).not.toContain('2026-05');
  });

  it('a plan and its calling off, told apart, are one meeting with the plan’s day', () => {
    const doc = code(
      'Anton Brisk and Davor Kest were supposed to meet in Lumen on Sunday. Tarsian media reported that the summit was postponed.',
      '2026-06-14',
    );
    const summits = ofType(doc.events, 'CONSULT');
    expect(summits).toHaveLength(1);
    expect(summits[0]).toMatchObject({ status: 'postponed', date: '2026-06-14' });
    const called = code(
      'Anton Brisk said he had cancelled a secret meeting with Davor Kest in Lumen. The Ormundi leaders were going to meet with him in Lumen on Tuesday.',
      '2026-06-14',
    );
    expect(ofType(called.events, 'CONSULT')).toMatchObject([{ status: 'cancelled', date: '2026-06-16' }]);
  });

  it('a cancelled meeting', () => {
    const doc = code('Ormund called off talks with Veska planned for Thursday.', '2026-06-16');
    expect(ofType(doc.events, 'CONSULT')[0]).toMatchObject({ status: 'cancelled', date: '2026-06-18' });
  });

  it('"would visit … in the fall" is a plan of the season ahead; "would visit" alone is none', () => {
    const plan = ofType(
      code('Anton Brisk would visit Ormund in the fall, officials said.', '2026-06-16').events,
      'CONSULT',
    );
    expect(plan[0]).toMatchObject({ status: 'planned', date: '2026' });
    expect(
      ofType(code('If asked, Anton Brisk would visit Ormund in the fall.', '2026-06-16').events, 'CONSULT'),
    ).toHaveLength(0);
    expect(
      ofType(code('Anton Brisk would visit Ormund, officials said.', '2026-06-16').events, 'CONSULT'),
    ).toHaveLength(0);
  });

  it('"will meet in the coming weeks": a plan with its time, though undated', () => {
    const doc = code(
      'Delegations from Veska and Ormund will meet in the coming weeks to sign a fisheries accord.',
      '2026-06-16',
    );
    expect(ofType(doc.events, 'CONSULT')[0]).toMatchObject({ status: 'planned' });
  });

  it('"agreed in a telephone call": the call where they agreed was held', () => {
    const doc = code(
      'Anton Brisk and Davor Kest agreed in a telephone call to put aside years of hostility.',
      '2026-06-16',
    );
    expect(sorted(ofType(doc.events, 'CONSULT')[0]?.actors)).toEqual(['ORM', 'VSK']);
    expect(ofType(doc.events, 'CONSULT')[0]).toMatchObject({ status: 'held' });
  });

  it('"the talks are set to take place soon": a plan of the story’s parties, with its time', () => {
    const doc = code(
      'Veska accused Ormund of seizing its trawlers. Veska said the talks are set to take place soon between military officials.',
      '2026-06-16',
    );
    const plan = ofType(doc.events, 'CONSULT').find((e) => e.status === 'planned');
    expect(sorted(plan?.actors)).toEqual(['ORM', 'VSK']);
  });

  it('"a series of meetings with X" is a process, not one meeting', () => {
    const doc = code('The Veskan envoy began a series of meetings with Ormund last week.', '2026-06-16');
    expect(ofType(doc.events, 'CONSULT')).toHaveLength(0);
  });

  it('"X travelled to Y": a visit to one of the story’s sides; "will reconvene in Z next week": a plan', () => {
    const visit = code(
      'Veska accused Ormund of seizing its trawlers. Anton Brisk travelled to Ormund on Monday.',
      '2026-06-16',
    );
    expect(sorted(ofType(visit.events, 'CONSULT')[0]?.actors)).toEqual(['ORM', 'VSK']);
    const plan = code(
      'Veska and Ormund held talks in Lumen on Monday. Negotiators from Veska and Ormund will reconvene in Lumen next week.',
      '2026-06-16',
    );
    expect(ofType(plan.events, 'CONSULT').find((e) => e.status === 'planned')).toBeDefined();
  });

  it('"The presidents of X and Y met": both are the subject', () => {
    const doc = code('The presidents of Veska and Ormund met on Monday in Lumen.', '2026-06-16');
    expect(ofType(doc.events, 'CONSULT')[0]?.provenance.rule).toBe('event.consult.verb');
    expect(sorted(ofType(doc.events, 'CONSULT')[0]?.actors)).toEqual(['ORM', 'VSK']);
  });

  it('a meeting dated after the article is planned', () => {
    const doc = code('Ilse Marrow and Petr Vallo will meet in Lumen on October 20.', '2026-09-08');
    expect(ofType(doc.events, 'CONSULT')[0]).toMatchObject({ status: 'planned', date: '2026-10-20' });
  });

  it('calls and visits told in other words: "in a phone call, X and Y discussed", "made a call to", "is scheduled to visit"', () => {
    const held = [
      'In a phone call on Tuesday, Anton Brisk and Davor Kest discussed the ceasefire.',
      'Anton Brisk made a call to Davor Kest on Tuesday.',
      'Anton Brisk made a phone call to Davor Kest on Tuesday.',
      'Anton Brisk held a phone call with Davor Kest on Tuesday.',
      'Anton Brisk, in his second call with Ormundi President Davor Kest on Tuesday, urged him to lift the blockade.',
    ];
    for (const text of held) {
      const [e] = ofType(code(text, '2026-06-17').events, 'CONSULT');
      expect(sorted(e?.actors), text).toEqual(['ORM', 'VSK']);
      expect(e, text).toMatchObject({ status: 'held', date: '2026-06-16' });
    }
    const planned = ofType(
      code('Anton Brisk is scheduled to visit Ormund on Friday.', '2026-06-17').events,
      'CONSULT',
    );
    expect(sorted(planned[0]?.actors)).toEqual(['ORM', 'VSK']);
    expect(planned[0]).toMatchObject({ status: 'planned', date: '2026-06-19' });
    // "made a call to Ormund to withdraw": an appeal, no call.
    const appeal = code(
      'Veska and Ormund held talks on Monday. Tarsia made a call to Ormund to withdraw its ships.',
    );
    expect(ofType(appeal.events, 'CONSULT').map((e) => sorted(e.actors))).toEqual([['ORM', 'VSK']]);
  });

  it('"X told Y that …": a conversation between their parties, kept apart from the meeting the story tells', () => {
    const doc = code(
      'Veska and Ormund held talks in Lumen on Tuesday. Speaking at the start of the meeting, Mira Solenne urged calm. Earlier in May, Anton Brisk told Davor Kest that the blockade must end.',
      '2026-06-17',
    );
    const meetings = ofType(doc.events, 'CONSULT');
    expect(meetings.map((e) => [sorted(e.actors), e.date])).toEqual([
      [['ORM', 'VSK'], '2026-06-16'],
      [['ORM', 'VSK'], '2026-05'],
    ]);
    // An audience, or one's own side, is no counterpart.
    for (const text of [
      'Anton Brisk told reporters that the blockade must end.',
      'Anton Brisk told Ilse Marrow that the blockade must end.',
    ])
      expect(ofType(code(text, '2026-06-17').events, 'CONSULT'), text).toEqual([]);
  });

  it('talks sought between named sides on a day still to come are planned; sought with no day, a stance', () => {
    for (const text of [
      'Mira Solenne spoke of efforts to organise talks between Veska and Ormund in Lumen on June 22.',
      'The accord calls for talks to include Veska and Ormund beginning June 22.',
    ]) {
      const [e] = ofType(code(text, '2026-06-17').events, 'CONSULT');
      expect(sorted(e?.actors), text).toEqual(['ORM', 'VSK']);
      expect(e, text).toMatchObject({ status: 'planned', date: '2026-06-22' });
    }
    expect(
      ofType(code('Tarsia proposed talks between Veska and Ormund.', '2026-06-17').events, 'CONSULT'),
    ).toEqual([]);
  });

  it('"X sent another response to Y": a contact with those it was sent to', () => {
    const doc = code(
      'The Skerry Islanders’ Assembly said on Tuesday that it had sent another response to Tarsia and Veska.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'CONSULT').map((e) => [sorted(e.actors), e.date])).toEqual([
      [['SKA', 'TRS', 'VSK'], '2026-06-16'],
    ]);
  });

  it('"will be travelling to X and Y": a trip planned to each host among the story’s sides', () => {
    const doc = code(
      'Veska and Ormund held talks in Lumen on Tuesday. Envoy Mira Solenne will also be travelling to Veska and Ormund on June 22.',
      '2026-06-17',
    );
    const trip = ofType(doc.events, 'CONSULT').find((e) => e.status === 'planned');
    expect(sorted(trip?.actors)).toEqual(['ORM', 'TRS', 'VSK']);
    expect(trip?.date).toBe('2026-06-22');
  });

  it('a phone call between leaders, dated "six days ago"', () => {
    const doc = code('The diplomacy began with a Brisk-Kest phone call only six days ago.', '2026-07-13');
    const [e] = ofType(doc.events, 'CONSULT');
    expect(sorted(e.actors)).toEqual(['ORM', 'VSK']);
    expect(e.date).toBe('2026-07-07');
  });

  it('a meeting nobody has scheduled is not an event', () => {
    const doc = code(
      'Both sides said no date had been set for a meeting between Anton Brisk and Davor Kest.',
    );
    expect(ofType(doc.events, 'CONSULT')).toEqual([]);
  });

  it('an event told without a date is of the lead’s day, not of the day the lead says it was reported', () => {
    const doc = code(
      'Veska said on Sunday that a truce was near. Envoys of Veska and Ormund met in Lumen. An Ormund delegation was in Lumen on Friday to discuss a truce.',
      '2026-06-21',
    );
    expect(ofType(doc.events, 'CONSULT')[0]).toMatchObject({ date: '2026-06-19' });
    // With no other day in the lead, the day it was reported is the day it happened by.
    const told = code(
      'Veska said on Sunday that a truce was near. Envoys of Veska and Ormund met in Lumen.',
      '2026-06-21',
    );
    expect(ofType(told.events, 'CONSULT')[0]).toMatchObject({ date: '2026-06-21' });
  });

  it('a date that qualifies another event’s noun ("a July 17 power-sharing deal") does not date a meeting', () => {
    const doc = code(
      'Veska and Ormund signed a declaration on Sunday. The declaration, signed at a ceremony in Lumen, builds on a landmark July 17 power-sharing deal. Envoys signed the declaration at the ceremony attended by Tarsian and Northern Maritime Council mediators.',
      '2026-08-04',
    );
    expect(ofType(doc.events, 'CONSULT')[0]).toMatchObject({ date: '2026-08-02' });
  });

  it('"whether he had spoken to X" asks about a meeting; it tells none', () => {
    const doc = code(
      'Anton Brisk refused to answer whether he had spoken to Davor Kest since his election win in May.',
      '2026-07-08',
    );
    expect(ofType(doc.events, 'CONSULT')).toEqual([]);
  });

  it('a day ahead in the lead does not hide the day after it in the same sentence', () => {
    const doc = code(
      'Envoys of Veska and Ormund met in Lumen. “We hope to see results over the next several days from all sides of this,” Kest told the press on Thursday.',
      '2026-06-19',
    );
    expect(ofType(doc.events, 'CONSULT')[0]).toMatchObject({ date: '2026-06-18' });
  });

  it('an event told without a date below a lead that gives no day is of the story’s month', () => {
    const lead = [
      'The war between Veska and Ormund is in its third year.',
      'Shelling went on along the border.',
      'Aid groups warned of hunger in the north.',
      'Prices of bread have doubled.',
      'Schools in the border towns are closed.',
      'Thousands have fled to Tarsia.',
      'The rains have made the roads hard to travel.',
      'Few expect the fighting to end soon.',
    ];
    const doc = code([...lead, 'Envoys of Veska and Ormund met in Lumen.'].join(' '), '2026-06-21');
    expect(ofType(doc.events, 'CONSULT')[0]).toMatchObject({ date: '2026-06' });
  });

  it('an agreement told "Hours later" is of the day told in the sentence before', () => {
    const doc = code(
      'Ormund backed away from the accord at the last minute on February 3. Hours later, mediators announced that Ormund had agreed to sign the accord.',
      '2026-02-20',
    );
    expect(ofType(doc.events, 'AGREE')[0]).toMatchObject({ actors: ['ORM'], date: '2026-02-03' });
  });
});

describe('AGREE, SANCTION, ACCUSE', () => {
  it('AGREE: the parties that agree, dated by the text ("in 2004")', () => {
    const doc = code(
      'Ormund agreed to give up its naval base in 2004 in exchange for assurances from Veska and Tarsia.',
    );
    const [e] = ofType(doc.events, 'AGREE');
    expect(sorted(e.actors)).toEqual(['ORM', 'TRS', 'VSK']);
    expect(e.date).toBe('2004');
  });

  it('AGREE: a prisoner swap, told by the swap or by what was traded, is an agreement of both sides', () => {
    for (const text of [
      'Veska and Ormund began a prisoner swap on the bridge at Lumen.',
      'Veska and Ormund traded a total of 40 prisoners on the bridge at Lumen.',
    ]) {
      const [e] = ofType(code(text).events, 'AGREE');
      expect(sorted(e?.actors), text).toEqual(['ORM', 'VSK']);
    }
  });

  it('AGREE: the speaker of "it agreed", with the party it agreed with', () => {
    const doc = code(
      'Veska said on Tuesday it agreed to hold more talks with Ormund on ending the conflict.',
      '2026-06-16',
    );
    const [e] = ofType(doc.events, 'AGREE');
    expect(sorted(e.actors)).toEqual(['ORM', 'VSK']);
    expect(e.date).toBe('2026-06-16');
  });

  it('SANCTION: imposers and target', () => {
    const doc = code(
      'The Northern Maritime Council imposed new sanctions on Ormund on Monday.',
      '2026-05-26',
    );
    const [e] = ofType(doc.events, 'SANCTION');
    expect(e.source).toEqual(['NMC']);
    expect(e.target).toEqual(['ORM']);
    expect(e.date).toBe('2026-05-25');
  });

  it('a call for sanctions is not a SANCTION', () => {
    const doc = code('Veska called for the Council to impose sanctions on Ormund.');
    expect(ofType(doc.events, 'SANCTION')).toEqual([]);
  });

  it('ACCUSE: accuser and accused', () => {
    const doc = code('Davor Kest accused Veska of piracy.');
    const [e] = ofType(doc.events, 'ACCUSE');
    expect(e.source).toEqual(['ORM']);
    expect(e.target).toEqual(['VSK']);
  });

  it('the agent inside the object is accused: "condemned the shelling … by X", "lamented the lack of … from X"', () => {
    expectAccusation(['Tarsia condemned the shelling of the port by Ormund.'], ['TRS'], ['ORM']);
    // ("has since": an adverb, not a clause of its own that hides the subject)
    expectAccusation(
      [
        'Davor Kest has since repeatedly lamented the lack of a “positive reaction” from Veska to his proposal.',
      ],
      ['ORM'],
      ['VSK'],
    );
  });

  it('a passive names its agent after "by": "Ormund was condemned by Veska", "was sanctioned by"', () => {
    const condemned = code('Ormund was sharply condemned by Veska on Monday.', '2026-06-17');
    expect(ofType(condemned.events, 'ACCUSE')[0]).toMatchObject({ source: ['VSK'], target: ['ORM'] });
    const sanctioned = code(
      'Tarsia was sanctioned by the Northern Maritime Council on Monday.',
      '2026-06-17',
    );
    expect(ofType(sanctioned.events, 'SANCTION')[0]).toMatchObject({ source: ['NMC'], target: ['TRS'] });
    // "an envoy accused of treason": a passive without its agent is no accusation.
    expect(ofType(code('Ormund was accused of piracy.').events, 'ACCUSE')).toEqual([]);
  });

  it('"X and the armed group Y (Z) were designated as terrorist groups": a designation, dated by its opening date', () => {
    const doc = code(
      'On May 5, 2025, Veska and the armed group Northern Maritime Council (NMC), described as pirates by Ormund, were both designated as terrorist groups by Tarsia.',
    );
    const [e] = ofType(doc.events, 'SANCTION');
    expect(e).toMatchObject({ source: ['TRS'], date: '2025-05-05' });
    expect(sorted(e.target)).toEqual(['NMC', 'VSK']);
  });

  it('"X, whose forces … by Y, signed": the parties of a relative clause are not the subject', () => {
    const doc = code(
      'Davor Kest, whose forces have struggled to halt an assault on the port by Tarsia, signed the truce agreement on Monday.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'AGREE')[0]?.actors).toEqual(['ORM']);
  });
});

describe('event types: more constructions, and what is none', () => {
  it('ACCUSE: "warned X about", "drew immediate criticism from X"', () => {
    expectAccusation(['Tarsia warned Ormund about interfering in the port.'], ['TRS'], ['ORM']);
    const drew = code(
      'Veska and Ormund held talks in Lumen on Monday. Veska’s remarks drew immediate criticism from Ormund.',
      '2026-06-17',
    );
    expect(sorted(ofType(drew.events, 'ACCUSE')[0]?.actors)).toEqual(['ORM', 'VSK']);
  });

  it('AGREE: none in "don’t always agree with X", "reached no agreements", "the previously agreed date"', () => {
    const none = [
      'Davor Kest said the talks are about issues where we don’t always agree with Veska.',
      'As expected, Veska and Ormund reached no breakthrough agreements.',
      'Veska rejected the previously agreed date for the vote.',
      'Diplomats hope the meeting of Veska and Ormund will agree on key principles.',
    ];
    for (const text of none) expect(ofType(code(text).events, 'AGREE'), text).toEqual([]);
  });

  it('a deal sought ("with the purpose of reaching a deal") is no AGREE but the seeker’s proposal', () => {
    const doc = code(
      'Davor Kest will lead a delegation to Lumen with the purpose of reaching a deal to end the war.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'AGREE')).toEqual([]);
    expect(doc.positions.find((p) => p.actor === 'ORM')?.stance).toBe('propose');
  });

  it('SANCTION: a member suspended; none where sanctions are lifted or threatened', () => {
    const suspended = code(
      'The Northern Maritime Council suspended Ormund from the Council on Monday.',
      '2026-06-17',
    );
    expect(ofType(suspended.events, 'SANCTION')[0]).toMatchObject({ source: ['NMC'], target: ['ORM'] });
    const none = [
      'Davor Kest repeated his demand to lift all sanctions against Ormund.',
      'The deal paves the way for the sanctions on Ormund and on Tarsia to be lifted.',
      "Veska and Ormund held talks in Lumen. Ormund said the truce would take effect only after sanctions on Ormund's state bank were lifted.",
      'Veska warned of additional sanctions on Ormund if it failed to free the fishermen.',
      'Veska had lifted its threat of higher tariffs on Ormundi goods after the truce took hold.',
    ];
    for (const text of none) expect(ofType(code(text).events, 'SANCTION'), text).toEqual([]);
  });

  it('SANCTION: aid cut off "to" a party, ties severed "with" one, sanctions on its firms: that party is the target', () => {
    const texts = [
      'Veska froze weapons shipments to Ormund on Monday.',
      'Veska suspended military aid to Ormund on Monday.',
      'Veska cut off fuel supplies to Ormund on Monday.',
      'Veska severed ties with Ormund on Monday.',
      // firms of a party: the party is the target
      'Veska imposed sanctions on two Ormundi oil companies on Monday.',
    ];
    for (const text of texts)
      expect(ofType(code(text, '2026-06-17').events, 'SANCTION')[0], text).toMatchObject({
        source: ['VSK'],
        target: ['ORM'],
        date: '2026-06-15',
      });
  });

  it('SANCTION: "In March, the alliance split after X suspended Y": the date that opens the sentence', () => {
    const doc = code(
      'In March, the northern alliance split over differences after the Northern Maritime Council suspended the membership of Ormund from the alliance.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'SANCTION')[0]).toMatchObject({
      source: ['NMC'],
      target: ['ORM'],
      date: '2026-03',
    });
  });

  it('SANCTION: "contacts that X severed after … in May 2025": the relative clause’s subject cut them off', () => {
    const doc = code(
      'Veska and Ormund held talks in Lumen on Monday, the first since the military contacts that Ormund severed after a clash at sea in May 2025.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'SANCTION')[0]).toMatchObject({ source: ['ORM'], date: '2025-05' });
    expect(ofType(doc.events, 'SANCTION')[0]?.actors).toContain('VSK');
  });

  it('SANCTION: "Veska’s restrictions on …" with the imposer named; AGREE: "pledged not to"', () => {
    const owned = code('Tensions rose over Veska’s restrictions on the supply of fuel to Ormund.');
    expect(ofType(owned.events, 'SANCTION')[0]).toMatchObject({ source: ['VSK'], target: ['ORM'] });
    // Without its imposer a restriction is no sanction: "restrictions on its navy" in a list of demands.
    const demand = code('Davor Kest’s conditions included restrictions on the navy of Veska.');
    expect(ofType(demand.events, 'SANCTION')).toEqual([]);
    const pledged = code('Ormund had pledged not to seek membership of the Council during the talks.');
    expect(ofType(pledged.events, 'AGREE')[0]?.actors).toEqual(['ORM']);
  });

  it('a signing "in the presence of X", "with X in attendance", "X attended the signing": a meeting', () => {
    const presence = code(
      'Veska and Ormund signed the accord on Monday in the presence of Tarsia’s president.',
      '2026-06-17',
    );
    expect(sorted(ofType(presence.events, 'CONSULT')[0]?.actors)).toEqual(['ORM', 'TRS', 'VSK']);
    const attendance = code(
      'Veska and Ormund signed the accord on Monday, with Tarsia in attendance, joined by officials from the Northern Maritime Council.',
      '2026-06-17',
    );
    expect(sorted(ofType(attendance.events, 'CONSULT')[0]?.actors)).toEqual(['NMC', 'ORM', 'TRS', 'VSK']);
    const attended = code(
      'Veska and Ormund signed a truce agreement on Monday. Tarsia attended the signing of the truce.',
      '2026-06-17',
    );
    expect(sorted(ofType(attended.events, 'CONSULT')[0]?.actors)).toEqual(['ORM', 'TRS', 'VSK']);
    // Agreed, not signed: no ceremony.
    const agreed = code('Ormund agreed to free the fishermen in the presence of Tarsian observers.');
    expect(ofType(agreed.events, 'CONSULT')).toEqual([]);
  });

  it('"X signed the accord along with Y": the two signed at one ceremony, a meeting', () => {
    const together = code('Anton Brisk signed the accord along with Davor Kest on Monday.', '2026-06-17');
    expect(ofType(together.events, 'CONSULT').map((e) => [sorted(e.actors), e.date])).toEqual([
      [['ORM', 'VSK'], '2026-06-15'],
    ]);
    // "along with" far from the signing names who else did something else.
    const apart = code(
      'Veska, which signed the accord last spring after months of bitter wrangling, along with Ormund, now doubts it.',
      '2026-06-17',
    );
    expect(ofType(apart.events, 'CONSULT')).toEqual([]);
  });
});

describe('REQUEST, REJECT, THREATEN (clear cases only)', () => {
  it('REQUEST: "urged X to"', () => {
    const doc = code('Tarsia urged Ormund to release the fishermen.');
    expect(ofType(doc.events, 'REQUEST')[0]).toMatchObject({ source: ['TRS'], target: ['ORM'] });
  });

  it('REJECT: "rejected X’s proposal"', () => {
    const doc = code('Veska rejected Ormund’s proposal for a shared zone.');
    expect(ofType(doc.events, 'REJECT')[0]).toMatchObject({ source: ['VSK'], target: ['ORM'] });
  });

  it('THREATEN: "threatened X with"', () => {
    const doc = code('Ormund threatened Veska with a blockade of the islands.');
    expect(ofType(doc.events, 'THREATEN')[0]).toMatchObject({ source: ['ORM'], target: ['VSK'] });
  });
});

describe('PLOVER records', () => {
  it('has the PLOVER fields, with participants, status and provenance in text_info', () => {
    const doc = code(
      'Veska and Ormund held a three-hour meeting in Lumen on Tuesday to discuss a ceasefire.',
      '2026-06-17',
    );
    const [r] = ploverRecords(doc, pipelineContext);
    expect(Object.keys(r).sort()).toEqual(
      [
        'actor',
        'context',
        'date',
        'event',
        'event_loc',
        'event_text',
        'id',
        'mode',
        'recipient',
        'text_info',
      ].sort(),
    );
    expect(r).toMatchObject({
      event: 'CONSULT',
      mode: 'meet',
      date: '2026-06-16',
      event_loc: { name: 'Lumen', country: 'TRS' },
    });
    expect([r.actor, r.recipient].sort()).toEqual(['ORM', 'VSK']);
    expect(r.context).toContain('ceasefire');
    expect(r.text_info).toMatchObject({ status: 'held', duration: 'PT3H', publication_date: '2026-06-17' });
    expect(doc.text.slice(r.text_info.start, r.text_info.end)).toBe(r.event_text);
  });
});

describe('what is and is not an event', () => {
  it('an expulsion is a SANCTION on the party named', () => {
    const doc = code('Veska expelled two Ormundi diplomats on Monday.', '2026-06-16');
    expect(ofType(doc.events, 'SANCTION')[0]).toMatchObject({
      source: ['VSK'],
      target: ['ORM'],
      date: '2026-06-15',
    });
  });

  it('talks that are only proposed or not ruled out are no CONSULT', () => {
    expect(ofType(code('Ormund does not rule out a summit with Veska.').events, 'CONSULT')).toEqual([]);
    expect(ofType(code('Tarsia proposed new talks between Veska and Ormund.').events, 'CONSULT')).toEqual([]);
  });

  it('a trip’s destination is the place of the talks', () => {
    const doc = code('Anton Brisk will travel to Kessel next week for talks with Davor Kest.', '2026-06-16');
    expect(ofType(doc.events, 'CONSULT')[0]).toMatchObject({
      status: 'planned',
      location: { name: 'Kessel', country: 'ORM' },
    });
  });

  it('a weekday in a past-tense story is the last one', () => {
    const doc = code('Veska and Ormund signed a ceasefire agreement on Friday.', '2026-06-16');
    expect(ofType(doc.events, 'AGREE')[0]?.date).toBe('2026-06-12');
  });
});

describe('more event constructions', () => {
  it('a package of sanctions adopted against a party', () => {
    const doc = code(
      'The Northern Maritime Council adopted its fourth package of sanctions against Ormund on Monday.',
      '2026-06-16',
    );
    expect(ofType(doc.events, 'SANCTION')[0]).toMatchObject({ source: ['NMC'], target: ['ORM'] });
  });

  it('a duration later in the clause ("for more than four hours")', () => {
    const doc = code(
      'Mira Solenne met Davor Kest in Kessel for more than four hours on Friday.',
      '2026-06-16',
    );
    expect(ofType(doc.events, 'CONSULT')[0]).toMatchObject({
      duration: 'PT4H',
      location: { name: 'Kessel' },
    });
  });

  it('a passive exclusion is attached to the talks', () => {
    const doc = code(
      "Veska and Ormund held talks in Lumen on Tuesday. The Skerry Islanders' Assembly was again excluded from the talks.",
      '2026-06-17',
    );
    const consults = ofType(doc.events, 'CONSULT');
    expect(consults).toHaveLength(1);
    expect(consults[0].excluded).toEqual(['SKA']);
  });

  it('the date written after the meeting word is the meeting’s, not the report’s', () => {
    const doc = code(
      'Tarsia said on Tuesday that talks between Veska and Ormund would take place in Lumen on May 12.',
      '2026-05-05',
    );
    expect(ofType(doc.events, 'CONSULT')[0]).toMatchObject({ status: 'planned', date: '2026-05-12' });
  });
});

describe('mediators and clauses', () => {
  it('a mediator named with "mediated by" takes part in the talks', () => {
    const doc = code(
      'Veska and Ormund held a third round of talks in Lumen on Saturday, mediated by Tarsia.',
      '2026-06-16',
    );
    expect(sorted(ofType(doc.events, 'CONSULT')[0]?.actors)).toEqual(['ORM', 'TRS', 'VSK']);
  });

  it('an agreement’s parties stop where another clause begins', () => {
    const doc = code(
      'Veska and Ormund agreed on Wednesday to a truce after months of talks mediated by Tarsia and the Northern Maritime Council.',
      '2026-06-17',
    );
    expect(sorted(ofType(doc.events, 'AGREE')[0]?.actors)).toEqual(['ORM', 'VSK']);
    expect(ofType(doc.events, 'CONSULT')).toEqual([]);
  });
});

describe('places and parties further on', () => {
  it('"talks in the Tarsian city of Lumen between Veskan and Ormundi officials"', () => {
    const doc = code(
      'The announcement came after more than eight hours of talks in the Tarsian city of Lumen between Veskan and Ormundi officials.',
      '2026-06-16',
    );
    const [e] = ofType(doc.events, 'CONSULT');
    expect(sorted(e?.actors)).toEqual(['ORM', 'VSK']);
    expect(e).toMatchObject({ duration: 'PT8H', location: { name: 'Lumen', country: 'TRS' } });
  });
});

describe('who was not invited', () => {
  it('"X, who was not invited to the summit" is left out of the summit told elsewhere', () => {
    const doc = code(
      "Anton Brisk and Davor Kest met at a naval base in Kessel on Friday. The Skerry Islanders' Assembly, which was not invited to the summit, protested.",
      '2026-06-20',
    );
    const [e] = ofType(doc.events, 'CONSULT');
    expect(e).toMatchObject({ date: '2026-06-19', location: { name: 'Kessel' }, excluded: ['SKA'] });
  });
});

describe('who agrees', () => {
  it('"reached separate agreements with X and Y", "met separately with X and Y": one event with each', () => {
    const deals = code('Tarsia reached separate agreements with Veska and Ormund on Tuesday.', '2026-06-17');
    expect(ofType(deals.events, 'AGREE').map((e) => sorted(e.actors))).toEqual([
      ['TRS', 'VSK'],
      ['ORM', 'TRS'],
    ]);
    const meetings = code(
      'Mira Solenne met separately with Anton Brisk and Davor Kest on Tuesday.',
      '2026-06-17',
    );
    expect(ofType(meetings.events, 'CONSULT').map((e) => sorted(e.actors))).toEqual([
      ['TRS', 'VSK'],
      ['ORM', 'TRS'],
    ]);
  });

  it('"the parties, mediated by Tarsia, agreed": the mediator is no subject; the story\'s parties agree', () => {
    const doc = code(
      'Veska and Ormund held talks in Lumen on Monday. The parties, mediated by Tarsia, agreed on a truce at sea.',
      '2026-06-17',
    );
    const agreements = ofType(doc.events, 'AGREE');
    expect(agreements).toHaveLength(1);
    expect(sorted(agreements[0].actors)).toEqual(['ORM', 'VSK']);
  });

  it('"the two sides will meet again": a party named in a relative clause before is not one of them', () => {
    const doc = code(
      'Veska and Ormund held talks in Lumen on Monday. Ormund said it was open to a return to the 1990 accord, which created a zone patrolled by Tarsian monitors. The two sides will meet again next month.',
      '2026-06-17',
    );
    const planned = ofType(doc.events, 'CONSULT').filter((e) => e.status === 'planned');
    expect(planned.map((e) => sorted(e.actors))).toEqual([['ORM', 'VSK']]);
  });

  it('"Kest and the commander of the Highland Liberation Front signed": a title\'s party is coordinated with the name before', () => {
    const doc = code(
      "Ormund's President Davor Kest and the commander of the Highland Liberation Front signed an agreement on Monday.",
      '2026-06-17',
    );
    expect(sorted(ofType(doc.events, 'AGREE')[0]?.actors)).toEqual(['HLF', 'ORM']);
  });

  it('"\'We have agreed on a truce,\' he said": "we" are the speaker\'s side and the story\'s other', () => {
    const doc = code(
      'Veska and Ormund held talks in Lumen on Monday. "We have agreed on a truce at sea," Anton Brisk said.',
      '2026-06-17',
    );
    const agreements = ofType(doc.events, 'AGREE');
    expect(agreements).toHaveLength(1);
    expect(sorted(agreements[0].actors)).toEqual(['ORM', 'VSK']);
  });

  it('"I have heard that you all agreed": the audience agreed, not the speaker', () => {
    const doc = code(
      '"I have heard that you all agreed that the committee will be formed," Mira Solenne told the delegates of Veska and Ormund.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'AGREE').some((e) => e.actors.includes('TRS'))).toBe(false);
  });

  it('"the committee agreed on at the conference will comprise": a participle, not an act of agreeing', () => {
    const doc = code(
      'Mira Solenne said that the committee agreed on at the Lumen conference will comprise members from Veska and Ormund.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'AGREE')).toEqual([]);
  });

  it('two one-sided agreements in one sentence are one agreement between the two', () => {
    const doc = code(
      'Veska agreed on Monday to release the Ormundi fishermen, and Ormund agreed to free two Veskan sailors.',
      '2026-08-11',
    );
    const agrees = ofType(doc.events, 'AGREE');
    expect(agrees).toHaveLength(1);
    expect(sorted(agrees[0].actors)).toEqual(['ORM', 'VSK']);
  });

  it('a party a noun is about does not agree ("frozen Ormundi assets")', () => {
    const doc = code('The Northern Maritime Council agreed to use frozen Ormundi assets to rebuild Veska.');
    const agrees = ofType(doc.events, 'AGREE');
    expect(agrees.map((e) => e.actors)).toEqual([['NMC']]);
  });
});

describe('agreements told by the deal', () => {
  it('"X and Y reached a deal": both agree, on the day the text gives', () => {
    const doc = code(
      'Veska and Ormund reached a fisheries deal on Monday after a night of talks.',
      '2026-06-16',
    );
    const [e] = ofType(doc.events, 'AGREE');
    expect(sorted(e.actors)).toEqual(['ORM', 'VSK']);
    expect(e).toMatchObject({ date: '2026-06-15', provenance: { rule: 'event.agree.deal' } });
  });

  it('"the agreement was signed by X and Y": the passive names who signed', () => {
    const doc = code(
      'The agreement was signed by Veskan President Anton Brisk and Ormundi President Davor Kest on Tuesday.',
      '2026-06-17',
    );
    const [e] = ofType(doc.events, 'AGREE');
    expect(sorted(e.actors)).toEqual(['ORM', 'VSK']);
    expect(e.date).toBe('2026-06-16');
  });

  it('"the Agreement (SMA) signed between X and Y": the deal before its short name', () => {
    const doc = code(
      'The Sea Mining Agreement (SMA) signed between Veska and Ormund on 3 March 2025 expires next year.',
      '2026-06-17',
    );
    const [e] = ofType(doc.events, 'AGREE');
    expect(sorted(e.actors)).toEqual(['ORM', 'VSK']);
    expect(e).toMatchObject({ date: '2025-03-03', provenance: { rule: 'event.agree.passive' } });
  });

  it('"the Ceasefire Agreement of <day>": a deal named by its date is the sides’ deal of that day', () => {
    const doc = code(
      'Veska and Ormund held talks in Lumen on Monday. The envoys reviewed the Ceasefire Agreement of March 3, 2025, and the patrols at sea.',
      '2026-06-16',
    );
    const [e] = ofType(doc.events, 'AGREE');
    expect(sorted(e.actors)).toEqual(['ORM', 'VSK']);
    expect(e).toMatchObject({ date: '2025-03-03', provenance: { rule: 'event.agree.dated' } });
    // Not a day: "the agreement of the two sides" names no deal by its date.
    const none = code(
      'Veska and Ormund held talks in Lumen on Monday. Much depends on the agreement of the envoys.',
    );
    expect(ofType(none.events, 'AGREE')).toEqual([]);
  });

  it('"an agreement was reached" with no parties named: the parties the story is about', () => {
    const doc = code(
      'Veska and Ormund held talks in Lumen on Monday. Late that night, an agreement was reached on the release of fishermen.',
      '2026-06-16',
    );
    const [e] = ofType(doc.events, 'AGREE');
    expect(sorted(e.actors)).toEqual(['ORM', 'VSK']);
  });

  it('a deal brokered by a mediator is the deal of the sides; the mediator is not a side', () => {
    const doc = code(
      'Veska and Ormund met in Lumen on Monday. A ceasefire brokered by Tarsia has held since Tuesday.',
      '2026-06-18',
    );
    const [e] = ofType(doc.events, 'AGREE');
    expect(sorted(e.actors)).toEqual(['ORM', 'TRS', 'VSK']);
  });

  it('the parties in play may be a state and an armed group; their mediator is no side', () => {
    // The parties are told by the codebook's kinds (state, group), not by the shape of their codes.
    for (const text of [
      "Veska and the Skerry Islanders' Assembly held talks in Lumen on Monday under the mediation of the Northern Maritime Council. Late that night, an agreement was reached on the release of prisoners.",
      "The Northern Maritime Council hosted talks between Veska and the Skerry Islanders' Assembly in Lumen on Monday. The Council said an agreement was reached on a truce.",
      "Veska and the Skerry Islanders' Assembly met in Lumen on Monday under the mediation of Tarsia. Tarsia said the talks went well. Tarsia said an agreement was reached.",
    ]) {
      const [e] = ofType(code(text, '2026-06-16').events, 'AGREE');
      expect(sorted(e?.actors), text).toEqual(['SKA', 'VSK']);
    }
  });

  it('a deal that is only aimed at, or conditional, is no agreement', () => {
    const doc = code(
      'The aim was to reach an agreement within two months. If the answers are positive, Veska can sign the deal.',
    );
    expect(ofType(doc.events, 'AGREE')).toEqual([]);
  });

  it('the day a truce takes effect is not the day it was agreed', () => {
    const doc = code('Veska and Ormund agreed on Monday to a truce starting on Friday.', '2026-06-16');
    expect(ofType(doc.events, 'AGREE')[0].date).toBe('2026-06-15');
  });
});

describe('meetings told by arrivals and nouns', () => {
  it('an arrival in the capital of the other side is a visit to it', () => {
    const doc = code(
      'Anton Brisk arrived in Kessel on Sunday. Veska and Ormund have been at odds over the strait for years.',
      '2026-06-16',
    );
    const [e] = ofType(doc.events, 'CONSULT');
    expect(sorted(e.actors)).toEqual(['ORM', 'VSK']);
    expect(e.date).toBe('2026-06-14');
  });

  it('an arrival in a venue city does not make the host a party', () => {
    const doc = code(
      'Veska and Ormund held talks in Lumen on Monday. Veskan negotiators arrived in Lumen with new ideas.',
      '2026-06-16',
    );
    const consults = ofType(doc.events, 'CONSULT');
    expect(consults).toHaveLength(1);
    expect(sorted(consults[0].actors)).toEqual(['ORM', 'VSK']);
  });

  it('"a meeting hosted by X": its host is no side; the meeting is the story’s parties’', () => {
    const doc = code(
      'Veska and Ormund signed a truce on Wednesday. It follows a meeting hosted by Tarsia in Lumen on Tuesday.',
      '2026-06-18',
    );
    const [e] = ofType(doc.events, 'CONSULT');
    expect(sorted(e?.actors)).toEqual(['ORM', 'TRS', 'VSK']);
  });

  it('a press conference is no consultation', () => {
    const doc = code('Veska and Ormund gave a press conference in Lumen on Monday.', '2026-06-16');
    expect(ofType(doc.events, 'CONSULT')).toEqual([]);
  });
});

describe('accusations and sanctions in more of their forms', () => {
  it('an accusation is not dated by the year that names a deal ("commitments under the 2015 deal")', () => {
    const doc = code(
      'Veska accused Ormund of failing to meet its commitments under the 2015 deal.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'ACCUSE')[0]?.date).not.toBe('2015');
  });

  it('"X met Y and accused Z": the verb after "and" shares the first verb\'s subject, not its object', () => {
    for (const text of [
      'Anton Brisk met Mira Solenne and accused Ormund of shelling the port.',
      'Anton Brisk said Veska would never recognise Ormund and accused Ormund of shelling the port.',
    ])
      expect(ofType(code(text, '2026-06-17').events, 'ACCUSE')[0], text).toMatchObject({
        source: ['VSK'],
        target: ['ORM'],
      });
  });

  it('"imposed measures on X": measures imposed on a party are a sanction; measures imposed in a place are none', () => {
    const doc = code(
      'Veska imposed measures on Ormund last year, freezing some funding. Tarsia imposed security measures in Lumen on Friday.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'SANCTION').map((e) => [e.source, e.target])).toEqual([[['VSK'], ['ORM']]]);
  });

  it('"expressed concern over Y’s …": an accusation of the party named', () => {
    const doc = code('Anton Brisk expressed concern over Ormund’s naval drills near the strait.');
    const [e] = ofType(doc.events, 'ACCUSE');
    expect(e).toMatchObject({ source: ['VSK'], target: ['ORM'] });
  });

  it('"Y, which denies the allegations": Y is accused by the story’s other side', () => {
    const doc = code(
      'Veska and Ormund met in Lumen on Monday. Veska says the raiders are armed by Ormund, which denies the allegations.',
    );
    const [e] = ofType(doc.events, 'ACCUSE');
    expect(sorted(e.actors)).toEqual(['ORM', 'VSK']);
    expect(e.target).toEqual(['ORM']);
  });

  it('"Y, which X accuses of …": the relative clause’s antecedent is accused, its subject accuses', () => {
    expectAccusation(
      [
        'Veska rejected any role for Ormund, which Veska accuses of arming the raiders.',
        'The Veskan navy objected to any role for Ormund, which it accuses of arming the raiders.',
      ],
      ['VSK'],
      ['ORM'],
    );
  });

  it('"accusing him of funding Tarsia": he is accused, not a party the charge names after him', () => {
    expectAccusation(
      ['Veska expelled Ormund’s deputy envoy, Petr Halm, on Monday, accusing him of funding Tarsia.'],
      ['VSK'],
      ['ORM'],
    );
  });

  it('"drew criticism from X": X criticises the subject', () => {
    const doc = code('Ormund’s proposal drew sharp criticism from Veska.');
    expect(sorted(ofType(doc.events, 'ACCUSE')[0]?.actors)).toEqual(['ORM', 'VSK']);
  });

  it('"The remarks drew criticism from X": the remarks of the statement told before', () => {
    const doc = code(
      'Ormund will lift the blockade of the port by Friday, Ormund’s foreign ministry said in a statement on Monday. The remarks drew immediate criticism from Veska.',
      '2026-06-17',
    );
    const [e] = ofType(doc.events, 'ACCUSE');
    expect(e).toMatchObject({ source: ['VSK'], target: ['ORM'] });
    // Remarks a party owns are that party's; remarks with no statement before them name nobody.
    const none = code('The remarks drew immediate criticism from Veska.', '2026-06-17');
    expect(ofType(none.events, 'ACCUSE').flatMap((x) => x.target ?? [])).toEqual([]);
  });

  it('the critic of an adjective: "is deeply concerned by Y’s …", "has been critical of Y"', () => {
    const concerned = code('Tarsia is deeply concerned by Ormund’s decision to close the strait.');
    expect(ofType(concerned.events, 'ACCUSE')[0]).toMatchObject({ source: ['TRS'], target: ['ORM'] });
    const critical = code('Veska has been very critical of Ormund’s naval build-up.');
    expect(ofType(critical.events, 'ACCUSE')[0]).toMatchObject({ source: ['VSK'], target: ['ORM'] });
  });

  it('"reprimanded Y for …", "raised concerns over Y’s …", "citing anger at Y’s …"', () => {
    expectAccusation(
      [
        'Tarsia reprimanded Ormund for closing the strait.',
        'Tarsia raised concerns over Ormund’s new claim lines.',
        'Tarsia left the talks, citing anger at Ormund’s delay of a prisoner release.',
      ],
      ['TRS'],
      ['ORM'],
    );
  });

  it('the charge is not the accused: "accused Y of pro-Ormundi bias"', () => {
    const doc = code('Tarsia accused Veska of pro-Ormundi bias.');
    expect(ofType(doc.events, 'ACCUSE')[0]?.target).toEqual(['VSK']);
  });

  it('a backer named as a modifier is not the accused: "the Ormund-backed Assembly"', () => {
    const doc = code(
      "Tarsia reprimanded the Ormund-backed Skerry Islanders' Assembly for closing the strait.",
    );
    expect(ofType(doc.events, 'ACCUSE')[0]?.target).toEqual(['SKA']);
  });

  it('the accuser of a relative clause: "…, Ormund, which in the past accused Veska of …"', () => {
    expectAccusation(
      ['The new round is a turnaround for Ormund, which in the past accused Veska of stalling.'],
      ['ORM'],
      ['VSK'],
    );
  });

  it('a joint condemnation of no party is no accusation between those who make it', () => {
    const doc = code('Veska and Ormund condemned piracy and agreed to patrol the strait together.');
    expect(ofType(doc.events, 'ACCUSE')).toEqual([]);
  });

  it('an accusation each way is two accusations', () => {
    const doc = code(
      'Veska and Ormund met in Lumen on Monday. Ormund criticised Veska for hosting the talks. “We will keep condemning this aggression,” Anton Brisk said.',
    );
    const accusations = ofType(doc.events, 'ACCUSE');
    expect(accusations.map((e) => e.source)).toEqual([['ORM'], ['VSK']]);
  });

  it('an accusation takes the date its sentence gives: "…, the media reported on Monday"', () => {
    const doc = code(
      'Anton Brisk blamed Ormund for the failure of the talks, the Veskan media reported on Monday.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'ACCUSE')[0]?.date).toBe('2026-06-15');
  });

  it('the noun: "accusations by X that Y …", "X’s allegations against Y"', () => {
    expectAccusation(
      [
        'The truce comes amid accusations by Veska that Ormund arms the raiders.',
        'Tarsia rejected the deal, citing Veska’s allegations against Ormund.',
      ],
      ['VSK'],
      ['ORM'],
    );
  });

  it('a charge of bad faith in a party’s words: "Y’s lack of political will"', () => {
    expectAccusation(
      [
        '“This shows once again Ormund’s lack of political will,” Anton Brisk said.',
        'Anton Brisk stressed the lack of good faith on the side of Ormund.',
      ],
      ['VSK'],
      ['ORM'],
    );
  });

  it('a violation in a party’s words accuses the party its clause names before it', () => {
    expectAccusation(
      [
        'Anton Brisk told reporters that Ormund’s blockade of the strait represents a violation of the truce.',
      ],
      ['VSK'],
      ['ORM'],
    );
    const reported = code('Ormund’s blockade of the strait is a violation of the truce.');
    expect(ofType(reported.events, 'ACCUSE')).toEqual([]);
  });

  it('"rich countries" are the Western collective a party accuses', () => {
    expectAccusation(
      ['Veska also accuses rich countries of hoarding the grain of the strait.'],
      ['VSK'],
      ['WEST'],
    );
  });

  it('a wrongdoing in a party’s words accuses the wrongdoer it names', () => {
    expectAccusation(
      [
        'Anton Brisk said Veska will answer the interference by Ormund in its elections.',
        '“Ormund will get billions, which will let it pursue its aggression in the strait,” Anton Brisk said.',
      ],
      ['VSK'],
      ['ORM'],
    );
    for (const text of [
      // The reporter's own words; a wrongdoer not named; none told; a demand.
      'Interference by Ormund in the elections was reported in the spring.',
      'Anton Brisk said the attacks in the strait had slowed.',
      'Anton Brisk said Veska would retaliate against any attacks by Ormund.',
      'Anton Brisk said Ormund must stop all its attacks.',
    ])
      expect(ofType(code(text).events, 'ACCUSE'), text).toEqual([]);
  });

  it('"have complained of violations" is active: its subject complains', () => {
    const doc = code(
      'Veska and Ormund met in Lumen on Monday. Since then Veska has complained of repeated violations.',
    );
    expect(ofType(doc.events, 'ACCUSE')[0]).toMatchObject({ source: ['VSK'] });
  });

  it('an accusation that is a statement’s own cue is its speaker’s', () => {
    const doc = code(
      'The Highland Liberation Front said the talks were over. Its armed wing said it was committed to the truce and accused Ormund of seeking a pretext to resume the war.',
    );
    expect(ofType(doc.events, 'ACCUSE')[0]).toMatchObject({ source: ['HLF'], target: ['ORM'] });
  });

  it('the body a complaint is lodged with is not the accused', () => {
    const doc = code('Veska has lodged a complaint with the Northern Maritime Council against Ormund.');
    const accusations = ofType(doc.events, 'ACCUSE');
    expect(accusations.map((e) => sorted(e.actors))).toEqual([['ORM', 'VSK']]);
    expect(accusations.flatMap((e) => e.target ?? [])).not.toContain('NMC');
  });

  it('someone "accused of" something is not the accuser', () => {
    const doc = code('Veska released a sailor accused of spying for Ormund.');
    expect(ofType(doc.events, 'ACCUSE')).toEqual([]);
  });

  it('sanctions named by their noun: "the sanctions imposed by X on Y"', () => {
    const doc = code(
      'Ormund demands that the sanctions imposed by Veska on Ormundi fishing boats be lifted.',
    );
    const [e] = ofType(doc.events, 'SANCTION');
    expect(e).toMatchObject({ source: ['VSK'], target: ['ORM'] });
  });

  it('a terrorist designation is a sanction on the group designated', () => {
    const doc = code('Veska designated the Skerry Islanders’ Assembly as a terrorist organisation in 2024.');
    const [e] = ofType(doc.events, 'SANCTION');
    expect(e).toMatchObject({ source: ['VSK'], target: ['SKA'], date: '2024' });
  });

  it('a sanction told done by a causative ("caused X to add Y to a list") is one; a wish to is none', () => {
    const [e] = ofType(
      code('The raid on the port caused Veska to add Ormund to a list of states that sponsor piracy.').events,
      'SANCTION',
    );
    expect(e).toMatchObject({ source: ['VSK'], target: ['ORM'] });
    const wish = code('Veska wants to add Ormund to a list of states that sponsor piracy.');
    expect(ofType(wish.events, 'SANCTION')).toEqual([]);
  });

  it('sanctions only talked of ("could be lifted") are no sanction event', () => {
    const doc = code('Kest said sanctions on Ormund could be lifted if the talks succeed.');
    expect(ofType(doc.events, 'SANCTION')).toEqual([]);
  });
});

describe('dates and parties from the story’s lead', () => {
  it('a headline’s news with no date happened by the day the story was published', () => {
    const doc = code(
      'Veska and Ormund reach fisheries deal\nThe two sides hailed the text as a first step.',
      '2026-06-16',
    );
    expect(ofType(doc.events, 'AGREE')[0]?.date).toBe('2026-06-16');
  });

  it('a headline’s undated news is not an agreement the story dates a month before', () => {
    const doc = code(
      'Veska and Ormund agree on plan to revive Lumen truce\n\nIn Lumen on May 12, Veska and Ormund agreed to cut their fishing quotas for 90 days.',
      '2026-06-16',
    );
    expect(
      ofType(doc.events, 'AGREE')
        .map((e) => e.date)
        .sort(),
    ).toEqual(['2026-05-12', '2026-06-16']);
  });

  it('"the two economies" are the story’s two parties', () => {
    const doc = code(
      'Veska and Ormund resumed trade talks in Lumen on Monday.\n\nIn Kessel on May 12, the two economies agreed to cut their fishing quotas for 90 days.',
      '2026-06-16',
    );
    const agree = ofType(doc.events, 'AGREE').find((e) => e.date === '2026-05-12');
    expect(sorted(agree?.actors)).toEqual(['ORM', 'VSK']);
  });

  it('a dateline dates the story, not what the lead tells', () => {
    const doc = code(
      '16 June 2026; LUMEN: Veska and Ormund agreed on Monday to free detained fishermen.\nVeska and Ormund signed a deal.',
      '2026-06-16',
    );
    const agrees = ofType(doc.events, 'AGREE');
    expect(agrees.map((e) => e.date)).toEqual(['2026-06-15']);
  });

  it('a title-case headline that lists two parties with a comma names both ("Veska, Ormund Sign Fisheries Pact")', () => {
    const doc = code(
      'Veska, Ormund Sign Fisheries Pact\n\nThe text was concluded in Lumen on Monday.',
      '2026-06-16',
    );
    expect(sorted(ofType(doc.events, 'AGREE')[0]?.actors)).toEqual(['ORM', 'VSK']);
  });

  it('"accepted an invitation to attend Tarsia-sponsored talks": the talks are planned', () => {
    const doc = code(
      'Veska said it had accepted an invitation to attend Tarsia-sponsored talks in Lumen.',
      '2026-06-16',
    );
    expect(ofType(doc.events, 'CONSULT')[0]).toMatchObject({ status: 'planned' });
  });

  it('"Talks to Start in Lumen": a headline’s infinitive is a plan', () => {
    const doc = code('Veska-Ormund Talks to Start in Lumen', '2026-06-16');
    expect(ofType(doc.events, 'CONSULT')[0]).toMatchObject({ status: 'planned' });
  });

  it('a compound of two parties before what the talks are about ("Veska-Ormund peace talks")', () => {
    const doc = code('A new round of Veska-Ormund fisheries talks opened in Lumen on Monday.', '2026-06-16');
    expect(sorted(ofType(doc.events, 'CONSULT')[0]?.actors)).toEqual(['ORM', 'VSK']);
  });
});

describe('plans, side meetings and who else signs', () => {
  it('"agreed to meet again soon" is an agreement and a planned meeting', () => {
    const doc = code('Anton Brisk and Davor Kest agreed on Monday to meet again soon.', '2026-06-16');
    expect(ofType(doc.events, 'AGREE')).toHaveLength(1);
    expect(ofType(doc.events, 'CONSULT')[0]).toMatchObject({ status: 'planned' });
  });

  it('"agreed to hold more talks", with no time given, plans no meeting', () => {
    const doc = code('Veska agreed on Monday to hold more talks with Ormund.', '2026-06-16');
    expect(ofType(doc.events, 'CONSULT')).toEqual([]);
  });

  it('a meeting on the sidelines of a summit is a meeting of its own', () => {
    const doc = code(
      'Veska, Ormund and Tarsia held a summit in Lumen on Monday. Anton Brisk and Davor Kest met on the sidelines of the summit on Monday.',
      '2026-06-16',
    );
    expect(ofType(doc.events, 'CONSULT').map((e) => sorted(e.actors))).toEqual([
      ['ORM', 'TRS', 'VSK'],
      ['ORM', 'VSK'],
    ]);
  });

  it('"X, together with Y, signed": Y signs too', () => {
    const doc = code('Veska, together with Tarsia, signed a memorandum on Monday.', '2026-06-16');
    expect(sorted(ofType(doc.events, 'AGREE')[0]?.actors)).toEqual(['TRS', 'VSK']);
  });

  it('"the need for eventual talks", "meet demands", "without signing": no event', () => {
    const doc = code(
      'Tarsia stressed the need for eventual talks with Ormund. Veska must meet Ormund’s demands. Kest left Lumen without signing the deal.',
    );
    expect(doc.events.filter((e) => e.type === 'CONSULT' || e.type === 'AGREE')).toEqual([]);
  });

  it('"the warring parties agreed": the story’s sides', () => {
    const doc = code(
      'Veska and Ormund met in Lumen on Monday. The warring parties agreed on Tuesday to a truce.',
      '2026-06-17',
    );
    expect(sorted(ofType(doc.events, 'AGREE')[0]?.actors)).toEqual(['ORM', 'VSK']);
  });

  it('"Ormund’s warring parties agreed": the state and the group the story tells facing it', () => {
    const doc = code(
      'The Highland Liberation Front shelled a convoy on Sunday. Tarsian envoy Mira Solenne flew to Kessel on Monday. Ormund’s warring parties agreed on Tuesday to a truce.',
      '2026-06-17',
    );
    expect(sorted(ofType(doc.events, 'AGREE')[0]?.actors)).toEqual(['HLF', 'ORM']);
  });

  it.each([
    // "X said the parties had agreed": the story's sides, not the speaker's party alone.
    ['Tarsian envoy Mira Solenne said on Tuesday that the parties had agreed to a truce.', ['ORM', 'VSK']],
    // "political parties": no collective of the story's sides without "the".
    ['Veskan political parties agreed on Tuesday to a truce.', ['VSK']],
  ])('a collective subject before "agreed": %s', (sentence, actors) => {
    const doc = code(`Veska and Ormund met in Lumen on Monday. ${sentence}`, '2026-06-17');
    expect(sorted(ofType(doc.events, 'AGREE')[0]?.actors)).toEqual(actors);
  });
});

describe('who acts, and where', () => {
  it('"the two sides" are the story’s parties, not the place it keeps naming', () => {
    const doc = code(
      'Veska and Ormund met in Tarsia on Monday. Envoys flew to Tarsia on Sunday. Hotels in Tarsia were full. The two sides agreed on Tuesday to a truce.',
      '2026-06-17',
    );
    expect(sorted(ofType(doc.events, 'AGREE')[0]?.actors)).toEqual(['ORM', 'VSK']);
  });

  it('", and" after a clause with its own verb starts a clause with its own subject', () => {
    const doc = code(
      'Anton Brisk is expected to visit Lumen next week, and Petr Vallo held a phone call with Ilse Marrow on Monday.',
      '2026-06-17',
    );
    const [visit, call] = ofType(doc.events, 'CONSULT');
    expect(sorted(visit?.actors)).toEqual(['TRS', 'VSK']);
    expect(visit?.status).toBe('planned');
    expect(sorted(call?.actors)).toEqual(['ORM', 'VSK']);
  });

  it('"X accepted a truce after a telephone call with Y": the main clause’s subject made the call', () => {
    const doc = code(
      'Veska and Tarsia met in Lumen on Monday. Davor Kest accepted a truce on Tuesday after a telephone call with Anton Brisk.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'CONSULT').map((e) => sorted(e.actors))).toContainEqual(['ORM', 'VSK']);
  });

  it.each([
    // A short name in brackets goes on the list.
    [
      "Tarsia announced a truce agreement between the Skerry Islanders' Assembly (SIA) and Ormund.",
      ['ORM', 'SKA'],
    ],
    // "that" opens another clause, whose parties are not the deal's.
    ['Veska and Ormund signed a deal that may open talks with Tarsia.', ['ORM', 'VSK']],
  ])('the parties of a deal: %s', (sentence, actors) => {
    const doc = code(sentence, '2026-06-17');
    expect(sorted(ofType(doc.events, 'AGREE')[0]?.actors)).toEqual(actors);
  });

  it('a list of parties joined by ", and" is one subject', () => {
    const doc = code('Veska, Tarsia, and Ormund held talks in Lumen on Monday.', '2026-06-17');
    expect(sorted(ofType(doc.events, 'CONSULT')[0]?.actors)).toEqual(['ORM', 'TRS', 'VSK']);
  });

  it('"the Lumen talks": a place before the meeting word is where it is held, not a party', () => {
    const doc = code('Veska and Ormund met on Monday. Hopes rose after the Lumen talks.', '2026-06-16');
    for (const e of ofType(doc.events, 'CONSULT')) expect(e.actors).not.toContain('TRS');
  });

  it('a dateline is not the subject: "LUMEN, Tarsia - Veska and Ormund agreed …"', () => {
    const doc = code(
      'LUMEN, Tarsia - Veska and Ormund agreed on Monday to free the fishermen.',
      '2026-06-16',
    );
    expect(sorted(ofType(doc.events, 'AGREE')[0]?.actors)).toEqual(['ORM', 'VSK']);
  });

  it('an adverbial clause has its own subject: "… that Ormund froze after a Tarsian envoy visited Veska"', () => {
    const doc = code(
      'Kest said the contacts that Ormund froze after a Tarsian envoy visited Veska will resume.',
    );
    for (const e of ofType(doc.events, 'CONSULT')) expect(e.actors).not.toContain('ORM');
  });

  it('talks someone is tasked to mediate are not yet held', () => {
    const doc = code('Tarsia was asked on Monday to mediate talks between Veska and Ormund.', '2026-06-16');
    for (const e of ofType(doc.events, 'CONSULT')) expect(e.status).not.toBe('held');
  });

  it('an organisation’s own meeting: "a Council summit in Lumen on Monday"', () => {
    const doc = code(
      'Veska and Ormund met on Friday. Ilse Marrow spoke at a Northern Maritime Council summit in Lumen on Monday.',
      '2026-06-16',
    );
    expect(ofType(doc.events, 'CONSULT').map((e) => e.actors)).toContainEqual(['NMC']);
  });

  it('an organisation’s members met, told by the verb without date or place: its own meeting', () => {
    const doc = code(
      'Veska and Ormund met on Friday. Leaders of the Northern Maritime Council met to discuss the dispute.',
      '2026-06-16',
    );
    expect(ofType(doc.events, 'CONSULT').map((e) => e.actors)).toContainEqual(['NMC']);
  });
});

describe('agreements reached at meetings', () => {
  it('"the agreement signed today", quoted days after the signing, is the deal told before', () => {
    const doc = code(
      'Veska and Ormund signed a truce agreement on Monday. "Implementation of the agreement signed today is critical," Tarsia said.',
      '2026-06-17',
    );
    const agrees = ofType(doc.events, 'AGREE');
    expect(agrees.map((e) => sorted(e.actors))).toEqual([['ORM', 'VSK']]);
    expect(agrees[0].date).toBe('2026-06-15');
  });

  it('"the summit concluded with an agreement": the story’s sides, dated by their meeting', () => {
    const doc = code(
      'Anton Brisk and Davor Kest attended a mini-summit in Lumen on Wednesday. The mini-summit concluded with an agreement on a truce.',
      '2026-06-19',
    );
    const [e] = ofType(doc.events, 'AGREE');
    expect(sorted(e.actors)).toEqual(['ORM', 'VSK']);
    expect(e.date).toBe('2026-06-17');
  });

  it('"which was agreed upon by X and Y": whatever was agreed, by whom', () => {
    const doc = code(
      'Talks stalled over the fisheries plan, which was agreed upon by Veska and Ormund in 2024.',
    );
    expect(sorted(ofType(doc.events, 'AGREE')[0]?.actors)).toEqual(['ORM', 'VSK']);
  });

  it('"came away with an agreement to keep talking"', () => {
    const doc = code(
      'Veskan and Ormundi officials held talks on Monday but came away with only an agreement to meet.',
      '2026-06-16',
    );
    expect(sorted(ofType(doc.events, 'AGREE')[0]?.actors)).toEqual(['ORM', 'VSK']);
  });

  it('sanctions imposed by a party on no one named: on the one the clause is about', () => {
    const doc = code('Ormund demands that the sanctions imposed by Veska on its officials be lifted.');
    expect(ofType(doc.events, 'SANCTION')[0]).toMatchObject({ source: ['VSK'], target: ['ORM'] });
  });
});

describe('meetings called off', () => {
  it('a meeting called off is news without a date; "postponed" and "cancelled" are one meeting', () => {
    const doc = code(
      'Veska and Ormund met in Lumen in May. Kest said the summit with senior Veskan leaders was postponed. Reports say the summit was cancelled.',
      '2026-06-16',
    );
    const off = ofType(doc.events, 'CONSULT').filter((e) => e.status !== 'held');
    expect(off).toHaveLength(1);
    expect(sorted(off[0].actors)).toEqual(['ORM', 'VSK']);
  });
});

describe('more of what is not an event', () => {
  it('"offered to meet X" is an offer (a stance), no meeting; "announced his intention to visit X" is one planned', () => {
    const text =
      'Anton Brisk, who had travelled to Lumen and offered to meet Davor Kest in person, accused Ormund of stalling.';
    const offer = code(text, '2026-06-17');
    const told = (e: NegotiationEvent) => text.slice(e.evidence.start, e.evidence.end);
    expect(
      ofType(offer.events, 'CONSULT')
        .map(told)
        .filter((t) => t.includes('meet')),
    ).toEqual([]);
    const plan = code('Anton Brisk announced his intention to visit Ormund in September.', '2026-06-17');
    expect(ofType(plan.events, 'CONSULT')[0]).toMatchObject({ status: 'planned', date: '2026-09' });
  });

  it('a meeting a negated or modal clause waits for ("no breakthrough until X and Y met") is none held', () => {
    for (const text of [
      'Mira Solenne said she did not expect a breakthrough until Anton Brisk and Davor Kest met directly.',
      'Mira Solenne said there would be no deal before Anton Brisk and Davor Kest met.',
    ])
      expect(ofType(code(text, '2026-06-17').events, 'CONSULT'), text).toEqual([]);
    const held = code(
      'The shelling went on until Anton Brisk and Davor Kest met in Lumen in March.',
      '2026-06-17',
    );
    expect(ofType(held.events, 'CONSULT').map((e) => sorted(e.actors))).toEqual([['ORM', 'VSK']]);
  });

  it('"the signed statement" describes a deal told elsewhere; "ready to agree" has not agreed', () => {
    const doc = code('The signed statement will matter, Kest said. Veska is ready to agree on a truce.');
    expect(ofType(doc.events, 'AGREE')).toEqual([]);
  });

  it('an accusation of someone the codebook does not know is not pinned on the story’s other side', () => {
    const doc = code(
      'Veska and Ormund met in Lumen on Monday. Veska also accuses foreign merchants of profiteering.',
    );
    expect(ofType(doc.events, 'ACCUSE')).toEqual([]);
  });

  it('prisoners arriving home are no visit', () => {
    const doc = code(
      'Veska and Ormund met in Lumen on Monday. Two Veskan prisoners arrived in Kessel on Tuesday.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'CONSULT')).toHaveLength(1);
  });
});

describe('the day of a report and the day of what it reports', () => {
  it('an accusation the text does not date was made the day it was reported', () => {
    const doc = code(
      'Davor Kest blamed Veska for the failure of the talks, Ormundi media reported on Monday.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'ACCUSE').map((e) => e.date)).toEqual(['2026-06-15']);
  });

  it('"X said on Friday that it had reached a deal with Y after talks": not dated Friday', () => {
    const doc = code(
      'Veska and Ormund met in Lumen on Thursday. Veska said on Friday that it had reached a consensus with Ormund after talks in Lumen.',
      '2026-06-20',
    );
    expect(ofType(doc.events, 'AGREE')[0]?.date).toBe('2026-06-18');
    expect(ofType(doc.events, 'CONSULT').map((e) => e.date)).toEqual(['2026-06-18']);
  });
});

describe('dates that tell of something else', () => {
  it.each([
    [
      'a date in a clause of its own ("… the contacts that Ormund broke off after … in August 2024")',
      'Veska and Ormund agreed to resume the contacts that Ormund broke off after the clash at sea in August 2024.',
      '2026-06-17',
      '2026-06-17',
    ],
    [
      '"ahead of a January 1 deadline": not the day of the agreement',
      'Veska and Ormund met in Lumen on Saturday. Veska agreed to keep its tariffs on Ormund ahead of a January 1 deadline.',
      '2026-06-21',
      '2026-06-20',
    ],
    [
      'a truce "in place since December" dates from December',
      'A truce brokered by Tarsia between Veska and Ormund has been in place since December.',
      '2026-01-24',
      '2025-12',
    ],
  ])('AGREE: %s', (_, text, published, date) => {
    expect(ofType(code(text, published).events, 'AGREE').map((e) => e.date)).toEqual([date]);
  });

  it('a clause that says when the event was due still dates it', () => {
    const text = 'Veska cancelled a meeting with Ormund which was due to take place on Thursday in Lumen.';
    const consults = ofType(code(text, '2026-06-16').events, 'CONSULT');
    expect(consults.map((e) => [e.status, e.date])).toEqual([['cancelled', '2026-06-18']]);
  });

  it('"Tuesday\'s meeting": a date that qualifies the event word is its own', () => {
    const doc = code(
      "Tuesday's meeting between Veska and Ormund was their third since the clash in March.",
      '2026-06-17',
    );
    expect(ofType(doc.events, 'CONSULT')[0]?.date).toBe('2026-06-16');
  });
});

describe('agreements in a few more shapes', () => {
  it('"urged X to seize the moment and agree to a truce": asked to agree, not agreed', () => {
    const doc = code(
      'Tarsian envoy Mira Solenne urged Veska, Ormund and the Skerry Islanders to seize the moment and agree to a truce.',
      '2026-06-16',
    );
    expect(ofType(doc.events, 'AGREE')).toEqual([]);
  });

  it('"X and Y signed that …": a signed commitment', () => {
    const doc = code('Anton Brisk and Davor Kest signed that neither navy would enter the strait.');
    expect(sorted(ofType(doc.events, 'AGREE')[0]?.actors)).toEqual(['ORM', 'VSK']);
  });

  it('"the one agreed upon by …": "one" stands for a deal', () => {
    const doc = code(
      'Veska and Ormund met in Lumen on Monday. The new truce is similar to the one agreed upon by the two countries in 2024.',
      '2026-06-16',
    );
    expect(ofType(doc.events, 'AGREE').map((e) => e.date)).toContain('2024');
  });
});

describe('conversations', () => {
  it('"he had spoken to A and B": one conversation with each', () => {
    const doc = code(
      'Ilse Marrow said on Monday she had spoken to Davor Kest and Tarsian envoy Mira Solenne.',
      '2026-06-16',
    );
    expect(ofType(doc.events, 'CONSULT').map((e) => sorted(e.actors))).toEqual([
      ['ORM', 'VSK'],
      ['TRS', 'VSK'],
    ]);
  });
});

describe('event parties told by the deal or the meeting', () => {
  it('"a truce between X and Y": a deal named by its parties, with no verb of its own', () => {
    const doc = code(
      'A truce between Veska and Ormund began on Friday in the northern straits.',
      '2026-06-20',
    );
    const [e] = ofType(doc.events, 'AGREE');
    expect(sorted(e?.actors)).toEqual(['ORM', 'VSK']);
    expect(e?.provenance.rule).toBe('event.agree.between');
  });

  it('a deal between two that is sought, possible or to be revived is no agreement', () => {
    for (const text of [
      'Tarsia is working to broker a ceasefire between Veska and Ormund.',
      'Envoys met in Lumen as part of efforts to revive the fishing accord between Veska and Ormund.',
      'Diplomats spoke of a possible deal between Veska and Ormund before the winter.',
      // a deal a third party wants, three words before it
      'Tarsia said on Sunday that it wanted a final agreement between Veska and Ormund by the end of the year.',
    ])
      expect(ofType(code(text).events, 'AGREE'), text).toEqual([]);
  });

  it('"a planned summit … collapsed": a meeting planned that fell through is cancelled', () => {
    const doc = code(
      'A planned summit between Anton Brisk and Davor Kest in Lumen collapsed at the last minute.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'CONSULT')[0]?.status).toBe('cancelled');
    expect(doc.positions.filter((p) => p.issue === 'summit' && p.stance === 'accept')).toEqual([]);
  });

  it('"X brought A and B together": a meeting of the three, held', () => {
    const doc = code('Tarsia brought Anton Brisk and Davor Kest together in Lumen on Monday.', '2026-06-17');
    const [e] = ofType(doc.events, 'CONSULT');
    expect(sorted(e?.actors)).toEqual(['ORM', 'TRS', 'VSK']);
    expect(e?.date).toBe('2026-06-15');
  });

  it('"since March, when X brought A and B together": the meeting the "when" clause tells is of March', () => {
    const doc = code(
      'Tarsia has hosted the talks since March, when its king brought Anton Brisk and Davor Kest together in Lumen.',
      '2026-06-17',
    );
    const e = ofType(doc.events, 'CONSULT').find((x) => x.provenance.cue?.startsWith('brought'));
    expect(sorted(e?.actors)).toEqual(expect.arrayContaining(['ORM', 'VSK']));
    expect(e?.date).toBe('2026-03');
  });

  it('"X discussed the situation with Y": a consultation of the two', () => {
    const doc = code('Later in the day, Anton Brisk discussed the situation with Davor Kest.', '2026-06-16');
    expect(sorted(ofType(doc.events, 'CONSULT')[0]?.actors)).toEqual(['ORM', 'VSK']);
  });

  it('"a meeting organised by X": the organiser takes part, as a host does', () => {
    const doc = code(
      'Veskan and Ormundi envoys gathered in Lumen on Monday for a meeting organised by Tarsia.',
      '2026-06-17',
    );
    const [e] = ofType(doc.events, 'CONSULT');
    expect(e?.actors).toContain('TRS');
  });
});

describe('a body’s meeting beside a meeting of two of its members', () => {
  it('"a luncheon meeting of the Veska-Ormund-Tarsia grouping": all three, and a meeting of its own', () => {
    const doc = code(
      'Anton Brisk and Davor Kest held talks in Lumen on Monday. They met first for a luncheon meeting of the Veska-Ormund-Tarsia grouping.',
      '2026-06-16',
    );
    const meetings = ofType(doc.events, 'CONSULT').map((e) => sorted(e.actors));
    expect(meetings).toContainEqual(['ORM', 'VSK']);
    expect(meetings).toContainEqual(['ORM', 'TRS', 'VSK']);
  });
});

describe('a visit told without its day', () => {
  it('a headline’s "X visits Y" and the meeting of the story’s day are one occurrence', () => {
    const doc = code(
      'Ormundi envoy visits Veska\n\nOn Monday, Ormundi chief negotiator Petr Vallo met with Anton Brisk in Port Alder.',
      '2026-06-16',
    );
    const meetings = ofType(doc.events, 'CONSULT');
    expect(meetings).toHaveLength(1);
    expect(sorted(meetings[0].actors)).toEqual(['ORM', 'VSK']);
  });
});

describe('a meeting told only as held', () => {
  it('"after three rounds of negotiations", in a story that tells no other meeting: the sides met', () => {
    const doc = code(
      'Veska and Ormund signed a fisheries agreement on Monday. The agreement was finalised after three rounds of negotiations.',
      '2026-06-16',
    );
    const meetings = ofType(doc.events, 'CONSULT');
    expect(meetings).toHaveLength(1);
    expect(sorted(meetings[0].actors)).toEqual(['ORM', 'VSK']);
  });

  it('a meeting word not told as held adds no meeting', () => {
    const doc = code(
      'Veska and Ormund signed a fisheries agreement on Monday. Both hope to ease tensions through dialogue.',
      '2026-06-16',
    );
    expect(ofType(doc.events, 'CONSULT')).toEqual([]);
  });
});

describe('a text or collective of a meeting speaks for its participants', () => {
  const speakers = (text: string) =>
    code(text, '2026-06-17').statements.map((s) => ({
      speaker: s.speaker,
      actor: s.actor,
      rule: s.provenance.rule,
    }));

  it('"the statement said" after a meeting of three: the three', () => {
    const all = speakers(
      'Tarsia hosted talks with Veska and Ormund in Lumen on Monday. "The islands will stay open to fishing boats," said the statement.',
    ).find((s) => /statement/i.test(s.speaker));
    expect(sorted(all?.actor as string[])).toEqual(['ORM', 'TRS', 'VSK']);
    expect(all?.rule).toMatch(/\+party\.meeting$/);
  });

  it('"said a joint statement issued after talks between A, B and C": the meeting of its sentence', () => {
    const st = speakers(
      '"The ferry will run again in May," said a joint statement issued after talks between Veska, Ormund and Tarsia in Lumen on Monday.',
    ).find((s) => /joint statement/i.test(s.speaker));
    expect(sorted(st?.actor as string[])).toEqual(['ORM', 'TRS', 'VSK']);
  });

  it('a joint statement whose issuers are named keeps them; "a statement" is anyone’s', () => {
    const named = speakers(
      'Tarsia hosted talks with Veska and Ormund in Lumen on Monday. The ferry will run again in May, according to a joint statement from Veska and Ormund.',
    ).find((s) => /joint statement/i.test(s.speaker));
    expect(sorted(named?.actor as string[])).toEqual(['ORM', 'VSK']);
    const indefinite = speakers(
      'Tarsia hosted talks with Veska and Ormund in Lumen on Monday. The ferry will run again in May, a statement said.',
    ).find((s) => /statement/i.test(s.speaker));
    expect(indefinite).toBeDefined();
    expect(indefinite?.rule).not.toMatch(/party\.meeting/);
  });
});

describe('the text of an agreement speaks for its parties', () => {
  const agreement = (text: string) =>
    code(text, '2026-06-17').statements.find((s) => /agreement/i.test(s.speaker));

  it('"according to the agreement", the deal told after it: the parties that signed it', () => {
    const st = agreement(
      'The patrols must end within two days, according to the agreement published by Tarsia. Veska and Ormund signed a truce in Lumen on Monday.',
    );
    expect(sorted(st?.actor as string[])).toEqual(['ORM', 'VSK']);
    expect(st?.provenance.rule).toMatch(/\+party\.agreement$/);
  });
});

describe('hosts, collectives and processes', () => {
  it('a bare "the government" in a story of one state against a group is that state’s', () => {
    const doc = code(
      "Veska has fought the Skerry Islanders' Assembly for a decade. Veska and the Skerry Islanders' Assembly met in Kessel on Monday. On Tuesday, the government accused the Skerry Islanders' Assembly of breaking the truce.",
      '2026-06-17',
    );
    expect(ofType(doc.events, 'ACCUSE')[0]).toMatchObject({ source: ['VSK'], target: ['SKA'] });
  });

  it('"have been in talks since 2019" is a process: a dated ceremony told after it is a meeting of its own', () => {
    const doc = code(
      'Since 2019, Veska and Ormund have been in talks. The signing ceremony took place in Lumen on Monday.',
      '2026-06-17',
    );
    const meetings = ofType(doc.events, 'CONSULT');
    expect(meetings).toHaveLength(2);
    expect(meetings.find((e) => e.date === '2026-06-15')).toBeDefined();
    expect(meetings.filter((e) => e.date === undefined)).toHaveLength(1);
  });

  it('"Tarsia agreed to host talks with Ormund": the host agrees alone', () => {
    const doc = code('Tarsia agreed on Monday to host the next round of talks with Ormund.', '2026-06-17');
    expect(ofType(doc.events, 'AGREE')[0]?.actors).toEqual(['TRS']);
  });

  it('"a visit by the Tarsian president" is the visitor’s, not a meeting of the story’s parties', () => {
    const doc = code(
      'Veska and Ormund signed a truce on Monday, weeks before a visit by the Tarsian president planned for next month.',
      '2026-06-17',
    );
    const meetings = ofType(doc.events, 'CONSULT');
    expect(meetings.filter((e) => e.actors.includes('VSK') && e.actors.includes('ORM'))).toHaveLength(0);
  });
});

describe('how far a condition reaches', () => {
  it('"doubts about whether X would attend, after criticising Y": the condition ends at its comma', () => {
    const doc = code(
      'Tarsia joined the talks despite doubts about whether it would attend, after criticising decisions taken by the Ormundi government.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'ACCUSE')[0]).toMatchObject({ source: ['TRS'], target: ['ORM'] });
  });

  it('a condition that opens the sentence or a clause governs what follows its comma', () => {
    for (const text of [
      'If the answers are positive, Veska will sign the deal.',
      'Kest said that if the answers are positive, Veska and Ormund signed the deal.',
    ])
      expect(ofType(code(text).events, 'AGREE'), text).toEqual([]);
  });
});

describe('talks a party is ready for', () => {
  it('"ready for a direct dialogue with X", "prepared for talks": no meeting held', () => {
    for (const text of [
      'Veska is always ready for a direct dialogue with Ormund to resolve the dispute.',
      'Veska said it was prepared for talks with Ormund.',
    ])
      expect(ofType(code(text).events, 'CONSULT'), text).toEqual([]);
  });
});

describe('a conversation told again as a call', () => {
  it('"In the call, their second conversation this month": one call', () => {
    const doc = code(
      'Anton Brisk held a phone call with Davor Kest on Monday. In the 50-minute call, their second conversation this month, Brisk urged Kest to withdraw.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'CONSULT')).toHaveLength(1);
  });
});

describe('a meeting put off further on in its clause', () => {
  it('"talks were scheduled for March but were halted": postponed, dated by their plan', () => {
    for (const verb of ['postponed', 'halted', 'suspended']) {
      const doc = code(
        `The fifth round of Veska-Ormund talks was scheduled to take place in March but was ${verb} following a clash at sea.`,
        '2026-06-17',
      );
      expect(ofType(doc.events, 'CONSULT')[0], verb).toMatchObject({ status: 'postponed', date: '2026-03' });
    }
  });

  it('a status verb of another clause is not the meeting’s', () => {
    const doc = code(
      'Veska and Ormund held talks in Lumen on Monday on the aid convoy that was halted at the border.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'CONSULT')[0]?.status).toBe('held');
  });
});

describe('what was done before the story', () => {
  it('"X previously designated Y": an earlier sanction of its own, not the story’s told again', () => {
    const doc = code(
      'Veska designated the Skerry Islanders’ Assembly as a terrorist organisation on Monday. Veska had previously designated the Skerry Islanders’ Assembly as a terrorist organisation.',
      '2026-06-17',
    );
    const sanctions = ofType(doc.events, 'SANCTION');
    expect(sanctions.length, JSON.stringify(sanctions)).toBe(2);
    expect(sanctions.filter((e) => e.date === undefined)).toHaveLength(1);
  });
});

describe('a fronted clause of time', () => {
  it('ends at its first comma: "After years of talks, Veska, Ormund and Tarsia announced a truce"', () => {
    const doc = code(
      'After years of fruitless talks, Veska, Ormund and Tarsia announced a truce on Monday.',
      '2026-06-17',
    );
    expect(sorted(ofType(doc.events, 'AGREE')[0]?.actors)).toEqual(['ORM', 'TRS', 'VSK']);
  });
});

describe('meetings in two months', () => {
  it('"the two met in April and May": a meeting in each month', () => {
    const doc = code(
      'Veska and Ormund held talks in Lumen on Monday. The two met on the border in April and May.',
    );
    const dates = ofType(doc.events, 'CONSULT').map((e) => e.date);
    expect(dates).toContain('2026-04');
    expect(dates).toContain('2026-05');
  });

  it('"the first cycle of talks took place in November and December": one cycle', () => {
    const doc = code(
      'Veska and Ormund held talks in Lumen on Monday. The first cycle of talks between Veska and Ormund took place in Kessel in November and December 2025.',
    );
    expect(ofType(doc.events, 'CONSULT').filter((e) => e.date?.startsWith('2025'))).toHaveLength(1);
  });
});

describe('wire shapes of 2025 reports (session 12)', () => {
  it('"Congo" alone is the Democratic Republic of the Congo; "Republic of Congo" is the other one', () => {
    const signed = code('Congo and Veska signed a fisheries accord in Lumen on Friday.', '2026-06-17');
    expect(sorted(ofType(signed.events, 'AGREE')[0]?.actors)).toEqual(['COD', 'VSK']);
    const met = code('Veska and the Republic of Congo met in Lumen on Monday.', '2026-06-17');
    expect(sorted(ofType(met.events, 'CONSULT')[0]?.actors)).toEqual(['COG', 'VSK']);
  });

  it('"a planned meeting … has been put on hold": postponed', () => {
    const doc = code(
      'A planned meeting between Veska and Ormund in Lumen has been put on hold, the Alder Palace said on Tuesday.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'CONSULT')[0]).toMatchObject({ status: 'postponed' });
  });

  it('a meeting called off with words between the verb and the meeting word: cancelled, never held', () => {
    const round = code('Veska called off the third round of maritime talks with Ormund.', '2026-06-17');
    expect(ofType(round.events, 'CONSULT').map((e) => e.status)).toEqual(['cancelled']);
    const trip = code(
      'Veskan President Anton Brisk cancelled a planned trip to Lumen for talks with Ormundi President Davor Kest.',
      '2026-06-17',
    );
    expect(ofType(trip.events, 'CONSULT').map((e) => e.status)).not.toContain('held');
  });

  it('"met … on Thursday" in a story of Wednesday: a meeting held (the story dated in another time zone)', () => {
    // 2026-06-17 is a Wednesday.
    const doc = code(
      'Veskan President Anton Brisk met Ormundi President Davor Kest in Lumen on Thursday.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'CONSULT')[0]).toMatchObject({ status: 'held' });
    const plan = code(
      'Veskan President Anton Brisk will meet Ormundi President Davor Kest in Lumen on Thursday.',
      '2026-06-17',
    );
    expect(ofType(plan.events, 'CONSULT')[0]).toMatchObject({ status: 'planned', date: '2026-06-18' });
  });

  it('"set to meet … for a third round of talks": the talks are the meeting planned, not one held', () => {
    const doc = code(
      'Veskan and Ormundi officials are set to meet in Lumen next week for a third round of maritime talks.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'CONSULT').map((e) => e.status)).toEqual(['planned']);
  });

  it('"will travel to Kessel next week" is a visit planned; "thousands travel to Kessel" none', () => {
    const plan = code(
      'Veskan envoy Tomas Brenn will travel to Kessel next week, an aide said. Veska and Ormund have been in contact since May.',
      '2026-06-17',
    );
    expect(ofType(plan.events, 'CONSULT').find((e) => e.status === 'planned')).toMatchObject({
      actors: ['VSK', 'ORM'],
      date: '2026-06',
    });
    const flow = code('Thousands of Veskans travel to Kessel every summer.', '2026-06-17');
    expect(ofType(flow.events, 'CONSULT')).toEqual([]);
  });

  it('"would speak with Kest by phone on Monday" is a call planned; "spoke on a hotline" a call held', () => {
    const call = code(
      'Brisk said he would speak with Ormundi President Davor Kest by phone on Monday.',
      '2026-06-17',
    );
    expect(ofType(call.events, 'CONSULT')[0]).toMatchObject({ status: 'planned', date: '2026-06-22' });
    const hotline = code('Veskan and Ormundi commanders spoke on a hotline on Saturday.', '2026-06-17');
    expect(ofType(hotline.events, 'CONSULT')[0]).toMatchObject({ status: 'held', date: '2026-06-13' });
  });

  it('"Veska, Ormund to go to Lumen for talks" (a headline): the talks are planned, one meeting with the trip', () => {
    const doc = code(
      'Veska, Ormund to go to Lumen for indirect maritime talks\n\nVeskan and Ormundi officials will travel to Lumen next week, diplomats said on Friday.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'CONSULT').map((e) => e.status)).toEqual(['planned']);
    const trip = code(
      'Veskan President Anton Brisk cancelled a planned trip to Lumen for talks with Ormundi President Davor Kest.',
      '2026-06-17',
    );
    expect(ofType(trip.events, 'CONSULT')).toHaveLength(1);
  });

  it('a tariff imposed with its rate, and assets frozen, are sanctions on their target', () => {
    const tariff = code('Veska imposed an additional 25% tariff on Ormundi goods on Monday.', '2026-06-17');
    expect(ofType(tariff.events, 'SANCTION')[0]).toMatchObject({ source: ['VSK'], target: ['ORM'] });
    const assets = code('Veska froze the assets of three Ormundi generals on Monday.', '2026-06-17');
    expect(ofType(assets.events, 'SANCTION')[0]).toMatchObject({ source: ['VSK'], target: ['ORM'] });
  });

  it('"sanctioned six Ormundi firms on Monday for buying Tarsian oil": the firms’ party is the target', () => {
    const doc = code(
      'Veska sanctioned six Ormundi shipping firms on Monday for buying Tarsian oil.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'SANCTION')[0]).toMatchObject({ source: ['VSK'], target: ['ORM'] });
  });

  it('"expelled an Ormundi diplomat, accusing him of spying": he stands for his party', () => {
    expectAccusation(
      ['Veska expelled an Ormundi diplomat on Monday, accusing him of spying.'],
      ['VSK'],
      ['ORM'],
    );
  });

  it('trade and passage cut off are sanctions on the party named after them', () => {
    const imports = code('Veska suspended imports of Ormundi timber on Monday.', '2026-06-17');
    expect(ofType(imports.events, 'SANCTION')[0]).toMatchObject({ source: ['VSK'], target: ['ORM'] });
    const airspace = code('Veska closed its airspace to Ormundi airlines on Monday.', '2026-06-17');
    expect(ofType(airspace.events, 'SANCTION')[0]).toMatchObject({ source: ['VSK'], target: ['ORM'] });
    const border = code('Veska shut its main border crossing with Ormund on Monday.', '2026-06-17');
    expect(ofType(border.events, 'SANCTION')[0]).toMatchObject({ source: ['VSK'], target: ['ORM'] });
  });

  it('"X and Y traded accusations over …": an accusation between them', () => {
    const doc = code(
      'Veska and Ormund traded accusations over the failure of the talks in Lumen.',
      '2026-06-17',
    );
    expect(sorted(ofType(doc.events, 'ACCUSE')[0]?.actors)).toEqual(['ORM', 'VSK']);
  });

  it('"the two army chiefs spoke again on Monday" is a further call; a speech at a rally is none', () => {
    const held = code(
      'The Veskan and Ormundi army chiefs spoke again on Monday evening, the Veskan army said.',
      '2026-06-17',
    );
    expect(ofType(held.events, 'CONSULT')[0]).toMatchObject({ status: 'held', date: '2026-06-15' });
    const planned = code(
      'The two army chiefs of Veska and Ormund are due to speak again on Friday.',
      '2026-06-17',
    );
    expect(ofType(planned.events, 'CONSULT')[0]).toMatchObject({ status: 'planned', date: '2026-06-19' });
    const rally = code(
      'Ormundi President Davor Kest spoke again at a rally in Kessel on Monday.',
      '2026-06-17',
    );
    expect(ofType(rally.events, 'CONSULT')).toEqual([]);
  });

  it('"X and Y traded accusations on Tuesday over …": the charge read past the day', () => {
    const doc = code(
      'Veska and Ormund traded accusations on Tuesday over sporadic gunfire along their disputed border.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'ACCUSE')[0]).toMatchObject({ date: '2026-06-16' });
    expect(sorted(ofType(doc.events, 'ACCUSE')[0]?.actors)).toEqual(['ORM', 'VSK']);
  });

  it('"a landmine blast" accuses nobody; "X blasts Y" does', () => {
    const blast = code(
      'On Monday, Veska expelled Ormund’s ambassador and recalled its own after a landmine blast wounded five Veskan soldiers.',
      '2026-06-17',
    );
    expect(ofType(blast.events, 'ACCUSE')).toEqual([]);
    const told = code('Ormund said a landmine blast wounded five Veskan soldiers on patrol.', '2026-06-17');
    expect(ofType(told.events, 'ACCUSE')).toEqual([]);
    expectAccusation(['Veska blasts Ormund over the shelling of the port.'], ['VSK'], ['ORM']);
  });

  it('"will host Kest next week" is a visit planned; "received X for a meeting" one meeting', () => {
    const host = code(
      'Veskan President Anton Brisk will host Ormundi President Davor Kest in Port Alder next week.',
      '2026-06-17',
    );
    expect(ofType(host.events, 'CONSULT')[0]).toMatchObject({ status: 'planned', date: '2026-06' });
    const received = code(
      'Veskan President Anton Brisk received Ormundi President Davor Kest in Port Alder on Monday for a three-hour meeting.',
      '2026-06-17',
    );
    expect(ofType(received.events, 'CONSULT')).toHaveLength(1);
  });

  it('"designated the Assembly a terrorist organisation", "added six Ormundi firms to its entity list": sanctions', () => {
    const designated = code(
      "Veska designated the Skerry Islanders' Assembly a foreign terrorist organisation on Monday.",
      '2026-06-17',
    );
    expect(ofType(designated.events, 'SANCTION')[0]).toMatchObject({ source: ['VSK'], target: ['SKA'] });
    const listed = code('Veska added six Ormundi firms to its entity list on Monday.', '2026-06-17');
    expect(ofType(listed.events, 'SANCTION')[0]).toMatchObject({ source: ['VSK'], target: ['ORM'] });
  });

  it('"expelled two Ormundi diplomats, accusing them of spying": in a participle’s clause "them" is who was named', () => {
    expectAccusation(
      ['Veska expelled two Ormundi diplomats on Monday, accusing them of spying.'],
      ['VSK'],
      ['ORM'],
    );
  });

  it('"accused Ormund of violating the truce, a charge Kessel denied": one accusation, of Ormund', () => {
    const doc = code(
      'On Tuesday, the Veskan army accused Ormund of violating the truce overnight, a charge Kessel denied.',
      '2026-06-17',
    );
    expect(ofType(doc.events, 'ACCUSE').map((e) => [e.source, e.target])).toEqual([[['VSK'], ['ORM']]]);
  });

  it('"a call between Brisk and Kest on Monday" is a call between their parties; "a call for talks" none', () => {
    const call = code('A call between Anton Brisk and Davor Kest on Monday eased tensions.', '2026-06-17');
    expect(ofType(call.events, 'CONSULT')[0]).toMatchObject({ status: 'held', date: '2026-06-15' });
    expect(sorted(ofType(call.events, 'CONSULT')[0]?.actors)).toEqual(['ORM', 'VSK']);
    const appeal = code('Tarsia renewed its call for talks between Veska and Ormund.', '2026-06-17');
    expect(ofType(appeal.events, 'CONSULT').filter((e) => e.provenance.cue === 'call')).toEqual([]);
  });

  it('"X blasted Y for …" is an accusation', () => {
    expectAccusation(['Veska blasted Ormund for stalling the talks in Lumen.'], ['VSK'], ['ORM']);
  });
});

describe('AGREE: a deal still to come', () => {
  it('a deal told after "before" or "until" as the subject of a passive is not made', () => {
    for (const text of [
      'Ormund ruled out a truce before a final peace agreement is signed.',
      'Veska said the blockade would stay until a peace deal is signed.',
    ])
      expect(ofType(code(text).events, 'AGREE'), text).toEqual([]);
  });

  it('a deal signed after a talk is still made', () => {
    expect(
      ofType(code('A peace agreement was signed by Veska and Ormund on Monday.').events, 'AGREE'),
    ).toHaveLength(1);
  });
});

describe('CONSULT: a meeting judged as one that may come', () => {
  it('"a meeting between X and Y was possible only after …", "… is unlikely": no meeting held', () => {
    for (const text of [
      'Petr Vallo said a meeting between Anton Brisk and Davor Kest was possible only after the work of experts.',
      'A summit between Anton Brisk and Davor Kest is unlikely this year, Petr Vallo said.',
    ])
      expect(ofType(code(text).events, 'CONSULT'), text).toEqual([]);
  });

  it('a meeting told as held is still one', () => {
    const doc = code('The meeting between Anton Brisk and Davor Kest was held in Lumen on Monday.');
    expect(ofType(doc.events, 'CONSULT')).toHaveLength(1);
  });
});

describe('SANCTION and ACCUSE: shapes of wire reports', () => {
  const sanctionOf = (text: string, date = '2026-06-16') => ofType(code(text, date).events, 'SANCTION')[0];

  it('visas revoked, an ambassador recalled, a border sealed: the holders, the country left, the neighbour', () => {
    for (const text of [
      'Veska revoked the visas of several Ormundi officials on Friday.',
      'Veska recalled its ambassador from Ormund on Thursday.',
      'Veska sealed its border with Ormund on Tuesday.',
    ])
      expect(sanctionOf(text), text).toMatchObject({ source: ['VSK'], target: ['ORM'] });
  });

  it('"agreed to meet again in July": the month is the meeting’s, not the day of agreeing', () => {
    const doc = code('Veska and Ormund agreed to meet again in July, Davor Kest said.', '2026-06-02');
    const agreed = ofType(doc.events, 'AGREE')[0];
    expect(agreed).toBeDefined();
    expect(agreed?.date).not.toBe('2025-07');
  });

  it('a treaty with a party suspended is a SANCTION on that party', () => {
    const e = sanctionOf('Veska suspended the Lumen Waters Treaty with Ormund on Wednesday.');
    expect(e).toMatchObject({ source: ['VSK'] });
    expect(sorted(e?.actors)).toEqual(['ORM', 'VSK']);
  });

  it('a treaty with a party held "in abeyance" is a SANCTION on that party', () => {
    const e = sanctionOf(
      'Veska will keep the Lumen Waters Treaty with Ormund in abeyance until the raids stop.',
    );
    expect(e).toMatchObject({ source: ['VSK'] });
    expect(sorted(e?.actors)).toEqual(['ORM', 'VSK']);
  });

  it('trade cut off is a SANCTION; "suspended trade talks" is none', () => {
    expect(sanctionOf('Veska suspended all trade with Ormund on Thursday.')).toMatchObject({
      source: ['VSK'],
      target: ['ORM'],
    });
    expect(sanctionOf('Veska and Ormund suspended trade talks on Thursday.')).toBeUndefined();
  });

  it('"New X sanctions on Y took effect": new ones in force, not a threat', () => {
    const e = sanctionOf('New Veskan sanctions on Ormundi oil companies took effect on Thursday.');
    expect(e).toMatchObject({ source: ['VSK'], target: ['ORM'], date: '2026-06-11' });
    expect(sanctionOf('Veska warned of new sanctions on Ormund.')).toBeUndefined();
  });

  it('"agreed to impose sanctions on Y": a SANCTION by the one that agreed, not an AGREE of its own', () => {
    const doc = code(
      'The Northern Maritime Council agreed on Wednesday to impose new sanctions on Ormund.',
      '2026-06-16',
    );
    expect(ofType(doc.events, 'SANCTION')[0]).toMatchObject({ source: ['NMC'], target: ['ORM'] });
    expect(ofType(doc.events, 'AGREE')).toEqual([]);
  });

  it('a promise to a party, or with its day before the infinitive, is an AGREE', () => {
    for (const [text, actors] of [
      [
        'Veskan President Anton Brisk promised Ormundi President Davor Kest on Tuesday that Veska would halt its strikes.',
        ['ORM', 'VSK'],
      ],
      ['Ormund pledged on Saturday to release four Veskan prisoners.', ['ORM']],
    ] as const)
      expect(sorted(ofType(code(text, '2026-06-16').events, 'AGREE')[0]?.actors), text).toEqual(actors);
  });

  it('"condemned the overnight strike on the capital": the doer left unnamed is the story’s other side', () => {
    const doc = code(
      'Veska and Ormund held talks in Lumen on Monday. Veskan President Anton Brisk condemned the overnight strike on the capital on Tuesday.',
      '2026-06-16',
    );
    expect(ofType(doc.events, 'ACCUSE')[0]).toMatchObject({ source: ['VSK'] });
    expect(sorted(ofType(doc.events, 'ACCUSE')[0]?.actors)).toEqual(['ORM', 'VSK']);
  });

  it('a state named before its office ("the Veska Commerce Department") imposes the sanction', () => {
    const e = sanctionOf(
      'The Veska Commerce Department added 12 Ormundi companies to its entity list on Tuesday.',
    );
    expect(e).toMatchObject({ source: ['VSK'], target: ['ORM'] });
  });

  it('"accused X of dragging out the talks": talks obstructed, no meeting held', () => {
    for (const text of [
      'Veska accused Ormund on Sunday of dragging out the talks.',
      'Veska accused Ormund of sabotaging the negotiations on Wednesday.',
    ]) {
      const doc = code(text, '2026-06-16');
      expect(ofType(doc.events, 'CONSULT'), text).toEqual([]);
      expect(ofType(doc.events, 'ACCUSE')[0], text).toMatchObject({ source: ['VSK'], target: ['ORM'] });
    }
  });

  it('disappointment and blame in a party’s words are accusations', () => {
    expectAccusation(
      [
        'Veska said on Monday it was very disappointed with Ormund.',
        'Ormund is responsible for the breakdown of the truce, Veskan President Anton Brisk said on Friday.',
        'Veska said Ormund was responsible for the escalation of the border war.',
      ],
      ['VSK'],
      ['ORM'],
    );
  });
});

describe('AGREE asked for, not made', () => {
  it('"X must agree to …" is no agreement, nor a deal whose content X accepts', () => {
    const doc = code(
      'Ilse Marrow said Ormund must agree to an unconditional ceasefire or face sanctions.',
      '2026-06-16',
    );
    expect(ofType(doc.events, 'AGREE')).toEqual([]);
    expect(doc.positions.filter((p) => p.actor === 'ORM' && p.stance === 'accept')).toEqual([]);
  });
});

describe('leftover event shapes (session 13, evt)', () => {
  it('"teams from X, Y and Z are due to meet": every country the teams come from takes part', () => {
    for (const text of [
      'Technical teams from Veska, Ormund and Tarsia are due to meet in Lumen next month.',
      'Expert teams from Ormund, Tarsia and Veska will meet again next week.',
    ]) {
      const meetings = ofType(code(text, '2026-06-16').events, 'CONSULT');
      expect(
        meetings.map((e) => sorted(e.actors)),
        text,
      ).toEqual([['ORM', 'TRS', 'VSK']]);
    }
  });

  it('"moved to reimpose U.N. sanctions on X": the movers impose, X is the target, the body is neither', () => {
    for (const text of [
      'Tarsia, Ormund and the Northern Maritime Council moved to reimpose U.N. sanctions on Veska on Thursday.',
      'Tarsia and Ormund reimposed U.N. sanctions on Veska on Thursday.',
      'Tarsia and Ormund voted to reimpose sanctions on Veska.',
      'Tarsia and Ormund moved on Thursday to reimpose U.N. sanctions on Veska.',
    ]) {
      const [e, ...rest] = ofType(code(text, '2026-06-16').events, 'SANCTION');
      expect(rest, text).toEqual([]);
      expect(e?.target, text).toEqual(['VSK']);
      expect(e?.source, text).not.toContain('UN');
      expect(e?.source, text).toEqual(expect.arrayContaining(['TRS', 'ORM']));
    }
  });

  it('"sanctions on firms it said had shipped Veskan oil": "it" is the imposer, the oil’s country the target', () => {
    for (const text of [
      'Tarsia imposed sanctions on companies it said had shipped Veskan oil.',
      'The Tarsian treasury imposed sanctions on Monday on a network it said had helped Veska sell oil.',
    ]) {
      const sanctions = ofType(code(text, '2026-06-16').events, 'SANCTION');
      expect(
        sanctions.map((e) => [e.source, e.target]),
        text,
      ).toEqual([[['TRS'], ['VSK']]]);
    }
  });

  it('"the first round, held in the same city on May 16": an earlier meeting of the story’s sides', () => {
    for (const tail of [
      'The first round, held in the same city on May 16, ended without a deal.',
      'The first round of talks, held in the same city on May 16, ended without a deal.',
    ]) {
      const text = `Veska and Ormund held talks in Lumen on Monday. ${tail}`;
      const meetings = ofType(code(text, '2026-06-16').events, 'CONSULT');
      expect(
        meetings.map((e) => [e.date, sorted(e.actors)]),
        text,
      ).toContainEqual(['2026-05-16', ['ORM', 'VSK']]);
    }
  });

  it('"the first round of the election", "a second round of sanctions" are no meetings', () => {
    for (const tail of [
      'Veskan President Anton Brisk won the first round of the election on May 16.',
      'A second round of sanctions, imposed by Tarsia on May 16, hit Veskan banks.',
    ]) {
      const text = `Veska and Ormund held talks in Lumen on Monday. ${tail}`;
      const meetings = ofType(code(text, '2026-06-16').events, 'CONSULT');
      expect(
        meetings.map((e) => e.date),
        text,
      ).toEqual(['2026-06-15']);
    }
  });

  it('a party’s act judged by another ("called the move a violation") is an accusation of the doer', () => {
    for (const text of [
      'Veska moved troops into the buffer zone on Monday. Ormund called the move a violation of the spirit of the truce.',
      'Veska fired missiles at Kessel on Monday. Ormund called the strikes "unjustified and illegal".',
      'Ormund called the Veskan strikes a clear breach of the truce.',
      "Ormund dismissed Veska's decision as legally flawed.",
    ])
      expect(ofType(code(text, '2026-06-16').events, 'ACCUSE'), text).toMatchObject([
        { source: ['ORM'], target: ['VSK'] },
      ]);
    const snapback = code(
      'Tarsia reimposed sanctions on Veska. Veska rejected the snapback as legally flawed.',
    );
    expect(ofType(snapback.events, 'ACCUSE')).toMatchObject([{ source: ['VSK'], target: ['TRS'] }]);
  });

  it('"called the Veskan strikes a clear breach of the truce" strikes no deal', () => {
    const doc = code('Ormund called the Veskan strikes a clear breach of the truce.', '2026-06-16');
    expect(ofType(doc.events, 'AGREE')).toEqual([]);
    expect(ofType(code('Veska strikes a deal with Ormund.', '2026-06-16').events, 'AGREE')).toHaveLength(1);
  });

  it('an act praised, or a proposal turned down, is no accusation', () => {
    for (const tail of [
      'Ormund called the move a positive step.',
      'Ormund rejected the proposal as premature.',
      'Ormund welcomed the move as a step towards peace.',
    ]) {
      const text = `Veska and Ormund are in talks. ${tail}`;
      expect(ofType(code(text, '2026-06-16').events, 'ACCUSE'), text).toEqual([]);
    }
  });

  it('a truce and trade deals signed the same day are two deals: the trade partner signs no truce', () => {
    for (const tail of [
      'Tarsia also signed trade agreements with Veska and Ormund on Sunday.',
      'Tarsia signed trade deals with both countries the same day.',
      // "with both", "with them": the pair the sentence before has for its subject
      'Tarsia also signed trade agreements with both on Sunday.',
      'Tarsia also signed trade agreements with them on Sunday.',
    ]) {
      const text = `Veska and Ormund signed a truce on Sunday. ${tail}`;
      const deals = ofType(code(text, '2026-06-16').events, 'AGREE');
      expect(
        deals.map((e) => sorted(e.actors)),
        text,
      ).toEqual([
        ['ORM', 'VSK'],
        ['ORM', 'TRS', 'VSK'],
      ]);
    }
    // the same truce told twice stays one deal
    const twice = code(
      'Veska and Ormund signed a truce on Sunday. The ceasefire agreement was signed by Veska and Ormund on Sunday.',
    );
    expect(ofType(twice.events, 'AGREE')).toHaveLength(1);
  });

  it('"sought to reimpose sanctions" stays an aim', () => {
    const doc = code('Tarsia and Ormund sought to reimpose U.N. sanctions on Veska.', '2026-06-16');
    expect(ofType(doc.events, 'SANCTION')).toEqual([]);
  });
});
