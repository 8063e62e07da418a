/**
 * Issue 5's checks on the seed article (read from ../shared, never copied into the repository;
 * skipped when it is absent): positions, the conflict they make, and the meetings.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { ingest, preparingWith } from '../../src/core/ingest/ingest.js';
import { prepareDocument } from '../../src/core/ingest/prepare.js';
import { readInputs } from '../../src/core/ingest/sources.js';
import { DEFAULT_MAX_BYTES } from '../../src/core/ingest/types.js';
import { conflicts, meetings, positionsMatrix } from '../../src/core/query/index.js';
import { defaultPipeline } from '../../src/core/stages.js';
import { openSqliteStore, type SqliteStore } from '../../src/core/store/sqlite.js';
import { repoRoot } from '../server/corpus.js';

const seedDir = join(repoRoot, '..', 'shared', 'seeds');
const hasSeed = existsSync(join(seedDir, '000_dcef3a8e5b079d4c.txt'));

describe.skipIf(!hasSeed)('the analyst queries on the seed article', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-seed-'));
  let store: SqliteStore;
  beforeAll(async () => {
    store = openSqliteStore(join(dir, 'seed.db'));
    const pipeline = defaultPipeline(loadCodebook());
    await ingest(
      readInputs([join(seedDir, '000_dcef3a8e5b079d4c.txt')], { maxBytes: DEFAULT_MAX_BYTES }),
      store,
      {
        handleBatch: preparingWith((raw) => prepareDocument(raw, pipeline)),
      },
    );
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const cell = async (actor: string) =>
    (await positionsMatrix(store, { actor, issue: 'alliance_membership' })).cells.find(
      (c) => c.actor === actor,
    );

  it('positions: Russia rejects alliance membership with a red line; Ukraine demands it; the U.S. rejects it', async () => {
    expect(await cell('RUS')).toMatchObject({ stance: 'reject', redLine: true });
    expect((await cell('UKR'))?.stance).toBe('demand');
    expect((await cell('USA'))?.stance).toBe('reject');
  });

  it('conflicts: alliance membership is contested, Ukraine for, Russia and the U.S. against', async () => {
    const issue = (await conflicts(store)).issues.find((i) => i.issue === 'alliance_membership');
    expect(issue?.contested).toBe(true);
    expect(issue?.for.map((e) => e.actor)).toContain('UKR');
    expect(issue?.against.map((e) => e.actor)).toEqual(expect.arrayContaining(['RUS', 'USA']));
  });

  it('meetings: Riyadh on 2025-02-18 (the U.S. and Russia) and the phone call of 2025-02-12', async () => {
    const list = await meetings(store);
    const riyadh = list.find(
      (m) => m.date === '2025-02-18' && m.status === 'held' && m.location?.name === 'Riyadh',
    );
    expect(riyadh?.actors).toEqual(expect.arrayContaining(['RUS', 'USA']));
    expect(
      list.some((m) => m.date === '2025-02-12' && m.actors.includes('RUS') && m.actors.includes('USA')),
    ).toBe(true);
  });

  it('meetings: Ukraine is recorded as excluded from the Riyadh meeting', async () => {
    const riyadh = (await meetings(store)).find(
      (m) => m.date === '2025-02-18' && m.location?.name === 'Riyadh',
    );
    expect(riyadh?.excluded).toContain('UKR');
  });
});
