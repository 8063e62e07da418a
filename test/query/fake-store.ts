/**
 * An in-memory Store holding hand-made facts, so the query layer is tested against the Store
 * interface alone (no engine): position records are worked out from the facts
 * (records-from-facts.ts), the reference the engines' own position records are held to.
 */
import type { NegotiationEntry } from '../../src/core/codebook/codebook.js';
import type { CodebookSource } from '../../src/core/codebook/codebook-sources.js';
import type { NegotiationEvent, ParleyDocument, Position, Stance, Statement } from '../../src/core/model.js';
import type { RecordBound } from '../../src/core/records.js';
import {
  type AnyFact,
  type AuditEntry,
  type Correction,
  type CorrectionOutcome,
  type FactKind,
  type FactLists,
  withCorrections,
} from '../../src/core/store/corrections.js';
import {
  countRunFromFacts,
  latestFromFacts,
  recordsFromFacts,
} from '../../src/core/store/records-from-facts.js';
import type {
  FactFilter,
  Store,
  StoredDocument,
  StoredFact,
  StoreWriter,
} from '../../src/core/store/store.js';

const actorsOf = (a: string | string[] | null | undefined) => (a == null ? [] : Array.isArray(a) ? a : [a]);

export class FakeStore implements Store {
  codebookSources?: CodebookSource[];
  statementFacts: StoredFact<Statement>[] = [];
  positionFacts: StoredFact<Position>[] = [];
  eventFacts: StoredFact<NegotiationEvent>[] = [];
  negotiationEntries: NegotiationEntry[] = [];
  correctionList: Correction[] = [];
  audit: AuditEntry[] = [];
  machine = new Map<string, FactLists>();
  private nextId = 1;

  private where<T>(
    facts: StoredFact<T>[],
    filter: FactFilter,
    actors: (t: T) => string[],
    issue?: (t: T) => boolean,
  ) {
    return facts
      .filter((f) => !filter.asOf || f.docDate <= filter.asOf)
      .filter((f) => !filter.since || f.docDate >= filter.since)
      .filter((f) => !filter.docId || f.docId === filter.docId)
      .filter(
        (f) =>
          !filter.negotiation ||
          ((f.fact as { negotiations?: string[] }).negotiations ?? []).includes(filter.negotiation),
      )
      .filter((f) => !filter.actor || actors(f.fact).includes(filter.actor))
      .filter((f) => !filter.issue || !issue || issue(f.fact))
      .filter(
        (f) =>
          !filter.text ||
          filter.text
            .toLowerCase()
            .split(/\s+/)
            .every((w) => f.evidenceText.toLowerCase().includes(w)),
      )
      .sort((a, b) => a.docDate.localeCompare(b.docDate) || a.id - b.id)
      .slice(0, filter.limit ?? undefined);
  }

  addStatement(docId: string, docDate: string, text: string, s: Partial<Statement> & { speaker: string }) {
    const fact: Statement = {
      start: 0,
      end: text.length,
      content: { start: 0, end: text.length },
      actor: null,
      direct: false,
      provenance: { rule: 'test', confidence: 1 },
      ...s,
    };
    this.statementFacts.push({ id: this.nextId++, docId, docDate, evidenceText: text, fact });
    return this.statementFacts.filter((f) => f.docId === docId).length - 1;
  }

  addPosition(
    docId: string,
    docDate: string,
    actor: string,
    issue: string,
    stance: Stance,
    text: string,
    extra: Partial<Position> = {},
  ) {
    const fact: Position = {
      start: 0,
      end: text.length,
      actor,
      issue,
      stance,
      evidence: { start: 0, end: text.length },
      provenance: { rule: 'test', confidence: 0.9 },
      ...extra,
    };
    this.positionFacts.push({ id: this.nextId++, docId, docDate, evidenceText: text, fact });
  }

  addEvent(
    docId: string,
    docDate: string,
    text: string,
    e: Partial<NegotiationEvent> & Pick<NegotiationEvent, 'type' | 'actors'>,
  ) {
    const fact: NegotiationEvent = {
      start: 0,
      end: text.length,
      evidence: { start: 0, end: text.length },
      provenance: { rule: 'test', confidence: 0.9 },
      ...e,
    };
    this.eventFacts.push({ id: this.nextId++, docId, docDate, evidenceText: text, fact });
  }

  async statements(filter: FactFilter = {}) {
    return this.where(this.statementFacts, filter, (s) => actorsOf(s.actor));
  }
  async positions(filter: FactFilter = {}) {
    return this.where(
      this.positionFacts,
      filter,
      (p) => [p.actor],
      (p) => p.issue === filter.issue,
    );
  }
  async events(filter: FactFilter = {}) {
    return this.where(this.eventFacts, filter, (e) => [
      ...e.actors,
      ...(e.source ?? []),
      ...(e.target ?? []),
    ]);
  }
  latestPositions = (bound: RecordBound) => latestFromFacts(this, bound);
  countPositionRun = (actor: string, issue: string, stance: Stance, bound: RecordBound, cap: number) =>
    countRunFromFacts(this, actor, issue, stance, bound, cap);
  positionRecords = (bound: RecordBound) => recordsFromFacts(this, bound);

