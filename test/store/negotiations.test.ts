/**
 * Two negotiations in one store, kept apart (issue 12), on every engine: the Veska–Ormund corpus
 * (examples/corpus) and the Caldria–Belmora one (examples/corpus-second), interleaved in time and
 * three articles reporting on both, coded with both codebooks. What each negotiation holds is
 * checked against examples/second-expected.yaml (`negotiations:` and `mixed:`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { ingest, preparingWith } from '../../src/core/ingest/ingest.js';
import { prepareDocument } from '../../src/core/ingest/prepare.js';
import { readInputs } from '../../src/core/ingest/sources.js';
import { DEFAULT_MAX_BYTES } from '../../src/core/ingest/types.js';
import { timeline } from '../../src/core/query/events.js';
import { chooseNegotiation, declaredNegotiations, reassignStore } from '../../src/core/query/negotiations.js';
import { conflicts, positionsMatrix } from '../../src/core/query/positions.js';
import { quotes } from '../../src/core/query/quotes.js';
import { addFact, reviewFact, undoChange } from '../../src/core/query/review.js';
import { defaultPipeline } from '../../src/core/stages.js';
import type { Store } from '../../src/core/store/store.js';
import { repoRoot } from '../server/corpus.js';
import { engines, openEngineStore } from './engines.js';

const examples = join(repoRoot, 'examples');
const codebook = loadCodebook([join(examples, 'codebook.yaml'), join(examples, 'second-codebook.yaml')]);
const expected = parse(readFileSync(join(examples, 'second-expected.yaml'), 'utf8')) as {
  negotiations: { id: string; parties: string[]; mediator: string }[];
  mixed: {
    document: string;
    ilm: { positions: { actor: string; issue: string }[] };
    skerry: { positions: { actor: string; issue: string }[] };
  }[];
};
const declared = declaredNegotiations(codebook, []);
const skerry = chooseNegotiation(declared, 'skerry');
const ilm = chooseNegotiation(declared, 'ilm');
const partiesOf = (id: string) => new Set(expected.negotiations.find((n) => n.id === id)?.parties);

/** Both corpora into the store, coded with both codebooks, as `parley demo` does. */
async function bothCorpora(store: Store): Promise<void> {
  const pipeline = defaultPipeline(codebook);
  await ingest(
    readInputs([join(examples, 'corpus'), join(examples, 'corpus-second')], { maxBytes: DEFAULT_MAX_BYTES }),
    store,
    { handleBatch: preparingWith((raw) => prepareDocument(raw, pipeline)) },
  );
}

