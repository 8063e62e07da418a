import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Position, Stance } from '../../src/core/model.js';
import {
  buildBrief,
  changesSince,
  conflicts,
  meetings,
  moveBetween,
  persons,
  positionHistory,
  positionsMatrix,
  quotes,
  renderBriefHtml,
  renderBriefMarkdown,
  timeline,
} from '../../src/core/query/index.js';
import type { Store } from '../../src/core/store/store.js';
import { openEngineStore, engines as storeEngines } from '../store/engines.js';
import { FakeStore } from './fake-store.js';
import { load, makeDoc, scenario } from './scenario.js';

const engines: [string, () => Promise<Store>][] = [
  ['the Store interface (in-memory)', async () => new FakeStore()],
  ...storeEngines.map((engine): [string, () => Promise<Store>] => [
    engine.name,
    () => openEngineStore(engine),
  ]),
];

const codebook = {
  persons: [
    {
      id: 'ilse-marrow',
      name: 'Ilse Marrow',
      aliases: [],
      roles: [{ title: 'Foreign Minister', actor: 'VSK' }],
    },
  ],
};

describe.each(engines)('queries over %s', (_name, open) => {
  let store: Store;
  beforeAll(async () => {
    store = await open();
    await load(store, scenario());
  });
  afterAll(() => store?.close());
  const cell = async (asOf: string | undefined, actor: string, issue: string) =>
    (await positionsMatrix(store, { asOf })).cells.find((c) => c.actor === actor && c.issue === issue);

  it('gives each actor × issue its latest stance, with evidence, date and backing', async () => {
    const m = await positionsMatrix(store, {});
    expect(m.actors).toEqual(['ORM', 'VSK']);
    expect(m.issues).toEqual([
      'ceasefire',
      'fishing_rights',
      'prisoners',
      'sanctions_relief',
      'talks_inclusion',
      'territory',
    ]);
    const prisoners = await cell(undefined, 'ORM', 'prisoners');
    expect(prisoners).toMatchObject({
      stance: 'demand',
      date: '2026-06-12',
      since: '2026-06-02',
      sources: 2,
    });
    expect(prisoners?.evidence.text).toContain('again demanded');
    expect(await cell(undefined, 'VSK', 'territory')).toMatchObject({
      stance: 'reject',
      redLine: true,
      strength: 'official',
    });
  });

  it('keeps a red line through later restatements of the same stance', async () => {
    const territory = await cell(undefined, 'VSK', 'territory');
    expect(territory).toMatchObject({
      stance: 'reject',
      redLine: true,
      date: '2026-09-28',
      since: '2026-03-18',
      sources: 2,
    });
    expect(territory?.firstRedLine?.date).toBe('2026-03-18');
  });

  it('breaks a same-day tie by source strength: the official on the record beats an anonymous source', async () => {
    const ceasefire = await cell(undefined, 'ORM', 'ceasefire');
    expect(ceasefire).toMatchObject({ stance: 'accept', date: '2026-06-09', strength: 'official' });
    expect(ceasefire?.evidence.speaker).toBe('Davor Kest');
  });

  it('does not let a retold past stance (dated by the text) override a newer one', async () => {
    expect(await cell(undefined, 'ORM', 'talks_inclusion')).toMatchObject({
      stance: 'accept',
      redLine: false,
    });
  });

  it('answers as of a date: only evidence published by then', async () => {
    expect(await cell('2026-05-01', 'ORM', 'ceasefire')).toMatchObject({
      stance: 'reject',
      strength: 'reported',
    });
    expect(await cell('2026-05-01', 'ORM', 'talks_inclusion')).toMatchObject({
      stance: 'reject',
      redLine: true,
    });
    expect(await cell('2026-05-01', 'ORM', 'prisoners')).toBeUndefined();
    expect((await positionsMatrix(store, { asOf: '2026-05-01', actor: 'VSK' })).actors).toEqual(['VSK']);
    expect((await positionsMatrix(store, { issue: 'territory' })).issues).toEqual(['territory']);
  });

  it('finds what moved since a date, with the evidence before and after', async () => {
    const report = await changesSince(store, '2026-06-01');
    const find = (actor: string, issue: string) =>
      report.changes.find((c) => c.actor === actor && c.issue === issue);
    expect(find('ORM', 'ceasefire')).toMatchObject({ kind: 'softening', date: '2026-06-09' });
    expect(find('ORM', 'ceasefire')?.before?.text).toContain('rejected the call');
    expect(find('ORM', 'ceasefire')?.after.text).toContain('accepts a ceasefire');
    expect(find('ORM', 'talks_inclusion')).toMatchObject({
      kind: 'softening',
      redLine: 'dropped',
      date: '2026-07-20',
    });
    expect(find('ORM', 'fishing_rights')).toMatchObject({
      kind: 'hardening',
      redLine: 'drawn',
      date: '2026-08-25',
    });
    expect(find('ORM', 'prisoners')).toMatchObject({ kind: 'new-demand', date: '2026-06-02' });
    expect(find('ORM', 'territory')).toMatchObject({ kind: 'new-demand' });
    expect(find('VSK', 'fishing_rights')).toBeUndefined();
    // The move is dated where Veska first crossed over (first reported by anonymous officials),
    // not where it last wavered between "propose" and "open".
    expect(find('VSK', 'sanctions_relief')).toMatchObject({ kind: 'softening', date: '2026-06-24' });
    expect(find('VSK', 'sanctions_relief')?.after.strength).toBe('anonymous');
    expect(await cell(undefined, 'VSK', 'sanctions_relief')).toMatchObject({
      stance: 'open',
      since: '2026-09-27',
      strength: 'official',
    });
    expect(find('VSK', 'ceasefire')).toBeUndefined();
    expect(report.newIssues.map((n) => n.issue)).toEqual(['prisoners']);
  });

  it('finds per issue who is for and against, colliding red lines and common ground', async () => {
    const report = await conflicts(store, {});
    const issue = (code: string) => report.issues.find((i) => i.issue === code);
    expect(issue('territory')?.redLineCollisions).toEqual([['ORM', 'VSK']]);
    expect(report.issues[0].issue).toBe('territory');
    expect(issue('fishing_rights')).toMatchObject({ contested: true, commonGround: undefined });
    expect(issue('fishing_rights')?.for.map((e) => e.actor)).toEqual(['ORM']);
    expect(issue('fishing_rights')?.against.map((e) => e.actor)).toEqual(['VSK']);
    expect(issue('ceasefire')).toMatchObject({ contested: false, commonGround: 'for' });
    // One party alone is not common ground.
    expect(issue('prisoners')?.commonGround).toBeUndefined();
    expect(
      (await conflicts(store, { asOf: '2026-04-30' })).issues.find((i) => i.issue === 'ceasefire')?.contested,
    ).toBe(true);
  });

  it('lists meetings in date order, one entry per meeting across articles, with exclusions', async () => {
    const list = await meetings(store);
    expect(list.map((m) => `${m.date} ${m.status}`)).toEqual([
      '2026-03-18 held',
      '2026-04-14 planned',
      '2026-04-14 held',
      '2026-10 postponed',
      '2026-10-20 planned',
    ]);
    // The postponement does not repeat the place; the planned summit it postpones gives it.
    expect(list[3].location?.name).toBe('Lumen');
    const round = list[2];
    expect(round.actors).toEqual(['ORM', 'TRS', 'VSK']);
    expect(round.excluded).toEqual(['SKA']);
    expect(round.duration).toBe('PT6H');
    expect(round.sources.length).toBe(2);
    expect((await timeline(store)).map((e) => e.type)).toContain('ACCUSE');
    expect((await timeline(store, { since: '2026-06-01' }))[0]).toMatchObject({
      type: 'ACCUSE',
      target: ['VSK'],
    });
  });

  it('merges a person across documents and searches quotes by words', async () => {
    const people = await persons(store, codebook);
    const marrow = people.find((p) => p.id === 'ilse-marrow');
    expect(marrow).toMatchObject({ name: 'Ilse Marrow', actor: 'VSK', statements: 8, documents: 8 });
    expect(marrow?.names.sort()).toEqual(['Ilse Marrow', 'Marrow']);
    expect(people.some((p) => p.name.startsWith('A senior'))).toBe(false);
    // Without a codebook, "Marrow" still joins the fullest name of the same party.
    expect((await persons(store)).find((p) => p.name === 'Ilse Marrow')?.statements).toBe(8);
    const found = await quotes(store, { text: 'cede islands' }, codebook);
    expect(found.map((q) => [q.speaker, q.speakerAsWritten, q.date])).toEqual([
      ['Ilse Marrow', 'Marrow', '2026-03-18'],
      ['Ilse Marrow', 'Marrow', '2026-09-28'],
    ]);
    expect((await quotes(store, { actor: 'ORM', since: '2026-07-01' })).map((q) => q.date)).toEqual([
      '2026-07-20',
      '2026-08-25',
      '2026-08-25',
    ]);
  });

  it('keeps the history of a stance', async () => {
    expect((await positionHistory(store, 'ORM', 'ceasefire')).map((e) => `${e.date} ${e.stance}`)).toEqual([
      '2026-03-10 reject',
      '2026-06-09 accept',
      '2026-06-09 reject',
    ]);
  });

  it('writes a brief a colleague can read, in Markdown and in escaped HTML', async () => {
    const brief = await buildBrief(store, {
      since: '2026-06-01',
      codebook: { ...codebook, actors: [], issues: [] },
    });
    const md = renderBriefMarkdown(brief);
    for (const heading of [
      'Where the parties stand',
      'Conflicts and common ground',
      'What changed since 2026-06-01',
      'Key quotes',
      'Timeline',
    ])
      expect(md).toContain(`## ${heading}`);
    expect(md).toContain('softening, reject → accept');
    expect(md).toContain('Red lines collide: ORM vs VSK');
    const html = renderBriefHtml(brief);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html.startsWith('<!doctype html>')).toBe(true);
  });
});

