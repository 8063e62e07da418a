/**
 * What a newcomer reads after `parley ingest`: `docs` titles each sample article by its headline
 * and keeps its file name in sight; `show` lists the positions and events it counts, each with its
 * evidence and the rule that found it, in text and in --json.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortSource } from '../../src/cli/commands/docs.js';
import { corpusDir, corpusFiles } from '../server/corpus.js';
import { parley } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-docs-show-'));
const db = join(dir, 'corpus.db');
beforeAll(async () => {
  expect((await parley('ingest', corpusDir, '--db', db, '--json')).code).toBe(0);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parley docs', () => {
  it('shows each sample article with a title and its whole file name', async () => {
    const run = await parley('docs', '--db', db);
    expect(run.code).toBe(0);
    const rows = run.out.trimEnd().split('\n').slice(1);
    expect(rows).toHaveLength(corpusFiles().length);
    expect(run.out).not.toContain('(untitled)');
    for (const file of corpusFiles()) expect(run.out).toContain(`/${file}`);
    // The headline of the first article, as its title.
    const first = rows.find((r) => r.includes('2026-03-10-clash-at-sea.txt'));
    expect(first).toContain('Veska demanded an immediate ceasefire');
  });

  it('shortens a long source in the middle, keeping the file name', () => {
    const path = '/home/analyst/archive/2026/negotiations/skerry/2026-03-12-tarsia-offers-mediation.txt';
    const short = shortSource(path, 44);
    expect(short).toHaveLength(44);
    expect(short).toBe('/hom…/2026-03-12-tarsia-offers-mediation.txt');
    expect(shortSource('Tidewire', 44)).toBe('Tidewire');
    // A name longer than the column keeps its end.
    expect(shortSource(`/a/${'x'.repeat(60)}.txt`, 20)).toBe(`…${'x'.repeat(15)}.txt`);
  });
});

describe('parley show', () => {
  it('lists the positions and events it counts, with evidence and rule; --json has them too', async () => {
    const docs = JSON.parse((await parley('docs', '--db', db, '--json')).out);
    const clash = docs.find((d: { source: string }) => d.source.endsWith('2026-03-10-clash-at-sea.txt'));
    const json = JSON.parse((await parley('show', clash.id.slice(0, 8), '--db', db, '--json')).out);
    expect(json.positions.length).toBeGreaterThan(0);
    expect(json.events.length).toBeGreaterThan(0);
    expect(json.positions).toHaveLength(json.annotated.positions.length);
    expect(json.events).toHaveLength(json.annotated.events.length);
    for (const fact of [...json.statements, ...json.positions, ...json.events]) {
      expect(fact.rule).toMatch(/^(statement|position|event)\./);
      const evidence = fact.evidence ?? fact.content;
      expect(json.text.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
    expect(json.positions).toContainEqual(
      expect.objectContaining({ actor: 'VSK', issue: 'ceasefire', stance: 'demand' }),
    );

    const text = (await parley('show', clash.id.slice(0, 8), '--db', db)).out;
    expect(text).toContain(`positions (${json.positions.length})`);
    expect(text).toContain(`events (${json.events.length})`);
    expect(text).toContain('VSK on ceasefire: demand');
    for (const fact of [...json.positions, ...json.events]) {
      expect(text).toContain(fact.rule);
      expect(text).toContain(fact.evidence.text.replace(/\s+/g, ' ').trim());
    }
  });
});
