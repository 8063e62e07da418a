/** Small shared pieces: stance chips, names that link, evidence quotes, loading and error states. */
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import {
  type ActorEntry,
  type CellChange,
  type Evidence,
  exportHref,
  type IssueEntry,
  type Stance,
} from './api.js';
import type { Loaded } from './hooks.js';
import { Link } from './router.js';

export const STANCE_ORDER: Stance[] = ['demand', 'propose', 'accept', 'open', 'reject'];
export const STANCE_LABEL: Record<Stance, string> = {
  demand: 'demands',
  propose: 'proposes',
  accept: 'accepts',
  open: 'open to',
  reject: 'rejects',
};

export interface CodebookNames {
  actors: Map<string, ActorEntry>;
  issues: Map<string, IssueEntry>;
}
export const Names = createContext<CodebookNames>({ actors: new Map(), issues: new Map() });

export const issueLabel = (code: string): string => code.replace(/_/g, ' ');

export function ActorName(props: { code: string | string[] | null | undefined; plain?: boolean }) {
  const { actors } = useContext(Names);
  const codes = props.code == null ? [] : Array.isArray(props.code) ? props.code : [props.code];
  if (codes.length === 0) return <span class="muted">no party</span>;
  return (
    <>
      {codes.map((code, i) => {
        const name = actors.get(code)?.name ?? code;
        return (
          <span key={code}>
            {i > 0 && ', '}
            {props.plain ? (
              <span title={code}>{name}</span>
            ) : (
              <Link href={`/actors/${encodeURIComponent(code)}`} class="actor" title={code}>
                {name}
              </Link>
            )}
          </span>
        );
      })}
    </>
  );
}

export function IssueName(props: { code: string; plain?: boolean }) {
  const { issues } = useContext(Names);
  const title = issues.get(props.code)?.proposition;
  if (props.plain) return <span title={title}>{issueLabel(props.code)}</span>;
  return (
    <Link href={`/issues/${encodeURIComponent(props.code)}`} class="issue" title={title}>
      {issueLabel(props.code)}
    </Link>
  );
}

export function StanceChip(props: { stance: Stance; redLine?: boolean }) {
  return (
    <span class={`chip stance-${props.stance}${props.redLine ? ' red-line' : ''}`}>
      {props.stance}
      {props.redLine && (
        <span class="red-line-mark" title="a red line: categorical, non-negotiable">
          red line
        </span>
      )}
    </span>
  );
}

/**
 * The reader address that highlights evidence and scrolls to it: by offsets where the fact has
 * them, else by the evidence sentence itself (the reader finds it in the text).
 */
export function evidenceHref(e: { docId: string; start?: number; end?: number; text?: string }): string {
  const doc = `/documents/${encodeURIComponent(e.docId)}`;
  if (e.start !== undefined && e.end !== undefined) return `${doc}?start=${e.start}&end=${e.end}#evidence`;
  if (e.text) return `${doc}?evidence=${encodeURIComponent(e.text)}#evidence`;
  return doc;
}

const STRENGTH_LABEL: Record<string, string> = {
  official: 'on the record',
  reported: 'reported',
  anonymous: 'anonymous source',
};

export function EvidenceQuote(props: { evidence: Evidence; date?: string }) {
  const e = props.evidence;
  return (
    <blockquote class="evidence">
      <p>{e.text}</p>
      <footer>
        {formatDate(props.date ?? e.date ?? e.docDate)}
        {e.speaker && <> · {e.speaker}</>}
        {e.strength && <> · {STRENGTH_LABEL[e.strength] ?? e.strength}</>} ·{' '}
        <Link href={evidenceHref(e)}>read in the article</Link>
      </footer>
    </blockquote>
  );
}

const CHANGE_WORD: Record<CellChange['kind'], string> = {
  'new-demand': 'new',
  'new-position': 'new',
  hardening: 'harder',
  softening: 'softer',
};

/** The mark of a stance that moved lately: a word, not only a colour. */
export function ChangeMark(props: { change: CellChange }) {
  const { kind, date, redLine } = props.change;
  const what = `${kind.replace('-', ' ')}${redLine ? `, red line ${redLine}` : ''}`;
  return (
    <span class={`change-mark change-${kind}`} title={`changed ${formatDate(date)}: ${what}`}>
      {CHANGE_WORD[kind]}
    </span>
  );
}

/** Download links for an API table, as CSV (for a spreadsheet) and as JSON. */
export function ExportLinks(props: {
  path: string;
  params?: Record<string, string | number | undefined | null>;
  what: string;
}) {
  return (
    <span class="export-links">
      <span class="muted">export {props.what}:</span>{' '}
      <a href={exportHref(props.path, 'csv', props.params)} download>
        CSV
      </a>{' '}
      <a href={exportHref(props.path, 'json', props.params)} download>
        JSON
      </a>
    </span>
  );
}

export function Loading<T>(props: { state: Loaded<T>; children: (data: T) => ComponentChildren }) {
  if (props.state.error)
    return (
      <p class="error" role="alert">
        {props.state.error}
      </p>
    );
  if (!props.state.data) return <p class="muted">Loading…</p>;
  return <>{props.children(props.state.data)}</>;
}

export function Empty(props: { children: ComponentChildren }) {
  return <p class="empty">{props.children}</p>;
}

/** News is read newest first: a copy of the list, latest date at the top (ties keep their order). */
export const newestFirst = <T,>(list: T[], dateOf: (item: T) => string): T[] =>
  [...list].sort((a, b) => {
    const x = dateOf(a);
    const y = dateOf(b);
    return x < y ? 1 : x > y ? -1 : 0;
  });

export const formatDate = (iso: string | undefined): string => {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  if (!m) return String(y);
  const month = new Date(Date.UTC(y, m - 1, d || 1)).toLocaleString('en-GB', {
    month: 'short',
    timeZone: 'UTC',
  });
  return d ? `${d} ${month} ${y}` : `${month} ${y}`;
};

/** A file path or URL shown by its last part ("…/corpus/2026-04-08-red-line.txt" → "2026-04-08-red-line.txt"). */
export const lastPart = (source: string): string => source.split(/[\\/]/).filter(Boolean).pop() ?? source;

/** What to call a document: its title, else the file or address it came from, else its id. */
export const documentLabel = (d: { id: string; title?: string; source?: string; url?: string }): string =>
  d.title ?? (d.source ? lastPart(d.source) : d.url ? lastPart(d.url) : d.id);
