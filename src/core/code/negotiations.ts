/**
 * Stage `negotiations`: which of the codebook's negotiations a document, each of its blocks and
 * each of its facts belong to. A store holds several negotiations at once (Russia–Ukraine, Gaza,
 * Iran…) from one news stream; a report on one of them may give a paragraph to another, and that
 * paragraph's facts go to the other.
 *
 * A document belongs to a negotiation when it names two of its parties, or one party with one of
 * its mediators, places or keywords, on a date within its span. Each block is given to the
 * negotiations it names a party, place or keyword of; a block that names none (a quote going on,
 * a mediator alone) stays with the block before it, else the document's main negotiation. A fact
 * goes to its block's negotiations, narrowed to those its own actors take part in when they do.
 * The user's assignments by hand (`include`, `exclude`) come last.
 */
import type { NegotiationEntry } from '../codebook/codebook.js';
import type {
  Mention,
  NegotiationAssignment,
  NegotiationEvent,
  ParleyDocument,
  PipelineContext,
  Position,
  Span,
  Stage,
  Statement,
} from '../model.js';
import { firstAtLeast } from '../sorted.js';

type Role = 'party' | 'mediator' | 'other';

/** What the stage knows of one negotiation: its roles by actor, and a pattern for its names. */
interface Compiled {
  entry: NegotiationEntry;
  roles: Map<string, Role>;
  /** Its places (with the codebook's aliases) and keywords, as whole words; undefined: none. */
  names?: RegExp;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(ctx: Pick<PipelineContext, 'codebook' | 'cache'>): Compiled[] {
  const hit = ctx.cache.get('negotiations') as Compiled[] | undefined;
  if (hit) return hit;
  const compiled = (ctx.codebook.negotiations ?? []).map((entry) => {
    const roles = new Map<string, Role>();
    for (const code of entry.others) roles.set(code, 'other');
    for (const code of [...entry.mediators, ...entry.guarantors]) roles.set(code, 'mediator');
    for (const code of entry.parties) roles.set(code, 'party');
    const places = entry.places.flatMap((name) => [
      name,
      ...ctx.codebook.places.filter((p) => p.name === name).flatMap((p) => p.aliases),
    ]);
    const words = [...new Set([...places, ...entry.keywords])].filter((w) => w.trim());
    const names = words.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
      : undefined;
    return { entry, roles, names };
  });
  ctx.cache.set('negotiations', compiled);
  return compiled;
}

/** Whether an ISO date (at any precision) lies within a span of ISO dates at any precision. */
export function withinSpan(date: string, span: { from?: string; to?: string }): boolean {
  if (span.from && date.slice(0, span.from.length) < span.from) return false;
  if (span.to && date.slice(0, span.to.length) > span.to) return false;
  return true;
}

const codes = (actor: string | string[] | null | undefined): string[] =>
  actor == null ? [] : Array.isArray(actor) ? actor : [actor];

/** What one block says of one negotiation. */
interface Signals {
  parties: Set<string>;
  mediators: Set<string>;
  others: Set<string>;
  names: Set<string>;
  issues: Set<string>;
}

const noSignals = (): Signals => ({
  parties: new Set(),
  mediators: new Set(),
  others: new Set(),
  names: new Set(),
  issues: new Set(),
});

/** A block names the negotiation itself: one of its parties, places or keywords. */
const strong = (s: Signals) => s.parties.size > 0 || s.names.size > 0;
const score = (s: Signals) =>
  3 * s.parties.size + 2 * s.names.size + 2 * s.mediators.size + s.others.size + s.issues.size;

function union(into: Signals, from: Signals): void {
  for (const key of Object.keys(into) as (keyof Signals)[]) for (const v of from[key]) into[key].add(v);
}

function reasonOf(s: Signals): string {
  const parts: string[] = [];
  const list = (label: string, set: Set<string>) => set.size && parts.push(`${label} ${[...set].join(', ')}`);
  list('parties', s.parties);
  list('mediators', s.mediators);
  list('others', s.others);
  list('places', s.names);
  list('issues', s.issues);
  return parts.join('; ');
}

/** The actor codes a mention stands for: its own, else its entity's. */
function mentionActors(doc: ParleyDocument, mention: Mention): string[] {
  const own = codes(mention.actor);
  if (own.length) return own;
  return mention.entity === undefined ? [] : codes(doc.entities[mention.entity]?.actor);
}

/** The index of the block that holds an offset (blocks are in text order, apart from each other). */
function blockAt(blocks: Span[], offset: number): number {
  return Math.max(0, firstAtLeast(blocks, offset + 1, (b) => b.start) - 1);
}

/**
 * A user's assignment by hand: `id` (the whole document) or `id#N` (its block N, from 1), matched
 * against the document's id.
 */
function handAssigned(list: string[], docId: string): { whole: boolean; blocks: Set<number> } {
  const out = { whole: false, blocks: new Set<number>() };
  for (const item of list) {
    const [id, block] = item.split('#');
    if (id !== docId) continue;
    if (block === undefined) out.whole = true;
    else out.blocks.add(Number(block));
  }
  return out;
}

/** Assign the document, its blocks and its facts to negotiations (see the module's comment). */
export function assignNegotiations(
  doc: ParleyDocument,
  ctx: Pick<PipelineContext, 'codebook' | 'cache'>,
): void {
  const all = compile(ctx);
  for (const list of [doc.statements, doc.positions, doc.events])
    for (const fact of list) delete fact.negotiations;
  delete doc.assignment;
  if (!all.length) return;
  const blocks: Span[] = doc.blocks.length ? doc.blocks : [{ start: 0, end: doc.text.length }];
  const signals = all.map(() => blocks.map(noSignals));
  const inSpan = all.map((n) => withinSpan(doc.date, n.entry.span));

  for (const mention of doc.mentions) {
    const actors = mentionActors(doc, mention);
    if (!actors.length) continue;
    const b = blockAt(blocks, mention.start);
    for (const [i, n] of all.entries())
      for (const code of actors) {
        const role = n.roles.get(code);
        if (role === 'party') signals[i][b].parties.add(code);
        else if (role === 'mediator') signals[i][b].mediators.add(code);
        else if (role === 'other') signals[i][b].others.add(code);
      }
  }
  for (const [i, n] of all.entries()) {
    if (!n.names) continue;
    for (const [b, block] of blocks.entries())
      for (const match of doc.norm.slice(block.start, block.end).matchAll(n.names))
        signals[i][b].names.add(match[0]);
  }
  for (const position of doc.positions) {
    const b = blockAt(blocks, position.start);
    for (const [i, n] of all.entries())
      if (n.entry.issues.includes(position.issue)) signals[i][b].issues.add(position.issue);
  }

  // The document's negotiations, and its main one (the highest score).
  const whole = all.map((_, i) => {
    const sum = noSignals();
    for (const s of signals[i]) union(sum, s);
    return sum;
  });
  const hand = all.map((n) => ({
    include: handAssigned(n.entry.include, doc.id),
    exclude: handAssigned(n.entry.exclude, doc.id),
  }));
  const belongs = all.map((n, i) => {
    const s = whole[i];
    const named = s.parties.size >= Math.min(2, n.entry.parties.length) && s.parties.size > 0;
    const tied = s.parties.size > 0 && (s.names.size > 0 || s.mediators.size > 0);
    return inSpan[i] && (named || tied);
  });
  const found = all.map((_, i) => i).filter((i) => belongs[i]);
  const top = Math.max(0, ...found.map((i) => score(whole[i])));
  const main = found.filter((i) => score(whole[i]) === top);

  // Each block's negotiations: those it names; else those of the block before; else the main one.
  const byBlock: number[][] = [];
  for (const b of blocks.keys()) {
    const named = found.filter((i) => strong(signals[i][b]));
    if (named.length) byBlock.push(named);
    else {
      const weak = found.filter((i) => score(signals[i][b]) > 0);
      const before = byBlock[b - 1] ?? main;
      const kept = weak.filter((i) => before.includes(i));
      byBlock.push(kept.length ? kept : weak.length === 1 ? weak : before);
    }
  }
  // By hand: a whole document or a block to a negotiation, or away from it.
  for (const [i, { include, exclude }] of hand.entries())
    for (const b of blocks.keys()) {
      const number = b + 1;
      const add = include.whole || include.blocks.has(number);
      const remove = exclude.whole || exclude.blocks.has(number);
      if (add && !remove && !byBlock[b].includes(i)) byBlock[b] = [...byBlock[b], i];
      if (remove) byBlock[b] = byBlock[b].filter((j) => j !== i);
    }

  const assignment: NegotiationAssignment[] = [];
  for (const [i, n] of all.entries()) {
    const numbers = [...blocks.keys()].filter((b) => byBlock[b].includes(i)).map((b) => b + 1);
    if (!numbers.length && !hand[i].include.whole) continue;
    const byUser =
      hand[i].include.whole || hand[i].include.blocks.size > 0 || hand[i].exclude.blocks.size > 0;
    const reason = belongs[i]
      ? reasonOf(whole[i])
      : inSpan[i]
        ? 'assigned by hand'
        : `assigned by hand (dated outside its span)`;
    assignment.push({
      negotiation: n.entry.id,
      main: main.includes(i),
      reason: byUser && belongs[i] ? `${reason}; blocks changed by hand` : reason,
      blocks: numbers,
      ...(byUser ? { byUser } : {}),
      actors: [...n.roles.keys()].sort(),
    });
  }
  if (assignment.length) doc.assignment = assignment;
  assignFactNegotiations(doc);
}

type AnyFact = Statement | Position | NegotiationEvent;

/**
 * Give facts of a document the negotiations of their block, as the document's assignment has
 * them, narrowed to those their own actors take part in (`which`: only these facts; default all).
 * The stage assigns every fact so; a store assigns again the facts a person corrected or added,
 * whose actors or place may not be the extraction's.
 */
export function assignFactNegotiations(
  doc: Pick<ParleyDocument, 'text' | 'blocks' | 'assignment' | 'statements' | 'positions' | 'events'>,
  which: (fact: AnyFact) => boolean = () => true,
): void {
  const assignment = doc.assignment ?? [];
  const blocks: Span[] = doc.blocks.length ? doc.blocks : [{ start: 0, end: doc.text.length }];
  const byBlock = blocks.map((_, b) => assignment.filter((a) => a.blocks.includes(b + 1)));
  const takesPart = (a: NegotiationAssignment, code: string) => a.actors?.includes(code) ?? false;
  const factNegotiations = (start: number, actors: string[]): NegotiationAssignment[] => {
    const here = byBlock[blockAt(blocks, start)];
    // A fact's own actors narrow its block's negotiations to those they take part in.
    const taking = here.filter((a) => actors.some((code) => takesPart(a, code)));
    return taking.length ? taking : here;
  };
  const set = (fact: AnyFact, found: NegotiationAssignment[]) => {
    delete fact.negotiations;
    if (found.length) fact.negotiations = [...new Set(found.map((a) => a.negotiation))];
  };
  for (const statement of doc.statements)
    if (which(statement)) set(statement, factNegotiations(statement.start, codes(statement.actor)));
  for (const position of doc.positions)
    if (which(position)) set(position, factNegotiations(position.start, [position.actor]));
  // An event between actors of two negotiations (their envoys meet) belongs to both: to its
  // block's, and to those of the document's negotiations of an actor who has no part in the block's.
  // A stance or a statement stays with its block's topic (Russia on a Gaza ceasefire is Gaza's).
  for (const event of doc.events) {
    if (!which(event)) continue;
    const actors = [...event.actors, ...(event.source ?? []), ...(event.target ?? [])];
    const here = byBlock[blockAt(blocks, event.start)];
    const outsiders = actors.filter((code) => !here.some((a) => takesPart(a, code)));
    const elsewhere = assignment.filter(
      (a) => !here.includes(a) && outsiders.some((code) => takesPart(a, code)),
    );
    set(event, [...factNegotiations(event.start, actors), ...elsewhere]);
  }
}

export const negotiationsStage: Stage = {
  name: 'negotiations',
  wholeDocument: true,
  run(doc, ctx) {
    assignNegotiations(doc, ctx);
  },
};
