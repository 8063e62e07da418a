/**
 * Discovering negotiations in a store of mixed news (`parley negotiations --suggest`): parties
 * that meet and take stances on shared issues, report after report. Each document's most present
 * actors (in its statements, stances and events) are paired; a pair seen in several documents
 * seeds a negotiation, and a later pair joins the negotiation whose documents it shares (the
 * United States meeting Russia in reports on Ukraine joins Russia–Ukraine; meeting Iran in
 * reports on Iran's programme, it seeds another). Within one, actors opposed on an issue, or who
 * accuse, sanction, threaten or reject each other, are its parties; one who meets parties of both
 * sides and opposes none is a mediator. What comes out is a proposal for the user to accept,
 * rename, merge or split (`parley negotiations add`).
 */
import type { Codebook, NegotiationEntry } from '../codebook/codebook.js';
import { polarityOf } from '../model.js';
import type { StoreReader } from '../store/store.js';

export interface SuggestedNegotiation {
  id: string;
  name: string;
  parties: string[];
  mediators: string[];
  others: string[];
  issues: string[];
  places: string[];
  span: { from: string; to: string };
  /** The documents it was found in, and the pairs of actors that make it up (with their documents). */
  documents: string[];
  pairs: { actors: [string, string]; documents: number }[];
}

export interface SuggestOptions {
  /** For names, and to leave out actors that are not parties to anything (news outlets). */
  codebook?: Pick<Codebook, 'actors'>;
  /** A pair must be among the most present actors of this many documents to seed (default 2). */
  minDocuments?: number;
}

/** How many of a document's most present actors are paired. */
const TOP_ACTORS = 4;
/** A pair joins a negotiation when at least this share of its documents are the negotiation's. */
const JOIN_SHARE = 0.5;
const HOSTILE = new Set(['ACCUSE', 'SANCTION', 'THREATEN', 'REJECT']);

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const list = (actor: string | string[] | null | undefined): string[] =>
  actor == null ? [] : Array.isArray(actor) ? actor : [actor];

