import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { layoutStage } from '../../src/core/analyse/layout.js';
import { fingerprintText } from '../../src/core/ingest/simhash.js';
import type { NegotiationEvent, ParleyDocument, Position, Statement } from '../../src/core/model.js';
import { createDocument } from '../../src/core/pipeline.js';
import { latestVersion } from '../../src/core/store/migrations.js';
import {
  CANDIDATES_PER_KEY,
  NEAR_DUPLICATE_CANDIDATES,
  openSqliteStore,
  type SqliteStore,
} from '../../src/core/store/sqlite.js';
import type { StoredDocument } from '../../src/core/store/store.js';

const dbFile = () => join(mkdtempSync(join(tmpdir(), 'parley-store-')), 'store.db');

const TEXT = [
  'Veska and Ormund met in Lumen on Monday.',
  'Foreign Minister Ilse Marrow said Veska would never give up the Skerry Islands. Ormund said it wanted a ceasefire at sea.',
].join('\n\n');

/** A document with one statement, one position and one event, as later stages would annotate it. */
function annotated(text = TEXT, date = '2026-03-09'): ParleyDocument {
  const doc = createDocument(text, { date, title: 'Talks in Lumen', lang: 'eng' });
  layoutStage.run(doc, { codebook: {} as never, cache: new Map() });
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  // Sentences as the sentence stage would mark them: each ends at its full stop.
  for (const [index, block] of doc.blocks.entries()) {
    const pattern = /[^.]+\./g;
    const body = text.slice(block.start, block.end);
    for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
      const lead = m[0].length - m[0].trimStart().length;
      doc.sentences.push({
        start: block.start + m.index + lead,
        end: block.start + m.index + m[0].length,
        block: index,
      });
    }
  }
  const said = at('Foreign Minister Ilse Marrow said Veska would never give up the Skerry Islands.');
  const content = at('Veska would never give up the Skerry Islands');
  const statement: Statement = {
    ...said,
    speaker: 'Ilse Marrow',
    actor: 'VSK',
    role: 'Foreign Minister',
    content,
    direct: false,
    provenance: { rule: 'statement.reported.said-after', cue: 'said', confidence: 0.9 },
  };
  const position: Position = {
    ...content,
    actor: 'VSK',
    issue: 'territory',
    about: 'SKA',
    stance: 'reject',
    redLine: true,
    statement: 0,
    evidence: content,
    provenance: { rule: 'position.never', cue: 'never', confidence: 0.8 },
  };
  const met = at('Veska and Ormund met in Lumen on Monday');
  const event: NegotiationEvent = {
    ...met,
    type: 'CONSULT',
    actors: ['VSK', 'ORM'],
    location: { name: 'Lumen', country: 'TRS' },
    status: 'held',
    evidence: met,
    provenance: { rule: 'event.consult.met', cue: 'met', confidence: 0.85 },
  };
  doc.statements.push(statement);
  doc.positions.push(position);
  doc.events.push(event);
  return doc;
}

function put(store: SqliteStore, doc: ParleyDocument, extra: Partial<StoredDocument> = {}): void {
  const { simhash, minhash } = fingerprintText(doc.text);
  store.putDocument(
    doc,
    {
      id: doc.id,
      hash: `${doc.id}-full-hash`,
      date: doc.date,
      title: doc.title,
      lang: 'eng',
      words: 30,
      status: 'extracted',
      ...extra,
    },
    simhash,
    minhash,
  );
}

