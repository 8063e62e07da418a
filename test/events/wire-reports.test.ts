/**
 * Events in whole wire reports of a round of talks: a meeting only judged as the crown of a deal
 * to come, an accusation that carries on the sentence before it, an agreement reached at talks
 * told with the day it was reported. Sentences are written for the tests (story dated Tuesday
 * 2026-06-16).
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

describe('events across a wire report', () => {
  it('"a meeting between the presidents could only crown an agreement" tells no meeting', () => {
    const doc = code(
      'Ormund said it saw no reason to hurry. Ormundi spokesman Ivo Darr told reporters on Tuesday that a meeting between President Davor Kest and President Anton Brisk could only crown an agreement, not replace one.',
    );
    expect(doc.events.filter((e) => e.type === 'CONSULT')).toEqual([]);
  });

  it('"He also accused …" is dated the day the sentence before says he spoke', () => {
    const doc = code(
      [
        'The talks on Sunday, led by Veskan Foreign Minister Ilse Marrow and Ormundi negotiator Petr Vallo, ended in Lumen.',
        'Kest, who had given Port Alder until Thursday to respond, said on Monday that the deadline was flexible. He also accused Veska of showing no gratitude for Ormundi help.',
      ].join('\n\n'),
    );
    const charge = doc.events.find((e) => e.type === 'ACCUSE');
    expect(charge?.actors.sort()).toEqual(['ORM', 'VSK']);
    expect(charge?.date).toBe('2026-06-15');
  });

  it('"agreed at talks in Lumen to …, negotiators said on Tuesday" was reached the day the talks were held', () => {
    const doc = code(
      [
        'Veska and Ormund agreed at a second round of direct talks in Lumen to swap all wounded prisoners, negotiators said on Tuesday.',
        'The meeting on Monday was hosted by Tarsian envoy Mira Solenne.',
      ].join('\n\n'),
    );
    const deal = doc.events.find((e) => e.type === 'AGREE');
    expect(deal?.date).toBe('2026-06-15');
  });

  it('"will host leaders of the coalition of the willing" plans a meeting with the European collective', () => {
    const doc = code(
      'Veskan President Anton Brisk will host leaders of the coalition of the willing in Port Alder on Friday.',
    );
    const meeting = doc.events.find((e) => e.type === 'CONSULT');
    expect(meeting?.actors.sort()).toEqual(['EUR', 'VSK']);
    expect(meeting?.status).toBe('planned');
  });
});

describe('a meeting told by the singular "discussion"', () => {
  it('"the truce followed a discussion between X and his Y counterpart" is a consultation of both', () => {
    const doc = code(
      'Veska and Ormund said on Tuesday that the truce followed a discussion between the Veskan army chief and his Ormundi counterpart over a hotline.',
    );
    const talks = doc.events.filter((e) => e.type === 'CONSULT');
    expect(talks.map((e) => [...e.actors].sort())).toEqual([['ORM', 'VSK']]);
  });
});

describe('barriers raised as punitive measures', () => {
  const sanctions = (text: string) =>
    code(text)
      .events.filter((e) => e.type === 'SANCTION')
      .map((e) => [...e.actors].sort());

  it.each([
    'Ormund imposed export controls on rare earth minerals sold to Veska on Monday.',
    'Ormund tightened export curbs against Veska on Monday.',
    'Veska downgraded diplomatic ties with Ormund on Monday.',
    'Ormund revoked Veska\u2019s most-favoured-nation status on Monday.',
  ])('"%s" is a sanction between the two', (text) => {
    expect(sanctions(text)).toEqual([['ORM', 'VSK']]);
  });
});

describe('tariffs cut are no sanction', () => {
  it('"Ormund cut tariffs on Veskan goods" imposes nothing', () => {
    expect(
      code('Ormund cut tariffs on Veskan goods on Monday.').events.filter((e) => e.type === 'SANCTION'),
    ).toEqual([]);
  });
});

describe('formal protests', () => {
  const accusations = (text: string) =>
    code(text)
      .events.filter((e) => e.type === 'ACCUSE')
      .map((e) => [e.source, e.target, e.date]);

  it('"summoned Ormund\u2019s deputy high commissioner to lodge a strong protest" is one accusation of Ormund', () => {
    expect(
      accusations(
        'Veska summoned Ormund\u2019s deputy high commissioner on Monday to lodge a strong protest over the killing of two soldiers.',
      ),
    ).toEqual([[['VSK'], ['ORM'], '2026-06-15']]);
  });

  it('"summoned the Veskan ambassador" accuses Veska', () => {
    expect(accusations('Ormund summoned the Veskan ambassador on Sunday.')).toEqual([
      [['ORM'], ['VSK'], '2026-06-14'],
    ]);
  });

  it('"lodged a strong protest with Ormund" accuses Ormund', () => {
    expect(accusations('Veska lodged a strong protest with Ormund on Saturday over the shelling.')).toEqual([
      [['VSK'], ['ORM'], '2026-06-13'],
    ]);
  });
});

describe('a meeting that is the purpose of travelling', () => {
  it('"was welcome to come to Port Alder for talks with his counterpart" is a plan, not talks held', () => {
    const talks = code(
      'Ilse Marrow said Ormundi envoy Petr Vallo was welcome to come to Port Alder for talks with his Veskan counterpart.',
    ).events.filter((e) => e.type === 'CONSULT');
    expect(talks.map((e) => e.status)).not.toContain('held');
  });
});

describe('sanctions told as terminated', () => {
  it('"resolutions putting sanctions against Ormund will be terminated" imposes no sanction', () => {
    const texts = [
      'Veska said all council resolutions putting sanctions against Ormund will be terminated under a final deal.',
      'Tarsia offered to terminate the embargo on Ormund once the fishermen are freed.',
    ];
    for (const text of texts)
      expect(
        code(text).events.filter((e) => e.type === 'SANCTION'),
        text,
      ).toEqual([]);
  });
});
