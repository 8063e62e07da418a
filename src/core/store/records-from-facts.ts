/**
 * Position records worked out from the stored facts alone (positions and the statements behind
 * them, read through the Store interface): what a store without a `position_records` table of its
 * own answers with, and the reference the engines' fast paths are tested against.
 */
import type { Position, Stance, Statement } from '../model.js';
import {
  cellKey,
  compareLatestFirst,
  isAfter,
  type PositionRecord,
  type RecordBound,
  recordFields,
  type SpeakerInfo,
} from '../records.js';
import type { CellRecords, StoredFact, StoreReader } from './store.js';

export function toRecord(fact: StoredFact<Position>, speaker?: SpeakerInfo): PositionRecord {
  const p = fact.fact;
  const fields = recordFields(p, fact.docDate, speaker);
  return {
    id: fact.id,
    docId: fact.docId,
    docDate: fact.docDate,
    date: fields.date,
    actor: p.actor,
    issue: p.issue,
    about: p.about ?? undefined,
    stance: p.stance,
    redLine: Boolean(p.redLine),
    conditional: fields.conditional,
    evidence: fact.evidenceText,
    strength: fields.strength,
    speaker: fields.speaker ?? undefined,
    reportedBy: p.source,
    rule: p.provenance.rule,
    confidence: p.provenance.confidence,
    status: p.review?.status ?? 'machine',
  };
}

type FactReader = Pick<StoreReader, 'positions' | 'statements'>;

/** Every record within the bound, oldest first: every position and the statement behind it. */
export async function recordsFromFacts(store: FactReader, bound: RecordBound): Promise<PositionRecord[]> {
  const wanted = bound.pairs && new Set(bound.pairs.map((p) => cellKey(p.actor, p.issue)));
  const facts = (
    await store.positions({
      asOf: bound.asOf,
      actor: bound.actor,
      issue: bound.issue,
      negotiation: bound.negotiation,
    })
  )
    .filter((f) => !bound.before || f.docDate < bound.before)
    .filter((f) => isAfter(f, bound.after))
    .filter((f) => !wanted || wanted.has(cellKey(f.fact.actor, f.fact.issue)));
  const speakersByDoc = new Map<string, StoredFact<Statement>[]>();
  const speakerOf = async (fact: StoredFact<Position>): Promise<SpeakerInfo | undefined> => {
    const index = fact.fact.statement;
    if (index === undefined) return undefined;
    let statements = speakersByDoc.get(fact.docId);
    if (!statements) {
      statements = (await store.statements({ docId: fact.docId })).sort(
        (a, b) => a.fact.start - b.fact.start,
      );
      speakersByDoc.set(fact.docId, statements);
    }
    // The interface does not say which stored statement is the document's statements[index]:
    // the one statement whose span holds the stance's evidence, else the index in text order.
    const { start, end } = fact.fact.evidence;
    const holding = statements.filter((s) => s.fact.start <= start && end <= s.fact.end);
    const statement = (holding.length === 1 ? holding[0] : statements[index])?.fact;
    return statement
      ? { speaker: statement.speaker, actor: statement.actor, anonymous: statement.anonymous }
      : undefined;
  };
  const records: PositionRecord[] = [];
  for (const f of facts) records.push(toRecord(f, await speakerOf(f)));
  return records.sort((a, b) => (a.docDate < b.docDate ? -1 : a.docDate > b.docDate ? 1 : a.id - b.id));
}

/** Each cell's records, all of them, newest first (never truncated). */
export async function latestFromFacts(
  store: FactReader,
  bound: RecordBound,
): Promise<Map<string, CellRecords>> {
  const groups = new Map<string, CellRecords>();
  for (const record of await recordsFromFacts(store, bound)) {
    const key = cellKey(record.actor, record.issue);
    const group = groups.get(key) ?? { records: [], truncated: false };
    group.records.push(record);
    groups.set(key, group);
  }
  for (const group of groups.values()) group.records.sort(compareLatestFirst);
  return groups;
}

export async function countRunFromFacts(
  store: FactReader,
  actor: string,
  issue: string,
  stance: Stance,
  bound: RecordBound,
  cap: number,
): Promise<number> {
  const records = await recordsFromFacts(store, { ...bound, actor, issue });
  return Math.min(new Set(records.filter((r) => r.stance === stance).map((r) => r.docId)).size, cap);
}
