/**
 * The negotiations of a store: those its codebook declares, with the ones the user created or
 * changed in the store over them; which one a question is asked of; what each holds; and the
 * assignment of the stored documents again after a negotiation changed.
 */

import { assignNegotiations } from '../code/negotiations.js';
import type { Codebook, NegotiationEntry } from '../codebook/codebook.js';
import { NegotiationSchema } from '../codebook/codebook.js';
import type { NegotiationAssignment, PipelineContext } from '../model.js';
import type { NegotiationCount, StoreReader, StoreWriter } from '../store/store.js';

/** The codebook's negotiations with the store's own over them (a stored one replaces the codebook's). */
export function declaredNegotiations(
  codebook: Pick<Codebook, 'negotiations'>,
  stored: NegotiationEntry[],
): NegotiationEntry[] {
  const byId = new Map((codebook.negotiations ?? []).map((n) => [n.id, n]));
  for (const n of stored) byId.set(n.id, n);
  return [...byId.values()];
}

/** What `-n all` asks for: the whole store, every negotiation at once. */
export const ALL_NEGOTIATIONS = 'all';

export class NegotiationChoiceError extends Error {
  constructor(
    message: string,
    readonly negotiations: NegotiationEntry[],
  ) {
    super(message);
    this.name = 'NegotiationChoiceError';
  }
}

const listed = (list: NegotiationEntry[]) => list.map((n) => `${n.id} (${n.name})`).join(', ');

/**
 * The negotiation a question is asked of: the one named (`all`: none, the whole store), else the
 * store's only one, else none when it declares none. A store of several must be told which.
 */
export function chooseNegotiation(
  declared: NegotiationEntry[],
  id: string | undefined,
  how = '-n ID',
): NegotiationEntry | undefined {
  if (id === ALL_NEGOTIATIONS) return undefined;
  if (id !== undefined) {
    const found = declared.find((n) => n.id === id);
    if (found) return found;
    throw new NegotiationChoiceError(
      declared.length
        ? `no negotiation "${id}" in this store; it has ${listed(declared)}`
        : `no negotiation "${id}": this store declares none (its codebook has no \`negotiations:\`; \`parley negotiations --suggest\` proposes some)`,
      declared,
    );
  }
  if (declared.length <= 1) return declared[0];
  throw new NegotiationChoiceError(
    `this store holds ${declared.length} negotiations: ${listed(declared)}; say which with ${how} (or all of them at once with ${how.replace('ID', ALL_NEGOTIATIONS)})`,
    declared,
  );
}

export interface NegotiationSummary extends NegotiationCount {
  name: string;
  parties: string[];
  mediators: string[];
  guarantors: string[];
  others: string[];
  issues: string[];
  span: { from?: string; to?: string };
  /** Declared in the codebook or the store; false: only found in the store's assignments. */
  declared: boolean;
}

/** Each negotiation with its parties, documents, facts and date span; and the documents in none. */
export async function listNegotiations(
  store: StoreReader,
  declared: NegotiationEntry[],
): Promise<{ negotiations: NegotiationSummary[]; unassigned: number }> {
  const { negotiations: counts, unassigned } = await store.negotiationCounts();
  const byId = new Map(counts.map((c) => [c.id, c]));
  const empty = (id: string): NegotiationCount => ({
    id,
    documents: 0,
    mainDocuments: 0,
    statements: 0,
    positions: 0,
    events: 0,
    first: '',
    last: '',
  });
  const summaries: NegotiationSummary[] = declared.map((n) => ({
    ...(byId.get(n.id) ?? empty(n.id)),
    name: n.name,
    parties: n.parties,
    mediators: n.mediators,
    guarantors: n.guarantors,
    others: n.others,
    issues: n.issues,
    span: n.span,
    declared: true,
  }));
  for (const c of counts)
    if (!declared.some((n) => n.id === c.id))
      summaries.push({
        ...c,
        name: c.id,
        parties: [],
        mediators: [],
        guarantors: [],
        others: [],
        issues: [],
        span: {},
        declared: false,
      });
  return { negotiations: summaries, unassigned };
}

/**
 * Assign every stored document again with these negotiations (after one was created, edited or
 * assigned by hand): no extraction, the facts as they are, each document in its own transaction.
 */
export async function reassignStore(
  store: StoreReader & { transaction<T>(work: (tx: StoreWriter) => Promise<T>): Promise<T> },
  ctx: Pick<PipelineContext, 'codebook' | 'cache'>,
  only?: (docId: string) => boolean,
): Promise<{ documents: number; changed: number }> {
  let documents = 0;
  let changed = 0;
  for (const info of await store.listDocuments()) {
    if (info.status !== 'extracted' || (only && !only(info.id))) continue;
    const stored = await store.getDocument(info.id);
    if (!stored?.doc) continue;
    // The extraction's facts, not the record's: replaceFacts applies the corrections over them.
    const machine = await store.machineFacts(info.id);
    const doc = { ...stored.doc, ...machine, text: stored.text };
    const before = JSON.stringify(assignmentOf(doc));
    assignNegotiations(doc, ctx);
    documents++;
    if (JSON.stringify(assignmentOf(doc)) === before) continue;
    await store.transaction((tx) => tx.replaceFacts(doc));
    changed++;
  }
  return { documents, changed };
}

const assignmentOf = (doc: {
  assignment?: NegotiationAssignment[];
  statements: { negotiations?: string[] }[];
  positions: { negotiations?: string[] }[];
  events: { negotiations?: string[] }[];
}) => [
  doc.assignment,
  doc.statements.map((f) => f.negotiations),
  doc.positions.map((f) => f.negotiations),
  doc.events.map((f) => f.negotiations),
];

/** A negotiation given on the command line or through the API, checked against the schema. */
export function parseNegotiation(entry: unknown): NegotiationEntry {
  const parsed = NegotiationSchema.safeParse(entry);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`negotiation ${issue.path.join('.') || ''}: ${issue.message}`);
  }
  return parsed.data;
}