describe('SQLite store', () => {
  let store: SqliteStore | undefined;
  afterEach(() => store?.close());

  it('opens in WAL mode at the latest schema version, recorded in schema_version', () => {
    const path = dbFile();
    store = openSqliteStore(path);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.schemaVersion).toBe(latestVersion);
    const versions = store.db.prepare('SELECT version FROM schema_version ORDER BY version').pluck().all();
    expect(versions).toEqual(Array.from({ length: latestVersion }, (_, i) => i + 1));
    store.close();
    // Re-opening runs nothing again.
    store = openSqliteStore(path);
    expect(store.db.prepare('SELECT count(*) FROM schema_version').pluck().get()).toBe(latestVersion);
  });

  it('brings an older store up to date, backfilling what the new version needs', () => {
    const path = dbFile();
    store = openSqliteStore(path);
    put(store, annotated());
    // Make it look like a version-2 store: no near-duplicate keys yet, candidates by band indexes.
    store.db.exec(
      `DROP TABLE near_duplicate_keys; DROP TABLE near_duplicate_signatures;
       ${[0, 1, 2, 3].map((i) => `CREATE INDEX documents_band${i} ON documents(band${i});`).join(' ')}
       ALTER TABLE documents DROP COLUMN non_story;
       DROP TRIGGER position_records_delete; DROP TABLE position_records; DROP TABLE store_codebook;
       DELETE FROM schema_version WHERE version > 2; PRAGMA user_version = 2;`,
    );
    store.close();
    store = openSqliteStore(path);
    expect(store.schemaVersion).toBe(latestVersion);
    // The original is found again by its 4 SimHash bands and 8 MinHash band keys.
    expect(store.db.prepare('SELECT count(*) FROM near_duplicate_keys').pluck().get()).toBe(12);
    const { simhash, minhash } = fingerprintText(TEXT);
    expect([...store.nearDuplicateCandidates(simhash, minhash)].map((c) => c.id)).toEqual([
      store.listDocuments()[0].id,
    ]);
    expect(store.listDocuments()[0].nonStory).toEqual([]);
  });

  it('upgrades a version-8 store to record its codebook, its documents untouched', () => {
    const path = dbFile();
    store = openSqliteStore(path);
    put(store, annotated());
    const before = store.stats();
    store.db.exec(
      'DROP TABLE store_codebook; DELETE FROM schema_version WHERE version > 8; PRAGMA user_version = 8;',
    );
    store.close();
    store = openSqliteStore(path);
    expect(store.schemaVersion).toBe(latestVersion);
    expect(store.stats()).toEqual(before);
    // Built before stores said which codebook built them: unknown, not "the default".
    expect(store.recordedCodebook()).toBeUndefined();
    const sources = [{ path: '/talks/codebook.yaml', sha256: 'ab'.repeat(32), codebook: {} as never }];
    store.recordCodebook(sources);
    store.recordCodebook([]);
    expect(store.recordedCodebook()).toEqual([]);
    store.recordCodebook(sources);
    store.close();
    store = openSqliteStore(path);
    expect(store.recordedCodebook()).toEqual(sources);
  });

  it('refuses a store written by a newer parley', () => {
    const path = dbFile();
    const db = new Database(path);
    db.pragma(`user_version = ${latestVersion + 1}`);
    db.close();
    expect(() => openSqliteStore(path)).toThrow(/newer than this parley knows.*upgrade parley/);
  });

  it('stores a document with its annotations and gives it back', () => {
    store = openSqliteStore(dbFile());
    const doc = annotated();
    put(store, doc);
    expect(store.hasHash(`${doc.id}-full-hash`)).toBe(true);
    const back = store.getDocument(doc.id)!;
    expect(back).toMatchObject({
      id: doc.id,
      date: '2026-03-09',
      title: 'Talks in Lumen',
      status: 'extracted',
      text: TEXT,
    });
    expect(back.layout).toEqual({ paragraph: 2 });
    expect(back.nonStory).toEqual([]);
    expect(back.doc?.statements).toEqual(doc.statements);
    expect(back.doc?.blocks).toEqual(doc.blocks);
    expect(back.doc?.norm).toBe(doc.norm);
    expect(store.findDocumentIds(doc.id.slice(0, 4))).toEqual([doc.id]);
    expect(store.findDocumentIds('zz%')).toEqual([]);
    expect(store.searchDocuments('ceasefire sea')[0]).toMatchObject({
      id: doc.id,
      snippet: expect.stringContaining('[ceasefire]'),
    });
  });

  it('keeps each fact with its document, date, evidence sentence, rule and columns to filter on', () => {
    store = openSqliteStore(dbFile());
    const doc = annotated();
    put(store, doc);
    const [statement] = store.statements();
    expect(statement).toMatchObject({
      docId: doc.id,
      docDate: '2026-03-09',
      evidenceText: 'Foreign Minister Ilse Marrow said Veska would never give up the Skerry Islands.',
      fact: doc.statements[0],
    });
    const row = store.db
      .prepare('SELECT speaker, actor, rule, cue, confidence, content_text FROM statements')
      .get();
    expect(row).toEqual({
      speaker: 'Ilse Marrow',
      actor: '"VSK"',
      rule: 'statement.reported.said-after',
      cue: 'said',
      confidence: 0.9,
      content_text: 'Veska would never give up the Skerry Islands',
    });
    expect(store.positions({ actor: 'VSK', issue: 'territory' }).map((p) => p.fact.stance)).toEqual([
      'reject',
    ]);
    expect(store.positions({ issue: 'sanctions_relief' })).toEqual([]);
    expect(store.statements({ issue: 'territory' })).toHaveLength(1);
    expect(store.statements({ text: 'Skerry islands' })).toHaveLength(1);
    expect(store.statements({ text: 'sanctions' })).toHaveLength(0);
    expect(store.events({ actor: 'ORM' }).map((e) => e.fact.type)).toEqual(['CONSULT']);
    expect(store.events({ actor: 'TRS' })).toEqual([]);
    expect(store.events({ asOf: '2026-03-08' })).toEqual([]);
    expect(store.events({ since: '2026-03-09', asOf: '2026-03-09' })).toHaveLength(1);
    expect(store.stats()).toEqual({
      documents: 1,
      nearDuplicates: 0,
      skipped: 0,
      statements: 1,
      positions: 1,
      events: 1,
    });
  });

  it('replaces facts on re-processing without duplicating them', () => {
    store = openSqliteStore(dbFile());
    const doc = annotated();
    put(store, doc);
    doc.statements[0].speaker = 'Ilse Marrow (re-coded)';
    store.replaceFacts(doc);
    store.replaceFacts(doc);
    expect(store.statements().map((s) => s.fact.speaker)).toEqual(['Ilse Marrow (re-coded)']);
    expect(store.statements({ text: 'Skerry' })).toHaveLength(1);
    expect(store.positions()).toHaveLength(1);
    expect(store.events({ actor: 'VSK' })).toHaveLength(1);
    expect(store.db.prepare('SELECT count(*) FROM fact_actors').pluck().get()).toBe(4);
    expect(() => store!.replaceFacts(annotated('Some other text.'))).toThrow(/ingest it first/);
  });

  it('leaves the facts of near-duplicates out of queries', () => {
    store = openSqliteStore(dbFile());
    const original = annotated();
    const copy = annotated(`${TEXT}\n\nRead More: Lumen talks explained`);
    put(store, original);
    put(store, copy, { duplicateOf: original.id });
    expect(store.stats()).toMatchObject({ documents: 2, nearDuplicates: 1, statements: 2 });
    expect(store.statements().map((s) => s.docId)).toEqual([original.id]);
    expect(store.positions({ actor: 'VSK' })).toHaveLength(1);
    expect(store.events()).toHaveLength(1);
    expect(store.statements({ docId: copy.id })).toEqual([]);
  });

  it('reads the newest originals under a key, a bounded number of them', () => {
    store = openSqliteStore(dbFile());
    // Many articles sharing every key (same story, same wording): a lookup reads only the newest.
    const ids: string[] = [];
    for (let i = 0; i < CANDIDATES_PER_KEY + 10; i++) {
      const doc = annotated(`${TEXT} Update number ${i}.`);
      const { simhash, minhash } = fingerprintText(TEXT);
      store.putDocument(
        doc,
        { id: doc.id, hash: `${doc.id}-h`, date: doc.date, lang: 'eng', words: 30, status: 'extracted' },
        simhash,
        minhash,
      );
      ids.push(doc.id);
    }
    const { simhash, minhash } = fingerprintText(TEXT);
    const found = [...store.nearDuplicateCandidates(simhash, minhash)].map((c) => c.id);
    expect(found).toHaveLength(CANDIDATES_PER_KEY);
    expect(new Set(found)).toEqual(new Set(ids.slice(-CANDIDATES_PER_KEY)));
  });

  it('finds near-duplicate candidates among originals only, through the indexed bands', () => {
    store = openSqliteStore(dbFile());
    const original = annotated();
    const copy = annotated(`${TEXT}\n\nRead More: Lumen talks explained`);
    put(store, original);
    put(store, copy, { duplicateOf: original.id });
    const { simhash, minhash } = fingerprintText(TEXT);
    expect([...store.nearDuplicateCandidates(simhash, minhash)].map((c) => c.id)).toEqual([original.id]);
    // Each lookup reads only index entries of its keys, never every original (100,000s of them).
    const plan = (sql: string) =>
      store!.db
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...Array((sql.match(/\?/g) ?? []).length).fill(1))
        .map((r) => (r as { detail: string }).detail)
        .join('\n');
    // One search of the covering key table's primary key, and no document row read.
    const lookup = plan(NEAR_DUPLICATE_CANDIDATES);
    expect(lookup).toMatch(/SEARCH near_duplicate_keys USING PRIMARY KEY \(key=\?\)/);
    expect(lookup).not.toContain('TEMP B-TREE');
    expect(lookup).not.toContain('documents');
  });

  it('a document and its facts are written together or not at all', () => {
    store = openSqliteStore(dbFile());
    const doc = annotated();
    doc.positions[0].provenance = undefined as never; // makes the fact insert fail after the document row
    expect(() => put(store!, doc)).toThrow();
    expect(store.countDocuments()).toBe(0);
    expect(store.stats().statements).toBe(0);
  });
});
