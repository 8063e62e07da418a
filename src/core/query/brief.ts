/**
 * The brief an analyst would otherwise write by hand: where the parties stand, the conflicts and
 * common ground, what changed, key quotes with their sources, and the timeline — in Markdown or
 * in a self-contained HTML page (every piece of article text escaped).
 */

import { daysBefore } from '../code/dates.js';
import type { Codebook } from '../codebook/codebook.js';
import type { StoreReader } from '../store/store.js';
import { describeEvent, type TimelineEntry, timeline } from './events.js';
import {
  type Cell,
  type ChangesReport,
  type ConflictsReport,
  changesSince,
  conflictsOf,
  type Evidence,
  type NegotiationScope,
  type PositionsMatrix,
  positionsMatrix,
  scopeOf,
} from './positions.js';
import { type Quote, quotes } from './quotes.js';

export interface BriefOptions {
  /** The negotiation the brief is of (undefined: the whole store). */
  negotiation?: NegotiationScope;
  /** Changes, quotes and events from this date on (default: 30 days before the latest evidence). */
  since?: string;
  asOf?: string;
  /** For party and issue names; codes are shown when absent. */
  codebook?: Pick<Codebook, 'actors' | 'issues' | 'persons'>;
  maxQuotes?: number;
  maxEvents?: number;
}

export interface Brief {
  title: string;
  /** The negotiation: its name, parties and mediators (who mediates is said at the top). */
  negotiation?: NegotiationScope;
  asOf: string;
  since: string;
  documents: number;
  actorNames: Record<string, string>;
  issueNames: Record<string, string>;
  positions: PositionsMatrix;
  conflicts: ConflictsReport;
  changes: ChangesReport;
  quotes: Quote[];
  timeline: TimelineEntry[];
  /** Events before `since` left out of the timeline. */
  earlierEvents: number;
}

/** Gather what the brief says (also its JSON form). */
export async function buildBrief(store: StoreReader, options: BriefOptions = {}): Promise<Brief> {
  const { negotiation } = options;
  const positions = await positionsMatrix(store, { asOf: options.asOf, negotiation });
  const allEvents = await timeline(store, { asOf: options.asOf, negotiation });
  const latest = [...positions.cells.map((c) => c.date), ...allEvents.map((e) => e.sources[0].docDate)]
    .sort()
    .pop();
  const asOf = options.asOf ?? latest ?? new Date().toISOString().slice(0, 10);
  const since = options.since ?? daysBefore(asOf, 30);
  const changes = await changesSince(store, since, { asOf: options.asOf, negotiation });
  const conflictReport = conflictsOf(positions);

  // Key quotes: direct quotations since the date, first those that are the evidence of a change or
  // of a current stance, at most two per speaker.
  const keyEvidence = new Set<string>();
  const mark = (e?: Evidence) => e && keyEvidence.add(`${e.docId}|${e.text}`);
  for (const c of changes.changes) mark(c.after);
  for (const c of positions.cells) mark(c.evidence);
  const candidates = (
    await quotes(store, { since, asOf: options.asOf, direct: true, negotiation }, options.codebook)
  ).filter((q) => !q.anonymous);
  const score = (q: Quote) => (keyEvidence.has(`${q.docId}|${q.text}`) ? 2 : 0) + (q.role ? 1 : 0);
  const perSpeaker = new Map<string, number>();
  const picked: Quote[] = [];
  for (const q of [...candidates].sort((a, b) => score(b) - score(a) || b.date.localeCompare(a.date))) {
    const n = perSpeaker.get(q.speaker) ?? 0;
    if (n >= 2 || picked.some((p) => p.text === q.text)) continue;
    perSpeaker.set(q.speaker, n + 1);
    picked.push(q);
    if (picked.length >= (options.maxQuotes ?? 10)) break;
  }
  picked.sort((a, b) => a.date.localeCompare(b.date));

  const recent = allEvents.filter((e) => e.date >= since);
  const actorNames: Record<string, string> = {};
  for (const a of options.codebook?.actors ?? []) actorNames[a.code] = a.name;
  const issueNames: Record<string, string> = {};
  for (const i of options.codebook?.issues ?? []) issueNames[i.code] = i.proposition.replace(/\s+/g, ' ');
  const documents = new Set([
    ...positions.cells.map((c) => c.evidence.docId),
    ...allEvents.flatMap((e) => e.sources.map((s) => s.docId)),
  ]).size;
  return {
    title: negotiation ? `${negotiation.name}: brief as of ${asOf}` : `Negotiation brief as of ${asOf}`,
    ...(negotiation ? { negotiation: scopeOf(negotiation) } : {}),
    asOf,
    since,
    documents,
    actorNames,
    issueNames,
    positions,
    conflicts: conflictReport,
    changes,
    quotes: picked,
    timeline: recent.slice(-(options.maxEvents ?? 40)),
    earlierEvents: allEvents.length - Math.min(recent.length, options.maxEvents ?? 40),
  };
}

