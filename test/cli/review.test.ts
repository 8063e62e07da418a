/**
 * Issue 13's check on the seed article (read from ../shared, never copied into the repository;
 * skipped when it is absent), from the command line as an analyst works: correct one stance,
 * reject one statement, reprocess, and both corrections still hold; export the reviewed document
 * as gold and score the pipeline against it; the audit log lists each change with who and when.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../server/corpus.js';
import { parley } from './run.js';

const seed = join(repoRoot, '..', 'shared', 'seeds', '000_dcef3a8e5b079d4c.txt');

interface QueueItem {
  ref: string;
  kind: string;
  docId: string;
  fact: {
    actor?: string;
    issue?: string;
    stance?: string;
    speaker?: string;
    content?: { start: number; end: number };
  };
}

describe.skipIf(!existsSync(seed))('reviewing the seed from the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-review-'));
  const db = join(dir, 'seed.db');
  const run = (...args: string[]) => parley('--db', db, ...args);
  const json = async <T>(...args: string[]): Promise<T> => {
    const r = await run(...args, '--json');
    expect(r.code, r.err).toBe(0);
    return JSON.parse(r.out) as T;
  };
  let position: QueueItem;
  let statement: QueueItem;
  let statementText: string;

  beforeAll(async () => {
    expect((await run('ingest', seed)).code).toBe(0);
    const queue = await json<{ items: QueueItem[] }>('review', '--limit', '500');
    // A stance to turn around, and a statement to strike out: the first of each the queue offers.
    position = queue.items.find((i) => i.kind === 'position' && i.fact.stance !== 'reject')!;
    statement = queue.items.find((i) => i.kind === 'statement')!;
    const doc = await json<{ text: string }>('show', statement.docId);
    statementText = doc.text.slice(statement.fact.content!.start, statement.fact.content!.end);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The stances on the corrected cell, each with its status, and the statements' contents. */
  const record = async () => {
    const { actor, issue } = position.fact;
    const history = await json<{ stance: string; status: string; factId: number }[]>(
      'positions',
      '--actor',
      actor!,
      '--issue',
      issue!,
      '--history',
    );
    const shown = await json<{ statements: { content: { text: string } }[] }>('show', statement.docId);
    return { history, contents: shown.statements.map((s) => s.content.text) };
  };

  it('a corrected stance and a rejected statement are the record, and hold after `parley reprocess`', async () => {
    const corrected = await run('correct', position.ref, '--stance', 'reject', '--user', 'ana');
    expect(corrected.out).toMatch(/corrected by ana/);
    const rejected = await run('reject', statement.ref, '--user', 'ben');
    expect(rejected.out).toMatch(/rejected by ben/);

    const check = async () => {
      const { history, contents } = await record();
      expect(history).toContainEqual(expect.objectContaining({ stance: 'reject', status: 'corrected' }));
      expect(contents).not.toContain(statementText);
    };
    await check();
    const reprocessed = await run('reprocess');
    expect(reprocessed.code, reprocessed.err).toBe(0);
    expect(reprocessed.out).toMatch(/corrections: 2 hold/);
    await check();
    // The statement is gone from the queue too, and the position is no longer waiting for a check.
    const queue = await json<{ items: QueueItem[] }>('review', '--limit', '500');
    expect(
      queue.items.map(
        (i) =>
          i.kind === 'statement' &&
          i.fact.speaker === statement.fact.speaker &&
          i.fact.content?.start === statement.fact.content?.start,
      ),
    ).not.toContain(true);
    const corrections = await json<{ corrections: { action: string; state: string }[] }>('corrections');
    expect(corrections.corrections.map((c) => `${c.action} ${c.state}`)).toEqual([
      'correct holds',
      'reject holds',
    ]);
  });

  it('exports the reviewed document as gold, and `parley eval` scores the pipeline against it', async () => {
    const gold = join(dir, 'gold');
    const exported = await run('corrections', 'export', '--format', 'gold', gold);
    expect(exported.code, exported.err).toBe(0);
    const files = readdirSync(gold);
    expect(files).toHaveLength(1);
    const file = JSON.parse(readFileSync(join(gold, files[0]), 'utf8'));
    expect(file.positions).toContainEqual(
      expect.objectContaining({ actor: position.fact.actor, issue: position.fact.issue, stance: 'reject' }),
    );
    expect(file.statements.map((s: { content: string }) => s.content)).not.toContain(statementText);

    const report = await json<{
      documents: {
        errors: {
          layer: string;
          kind: string;
          gold?: { actor?: string; issue?: string };
          predicted?: { content?: string };
        }[];
      }[];
      totals: { statements: { fp: number }; positions: { fn: number } };
    }>('eval', gold, '--errors');
    // The pipeline still finds the statement the analyst struck out: a false alarm against the gold …
    expect(report.totals.statements.fp).toBeGreaterThanOrEqual(1);
    const errors = report.documents[0].errors;
    expect(errors).toContainEqual(
      expect.objectContaining({
        layer: 'statements',
        kind: 'spurious',
        predicted: expect.objectContaining({ content: statementText }),
      }),
    );
    // … and misses the stance as corrected.
    expect(errors).toContainEqual(
      expect.objectContaining({
        layer: 'positions',
        kind: 'missed',
        gold: expect.objectContaining({
          actor: position.fact.actor,
          issue: position.fact.issue,
          stance: 'reject',
        }),
      }),
    );
    // In one step, the same scores.
    const inOne = await json<{ totals: unknown }>('eval', '--store');
    expect(inOne.totals).toEqual(report.totals);
  });

  it('the audit log lists each change with who and when', async () => {
    const { changes } = await json<{ changes: { user: string; action: string; at: string; kind: string }[] }>(
      'audit',
    );
    expect(changes.map((c) => `${c.user} ${c.action} ${c.kind}`)).toEqual([
      'ana correct position',
      'ben reject statement',
    ]);
    for (const c of changes) expect(Number.isNaN(Date.parse(c.at))).toBe(false);
    const text = await run('audit');
    expect(text.out).toMatch(/ana\s+correct\s+position/);
    expect(text.out).toMatch(/ben\s+reject\s+statement/);
  });
});