describe('moveBetween', () => {
  it('calls a move toward rejection, a red line or a stronger ask hardening, the reverse softening', async () => {
    expect(moveBetween({ stance: 'open', redLine: false }, { stance: 'reject', redLine: true })).toEqual({
      kind: 'hardening',
      redLine: 'drawn',
    });
    expect(moveBetween({ stance: 'reject', redLine: false }, { stance: 'open', redLine: false })).toEqual({
      kind: 'softening',
      redLine: undefined,
    });
    expect(
      moveBetween({ stance: 'propose', redLine: false }, { stance: 'demand', redLine: false })?.kind,
    ).toBe('hardening');
    expect(
      moveBetween({ stance: 'demand', redLine: false }, { stance: 'accept', redLine: false })?.kind,
    ).toBe('softening');
    expect(moveBetween({ stance: 'reject', redLine: true }, { stance: 'reject', redLine: false })).toEqual({
      kind: 'softening',
      redLine: 'dropped',
    });
    expect(
      moveBetween({ stance: 'accept', redLine: false }, { stance: 'accept', redLine: false }),
    ).toBeUndefined();
    // Offering, accepting and being open differ in wording, not in what is asked.
    expect(
      moveBetween({ stance: 'accept', redLine: false }, { stance: 'propose', redLine: false }),
    ).toBeUndefined();
    expect(
      moveBetween({ stance: 'propose', redLine: false }, { stance: 'open', redLine: false }),
    ).toBeUndefined();
  });
});

