/**
 * Issue wordings of wire reports on the peace talks of a civil war and its neighbours: a process
 * that should include every party of a country. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('issue wordings of reports on a civil war’s talks', () => {
  it('"a negotiation process that should include all Ormundi parties" is the inclusion of the talks', () => {
    expect(
      stances(
        code(
          'Tarsia urged continued international support for an expanded negotiation process that should include all Ormundi parties.',
        ),
      ),
    ).toContain('TRS talks_inclusion demand');
  });

  it('"a dialogue involving all Veskan political forces" is the inclusion of the talks', () => {
    expect(
      stances(code('Veska called for a national dialogue involving all Veskan political forces.')),
    ).toContain('VSK talks_inclusion demand');
  });

  it('"a ceasefire that includes all armed groups" is not the inclusion of the talks', () => {
    expect(
      stances(code('Veska called for a ceasefire that includes all armed groups in the north.')),
    ).not.toContain('VSK talks_inclusion demand');
  });
});

describe('summits asked for', () => {
  it('"urged Veska and Ormund to hold a summit" demands the summit', () => {
    expect(stances(code('Tarsia urged Veska and Ormund to hold a summit next month.'))).toContain(
      'TRS summit demand',
    );
  });

  it('leaders urged to meet have not accepted the summit', () => {
    const got = stances(
      code('Tarsia urged President Anton Brisk and President Davor Kest to meet in Lumen next week.'),
    );
    expect(got).not.toContain('VSK summit accept');
    expect(got).not.toContain('ORM summit accept');
  });

  it('leaders who will meet still accept it', () => {
    expect(
      stances(code('President Anton Brisk and President Davor Kest will meet in Lumen next week.')),
    ).toContain('VSK summit accept');
  });
});

describe('a deal signed off on, told with a fronted clause', () => {
  it('"Meeting in Kessel, Veska and Ormund signed off on a truce, Tarsia said" is the signatories\' acceptance, not Tarsia\'s', () => {
    const doc = code(
      'Meeting in Kessel, Veska and Ormund signed off on a seven-day ceasefire, the Northern Maritime Council and Tarsia said in a joint statement.',
    );
    const got = stances(doc);
    expect(got).toContain('VSK ceasefire accept');
    expect(got).toContain('ORM ceasefire accept');
    expect(got).not.toContain('TRS ceasefire accept');
    expect(doc.events.find((e) => e.type === 'AGREE')?.actors.sort()).toEqual(['ORM', 'VSK']);
  });

  it('"signed off on talks about a truce" is no deal', () => {
    const doc = code('Veska and Ormund signed off on talks about a ceasefire on Monday.');
    expect(doc.events.filter((e) => e.type === 'AGREE')).toEqual([]);
  });
});

describe('relief from sanctions with words between', () => {
  it('"in exchange for relief for Veska from economic sanctions" asks for sanctions relief', () => {
    expect(
      stances(
        code(
          'Veska offered to cap its missile programme in exchange for relief for Veska from economic sanctions.',
        ),
      ),
    ).toContain('VSK sanctions_relief demand');
  });

  it('"relief from Ormundi and international sanctions" is sanctions relief', () => {
    expect(stances(code('Veska demanded relief from Ormundi and international sanctions.'))).toContain(
      'VSK sanctions_relief demand',
    );
  });
});

describe('sanctions terminated', () => {
  it('"the sanctions would be terminated once the deal is carried out" is sanctions relief', () => {
    expect(
      stances(code('Veska said the sanctions would be terminated once the deal is carried out.')),
    ).toContain('VSK sanctions_relief propose');
  });
});

describe('crossings of a front line for civilians', () => {
  it('"needed more points of passage between front lines for civilians" is humanitarian', () => {
    expect(
      stances(code('Veska said it needed more points of passage between the front lines for civilians.')),
    ).toContain('VSK humanitarian propose');
  });

  it('"agreed to open two new crossing points" is humanitarian', () => {
    expect(stances(code('Ormund agreed to open two new crossing points on the contact line.'))).toContain(
      'ORM humanitarian accept',
    );
  });

  it('checkpoints manned by soldiers are no humanitarian stance', () => {
    expect(stances(code('Veska said its soldiers manned checkpoints across the city.'))).toEqual([]);
  });
});
