/** `parley show DOC`: one stored document (by id or unique id prefix), its layout and its facts. */
import type { Command } from 'commander';
import {
  type FactReview,
  type ParleyDocument,
  type Provenance,
  type Span,
  textOf,
} from '../../core/model.js';
import { quoted } from '../../core/query/brief.js';
import { describeEvent } from '../../core/query/events.js';
import { documentReview, type FactRefs, factRefs, factSummary } from '../../core/query/review.js';
import type { StoreReader } from '../../core/store/store.js';
import { type GlobalOptions, printJson, withStore, withUserErrors } from '../context.js';

/** The id a user's id or prefix names, or an error that says what to do. */
export async function resolveDocumentId(store: StoreReader, idOrPrefix: string): Promise<string> {
  const matches = await store.findDocumentIds(idOrPrefix, 6);
  if (matches.length === 1) return matches[0];
  if (!matches.length)
    throw new Error(`no stored document has an id starting with "${idOrPrefix}": see \`parley docs\``);
  if (matches.includes(idOrPrefix)) return idOrPrefix;
  throw new Error(
    `"${idOrPrefix}" matches several documents (${matches.slice(0, 5).join(', ')}${matches.length > 5 ? ', …' : ''}): give more of the id`,
  );
}

/** Where a fact came from: the rule, its cue and confidence (flattened for --json). */
const origin = (p: Provenance) => ({ rule: p.rule, cue: p.cue, confidence: p.confidence });
const passage = (doc: ParleyDocument, span: Span) => ({
  start: span.start,
  end: span.end,
  text: textOf(doc, span),
});

/** Whether a person has checked a fact, and who (`machine`: nobody yet). */
const reviewOf = (f: { review?: FactReview }) => ({
  reviewStatus: f.review?.status ?? 'machine',
  ...(f.review ? { reviewedBy: f.review.by, reviewedAt: f.review.at } : {}),
});

/** A document's statements, positions and events, each with its evidence text and the rule that found it. */
export function documentFacts(doc: ParleyDocument, refs?: FactRefs) {
  return {
    statements: doc.statements.map((s, i) => ({
      ref: refs?.statements[i],
      ...reviewOf(s),
      speaker: s.speaker,
      actor: s.actor,
      role: s.role,
      anonymous: s.anonymous,
      direct: s.direct,
      content: passage(doc, s.content),
      ...origin(s.provenance),
    })),
    positions: doc.positions.map((p, i) => ({
      ref: refs?.positions[i],
      ...reviewOf(p),
      actor: p.actor,
      issue: p.issue,
      stance: p.stance,
      redLine: p.redLine ?? false,
      condition: p.condition ? passage(doc, p.condition) : undefined,
      date: p.date,
      reportedBy: p.source,
      evidence: passage(doc, p.evidence),
      ...origin(p.provenance),
    })),
    events: doc.events.map((e, i) => ({
      ref: refs?.events[i],
      ...reviewOf(e),
      type: e.type,
      date: e.date,
      status: e.status ?? 'held',
      actors: e.actors,
      source: e.source,
      target: e.target,
      excluded: e.excluded,
      location: e.location && { name: e.location.name, country: e.location.country },
      duration: e.duration,
      evidence: passage(doc, e.evidence),
      ...origin(e.provenance),
    })),
  };
}

const ruleText = (f: { rule: string; cue?: string; confidence: number }) =>
  `${f.rule}${f.cue ? ` · cue "${f.cue}"` : ''} · ${f.confidence.toFixed(2)}`;

/** A fact's reference and, once a person checked it, its status: `p7 (corrected by ana) `. */
const head = (f: { ref?: string; reviewStatus: string; reviewedBy?: string }) =>
  `${f.ref ? `${f.ref} ` : ''}${f.reviewStatus !== 'machine' ? `(${f.reviewStatus} by ${f.reviewedBy}) ` : ''}`;

const partyText = (actor: string | string[] | null) =>
  actor == null ? '-' : Array.isArray(actor) ? actor.join('+') : actor;

