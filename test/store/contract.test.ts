/**
 * The store contract: what every engine does the same way, run against each (SQLite always,
 * PostgreSQL when the test setup has a server; see engines.ts). An engine passes these, and the
 * query suites over it, or it is not a Parley store.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprintText } from '../../src/core/analyse/fingerprints.js';
import { CANDIDATES_PER_KEY } from '../../src/core/store/lsh.js';
import type { Store } from '../../src/core/store/store.js';
import { engines, openEngineStore } from './engines.js';
import { annotated, put, TEXT } from './fixtures.js';

describe.each(engines)('the store contract over $name', (engine) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('stores a document with its annotations and gives it back', async () => {
    store = await openEngineStore(engine);
    const doc = annotated();
    await put(store, doc);
    expect(await store.hasHash(`${doc.id}-full-hash`)).toBe(true);
    const back = (await store.getDocument(doc.id))!;
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
    expect(await store.findDocumentIds(doc.id.slice(0, 4))).toEqual([doc.id]);
    expect(await store.findDocumentIds('zz%')).toEqual([]);
    expect((await store.searchDocuments('ceasefire sea'))[0]).toMatchObject({
      id: doc.id,
      snippet: expect.stringContaining('[ceasefire]'),
    });
  });

  it('keeps each fact with its document, date, evidence sentence, rule and columns to filter on', async () => {
    store = await openEngineStore(engine);
    const doc = annotated();
    await put(store, doc);
    const [statement] = await store.statements();
    expect(statement).toMatchObject({
      docId: doc.id,
      docDate: '2026-03-09',
      evidenceText: 'Foreign Minister Ilse Marrow said Veska would never give up the Skerry Islands.',
      fact: doc.statements[0],
    });
    // The columns queries filter on: speaker and party (full text), rule and cue (provenance).
    expect(await store.statements({ actor: 'VSK', text: 'Ilse Marrow' })).toHaveLength(1);
    expect(statement.fact.provenance).toEqual({
      rule: 'statement.reported.said-after',
      cue: 'said',
      confidence: 0.9,
    });
    expect((await store.positions({ actor: 'VSK', issue: 'territory' })).map((p) => p.fact.stance)).toEqual([
      'reject',
    ]);
    expect(await store.positions({ issue: 'sanctions_relief' })).toEqual([]);
    expect(await store.statements({ issue: 'territory' })).toHaveLength(1);
    expect(await store.statements({ text: 'Skerry islands' })).toHaveLength(1);
    expect(await store.statements({ text: 'sanctions' })).toHaveLength(0);
    expect((await store.events({ actor: 'ORM' })).map((e) => e.fact.type)).toEqual(['CONSULT']);
    expect(await store.events({ actor: 'TRS' })).toEqual([]);
    expect(await store.events({ asOf: '2026-03-08' })).toEqual([]);
    expect(await store.events({ since: '2026-03-09', asOf: '2026-03-09' })).toHaveLength(1);
    expect(await store.stats()).toEqual({
      documents: 1,
      nearDuplicates: 0,
      skipped: 0,
      statements: 1,
      positions: 1,
      events: 1,
    });
  });

  it('replaces facts on re-processing without duplicating them', async () => {
    store = await openEngineStore(engine);
    const doc = annotated();
    await put(store, doc);
    doc.statements[0].speaker = 'Ilse Marrow (re-coded)';
    await store.replaceFacts(doc);
    await store.replaceFacts(doc);
    expect((await store.statements()).map((s) => s.fact.speaker)).toEqual(['Ilse Marrow (re-coded)']);
    expect(await store.statements({ text: 'Skerry' })).toHaveLength(1);
    expect(await store.positions()).toHaveLength(1);
    expect(await store.events({ actor: 'VSK' })).toHaveLength(1);
    // Each fact is found by its actors once, not once per replacement.
    expect(await store.statements({ actor: 'VSK' })).toHaveLength(1);
    expect(await store.events({ actor: 'ORM' })).toHaveLength(1);
    await expect(store.replaceFacts(annotated('Some other text.'))).rejects.toThrow(/ingest it first/);
  });

  it('leaves the facts of near-duplicates out of queries', async () => {
    store = await openEngineStore(engine);
    const original = annotated();
    const copy = annotated(`${TEXT}\n\nRead More: Lumen talks explained`);
    await put(store, original);
    await put(store, copy, { duplicateOf: original.id });
    expect(await store.stats()).toMatchObject({ documents: 2, nearDuplicates: 1, statements: 2 });
    expect((await store.statements()).map((s) => s.docId)).toEqual([original.id]);
    expect(await store.positions({ actor: 'VSK' })).toHaveLength(1);
    expect(await store.events()).toHaveLength(1);
    expect(await store.statements({ docId: copy.id })).toEqual([]);
  });

  it('reads the newest originals under a key, a bounded number of them', async () => {
    store = await openEngineStore(engine);
    // Many articles sharing every key (same story, same wording): a lookup reads only the newest.
    const ids: string[] = [];
    for (let i = 0; i < CANDIDATES_PER_KEY + 10; i++) {
      const doc = annotated(`${TEXT} Update number ${i}.`);
      const { simhash, minhash } = fingerprintText(TEXT);
      await store.putDocument(
        doc,
        { id: doc.id, hash: `${doc.id}-h`, date: doc.date, lang: 'eng', words: 30, status: 'extracted' },
        simhash,
        minhash,
      );
      ids.push(doc.id);
    }
    const { simhash, minhash } = fingerprintText(TEXT);
    const found = (await store.nearDuplicateCandidates(simhash, minhash)).map((c) => c.id);
    expect(found).toHaveLength(CANDIDATES_PER_KEY);
    expect(new Set(found)).toEqual(new Set(ids.slice(-CANDIDATES_PER_KEY)));
  });

  it('a document and its facts are written together or not at all', async () => {
    store = await openEngineStore(engine);
    const doc = annotated();
    doc.positions[0].provenance = undefined as never; // makes the fact insert fail after the document row
    await expect(put(store!, doc)).rejects.toThrow();
    expect(await store.countDocuments()).toBe(0);
    expect((await store.stats()).statements).toBe(0);
  });
});
