/**
 * `parley negotiations` and `-n ID` as an analyst uses them over the demo's store, which holds two
 * invented negotiations (Veska–Ormund over the Skerry Islands, Caldria–Belmora over the Ilm River).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parley } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-negotiations-'));
const db = join(dir, 'demo.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = async (...args: string[]) => {
  const run = await parley(...args, '--db', db, '--json');
  expect(run.code, run.err).toBe(0);
  return JSON.parse(run.out);
};

describe('parley negotiations over the demo', () => {
  beforeAll(async () => {
    const demo = await parley('demo', '--no-serve', '--json', '--db', db);
    expect(demo.code, demo.err).toBe(0);
    expect(JSON.parse(demo.out).negotiations.map((n: { id: string }) => n.id)).toEqual(['skerry', 'ilm']);
  }, 120_000);

  it('lists the negotiations with their parties, mediators, documents, facts and dates', async () => {
    const { negotiations, unassigned } = await json('negotiations');
    const [skerry, ilm] = negotiations;
    expect(skerry).toMatchObject({ id: 'skerry', parties: ['VSK', 'ORM', 'SKA'], mediators: ['TRS'] });
    expect(ilm).toMatchObject({ id: 'ilm', parties: ['CLD', 'BMR', 'DFU'], mediators: ['AUR'] });
    expect(ilm.documents).toBe(17);
    expect(ilm.positions).toBeGreaterThan(20);
    expect([ilm.first, ilm.last]).toEqual(['2026-03-05', '2026-09-24']);
    expect(skerry.documents).toBeGreaterThanOrEqual(35);
    expect(unassigned).toBe(0);
    const text = await parley('negotiations', '--db', db);
    expect(text.out).toMatch(/^ilm — Caldria–Belmora talks.*\n {2}parties CLD, BMR, DFU; mediators AUR/m);
  });

  it('answers a question for one negotiation, and asks which when the store holds several', async () => {
    const ilm = await json('positions', '-n', 'ilm');
    expect(ilm.negotiation.id).toBe('ilm');
    expect(ilm.actors.slice(0, 2).sort()).toEqual(['BMR', 'CLD']);
    expect(ilm.actors).not.toContain('VSK');
    const skerry = await json('positions', '--negotiation', 'skerry');
    expect(skerry.actors).not.toContain('CLD');
    const unsure = await parley('positions', '--db', db);
    expect(unsure.code).toBe(2);
    expect(unsure.err).toMatch(
      /this store holds 2 negotiations: skerry \(.*\), ilm \(.*\); say which with -n ID/,
    );
    const all = await json('positions', '-n', 'all');
    expect(all.actors).toEqual(expect.arrayContaining(['VSK', 'CLD']));
    const unknown = await parley('timeline', '-n', 'gaza', '--db', db);
    expect(unknown.err).toMatch(/no negotiation "gaza" in this store; it has skerry/);
  });

  it('keeps mediators out of the conflicts, and the brief says who mediates', async () => {
    const { issues } = await json('conflicts', '-n', 'ilm');
    const sides = issues.flatMap((i: { for: { actor: string }[]; against: { actor: string }[] }) =>
      [...i.for, ...i.against].map((e) => e.actor),
    );
    expect(sides).not.toContain('AUR');
    expect(
      issues.some((i: { mediators?: { actor: string }[] }) => i.mediators?.some((m) => m.actor === 'AUR')),
    ).toBe(true);
    const brief = await parley('brief', '-n', 'ilm', '--db', db);
    expect(brief.out).toMatch(/Mediated by:\*\* Aurenne \(AUR\)/);
    for (const command of ['changes --since 2026-06-01', 'meetings', 'timeline', 'quotes']) {
      const run = await parley(...command.split(' '), '-n', 'ilm', '--db', db, '--json');
      expect(run.code, `${command}: ${run.err}`).toBe(0);
      // Ormund is a party to the other talks only (Veska met the Ilm parties at the Talbrook forum,
      // an event of both).
      expect(run.out).not.toMatch(/"ORM"/);
    }
  });

  it('suggests the two negotiations from the news alone, with their parties', async () => {
    const { negotiations } = await json('negotiations', '--suggest');
    expect(negotiations).toHaveLength(2);
    const [first, second] = negotiations;
    expect(first.parties).toEqual(expect.arrayContaining(['ORM', 'VSK']));
    expect(first.parties).not.toContain('CLD');
    expect(second.parties).toEqual(expect.arrayContaining(['BMR', 'CLD']));
    expect(second.mediators).toEqual(['AUR']);
  });

  it('takes a document out of a negotiation by hand, and says so', async () => {
    const [doc] = (await json('docs')).filter((d: { source?: string }) =>
      d.source?.endsWith('2026-05-27-talbrook-forum.txt'),
    );
    const before = await json('negotiations');
    const out = await parley('negotiations', 'assign', doc.id.slice(0, 10), '--not', 'skerry', '--db', db);
    expect(out.code, out.err).toBe(0);
    expect(out.out).toMatch(/no longer belongs to skerry; the document is in: ilm \(blocks/);
    const after = await json('negotiations');
    expect(after.negotiations[0].documents).toBe(before.negotiations[0].documents - 1);
    const back = await parley('negotiations', 'assign', doc.id, '--to', 'skerry', '--db', db);
    expect(back.out).toMatch(/now belongs to skerry/);
    expect((await json('negotiations')).negotiations[0].documents).toBe(before.negotiations[0].documents);
  });
});