/** The facts for people: each with its evidence and, below it, the rule that found it. */
export function factsText(doc: ParleyDocument, refs?: FactRefs): string[] {
  const facts = documentFacts(doc, refs);
  const lines = [`statements (${facts.statements.length})`];
  for (const s of facts.statements)
    lines.push(
      `  ${head(s)}${s.speaker} [${partyText(s.actor)}], ${s.direct ? 'quoted' : 'reported'}: ${s.content.text.replace(/\s+/g, ' ').trim()}`,
      `      ${ruleText(s)}`,
    );
  lines.push('', `positions (${facts.positions.length})`);
  for (const p of facts.positions) {
    const details = [
      p.date && `taken ${p.date}`,
      p.reportedBy !== undefined && `reported by ${p.reportedBy ?? 'an unnamed source'}`,
      p.condition && `if ${quoted(p.condition.text)}`,
    ].filter(Boolean);
    lines.push(
      `  ${head(p)}${p.actor} on ${p.issue}: ${p.stance}${p.redLine ? ' (red line)' : ''}${details.length ? `; ${details.join('; ')}` : ''}`,
      `      ${quoted(p.evidence.text)}`,
      `      ${ruleText(p)}`,
    );
  }
  lines.push('', `events (${facts.events.length})`);
  for (const e of facts.events) {
    const line = describeEvent({
      ...e,
      date: e.date ?? doc.date,
      dateFromDocument: !e.date,
      excluded: e.excluded ?? [],
      sources: [],
    });
    lines.push(`  ${head(e)}${line}`, `      ${quoted(e.evidence.text)}`, `      ${ruleText(e)}`);
  }
  return lines;
}

export function register(program: Command): void {
  program
    .command('show')
    .description(
      'print one stored document: metadata, layout blocks, text, and its statements, positions and events with their evidence and rules',
    )
    .argument('<doc>', 'document id or a unique prefix of it')
    .action((idOrPrefix: string, _options: unknown, cmd: Command) =>
      withUserErrors(cmd, async () => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        await withStore(opts, async (store) => {
          const stored = (await store.getDocument(await resolveDocumentId(store, idOrPrefix)))!;
          const { doc, text, ...meta } = stored;
          const refs = doc && (await factRefs(store, doc));
          const { rejected } = await documentReview(store, meta.id);
          const blocks = (doc?.blocks ?? []).map((b) => ({ ...b, text: text.slice(b.start, b.end) }));
          if (opts.json) {
            printJson({
              ...meta,
              text,
              blocks,
              notices: doc?.notices ?? [],
              ...(doc ? documentFacts(doc, refs) : { statements: [], positions: [], events: [] }),
              rejected,
              annotated: doc,
            });
            return;
          }
          const lines = [
            `${meta.title ?? '(untitled)'}`,
            `id ${meta.id}  date ${meta.date}  words ${meta.words}  lang ${meta.lang}  status ${meta.status}`,
          ];
          if (meta.source) lines.push(`source ${meta.source}`);
          if (meta.url) lines.push(`url ${meta.url}`);
          if (meta.byline) lines.push(`byline ${meta.byline}`);
          if (meta.duplicateOf) lines.push(`near-duplicate of ${meta.duplicateOf}`);
          for (const notice of doc?.notices ?? []) lines.push(`notice: ${notice}`);
          lines.push('');
          if (blocks.length) {
            for (const block of blocks)
              lines.push(block.kind === 'paragraph' ? block.text : `[${block.kind}] ${block.text}`, '');
          } else lines.push(text, '');
          if (doc) lines.push(...factsText(doc, refs));
          if (rejected.length) {
            lines.push('', `rejected by a person, left out of the record (${rejected.length})`);
            for (const r of rejected)
              lines.push(`  ${r.kind} ${factSummary(r.kind, r.fact)} (by ${r.by}, ${r.at.slice(0, 10)})`);
          } else lines.push('no facts: the document was not extracted');
          process.stdout.write(`${lines.join('\n')}\n`);
        });
      }),
    );
}