/** A tiny document tree both renderers walk, so Markdown and HTML say the same things. */
type Inline = string | { strong: string } | { em: string } | { code: string } | { source: string };
type Block =
  | { h: 1 | 2; text: string }
  | { p: Inline[] }
  | { table: { head: string[]; rows: Inline[][][] } }
  | { list: { item: Inline[]; sub?: Inline[][] }[] }
  | { quote: Inline[]; cite: Inline[] };

/** Article text in quotation marks, unless it already opens with one. */
export const quoted = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return /^["“'‘«]/.test(flat) ? flat : `“${flat}”`;
};

const STANCE_WORDS: Record<string, string> = {
  demand: 'demands',
  propose: 'proposes',
  accept: 'accepts',
  open: 'open to',
  reject: 'rejects',
};

function layout(b: Brief): Block[] {
  const name = (code: string) => (b.actorNames[code] ? `${b.actorNames[code]} (${code})` : code);
  const short = (code: string) => b.actorNames[code] ?? code;
  const cite = (e: Evidence): Inline[] => [
    `${e.date}, `,
    { source: e.docId },
    e.speaker ? `, ${e.speaker}` : '',
    `, ${e.strength}`,
  ];
  const cellText = (c: Cell): Inline[] => [
    { strong: `${c.stance}${c.redLine ? ' — red line' : ''}` },
    `${c.conditional ? ' (conditional)' : ''} ${c.date}, ${c.sources}${c.sourcesCapped ? '+' : ''} source${c.sources === 1 ? '' : 's'}`,
  ];
  const blocks: Block[] = [{ h: 1, text: b.title }];
  blocks.push({
    p: [
      `From ${b.documents} article(s). Changes, quotes and events since ${b.since}. `,
      'Stances: demand (must happen) · propose (offers, wants) · accept (agrees) · open (negotiable) · reject (refuses). ',
      'Each stance is the latest evidence; "sources" counts the articles backing it. ',
      'Sources: official (the party on the record), reported (by others), anonymous.',
    ],
  });

  if (b.negotiation) {
    const { parties, mediators, guarantors } = b.negotiation;
    const list = (codes: string[]) => codes.map(name).join(', ');
    blocks.push({
      p: [
        { strong: 'Parties:' },
        ` ${list(parties) || 'none declared'}. `,
        { strong: 'Mediated by:' },
        ` ${list(mediators) || 'no mediator declared'}.`,
        ...(guarantors.length ? [' ', { strong: 'Guarantors:' }, ` ${list(guarantors)}.`] : []),
        ' Conflicts and common ground are those of the parties; the mediators’ stances are shown as theirs.',
      ],
    });
  }
  if (!b.documents)
    blocks.push({
      p: [
        { strong: 'Nothing stored yet:' },
        ' read articles in with ',
        { code: 'parley ingest PATH…' },
        ' first.',
      ],
    });
  blocks.push({ h: 2, text: 'Where the parties stand' });
  const { actors, issues, cells } = b.positions;
  if (!cells.length) blocks.push({ p: ['No positions found.'] });
  else
    blocks.push({
      table: {
        head: ['Issue', ...actors.map(short)],
        rows: issues.map((issue) => [
          [{ strong: issue }],
          ...actors.map((actor) => {
            const cell = cells.find((c) => c.actor === actor && c.issue === issue);
            return cell ? cellText(cell) : ['—'];
          }),
        ]),
      },
    });
  const described = issues.filter((i) => b.issueNames[i]);
  if (described.length)
    blocks.push({ list: described.map((i) => ({ item: [{ strong: i }, `: ${b.issueNames[i]}`] })) });

  blocks.push({ h: 2, text: 'Conflicts and common ground' });
  const conflictItems = b.conflicts.issues.map((i) => {
    const side = (list: typeof i.for) =>
      list.map((e) => `${short(e.actor)} (${e.stance}${e.redLine ? ', red line' : ''})`).join(', ') ||
      'nobody';
    const head: Inline[] = [{ strong: i.issue }, ': '];
    if (i.commonGround) head.push(`common ground — all ${i.commonGround}: ${side([...i.for, ...i.against])}`);
    else head.push(`for: ${side(i.for)}; against: ${side(i.against)}`);
    if (i.redLineCollisions.length)
      head.push('. ', {
        strong: `Red lines collide: ${i.redLineCollisions.map(([p, c]) => `${short(p)} vs ${short(c)}`).join('; ')}`,
      });
    if (i.mediators?.length) head.push(`. Mediators: ${side(i.mediators)}`);
    if (i.others?.length) head.push(`. Others: ${side(i.others)}`);
    return { item: head };
  });
  blocks.push(conflictItems.length ? { list: conflictItems } : { p: ['No positions found.'] });

  blocks.push({ h: 2, text: `What changed since ${b.since}` });
  // Newest first, as news is read.
  const changeItems = [...b.changes.changes].reverse().map((c) => {
    const sub: Inline[][] = [];
    if (c.before) sub.push([{ em: 'Before:' }, ` ${quoted(c.before.text)} (`, ...cite(c.before), ')']);
    sub.push([
      { em: c.before ? 'After:' : 'Evidence:' },
      ` ${quoted(c.after.text)} (`,
      ...cite(c.after),
      ')',
    ]);
    const headline =
      c.kind === 'new-demand' || c.kind === 'new-position'
        ? `${name(c.actor)} ${STANCE_WORDS[c.after.stance]} ${c.issue}${c.after.redLine ? ' (red line)' : ''} — new`
        : `${name(c.actor)} on ${c.issue}: ${c.kind}, ${c.before?.stance ?? '?'}${c.before?.redLine ? ' (red line)' : ''} → ${c.after.stance}${c.after.redLine ? ' (red line)' : ''}${c.redLine === 'dropped' ? ', red line dropped' : c.redLine === 'drawn' ? ', red line drawn' : ''}`;
    return { item: [`${c.date} — `, { strong: headline }] as Inline[], sub };
  });
  blocks.push(changeItems.length ? { list: changeItems } : { p: ['No stance moved in this period.'] });
  if (b.changes.newIssues.length)
    blocks.push({
      p: [
        { strong: 'Newly on the table:' },
        ' ',
        b.changes.newIssues
          .map((n) => `${n.issue} (${n.date}, raised by ${n.actors.map(short).join(', ')})`)
          .join('; '),
      ],
    });

  blocks.push({ h: 2, text: 'Key quotes' });
  if (!b.quotes.length) blocks.push({ p: ['No direct quotations in this period.'] });
  for (const q of b.quotes) {
    const party = Array.isArray(q.actor) ? q.actor.join('/') : (q.actor ?? 'no party');
    blocks.push({
      quote: [q.text],
      cite: [`${q.speaker} (${party}${q.role ? `, ${q.role}` : ''}), ${q.date}, `, { source: q.docId }],
    });
  }

  blocks.push({ h: 2, text: 'Timeline' });
  if (!b.timeline.length) blocks.push({ p: ['No events in this period.'] });
  else
    blocks.push({
      list: [...b.timeline].reverse().map((e) => ({
        item: [
          `${describeEvent(e)} `,
          ...e.sources.slice(0, 3).flatMap((s, i): Inline[] => [i ? ', ' : '', { source: s.docId }]),
        ],
      })),
    });
  if (b.earlierEvents > 0)
    blocks.push({ p: [{ em: `${b.earlierEvents} earlier event(s) not shown; see parley timeline.` }] });
  return blocks;
}

