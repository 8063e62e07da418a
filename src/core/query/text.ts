/**
 * Plain-text renderings of the query results for a terminal, and the checking of the dates users
 * type (`--as-of 2026-04` means "by the end of April 2026").
 */
import { quoted } from './brief.js';
import { describeEvent, type TimelineEntry } from './events.js';
import type { ChangesReport, ConflictsReport, Evidence, PositionsMatrix } from './positions.js';
import type { Quote } from './quotes.js';

export class DateOptionError extends Error {}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A user's date as the bound the store compares with: an upper bound ("as of") is the last day of
 * the period it names, a lower bound ("since") its first day.
 */
export function dateBound(
  value: string | undefined,
  option: string,
  end: 'first' | 'last',
): string | undefined {
  if (value === undefined) return undefined;
  const m = ISO.exec(value.trim());
  const month = m?.[2] ? Number(m[2]) : undefined;
  const day = m?.[3] ? Number(m[3]) : undefined;
  if (
    !m ||
    (month !== undefined && (month < 1 || month > 12)) ||
    (day !== undefined && (day < 1 || day > 31))
  )
    throw new DateOptionError(`${option} ${value}: not a date; give YYYY-MM-DD (or YYYY-MM, or YYYY)`);
  if (day !== undefined) return value.trim();
  if (end === 'first') return `${m[1]}-${m[2] ?? '01'}-01`;
  const lastMonth = m[2] ?? '12';
  const lastDay = new Date(Date.UTC(Number(m[1]), Number(lastMonth), 0)).getUTCDate();
  return `${m[1]}-${lastMonth}-${String(lastDay).padStart(2, '0')}`;
}

const clip = (text: string, max = 160): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

const stanceText = (s: { stance: string; redLine: boolean }) =>
  `${s.stance}${s.redLine ? ' (red line)' : ''}`;
const cite = (e: Evidence) =>
  `${e.date} [${e.docId.slice(0, 8)}] ${e.speaker ? `${e.speaker}, ` : ''}${e.strength}${e.status && e.status !== 'machine' ? `, ${e.status} by a person` : ''}: ${quoted(clip(e.text))}`;

export function positionsText(m: PositionsMatrix): string {
  if (!m.cells.length) return `no positions${m.asOf ? ` as of ${m.asOf}` : ''}\n`;
  const lines = [
    `positions${m.asOf ? ` as of ${m.asOf}` : ''}: ${m.actors.length} actors × ${m.issues.length} issues`,
  ];
  for (const issue of m.issues) {
    lines.push('', issue);
    for (const c of m.cells.filter((x) => x.issue === issue)) {
      lines.push(
        `  ${c.actor.padEnd(6)} ${stanceText(c).padEnd(18)} ${c.conditional ? 'conditional ' : ''}since ${c.since}, ${c.sources}${c.sourcesCapped ? '+' : ''} source${c.sources === 1 ? '' : 's'}`,
        `         latest: ${cite(c.evidence)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

export function historyText(actor: string, issue: string, list: Evidence[]): string {
  if (!list.length) return `no stance of ${actor} on ${issue}\n`;
  const lines = [`${actor} on ${issue}: ${list.length} piece(s) of evidence, oldest first`];
  for (const e of list) lines.push(`  ${stanceText(e).padEnd(18)} ${cite(e)}`);
  return `${lines.join('\n')}\n`;
}

export function changesText(r: ChangesReport): string {
  const lines = [`changes since ${r.since}${r.asOf ? ` (as of ${r.asOf})` : ''}: ${r.changes.length}`];
  for (const c of r.changes) {
    lines.push('', `${c.date}  ${c.summary}`);
    if (c.before) lines.push(`  before: ${cite(c.before)}`);
    lines.push(`  after:  ${cite(c.after)}`);
  }
  if (r.newIssues.length) {
    lines.push('', 'newly on the table:');
    for (const n of r.newIssues)
      lines.push(`  ${n.issue} (${n.date}, ${n.actors.join(', ')}): ${cite(n.evidence)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function conflictsText(r: ConflictsReport): string {
  if (!r.issues.length) return 'no positions\n';
  const lines = [`conflicts${r.asOf ? ` as of ${r.asOf}` : ''}`];
  const side = (list: ConflictsReport['issues'][number]['for']) =>
    list.map((e) => `${e.actor} ${stanceText(e)}`).join(', ') || '—';
  for (const i of r.issues) {
    const status = i.redLineCollisions.length
      ? 'RED LINES COLLIDE'
      : i.contested
        ? 'contested'
        : i.commonGround
          ? `common ground (${i.commonGround})`
          : 'one party only';
    lines.push('', `${i.issue}${i.about ? ` (about ${i.about})` : ''}: ${status}`);
    lines.push(`  for:     ${side(i.for)}`, `  against: ${side(i.against)}`);
    for (const [pro, contra] of i.redLineCollisions) lines.push(`  red lines: ${pro} vs ${contra}`);
  }
  return `${lines.join('\n')}\n`;
}

export function eventsText(list: TimelineEntry[], what = 'events'): string {
  if (!list.length) return `no ${what}\n`;
  const lines = [`${list.length} ${what}`];
  for (const e of list) {
    lines.push(describeEvent(e));
    const first = e.sources[0];
    lines.push(
      `    ${e.sources.length} source${e.sources.length === 1 ? '' : 's'}, first ${first.docDate} [${first.docId.slice(0, 8)}]: ${quoted(clip(first.text))}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export function quotesText(list: Quote[]): string {
  if (!list.length) return 'no statements found\n';
  const lines = [`${list.length} statement${list.length === 1 ? '' : 's'}`];
  for (const q of list) {
    const party = Array.isArray(q.actor) ? q.actor.join('/') : (q.actor ?? '—');
    lines.push(
      '',
      `${q.date} [${q.docId.slice(0, 8)}] ${q.speaker} (${party}${q.role ? `, ${q.role}` : ''}${q.anonymous ? ', anonymous' : ''})${q.direct ? ' quoted' : ''}`,
      `  ${clip(q.text, 400)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