  readonly location = undefined;
  recordedCodebook = async () => this.codebookSources;
  async recordCodebook(sources: CodebookSource[]) {
    this.codebookSources = sources;
  }
  hasHash = async () => false;
  nearDuplicateCandidates = async () => [];
  async putDocument(doc: ParleyDocument, _info: Omit<StoredDocument, 'ingestedAt'>, _fp: bigint) {
    await this.replaceFacts(doc);
  }
  async restoreDocument(): Promise<void> {
    throw new Error('the fake store does not restore dumps');
  }
  async transaction<T>(work: (tx: StoreWriter) => Promise<T>): Promise<T> {
    return work(this);
  }
  async *dumpDocuments() {}
  schema = async () => ({ description: 'fake store', version: 1, latest: 1 });
  migrate = async () => ({ from: 1, to: 1 });
  jobQueue = async () => undefined;
  watchState(): never {
    throw new Error('the fake store keeps no watch state');
  }
  getDocument = async () => undefined;
  findDocumentIds = async () => [];
  listDocuments = async () => [];
  countDocuments = async () => 0;
  stats = async () => ({
    documents: 0,
    nearDuplicates: 0,
    skipped: 0,
    statements: 0,
    positions: 0,
    events: 0,
  });
  async fact(kind: FactKind, id: number): Promise<StoredFact<AnyFact> | undefined> {
    const list: StoredFact<AnyFact>[] =
      kind === 'statement' ? this.statementFacts : kind === 'position' ? this.positionFacts : this.eventFacts;
    return list.find((f) => f.id === id);
  }
  async corrections(filter: { docId?: string } = {}) {
    return this.correctionList.filter((c) => !filter.docId || c.docId === filter.docId);
  }
  async auditLog(filter: { limit?: number; newest?: boolean; docId?: string } = {}) {
    const entries = this.audit.filter((e) => !filter.docId || e.docId === filter.docId);
    return (filter.newest ? [...entries].reverse() : entries).slice(0, filter.limit);
  }
  machineFacts = async (docId: string) => this.machine.get(docId);
  async saveCorrection(correction: Omit<Correction, 'id'> & { id?: number }) {
    const id = correction.id ?? this.nextId++;
    this.correctionList = [...this.correctionList.filter((c) => c.id !== id), { ...correction, id }].sort(
      (a, b) => a.id - b.id,
    );
    return id;
  }
  async deleteCorrection(id: number) {
    this.correctionList = this.correctionList.filter((c) => c.id !== id);
  }
  async setCorrectionOutcomes(outcomes: CorrectionOutcome[]) {
    for (const o of outcomes)
      this.correctionList = this.correctionList.map((c) =>
        c.id === o.id ? { ...c, state: o.state, note: o.note } : c,
      );
  }
  async setMachineFacts(docId: string, facts: FactLists | undefined) {
    if (facts) this.machine.set(docId, structuredClone(facts));
    else this.machine.delete(docId);
  }
  async appendAudit(entry: Omit<AuditEntry, 'id'>) {
    const id = this.audit.length + 1;
    this.audit.push({ ...entry, id });
    return id;
  }
  /** The negotiations the facts are assigned to, counted as the engines count them (documents by their facts). */
  async negotiationCounts() {
    const ids = new Set(
      [...this.statementFacts, ...this.positionFacts, ...this.eventFacts].flatMap(
        (f) => (f.fact as { negotiations?: string[] }).negotiations ?? [],
      ),
    );
    const negotiations = [...ids].sort().map((id) => {
      const of = <T>(list: StoredFact<T>[]) =>
        list.filter((f) => ((f.fact as { negotiations?: string[] }).negotiations ?? []).includes(id));
      const facts = [...of(this.statementFacts), ...of(this.positionFacts), ...of(this.eventFacts)];
      const dates = facts.map((f) => f.docDate).sort();
      return {
        id,
        documents: new Set(facts.map((f) => f.docId)).size,
        mainDocuments: 0,
        statements: of(this.statementFacts).length,
        positions: of(this.positionFacts).length,
        events: of(this.eventFacts).length,
        first: dates[0],
        last: dates[dates.length - 1],
      };
    });
    return { negotiations, unassigned: 0 };
  }
  storedNegotiations = async () => this.negotiationEntries;
  async saveNegotiation(entry: NegotiationEntry) {
    this.negotiationEntries = [...this.negotiationEntries.filter((n) => n.id !== entry.id), entry];
  }
  /**
   * Store a document's facts (replacing earlier ones), evidence being the sentence of each fact;
   * its corrections applied over them as the engines apply them.
   */
  async replaceFacts(original: ParleyDocument): Promise<CorrectionOutcome[]> {
    const { doc, outcomes } = await withCorrections(this, original);
    const keep = <T>(list: StoredFact<T>[]) => list.filter((f) => f.docId !== doc.id);
    this.statementFacts = keep(this.statementFacts);
    this.positionFacts = keep(this.positionFacts);
    this.eventFacts = keep(this.eventFacts);
    const sentenceOf = (start: number) => {
      const s = doc.sentences.find((x) => x.start <= start && start < x.end);
      return s ? doc.text.slice(s.start, s.end) : '';
    };
    const push = <T extends { start: number }>(list: StoredFact<T>[], fact: T) =>
      list.push({
        id: this.nextId++,
        docId: doc.id,
        docDate: doc.date,
        evidenceText: sentenceOf(fact.start),
        fact,
      });
    for (const s of doc.statements) push(this.statementFacts, s);
    for (const p of doc.positions) push(this.positionFacts, p);
    for (const e of doc.events) push(this.eventFacts, e);
    return outcomes;
  }
  searchDocuments = async () => [];
  async close() {}
}
