/**
 * The analyst's corrections as gold data: each document someone reviewed, written as a gold file
 * (FORMAT.md) of its record — the extraction with the corrections applied, rejected facts left
 * out — with the article inline, so that `parley eval DIR` scores the extraction on the analyst's
 * own news. Facts of a reviewed document that nobody checked are taken as they stand (and counted,
 * so the analyst knows how much of the gold is checked).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoreReader } from '../store/store.js';
import { toGold } from './to-gold.js';

export interface GoldExport {
  dir: string;
  documents: {
    id: string;
    file: string;
    /** Facts of the record a person confirmed, corrected or added; facts struck out. */
    reviewed: number;
    rejected: number;
    /** Facts of the record nobody checked, taken as right. */
    unchecked: number;
  }[];
}

export async function exportGold(store: StoreReader, dir: string): Promise<GoldExport> {
  mkdirSync(dir, { recursive: true });
  const corrections = await store.corrections();
  const docIds = [...new Set(corrections.map((c) => c.docId))];
  const out: GoldExport = { dir, documents: [] };
  for (const id of docIds) {
    const stored = await store.getDocument(id);
    if (!stored?.doc) continue;
    const doc = stored.doc;
    const facts = [...doc.statements, ...doc.positions, ...doc.events];
    const gold = toGold(doc, { id });
    const file = join(dir, `${stored.date}-${id}.gold.json`);
    writeFileSync(
      file,
      `${JSON.stringify({ id: gold.id, date: stored.date, text: stored.text, statements: gold.statements, positions: gold.positions, events: gold.events }, null, 2)}\n`,
    );
    out.documents.push({
      id,
      file,
      reviewed: facts.filter((f) => f.review).length,
      rejected: corrections.filter((c) => c.docId === id && c.action === 'reject').length,
      unchecked: facts.filter((f) => !f.review).length,
    });
  }
  return out;
}
