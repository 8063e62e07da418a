/**
 * The store contract for corrections, on every engine: a correction is kept apart from the
 * extraction, the record (what the questions read) is the extraction with the corrections
 * applied, each fact says its status, and a new extraction of the document (a reprocess) keeps the
 * corrections: merged where it agrees, the correction winning (and the conflict listed) where not.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ParleyDocument } from '../../src/core/model.js';
import { positionsMatrix } from '../../src/core/query/positions.js';
import { addFact, documentReview, reviewFact, reviewQueue, undoChange } from '../../src/core/query/review.js';
import type { Store } from '../../src/core/store/store.js';
import { engines, openEngineStore } from './engines.js';
import { annotated, put, TEXT } from './fixtures.js';

/** The document as a new extraction gives it: the fixture's facts, changed by `change`. */
const extraction = (change: (doc: ParleyDocument) => void = () => {}) => {
  const doc = annotated();
  change(doc);
  return doc;
};

describe.each(engines)('corrections over $name', (engine) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  const open = async () => {
    store = await openEngineStore(engine);
    const doc = annotated();
    await put(store, doc);
    const [s] = await store.statements();
    const [p] = await store.positions();
    const [e] = await store.events();
    return { store, doc, s, p, e };
  };

  it('a corrected stance is the record: the matrix, the fact and its status say so; the id stays', async () => {
    const { store, p } = await open();
    expect((await positionsMatrix(store)).cells[0]).toMatchObject({ stance: 'reject', redLine: true });
    const result = await reviewFact(store, { kind: 'position', id: p.id }, 'correct', 'ana', {
      stance: 'accept',
      redLine: false,
    });
    expect(result).toMatchObject({ ref: `p${p.id}`, status: 'corrected' });
    const [after] = await store.positions();
    expect(after.id).toBe(p.id);
    expect(after.fact).toMatchObject({ stance: 'accept', actor: 'VSK', issue: 'territory' });
    expect(after.fact.redLine).toBeUndefined();
    expect(after.fact.review).toMatchObject({
      status: 'corrected',
      by: 'ana',
      was: { stance: 'reject', redLine: true },
    });
    const cell = (await positionsMatrix(store)).cells[0];
    expect(cell).toMatchObject({ stance: 'accept', redLine: false });
    expect(cell.evidence).toMatchObject({ status: 'corrected', factId: p.id });
  });

  it('a rejected statement leaves the record, is listed as rejected, and undo brings it back', async () => {
    const { store, doc, s } = await open();
    await reviewFact(store, { kind: 'statement', id: s.id }, 'reject', 'ben');
    expect(await store.statements()).toEqual([]);
    expect((await store.stats()).statements).toBe(0);
    expect(await store.statements({ text: 'Skerry' })).toEqual([]);
    const review = await documentReview(store, doc.id);
    expect(review.rejected).toEqual([
      expect.objectContaining({
        kind: 'statement',
        by: 'ben',
        fact: expect.objectContaining({ speaker: 'Ilse Marrow' }),
      }),
    ]);
    // The position it expressed stays, no longer linked to a statement.
    expect((await store.positions())[0].fact.statement).toBeUndefined();
    await undoChange(store, 'ben');
    const [back] = await store.statements();
    expect(back.fact.speaker).toBe('Ilse Marrow');
    expect(back.fact.review).toBeUndefined();
    expect((await store.positions())[0].fact.statement).toBe(0);
  });

  it('corrections survive a new extraction: held, merged where it agrees, winning where it contradicts', async () => {
    const { store, doc, s, p } = await open();
    await reviewFact(store, { kind: 'position', id: p.id }, 'correct', 'ana', { stance: 'accept' });
    await reviewFact(store, { kind: 'statement', id: s.id }, 'reject', 'ana');
    // The same extraction again (a reprocess with the same rules): both hold.
    let outcomes = await store.replaceFacts(extraction());
    expect(outcomes.map((o) => o.state)).toEqual(['holds', 'holds']);
    expect((await store.positions())[0].fact.stance).toBe('accept');
    expect(await store.statements()).toEqual([]);
    // Better rules: the extraction now says what the analyst said; one fact, not two.
    outcomes = await store.replaceFacts(extraction((d) => (d.positions[0].stance = 'accept')));
    expect(outcomes.find((o) => o.state !== 'holds')).toMatchObject({ state: 'agrees' });
    expect(await store.positions()).toHaveLength(1);
    // Other rules: the extraction says something else; the correction wins and the conflict is listed.
    outcomes = await store.replaceFacts(extraction((d) => (d.positions[0].stance = 'demand')));
    expect(outcomes.find((o) => o.state === 'conflict')?.note).toMatch(/stance demand/);
    const [position] = await store.positions();
    expect(position.fact.stance).toBe('accept');
    expect(position.fact.review?.conflict).toMatch(/stance demand/);
    expect((await store.corrections({ docId: doc.id })).map((c) => c.state)).toEqual(['conflict', 'holds']);
    // An extraction that no longer finds the statement: the rejection agrees with it.
    outcomes = await store.replaceFacts(extraction((d) => (d.statements = [])));
    expect(outcomes.find((o) => o.state === 'agrees')?.note).toMatch(/no longer finds/);
  });

  it('adds a fact the extraction missed, confirms another; the queue holds only unchecked facts', async () => {
    const { store, doc, e } = await open();
    expect((await reviewQueue(store)).items.map((i) => i.kind).sort()).toEqual([
      'event',
      'position',
      'statement',
    ]);
    const words = 'Ormund said it wanted a ceasefire at sea';
    const start = TEXT.indexOf(words);
    const added = await addFact(
      store,
      {
        kind: 'position',
        docId: doc.id,
        span: { start, end: start + words.length },
        fields: { actor: 'ORM', issue: 'ceasefire', stance: 'demand' },
      },
      'cleo',
    );
    expect(added.status).toBe('added');
    expect((await store.positions({ actor: 'ORM' }))[0].fact).toMatchObject({
      stance: 'demand',
      review: { status: 'added', by: 'cleo' },
    });
    expect((await positionsMatrix(store)).cells.map((c) => `${c.actor} ${c.stance} ${c.issue}`)).toContain(
      'ORM demand ceasefire',
    );
    await reviewFact(store, { kind: 'event', id: e.id }, 'confirm', 'cleo');
    expect((await store.events())[0].fact.review?.status).toBe('confirmed');
    expect((await reviewQueue(store)).items.map((i) => i.kind).sort()).toEqual(['position', 'statement']);
    // A re-extraction that now finds the added stance too: merged into one.
    await store.replaceFacts(
      extraction((d) =>
        d.positions.push({
          ...d.positions[0],
          start,
          end: start + words.length,
          actor: 'ORM',
          issue: 'ceasefire',
          stance: 'demand',
          redLine: false,
          statement: undefined,
          evidence: { start, end: start + words.length },
        }),
      ),
    );
    expect(await store.positions({ actor: 'ORM' })).toHaveLength(1);
  });

  it('the audit log lists every change with who and when, undo included', async () => {
    const { store, p, e } = await open();
    await reviewFact(store, { kind: 'position', id: p.id }, 'correct', 'ana', { stance: 'accept' });
    await reviewFact(store, { kind: 'event', id: e.id }, 'reject', 'ben');
    await undoChange(store, 'ben');
    const log = await store.auditLog();
    expect(log.map((l) => `${l.user} ${l.action} ${l.kind}`)).toEqual([
      'ana correct position',
      'ben reject event',
      'ben undo event',
    ]);
    for (const entry of log) expect(Date.parse(entry.at)).toBeGreaterThan(Date.parse('2026-01-01'));
    expect(log[0].after?.fields).toMatchObject({ stance: 'accept' });
    expect(log[2].undoes).toBe(log[1].id);
    expect(await store.events()).toHaveLength(1);
    await expect(undoChange(store, 'ben')).rejects.toThrow(/no change left/);
  });
});