describe.each(engines)('a stance restated often after a look-back, over %s', (_name, open) => {
  // Veska rejects in April, comes round in June, and is restated through August; one July article
  // looks back to April ("In April, Veska had refused …"), dated by the text.
  const fishing = (stance: Stance, extra: Partial<Position> = {}) => ({
    actor: 'VSK',
    issue: 'fishing_rights',
    stance,
    ...extra,
  });
  const docs = [
    makeDoc('2026-04-15', 'Veska refuses', [
      { text: 'Veska refused to share the fishing grounds.', positions: [fishing('reject')] },
    ]),
    makeDoc('2026-06-24', 'Veska offers', [
      { text: 'Veska offered to share the fishing grounds.', positions: [fishing('propose')] },
    ]),
    makeDoc('2026-07-28', 'Looking back', [
      { text: 'Veska again offered to share the fishing grounds.', positions: [fishing('propose')] },
      {
        text: 'In April, Veska had refused to share them.',
        positions: [fishing('reject', { date: '2026-04' })],
      },
    ]),
    ...['01', '03', '05', '07', '09', '11'].map((day) =>
      makeDoc(`2026-08-${day}`, `Restated ${day}`, [
        {
          text: `On August ${day} Veska repeated its offer on the fishing grounds.`,
          positions: [fishing('propose')],
        },
      ]),
    ),
  ];
  let store: Store;
  beforeAll(async () => {
    store = await open();
    await load(store, docs);
  });
  afterAll(() => store?.close());

  it('dates the softening where Veska crossed over, not at the article that looked back', async () => {
    const cell = (await positionsMatrix(store, {})).cells.find(
      (c) => c.actor === 'VSK' && c.issue === 'fishing_rights',
    );
    expect(cell).toMatchObject({ stance: 'propose', since: '2026-06-24' });
    const change = (await changesSince(store, '2026-06-01')).changes.find(
      (c) => c.issue === 'fishing_rights',
    );
    expect(change).toMatchObject({ kind: 'softening', date: '2026-06-24' });
  });
});