/** Propose the negotiations a store's documents report on, largest first. */
export async function suggestNegotiations(
  store: StoreReader,
  options: SuggestOptions = {},
): Promise<{ negotiations: SuggestedNegotiation[]; documents: number; unexplained: number }> {
  const minDocuments = options.minDocuments ?? 2;
  const kinds = new Map((options.codebook?.actors ?? []).map((a) => [a.code, a.kind]));
  const names = new Map((options.codebook?.actors ?? []).map((a) => [a.code, a.name]));
  const counts = (a: string) => kinds.get(a) !== 'outlet';

  const [statements, positions, events] = await Promise.all([
    store.statements(),
    store.positions(),
    store.events(),
  ]);
  // How present each actor is in each document: a statement or a stance 1, an event 2.
  const presence = new Map<string, Map<string, number>>();
  const dates = new Map<string, string>();
  const add = (docId: string, date: string, actors: string[], weight: number) => {
    dates.set(docId, date);
    const doc = presence.get(docId) ?? new Map<string, number>();
    presence.set(docId, doc);
    for (const a of new Set(actors.filter(counts))) doc.set(a, (doc.get(a) ?? 0) + weight);
  };
  for (const f of statements) add(f.docId, f.docDate, list(f.fact.actor), 1);
  for (const f of positions) add(f.docId, f.docDate, [f.fact.actor], 1);
  for (const f of events)
    add(f.docId, f.docDate, [...f.fact.actors, ...(f.fact.source ?? []), ...(f.fact.target ?? [])], 2);

  // The pairs of each document's most present actors, the documents of each pair, and how much
  // of each document they make (the lesser presence of the two, summed over the documents).
  const pairDocs = new Map<string, Set<string>>();
  const strength = new Map<string, number>();
  const topOf = new Map<string, string[]>();
  for (const [docId, doc] of presence) {
    const top = [...doc.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, TOP_ACTORS)
      .map(([a]) => a);
    topOf.set(docId, top);
    for (let i = 0; i < top.length; i++)
      for (let j = i + 1; j < top.length; j++) {
        const key = pairKey(top[i], top[j]);
        const set = pairDocs.get(key) ?? new Set<string>();
        set.add(docId);
        pairDocs.set(key, set);
        const least = Math.min(doc.get(top[i]) ?? 0, doc.get(top[j]) ?? 0);
        strength.set(key, (strength.get(key) ?? 0) + least);
      }
  }
  // Two sides: a pair that stands apart on an issue in one report, or that accuses, sanctions,
  // threatens or rejects, can seed a negotiation; others (two mediators) only join one.
  const sides = new Set<string>();
  const stancesByDoc = new Map<string, Map<string, Set<string>>>();
  for (const f of positions) {
    const key = `${f.docId}|${f.fact.issue}|${polarityOf(f.fact.stance)}`;
    const byKey = stancesByDoc.get(key) ?? new Map<string, Set<string>>();
    stancesByDoc.set(key, byKey);
    const set = byKey.get(f.fact.actor) ?? new Set<string>();
    byKey.set(f.fact.actor, set);
  }
  for (const [key, byActor] of stancesByDoc) {
    if (!key.endsWith('|pro')) continue;
    const against = stancesByDoc.get(key.replace(/\|pro$/, '|contra'));
    if (!against) continue;
    for (const a of byActor.keys()) for (const b of against.keys()) if (a !== b) sides.add(pairKey(a, b));
  }
  for (const f of events)
    if (HOSTILE.has(f.fact.type))
      for (const a of f.fact.source ?? [])
        for (const b of f.fact.target ?? []) if (a !== b) sides.add(pairKey(a, b));
  // The pairs that meet get the documents of their meetings too (a meeting is a pair's own).
  for (const f of events) {
    if (f.fact.type !== 'CONSULT' && f.fact.type !== 'AGREE') continue;
    const actors = [...new Set(f.fact.actors.filter(counts))];
    for (let i = 0; i < actors.length; i++)
      for (let j = i + 1; j < actors.length; j++) {
        const key = pairKey(actors[i], actors[j]);
        const set = pairDocs.get(key) ?? new Set<string>();
        set.add(f.docId);
        pairDocs.set(key, set);
      }
  }

  interface Cluster {
    actors: Set<string>;
    seed: [string, string];
    docs: Set<string>;
    pairs: { actors: [string, string]; documents: number }[];
  }
  const clusters: Cluster[] = [];
  // The strongest pairs first; two sides count double (mediators meet each other too).
  const weight = (key: string) => (strength.get(key) ?? 0) * (sides.has(key) ? 2 : 1);
  const ordered = [...pairDocs.entries()]
    .filter(([, docs]) => docs.size >= minDocuments)
    .sort((a, b) => weight(b[0]) - weight(a[0]) || a[0].localeCompare(b[0]));
  // First the seeds: each pair whose documents are not mostly those of a seed before it. Then the
  // other pairs join the seeds' negotiations (so that mediators' pairs do not decide the seeds).
  const joiners: [string, Set<string>][] = [];
  for (const [key, docs] of ordered) {
    const pair = key.split('|') as [string, string];
    const taken = clusters.some(
      (c) => [...docs].filter((d) => c.docs.has(d)).length / docs.size >= JOIN_SHARE,
    );
    if (taken) joiners.push([key, docs]);
    else
      clusters.push({
        actors: new Set(pair),
        seed: pair,
        docs: new Set(docs),
        pairs: [{ actors: pair, documents: docs.size }],
      });
  }
  for (const [key, docs] of joiners) {
    const pair = key.split('|') as [string, string];
    const share = (c: Cluster) => [...docs].filter((d) => c.docs.has(d)).length / docs.size;
    const ranked = clusters
      .map((c) => ({ c, share: share(c) }))
      .sort((a, b) => b.share - a.share || b.c.docs.size - a.c.docs.size);
    const [best, second] = ranked;
    const entry = { actors: pair, documents: docs.size };
    // A pair seen only in reports on two negotiations at once (their envoys at one forum) joins neither.
    if (best && second && second.share >= JOIN_SHARE) continue;
    if (best && best.share >= JOIN_SHARE) {
      for (const a of pair) best.c.actors.add(a);
      // Its documents that are about the negotiation too (one of its two sides, other than the
      // pair's own, among their most present): Israel and the United States on Iran's programme do
      // not bring that report to Gaza.
      const sides = best.c.seed.filter((a) => !pair.includes(a));
      for (const d of docs) if (topOf.get(d)?.some((a) => sides.includes(a))) best.c.docs.add(d);
      best.c.pairs.push(entry);
    }
  }

  // A seed whose two actors neither refuse anything nor take part in a hostile act in its reports
  // (two mediators, who meet each other in the reports on talks they mediate: Egypt and the United
  // States on Gaza) is no negotiation of its own: it joins the one whose sides (other than its own
  // pair) are most present in its reports, if on average in at least half of them.
  const contrary = (actor: string, docs: Set<string>) =>
    positions.some(
      (f) => docs.has(f.docId) && f.fact.actor === actor && polarityOf(f.fact.stance) === 'contra',
    ) ||
    events.some(
      (f) =>
        docs.has(f.docId) &&
        HOSTILE.has(f.fact.type) &&
        [...(f.fact.source ?? []), ...(f.fact.target ?? [])].includes(actor),
    );
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i];
    if (c.seed.some((a) => contrary(a, c.docs))) continue;
    const present = (other: Cluster) => {
      const theirs = other.seed.filter((a) => !c.seed.includes(a));
      if (theirs.length === 0) return 0;
      let sum = 0;
      for (const d of c.docs)
        sum += theirs.filter((a) => (presence.get(d)?.get(a) ?? 0) > 0).length / theirs.length;
      return sum;
    };
    const host = clusters
      .filter((o) => o !== c)
      .map((o) => ({ o, n: present(o) }))
      .sort((a, b) => b.n - a.n)[0];
    if (!host || host.n < c.docs.size / 2) continue;
    for (const a of c.actors) host.o.actors.add(a);
    for (const d of c.docs) host.o.docs.add(d);
    host.o.pairs.push(...c.pairs);
    clusters.splice(i, 1);
  }

  // Roles: opposed on an issue, or hostile to each other, within the negotiation's documents.
  const suggestions = clusters.map((c): SuggestedNegotiation => {
    const inCluster = (docId: string) => c.docs.has(docId);
    // Who opposes whom, and how often (an issue on which they stand apart, a hostile act).
    const opposed = new Map<string, Map<string, number>>();
    const oppose = (a: string, b: string) => {
      if (a === b || !c.actors.has(a) || !c.actors.has(b)) return;
      for (const [x, y] of [
        [a, b],
        [b, a],
      ]) {
        const map = opposed.get(x) ?? new Map<string, number>();
        map.set(y, (map.get(y) ?? 0) + 1);
        opposed.set(x, map);
      }
    };
    const stances = new Map<string, Map<string, 'pro' | 'contra'>>();
    const issueCounts = new Map<string, number>();
    for (const f of positions) {
      if (!inCluster(f.docId) || !c.actors.has(f.fact.actor)) continue;
      const byActor = stances.get(f.fact.issue) ?? new Map<string, 'pro' | 'contra'>();
      byActor.set(f.fact.actor, polarityOf(f.fact.stance));
      stances.set(f.fact.issue, byActor);
      issueCounts.set(f.fact.issue, (issueCounts.get(f.fact.issue) ?? 0) + 1);
    }
    for (const byActor of stances.values())
      for (const [a, pa] of byActor) for (const [b, pb] of byActor) if (a < b && pa !== pb) oppose(a, b);
    const met = new Map<string, Map<string, number>>();
    const places = new Map<string, number>();
    for (const f of events) {
      if (!inCluster(f.docId)) continue;
      const e = f.fact;
      if (HOSTILE.has(e.type)) for (const s of e.source ?? []) for (const t of e.target ?? []) oppose(s, t);
      if (e.type === 'CONSULT') {
        for (const a of e.actors) {
          const map = met.get(a) ?? new Map<string, number>();
          for (const b of e.actors) if (b !== a) map.set(b, (map.get(b) ?? 0) + 1);
          met.set(a, map);
        }
        if (e.location?.name) places.set(e.location.name, (places.get(e.location.name) ?? 0) + 1);
      }
    }
    const withParties = (table: Map<string, Map<string, number>>, a: string, parties: Set<string>) =>
      [...(table.get(a) ?? [])].filter(([b]) => parties.has(b));
    const sum = (list: [string, number][]) => list.reduce((n, [, k]) => n + k, 0);
    // The seed pair are parties; so is whoever opposes a party more than once and meets them less.
    const parties = new Set<string>(c.seed);
    for (const a of c.actors) {
      const hostility = sum(withParties(opposed, a, parties));
      if (hostility >= 2 && hostility >= sum(withParties(met, a, parties)) / 2) parties.add(a);
    }
    // A mediator meets two parties (both sides) and opposes them far less than it meets them.
    const mediators = [...c.actors].filter((a) => {
      if (parties.has(a)) return false;
      const meetings = withParties(met, a, parties);
      return (
        meetings.length >= Math.min(2, parties.size) &&
        sum(withParties(opposed, a, parties)) <= sum(meetings) / 3
      );
    });
    const others = [...c.actors].filter((a) => !parties.has(a) && !mediators.includes(a));
    const docDates = [...c.docs].map((d) => dates.get(d) ?? '').sort();
    // Named after the pair that seeded it: the two sides most reported on together.
    const seed = [...c.seed].sort();
    return {
      id: seed.join('-').toLowerCase(),
      name: seed.map((a) => names.get(a) ?? a).join('–'),
      parties: [...parties].sort(),
      mediators: mediators.sort(),
      others: others.sort(),
      issues: [...issueCounts.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([issue]) => issue),
      places: [...places.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([p]) => p),
      span: { from: docDates[0], to: docDates[docDates.length - 1] },
      documents: [...c.docs].sort((a, b) => (dates.get(a) ?? '').localeCompare(dates.get(b) ?? '')),
      pairs: c.pairs,
    };
  });
  suggestions.sort((a, b) => b.documents.length - a.documents.length || a.id.localeCompare(b.id));
  const explained = new Set(suggestions.flatMap((s) => s.documents));
  return {
    negotiations: suggestions,
    documents: presence.size,
    unexplained: [...presence.keys()].filter((d) => !explained.has(d)).length,
  };
}

/** A suggestion as a negotiation to declare (what `parley negotiations add` stores). */
export const asNegotiation = (s: SuggestedNegotiation): Partial<NegotiationEntry> => ({
  id: s.id,
  name: s.name,
  parties: s.parties,
  mediators: s.mediators,
  others: s.others,
  issues: s.issues,
  places: s.places,
  span: { from: s.span.from },
});
