/** The dashboard's view of the HTTP API: typed fetch helpers. Errors carry the server's message. */
import type {
  Block,
  Entity,
  Mention,
  NegotiationEvent,
  ParleyDocument,
  Position,
  QuoteSpan,
  Sentence,
  Span,
  Stance,
  Statement,
} from '../../src/core/model.js';

import type { StoredDocument as CoreStoredDocument } from '../../src/core/store/store.js';

export type { StoreStats } from '../../src/core/store/store.js';
export type {
  Block,
  Entity,
  Mention,
  NegotiationEvent,
  Position,
  QuoteSpan,
  Sentence,
  Span,
  Stance,
  Statement,
};

/** A document as the API lists it: the store's record, less what only the store needs. */
export type StoredDocument = Pick<
  CoreStoredDocument,
  'id' | 'date' | 'title' | 'url' | 'source' | 'byline' | 'lang' | 'words' | 'duplicateOf' | 'status'
>;

export interface StoredFact<T> {
  id: number;
  docId: string;
  docDate: string;
  evidenceText: string;
  fact: T;
}

export type {
  Brief,
  Cell,
  CellChange,
  Change,
  ChangesReport,
  ConflictsReport,
  Evidence,
  MarkedMatrix,
  PositionsMatrix,
  TimelineEntry,
} from '../../src/core/query/index.js';

import type { Evidence } from '../../src/core/query/index.js';

/** One stance in an issue's history: the evidence and whose stance it is. */
export type HistoryEntry = Evidence & { actor: string };

export interface ActorEntry {
  /** In the negotiation shown: at the table, mediating, or neither. */
  role?: 'party' | 'mediator' | 'other';
  /** How often it speaks, takes a stance or acts in the negotiation shown. */
  counts?: { statements: number; positions: number; events: number };
  present?: boolean;
  code: string;
  kind: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
  seats: string[];
  members: string[];
  persons?: PersonEntry[];
}

export interface PersonEntry {
  id: string;
  name: string;
  aliases: string[];
  roles: { title: string; actor: string | null; from?: string; to?: string }[];
}

export interface IssueEntry {
  code: string;
  proposition: string;
  about?: string;
}

/** The annotations of a coded document, as the core's model types them. */
export type Annotations = Pick<
  ParleyDocument,
  | 'blocks'
  | 'sentences'
  | 'quotes'
  | 'mentions'
  | 'entities'
  | 'statements'
  | 'positions'
  | 'events'
  | 'timexes'
  | 'notices'
>;

export interface CodedDocument extends Annotations {
  id: string;
  text: string;
  date: string;
  title?: string;
  url?: string;
  source?: string;
}

export interface DocumentResponse {
  document: StoredDocument & { text: string };
  annotations: Annotations | null;
  facts: {
    statements: StoredFact<Statement>[];
    positions: StoredFact<Position>[];
    events: StoredFact<NegotiationEvent>[];
  };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'parley.token';
export const getToken = (): string => sessionStorage.getItem(TOKEN_KEY) ?? '';
export const setToken = (token: string): void => sessionStorage.setItem(TOKEN_KEY, token);

// A server reachable from other machines wants its token on every request, reads too: parley
// serve prints the dashboard's address with it in the fragment (`#token=…`, never sent to a
// server). Kept for the session and taken out of the address bar, so it is not bookmarked or shared.
const given = /^#token=([^&]+)/.exec(window.location.hash);
if (given) {
  setToken(decodeURIComponent(given[1]));
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
}

/**
 * A link to a page the API makes (the brief as HTML): with a token, a plain link would reach the
 * server without it, so the page is fetched with it and shown from memory in the new tab.
 */
export function openWithToken(event: MouseEvent): void {
  const token = getToken();
  if (!token) return;
  event.preventDefault();
  const href = (event.currentTarget as HTMLAnchorElement).href;
  // Opened within the click, so that no pop-up blocker stops it; filled once the page is here.
  const tab = window.open('', '_blank');
  fetch(href, { headers: { Authorization: `Bearer ${token}` } })
    .then((response) => response.blob())
    .then((page) => {
      if (tab) tab.location.href = URL.createObjectURL(page);
    });
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const headers = new Headers(init?.headers);
  const token = getToken();
  if (token && !headers.has('Authorization')) headers.set('Authorization', `Bearer ${token}`);
  const response = await fetch(path, { ...init, headers });
  const body = await response.json().catch(() => null);
  if (!response.ok)
    throw new ApiError(response.status, body?.message ?? `The server answered ${response.status}.`);
  return body as T;
}

/** A query string from the defined values only. */
export function qs(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : '';
}

/** A negotiation of the store, as /api/negotiations lists it. */
export interface NegotiationInfo {
  id: string;
  name: string;
  parties: string[];
  mediators: string[];
  documents: number;
  first: string;
  last: string;
}

const NEGOTIATION_KEY = 'parley.negotiation';
/** The negotiation the dashboard shows (undefined: a store that declares none). */
let shownNegotiation: string | undefined;
export const currentNegotiation = (): string | undefined => shownNegotiation;
export function setNegotiation(id: string | undefined): void {
  shownNegotiation = id;
  if (id) sessionStorage.setItem(NEGOTIATION_KEY, id);
}
/** The negotiation chosen before in this session, if the store still has it. */
export const rememberedNegotiation = (): string | null => sessionStorage.getItem(NEGOTIATION_KEY);

/** The API paths that answer for one negotiation (`?negotiation=`): the questions and the pages of one actor or issue. */
const PER_NEGOTIATION =
  /^\/(positions|positions\/history|changes|conflicts|events|meetings|quotes|brief|statements|actors|actors\/[^/]+|issues\/[^/]+|documents)$/;
const withNegotiation = (path: string, params: Record<string, string | number | undefined | null>) =>
  shownNegotiation && PER_NEGOTIATION.test(path) && params.negotiation === undefined
    ? { ...params, negotiation: shownNegotiation }
    : params;

/** The address of an API table as a file to download (`format` csv or json). */
export const exportHref = (
  path: string,
  format: 'csv' | 'json',
  params: Record<string, string | number | undefined | null> = {},
): string => {
  // The format first: the negotiation, when there is one, after it.
  const { negotiation, ...rest } = withNegotiation(path, params);
  return `/api${path}${qs({ ...rest, format, negotiation })}`;
};

export const get = <T>(path: string, params: Record<string, string | number | undefined | null> = {}) =>
  request<T>(`/api${path}${qs(withNegotiation(path, params))}`);

export const postJson = <T>(path: string, body: unknown) =>
  request<T>(`/api${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

export const postFile = <T>(path: string, file: File, fields: Record<string, string> = {}) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) if (v) form.set(k, v);
  form.set('file', file);
  return request<T>(`/api${path}`, { method: 'POST', body: form });
};
