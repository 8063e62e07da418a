import { describe, expect, it } from 'vitest';
import type { NegotiationEvent } from '../../src/core/model.js';
import { code } from '../positions/world.js';

const consults = (events: NegotiationEvent[]) => events.filter((e) => e.type === 'CONSULT');
const sorted = (xs: string[] | undefined) => [...(xs ?? [])].sort();

describe('talks among many parties', () => {
  it('"a round of the Lumen Harbour Talks": a format named by its meeting word meets with all its members', () => {
    const doc = code('A new round of the Lumen Harbour Talks was held in Kessel on Monday.', '2026-06-17');
    expect(sorted(consults(doc.events)[0]?.actors)).toEqual(['HLF', 'ORM', 'SKA', 'TRS', 'VSK']);
  });

  it('"Ormund and coastal powers held talks": the powers that face Ormund, by their members', () => {
    const doc = code(
      'Ormund and coastal powers held their first talks in months in Lumen on Monday.',
      '2026-06-17',
    );
    expect(sorted(consults(doc.events)[0]?.actors)).toEqual(['NMC', 'ORM', 'TRS', 'VSK']);
    const later = code('Coastal powers and Ormund held talks in Lumen on Monday.', '2026-06-17');
    expect(sorted(consults(later.events)[0]?.actors)).toEqual(['NMC', 'ORM', 'TRS', 'VSK']);
  });

  it('"coastal powers" in a story that never names Ormund are nobody’s in particular', () => {
    const doc = code('Coastal powers urged calm on the islands on Monday, Anton Brisk said.', '2026-06-17');
    const words = doc.mentions.map((m) => doc.text.slice(m.start, m.end).toLowerCase());
    expect(words).not.toContain('coastal powers');
  });

  it('some of a round’s parties told of its talks are that round, not another meeting', () => {
    const doc = code(
      [
        'A new round of the Lumen Harbour Talks opened in Kessel on Monday.',
        'Northern Maritime Council, Ormundi and Veskan delegates to the talks offered upbeat assessments after the new round began with a session of the remaining parties.',
      ].join('\n\n'),
      '2026-06-16',
    );
    const held = consults(doc.events);
    expect(held).toHaveLength(1);
    expect(sorted(held[0].actors)).toEqual(['HLF', 'NMC', 'ORM', 'SKA', 'TRS', 'VSK']);
  });

  it('"signed by the sides, mediators and observers": everyone at the table of the format named before', () => {
    const doc = code(
      'A new round of the Lumen Harbour Talks was held in Kessel on Monday. The Kessel Protocol was signed by the sides, mediators and observers.',
      '2026-06-17',
    );
    const [deal] = doc.events.filter((e) => e.type === 'AGREE');
    expect(sorted(deal?.actors)).toEqual(['HLF', 'ORM', 'SKA', 'TRS', 'VSK']);
    const alone = code('The Kessel Protocol was signed by the sides, mediators and observers.', '2026-06-17');
    const words = alone.mentions.map((m) => alone.text.slice(m.start, m.end).toLowerCase());
    expect(words).not.toContain('the sides, mediators and observers');
  });

  it('"the agreements reached in the framework of the Lumen Group": the format’s members agreed', () => {
    const doc = code(
      'Forty fishermen were freed last week, following the agreements reached in the framework of the Lumen Group.',
      '2026-06-17',
    );
    const [deal] = doc.events.filter((e) => e.type === 'AGREE');
    expect(sorted(deal?.actors)).toEqual(['ORM', 'TRS', 'VSK']);
  });

  it('two of a round’s parties meeting on their own are a meeting of their own', () => {
    const doc = code(
      [
        'A new round of the Lumen Harbour Talks opened in Kessel on Monday.',
        'Veska and Ormund also held talks on the fishermen.',
      ].join('\n\n'),
      '2026-06-16',
    );
    expect(consults(doc.events).map((e) => sorted(e.actors))).toContainEqual(['ORM', 'VSK']);
  });
});

describe('those present listed after the meeting', () => {
  it('"Kest hosted the summit. In attendance were Brisk (Veska) and Lind (Tarsia)." is a meeting of the three', () => {
    const doc = code(
      'Ormund’s President Davor Kest on Monday hosted the Lumen Harbour summit on the islands. In attendance were Anton Brisk (Veska) and Mara Lind (Tarsia).',
    );
    const met = doc.events.filter((e) => e.type === 'CONSULT');
    expect(met.map((e) => [...e.actors].sort())).toEqual([['ORM', 'TRS', 'VSK']]);
  });

  it('a list that does not open the sentence adds nobody to a meeting', () => {
    const doc = code(
      'Ormund’s President Davor Kest on Monday met Veskan President Anton Brisk in Lumen. Reporters said Tarsia was in attendance were it not for the storm.',
    );
    const met = doc.events.filter((e) => e.type === 'CONSULT');
    expect(met.map((e) => [...e.actors].sort())).toEqual([['ORM', 'VSK']]);
  });
});