const mdEscape = (s: string) => s.replace(/([\\`*[\]|<>])/g, '\\$1');
/** A source document as the brief cites it: its id's first eight characters. */
const shortId = (docId: string): string => docId.slice(0, 8);

export interface BriefRenderOptions {
  /** The address of a source document (e.g. the dashboard's reader): source ids become links to it. */
  sourceHref?: (docId: string) => string;
}

const mdInline = (parts: Inline[], options: BriefRenderOptions = {}): string =>
  parts
    .map((p) =>
      typeof p === 'string'
        ? mdEscape(p)
        : 'strong' in p
          ? `**${mdEscape(p.strong)}**`
          : 'em' in p
            ? `_${mdEscape(p.em)}_`
            : 'source' in p
              ? options.sourceHref
                ? `[\`${shortId(p.source)}\`](${options.sourceHref(p.source)})`
                : `\`${shortId(p.source)}\``
              : `\`${p.code.replace(/`/g, '')}\``,
    )
    .join('');

export function renderBriefMarkdown(b: Brief, options: BriefRenderOptions = {}): string {
  const inline = (parts: Inline[]) => mdInline(parts, options);
  const out: string[] = [];
  for (const block of layout(b)) {
    if ('h' in block) out.push(`${'#'.repeat(block.h)} ${mdEscape(block.text)}`, '');
    else if ('p' in block) out.push(inline(block.p), '');
    else if ('table' in block) {
      out.push(`| ${block.table.head.map(mdEscape).join(' | ')} |`);
      out.push(`|${block.table.head.map(() => ' --- ').join('|')}|`);
      for (const row of block.table.rows) out.push(`| ${row.map(inline).join(' | ')} |`);
      out.push('');
    } else if ('list' in block) {
      for (const item of block.list) {
        out.push(`- ${inline(item.item)}`);
        for (const sub of item.sub ?? []) out.push(`  - ${inline(sub)}`);
      }
      out.push('');
    } else {
      out.push(`> ${inline(block.quote)}`, `> — ${inline(block.cite)}`, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export const escapeHtml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

const htmlInline = (parts: Inline[], options: BriefRenderOptions = {}): string =>
  parts
    .map((p) =>
      typeof p === 'string'
        ? escapeHtml(p)
        : 'strong' in p
          ? `<strong>${escapeHtml(p.strong)}</strong>`
          : 'em' in p
            ? `<em>${escapeHtml(p.em)}</em>`
            : 'source' in p
              ? options.sourceHref
                ? `<a class="source" href="${escapeHtml(options.sourceHref(p.source))}">${escapeHtml(shortId(p.source))}</a>`
                : `<code>${escapeHtml(shortId(p.source))}</code>`
              : `<code>${escapeHtml(p.code)}</code>`,
    )
    .join('');

// Fits a phone (the wide positions table scrolls in its own box) and prints cleanly: no scroll
// boxes, links in the text colour, and headings, quotes and table rows kept whole across pages.
const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222}
.table-wrap{overflow-x:auto}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}
th{background:#f3f3f3}blockquote{border-left:3px solid #999;margin:1rem 0;padding:.2rem 1rem;color:#333}
blockquote footer{font-size:.9em;color:#555}code,a.source{font:.85em ui-monospace,Menlo,monospace;color:#444}
a.source{color:#1d4ed8;text-decoration:underline}li{margin:.25rem 0}
@media (max-width:600px){body{margin:1rem auto;font-size:14px}h1{font-size:1.4rem}td,th{padding:.25rem .35rem}}
@page{margin:1.6cm}
@media print{body{max-width:none;margin:0;padding:0;font-size:10.5pt;color:#000}.table-wrap{overflow:visible}
a,a.source{color:#000;text-decoration:none}h1,h2{break-after:avoid}tr,blockquote,li{break-inside:avoid}th{background:#eee}}`;

export function renderBriefHtml(b: Brief, options: BriefRenderOptions = {}): string {
  const inline = (parts: Inline[]) => htmlInline(parts, options);
  const out: string[] = [];
  for (const block of layout(b)) {
    if ('h' in block) out.push(`<h${block.h}>${escapeHtml(block.text)}</h${block.h}>`);
    else if ('p' in block) out.push(`<p>${inline(block.p)}</p>`);
    else if ('table' in block) {
      out.push(
        // A region of its own that scrolls on a phone, reachable by keyboard.
        '<div class="table-wrap" role="region" aria-label="table" tabindex="0"><table>',
        `<tr>${block.table.head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`,
      );
      for (const row of block.table.rows)
        out.push(`<tr>${row.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`);
      out.push('</table></div>');
    } else if ('list' in block) {
      out.push('<ul>');
      for (const item of block.list) {
        const sub = item.sub?.length
          ? `<ul>${item.sub.map((s) => `<li>${inline(s)}</li>`).join('')}</ul>`
          : '';
        out.push(`<li>${inline(item.item)}${sub}</li>`);
      }
      out.push('</ul>');
    } else {
      out.push(
        `<blockquote><p>${inline(block.quote)}</p><footer>— ${inline(block.cite)}</footer></blockquote>`,
      );
    }
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(b.title)}</title>
<style>${STYLE}</style></head>
<body>
${out.join('\n')}
</body></html>
`;
}
