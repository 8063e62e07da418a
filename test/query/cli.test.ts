/** The query commands over a store holding the sample corpus: text for people, --json for programs. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { type CorpusStore, codebookFile, corpusStore } from '../server/corpus.js';

let corpus: CorpusStore;
let db: string;
beforeAll(async () => {
  corpus = await corpusStore();
  db = join(corpus.dir, 'parley.db');
}, 120_000);
afterAll(() => corpus?.cleanup());

async function run(...args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    const code = await main(['node', 'parley', '--db', db, ...args]);
    return { code, out };
  } finally {
    spy.mockRestore();
  }
}

describe('the query commands', () => {
  it('positions --json gives the matrix; the text form names each issue and cell', async () => {
    const json = JSON.parse((await run('positions', '--as-of', '2026-09', '--json')).out);
    expect(json.asOf).toBe('2026-09-30');
    expect(json.actors).toEqual(expect.arrayContaining(['ORM', 'VSK']));
    expect(json.cells[0]).toHaveProperty('evidence.text');
    const text = (await run('positions', '--issue', 'territory')).out;
    expect(text).toContain('territory');
    expect(text).toMatch(/VSK\s+reject \(red line\)/);
  });

  it("positions --history lists one actor's stances on one issue, oldest first", async () => {
    const list = JSON.parse(
      (await run('positions', '--actor', 'ORM', '--issue', 'talks_inclusion', '--history', '--json')).out,
    );
    const dates = list.map((e: { date: string }) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(list.map((e: { stance: string }) => e.stance)).toEqual(
      expect.arrayContaining(['reject', 'accept']),
    );
    await expect(run('positions', '--history')).rejects.toThrow(/--history needs --actor and --issue/);
  });

  it('changes, conflicts, meetings, timeline and quotes answer in JSON', async () => {
    expect(
      JSON.parse((await run('changes', '--since', '2026-06-01', '--json')).out).changes.length,
    ).toBeGreaterThan(0);
    expect(JSON.parse((await run('conflicts', '--json')).out).issues.length).toBeGreaterThan(0);
    const meetings = JSON.parse((await run('meetings', '--actor', 'SKA', '--json')).out);
    expect(meetings.every((m: { type: string }) => m.type === 'CONSULT')).toBe(true);
    const events = JSON.parse((await run('timeline', '--type', 'accuse', '--json')).out);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e: { type: string }) => e.type === 'ACCUSE')).toBe(true);
    const quotes = JSON.parse((await run('quotes', '--text', 'red line', '--json')).out);
    expect(quotes.map((q: { speaker: string }) => q.speaker)).toContain('Oskar Fenn');
  });

  it('brief writes Markdown by default and a page with --format html', async () => {
    expect((await run('brief', '--since', '2026-06-01')).out).toContain('## What changed since 2026-06-01');
    const html = (await run('brief', '--format', 'html')).out;
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(JSON.parse((await run('brief', '--json')).out).positions.cells.length).toBeGreaterThan(0);
  });

  it('reprocess re-extracts the store with the same codebook and changes no count', async () => {
    const result = JSON.parse((await run('reprocess', '--json', '--codebook', codebookFile)).out);
    expect(result.documents).toBeGreaterThanOrEqual(30);
    expect(result.after).toEqual(result.before);
  });

  it('names the option and the fix for a bad date or format', async () => {
    await expect(run('positions', '--as-of', '2026-13-01')).rejects.toThrow(
      /--as-of 2026-13-01: not a date; give YYYY-MM-DD/,
    );
    await expect(run('brief', '--format', 'pdf')).rejects.toThrow(/--format pdf: unknown; use md or html/);
    await expect(run('timeline', '--type', 'MEET')).rejects.toThrow(/--type MEET: not an event type/);
  });
});