describe.each(engines)('two negotiations in one store over $name', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await openEngineStore(engine);
    await bothCorpora(store);
  }, 120_000);
  afterAll(() => store?.close());

  it('are declared by the codebooks with their parties and mediators, as the corpus says', () => {
    for (const n of expected.negotiations) {
      const declaredOne = declared.find((d) => d.id === n.id);
      expect(declaredOne?.parties).toEqual(n.parties);
      expect(declaredOne?.mediators).toEqual([n.mediator]);
    }
  });

  it('counts each one’s documents, the three that report on both in each', async () => {
    const { negotiations, unassigned } = await store.negotiationCounts();
    const byId = Object.fromEntries(negotiations.map((n) => [n.id, n]));
    // 32 Veska–Ormund articles and 17 Caldria–Belmora ones, 3 of which report on both.
    expect(byId.skerry.documents).toBe(35);
    expect(byId.ilm.documents).toBe(17);
    expect(byId.skerry.mainDocuments + byId.ilm.mainDocuments).toBeGreaterThanOrEqual(49);
    expect(unassigned).toBe(0);
    expect(byId.ilm.first).toBe('2026-03-05');
    expect(byId.skerry.last).toBe('2026-09-28');
    const mixed = await store.listDocuments({ negotiation: 'ilm' });
    expect(mixed.filter((d) => d.source?.includes('examples/corpus/'))).toEqual([]);
  });

  it("keeps each matrix to its own talks: no party of one in the other's", async () => {
    for (const [negotiation, other] of [
      [skerry, 'ilm'],
      [ilm, 'skerry'],
    ] as const) {
      const matrix = await positionsMatrix(store, { negotiation });
      const foreign = matrix.actors.filter((a) => partiesOf(other).has(a));
      expect(foreign, `${negotiation?.id} matrix`).toEqual([]);
      // Its parties come first.
      const parties = matrix.actors.filter((a) => matrix.roles?.[a] === 'party');
      expect(matrix.actors.slice(0, parties.length)).toEqual(parties);
      expect(parties.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives each paragraph of an article on both talks to its own negotiation', async () => {
    for (const doc of expected.mixed) {
      const [info] = (await store.listDocuments()).filter((d) => d.source?.endsWith(doc.document));
      const stored = await store.getDocument(info.id);
      expect(stored?.doc?.assignment?.map((a) => a.negotiation).sort()).toEqual(['ilm', 'skerry']);
      for (const id of ['ilm', 'skerry'] as const) {
        const facts = await store.positions({ docId: info.id, negotiation: id });
        const found = new Set(facts.map((f) => `${f.fact.actor} ${f.fact.issue}`));
        const own = doc[id].positions.map((p) => `${p.actor} ${p.issue}`);
        const theirs = doc[id === 'ilm' ? 'skerry' : 'ilm'].positions.map((p) => `${p.actor} ${p.issue}`);
        // What the extraction finds of the expected stances lands in its own negotiation only.
        for (const stance of theirs)
          expect(found.has(stance), `${doc.document}: ${stance} in ${id}`).toBe(false);
        expect(
          own.some((stance) => found.has(stance)),
          `${doc.document}: ${id} has its stances`,
        ).toBe(true);
      }
    }
  });

  it('keeps a mediator apart from the parties: conflicts and common ground are the parties’', async () => {
    const report = await conflicts(store, { negotiation: ilm });
    for (const issue of report.issues) {
      for (const side of [issue.for, issue.against])
        for (const entry of side) expect(partiesOf('ilm').has(entry.actor)).toBe(true);
    }
    // Aurenne's proposals are shown as the mediator's.
    const mediated = report.issues.flatMap((i) => i.mediators ?? []).map((e) => e.actor);
    expect(mediated).toContain('AUR');
  });

  it('answers the other questions for one negotiation', async () => {
    const ilmEvents = await timeline(store, { negotiation: ilm });
    expect(ilmEvents.some((e) => e.location?.name === 'Talbrook')).toBe(true);
    expect(ilmEvents.some((e) => e.actors.includes('ORM'))).toBe(false);
    const skerryQuotes = await quotes(store, { negotiation: skerry }, codebook);
    expect(skerryQuotes.some((q) => q.speaker === 'Helka Dorn')).toBe(false);
    expect(skerryQuotes.some((q) => q.speaker === 'Ilse Marrow')).toBe(true);
  });

  it('keeps a negotiation the user made, and assigns documents to it again', async () => {
    const [first] = await store.listDocuments({ negotiation: 'ilm' });
    const entry = { ...ilm!, id: 'dam', name: 'The dam', include: [], exclude: [] };
    await store.saveNegotiation(entry);
    await store.saveNegotiation({ ...entry, exclude: [first.id] });
    expect((await store.storedNegotiations()).map((n) => [n.id, n.exclude])).toEqual([['dam', [first.id]]]);
    const withDam = declaredNegotiations(codebook, await store.storedNegotiations());
    const done = await reassignStore(store, {
      codebook: { ...codebook, negotiations: withDam },
      cache: new Map(),
    });
    // Each Ilm document now in `dam` too, but the one taken out by hand, which does not change.
    expect(done.changed).toBe(16);
    const dam = (await store.negotiationCounts()).negotiations.find((n) => n.id === 'dam');
    // Every document of the Ilm talks but the one taken out by hand.
    expect(dam?.documents).toBe(16);
    expect(await store.listDocuments({ negotiation: 'dam' })).not.toContainEqual(
      expect.objectContaining({ id: first.id }),
    );
  });

  it('answers -n from the corrected record: an added stance takes its paragraph’s negotiation, and a reassignment keeps the corrections', async () => {
    const [info] = (await store.listDocuments()).filter((d) =>
      d.source?.endsWith(expected.mixed[0].document),
    );
    const docId = info.id;
    const ids = async (negotiation: string) =>
      (await store.positions({ docId, negotiation })).map((f) => f.id);
    const records = async (negotiation: string, actor: string, issue: string) =>
      store.positionRecords({ negotiation, actor, issue });
    const [inIlm] = await store.positions({ docId, negotiation: 'ilm' });
    const [corrected, rejected] = await store.positions({ docId, negotiation: 'skerry' });

    // Added on the words of an Ilm paragraph: an Ilm stance, not a Skerry one.
    const added = await addFact(
      store,
      {
        kind: 'position',
        docId,
        span: inIlm.fact.evidence,
        fields: { actor: 'BMR', issue: 'humanitarian', stance: 'demand' },
      },
      'ana',
    );
    const addedId = Number(added.ref?.slice(1));
    expect(await ids('ilm')).toContain(addedId);
    expect(await ids('skerry')).not.toContain(addedId);
    expect(await records('ilm', 'BMR', 'humanitarian')).toContainEqual(
      expect.objectContaining({ id: addedId, stance: 'demand', status: 'added' }),
    );

    // A corrected Skerry stance is the Skerry record; a rejected one is in no negotiation.
    const stance = corrected.fact.stance === 'reject' ? 'accept' : 'reject';
    await reviewFact(store, { kind: 'position', id: corrected.id }, 'correct', 'ana', { stance });
    await reviewFact(store, { kind: 'position', id: rejected.id }, 'reject', 'ben');
    const skerryRecords = await records('skerry', corrected.fact.actor, corrected.fact.issue);
    expect(skerryRecords).toContainEqual(
      expect.objectContaining({ id: corrected.id, stance, status: 'corrected' }),
    );
    expect(await ids('skerry')).not.toContain(rejected.id);
    expect(await ids('ilm')).not.toContain(rejected.id);

    // Taken out of `dam` by hand and assigned again: the corrections still hold over the extraction.
    const dam = (await store.storedNegotiations()).find((n) => n.id === 'dam')!;
    await store.saveNegotiation({ ...dam, exclude: [...dam.exclude, docId] });
    const done = await reassignStore(
      store,
      {
        codebook: {
          ...codebook,
          negotiations: declaredNegotiations(codebook, await store.storedNegotiations()),
        },
        cache: new Map(),
      },
      (id) => id === docId,
    );
    expect(done.changed).toBe(1);
    expect(await ids('dam')).toEqual([]);
    expect(await ids('ilm')).toContain(addedId);
    expect(await ids('skerry')).not.toContain(rejected.id);
    expect((await store.corrections({ docId })).map((c) => c.state)).toEqual(['holds', 'holds', 'holds']);
    // The extraction's facts were kept aside, not replaced by the record: undoing the rejection
    // brings the stance back, in its negotiation.
    await undoChange(store, 'ben');
    const same = (f: { fact: { actor: string; issue: string; start: number } }) =>
      f.fact.actor === rejected.fact.actor &&
      f.fact.issue === rejected.fact.issue &&
      f.fact.start === rejected.fact.start;
    expect((await store.positions({ docId, negotiation: 'skerry' })).filter(same)).toHaveLength(1);
  });
});
