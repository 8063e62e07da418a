/**
 * Checking the record in the dashboard: on a fact (a cell's evidence, a statement, an event, the
 * reader's highlights) confirm it, correct it or reject it; add a fact the extraction missed from
 * words selected in the reader; undo the last change; the review queue. Keyboard first: on the
 * fact in hand, `c` confirms, `e` corrects, `x` rejects; `u` undoes; in the queue `j`/`k` move.
 * Everything a person typed (a speaker's name…) is shown as text, never as markup.
 */
import { useContext, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ApiError, postJson, type Span, type Stance } from './api.js';
import {
  ActorName,
  Empty,
  formatDate,
  IssueName,
  Loading,
  Names,
  STANCE_ORDER,
  StanceChip,
} from './components.js';
import { bumpRevision, useApi } from './hooks.js';
import { Link } from './router.js';

export type FactKind = 'statement' | 'position' | 'event';
export type ReviewStatus = 'machine' | 'confirmed' | 'corrected' | 'added' | 'rejected';

export interface FactReview {
  status: Exclude<ReviewStatus, 'machine'>;
  correction: number;
  by: string;
  at: string;
  was?: Record<string, unknown>;
  conflict?: string;
}

/** A fact's references in the record, by its place in the document's lists (`s12`, `p7`, `e3`). */
export interface FactRefs {
  statements: (string | undefined)[];
  positions: (string | undefined)[];
  events: (string | undefined)[];
}

export interface DocumentReview {
  refs: FactRefs;
  rejected: {
    kind: FactKind;
    correction: number;
    by: string;
    at: string;
    fact: Record<string, unknown> & Span;
  }[];
}

interface ReviewResult {
  ref?: string;
  kind: FactKind;
  status: ReviewStatus;
  audit: number;
  outcomes: { state: string; note?: string }[];
}

const EVENT_TYPES = ['CONSULT', 'AGREE', 'SANCTION', 'ACCUSE', 'REQUEST', 'REJECT', 'THREATEN'];
const EVENT_STATUSES = ['held', 'planned', 'postponed', 'cancelled'];
const FIELDS: Record<FactKind, string[]> = {
  statement: ['speaker', 'actor'],
  position: ['actor', 'issue', 'stance', 'redLine'],
  event: ['type', 'actors', 'date', 'status'],
};

/** The last change made on this page, for the undo bar. */
let lastChange: { audit: number; message: string } | undefined;
const changeListeners = new Set<() => void>();
function changed(result: ReviewResult, message: string): void {
  lastChange = { audit: result.audit, message };
  bumpRevision();
  for (const listener of changeListeners) listener();
}

/** Keys typed into a field are the field's, not shortcuts. */
const typing = (event: KeyboardEvent): boolean => {
  const target = event.target as HTMLElement | null;
  return Boolean(
    target?.closest?.('input, select, textarea, [contenteditable="true"]') ||
      event.metaKey ||
      event.ctrlKey ||
      event.altKey,
  );
};

/** Undo the last change made here (or, the server deciding, the reviewer's latest). */
async function undoLast(): Promise<void> {
  const result = await postJson<ReviewResult & { undone?: { id: number; action: string } }>(
    '/review/undo',
    lastChange ? { change: lastChange.audit } : {},
  );
  lastChange = undefined;
  bumpRevision();
  for (const listener of changeListeners) listener();
  void result;
}

/** The bar that says what was just changed and offers to undo it (`u`). */
export function UndoBar() {
  const [, redraw] = useState(0);
  const [error, setError] = useState<string>();
  useEffect(() => {
    const listener = () => {
      setError(undefined);
      redraw((n) => n + 1);
    };
    changeListeners.add(listener);
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'u' && !typing(event) && lastChange) {
        event.preventDefault();
        undoLast().catch((e: Error) => setError(e.message));
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      changeListeners.delete(listener);
      document.removeEventListener('keydown', onKey);
    };
  }, []);
  if (!lastChange && !error) return null;
  return (
    <div class="undo-bar" role="status">
      {lastChange && <span>{lastChange.message}</span>}
      {error && <span class="error">{error}</span>}
      {lastChange && (
        <button type="button" onClick={() => undoLast().catch((e: Error) => setError(e.message))}>
          Undo <kbd>u</kbd>
        </button>
      )}
    </div>
  );
}

/** Whether a person has checked a fact: a mark in words, with who and when. */
export function StatusMark(props: { review?: FactReview; status?: ReviewStatus }) {
  const status = props.review?.status ?? props.status ?? 'machine';
  if (status === 'machine') return <span class="status-mark status-machine">unchecked</span>;
  const r = props.review;
  return (
    <span
      class={`status-mark status-${status}${r?.conflict ? ' status-conflict' : ''}`}
      title={r?.conflict ?? (r ? `${status} by ${r.by}, ${r.at.slice(0, 16).replace('T', ' ')}` : status)}
    >
      {status}
      {r && <> by {r.by}</>}
      {r?.conflict && ' · the extraction disagrees'}
    </span>
  );
}

const valueText = (v: unknown): string =>
  v == null ? '' : Array.isArray(v) ? v.join(', ') : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v);

/** The form of a fact's fields: as they are, to correct; empty, to add. */
function FactFields(props: {
  kind: FactKind;
  values: Record<string, unknown>;
  onChange: (field: string, value: unknown) => void;
}) {
  const names = useContext(Names);
  const { kind, values, onChange } = props;
  const text = (field: string, label: string, hint?: string) => (
    <label key={field}>
      {label}{' '}
      <input
        name={field}
        value={valueText(values[field])}
        placeholder={hint}
        onInput={(e) => onChange(field, (e.target as HTMLInputElement).value)}
      />
    </label>
  );
  const select = (field: string, label: string, options: [string, string][]) => (
    <label key={field}>
      {label}{' '}
      <select
        name={field}
        value={valueText(values[field])}
        onChange={(e) => onChange(field, (e.target as HTMLSelectElement).value)}
      >
        <option value="">—</option>
        {options.map(([value, shown]) => (
          <option key={value} value={value}>
            {shown}
          </option>
        ))}
      </select>
    </label>
  );
  const actors = [...names.actors.values()].map((a) => [a.code, `${a.name} (${a.code})`] as [string, string]);
  const issues = [...names.issues.values()].map(
    (i) => [i.code, i.code.replace(/_/g, ' ')] as [string, string],
  );
  if (kind === 'statement')
    return (
      <>
        {text('speaker', 'speaker', 'who spoke')}
        {text('actor', 'party', 'codes, e.g. VSK')}
      </>
    );
  if (kind === 'position')
    return (
      <>
        {actors.length ? select('actor', 'party', actors) : text('actor', 'party', 'e.g. VSK')}
        {issues.length ? select('issue', 'issue', issues) : text('issue', 'issue', 'e.g. ceasefire')}
        {select(
          'stance',
          'stance',
          STANCE_ORDER.map((s) => [s, s]),
        )}
        <label key="redLine">
          <input
            type="checkbox"
            name="redLine"
            checked={Boolean(values.redLine)}
            onChange={(e) => onChange('redLine', (e.target as HTMLInputElement).checked)}
          />{' '}
          red line
        </label>
      </>
    );
  return (
    <>
      {select(
        'type',
        'type',
        EVENT_TYPES.map((t) => [t, t]),
      )}
      {text('actors', 'actors', 'codes, e.g. VSK, ORM')}
      {text('date', 'date', 'YYYY-MM-DD')}
      {select(
        'status',
        'status',
        EVENT_STATUSES.map((s) => [s, s]),
      )}
    </>
  );
}

/** A field's value as the API takes it: lists of codes split, empty meaning none. */
function apiValue(kind: FactKind, field: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (field === 'actors') return value.split(/[,\s+]+/).filter(Boolean);
  if (field === 'actor' && kind === 'statement') {
    const codes = value.split(/[,\s+]+/).filter(Boolean);
    return codes.length === 0 ? null : codes.length === 1 ? codes[0] : codes;
  }
  if (field === 'date' && !value) return null;
  return value;
}

const describe = (kind: FactKind, v: Record<string, unknown>): string =>
  kind === 'statement'
    ? `${v.speaker ?? ''} (${valueText(v.actor) || '-'})`
    : kind === 'position'
      ? `${v.actor} ${v.stance} ${v.issue}${v.redLine ? ' (red line)' : ''}`
      : `${v.type} ${valueText(v.actors)}${v.date ? ` ${v.date}` : ''}`;

/**
 * Confirm, correct or reject one fact. `keys`: this is the fact in hand, and `c`, `e`, `x` act on
 * it. `fields`: the fact's fields as they are (what the correction form starts from).
 */
export function ReviewBar(props: {
  kind: FactKind;
  factRef?: string;
  fields: Record<string, unknown>;
  review?: FactReview;
  /** The status when only it is known (a cell's evidence), not the review itself. */
  status?: ReviewStatus;
  keys?: boolean;
  /**
   * In a list whose focus moves by key (the review queue): whether this fact has the focus now,
   * read when a key comes, so that "k" then "c" typed faster than a render acts on the fact "k"
   * moved to, not on the one the last render focused.
   */
  current?: () => boolean;
}) {
  const { kind, factRef } = props;
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState<Record<string, unknown>>(props.fields);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => setValues(props.fields), [factRef, JSON.stringify(props.fields)]);

  const act = async (action: 'confirm' | 'correct' | 'reject', fields?: Record<string, unknown>) => {
    if (!factRef || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const result = await postJson<ReviewResult>(`/facts/${factRef}/${action}`, fields ? { fields } : {});
      setEditing(false);
      const conflict = result.outcomes.find((o) => o.state === 'conflict' && o.note);
      changed(
        result,
        `${action === 'confirm' ? 'Confirmed' : action === 'correct' ? 'Corrected' : 'Rejected'} ${describe(kind, { ...props.fields, ...(fields ?? {}) })}${conflict ? ` (${conflict.note})` : ''}.`,
      );
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const changes = Object.fromEntries(
      FIELDS[kind]
        .filter((f) => valueText(values[f]) !== valueText(props.fields[f]))
        .map((f) => [f, apiValue(kind, f, values[f])]),
    );
    if (!Object.keys(changes).length)
      return setError('Nothing changed: change a field, or confirm the fact as it is.');
    void act('correct', changes);
  };

  // Attached as the bar is drawn, not after the paint: a key typed as soon as the bar shows acts.
  useLayoutEffect(() => {
    if (!props.keys || !factRef) return;
    const onKey = (event: KeyboardEvent) => {
      if (typing(event) || (props.current && !props.current())) return;
      if (event.key === 'c') void act('confirm');
      else if (event.key === 'x') void act('reject');
      else if (event.key === 'e') setEditing(true);
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  if (!factRef) return null;
  return (
    <div class="review-bar" data-fact={factRef}>
      <StatusMark review={props.review} status={props.status} />
      {props.review?.was && (
        <span class="muted small">
          {' '}
          (the extraction said{' '}
          {Object.entries(props.review.was)
            .map(([k, v]) => `${k} ${valueText(v) || 'none'}`)
            .join(', ')}
          )
        </span>
      )}{' '}
      <span class="review-actions">
        <button type="button" disabled={busy} onClick={() => act('confirm')} title="confirm (c)">
          Confirm{props.keys && <kbd>c</kbd>}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => setEditing(!editing)}
          title="correct (e)"
          aria-expanded={editing}
        >
          Correct{props.keys && <kbd>e</kbd>}
        </button>
        <button type="button" class="danger" disabled={busy} onClick={() => act('reject')} title="reject (x)">
          Reject{props.keys && <kbd>x</kbd>}
        </button>
      </span>
      {editing && (
        <form class="review-form" onSubmit={submit}>
          <FactFields kind={kind} values={values} onChange={(f, v) => setValues({ ...values, [f]: v })} />
          <button type="submit" disabled={busy}>
            Save correction
          </button>{' '}
          <button type="button" class="link-button" onClick={() => setEditing(false)}>
            cancel
          </button>
        </form>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Add a fact on words selected in the reader. */
export function AddFromSelection(props: { docId: string; text: string; span: Span; onClose: () => void }) {
  const [kind, setKind] = useState<FactKind>('statement');
  const [values, setValues] = useState<Record<string, unknown>>({});
  const [error, setError] = useState<string>();
  const submit = async (event: Event) => {
    event.preventDefault();
    setError(undefined);
    const fields = Object.fromEntries(
      FIELDS[kind]
        .filter((f) => values[f] !== undefined && values[f] !== '')
        .map((f) => [f, apiValue(kind, f, values[f])]),
    );
    try {
      const result = await postJson<ReviewResult>('/facts', {
        kind,
        docId: props.docId,
        start: props.span.start,
        end: props.span.end,
        fields,
      });
      changed(result, `Added ${kind} ${describe(kind, fields)}.`);
      props.onClose();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <form class="panel add-fact" onSubmit={submit} aria-label="add a fact">
      <p>
        Add a fact on <q class="selected-words">{props.text.slice(props.span.start, props.span.end)}</q>
      </p>
      <fieldset class="kind-choice">
        {(['statement', 'position', 'event'] as const).map((k) => (
          <label key={k}>
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {k}
          </label>
        ))}
      </fieldset>
      <div class="review-form">
        <FactFields kind={kind} values={values} onChange={(f, v) => setValues({ ...values, [f]: v })} />
      </div>
      <button type="submit">Add {kind}</button>{' '}
      <button type="button" class="link-button" onClick={props.onClose}>
        cancel
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/** The fields of a fact as the correction form shows them. */
export function fieldsOf(kind: FactKind, fact: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(FIELDS[kind].map((f) => [f, fact[f] ?? (f === 'redLine' ? false : undefined)]));
}

interface QueueItem {
  ref: string;
  kind: FactKind;
  docId: string;
  docDate: string;
  title?: string;
  confidence: number;
  rule: string;
  summary: string;
  evidenceText: string;
  fact: Record<string, unknown> & Span & { evidence?: Span; content?: Span };
}

interface AuditEntry {
  id: number;
  at: string;
  user: string;
  action: string;
  kind: FactKind;
  docId: string;
  undoes?: number;
  before?: { fields: Record<string, unknown>; target?: Record<string, unknown>; action: string };
  after?: { fields: Record<string, unknown>; target?: Record<string, unknown>; action: string };
}

/** The review queue: unchecked facts, newest and least certain first; `j`/`k` move, `c`/`e`/`x` act. */
export function ReviewPage() {
  const queue = useApi<{ items: QueueItem[]; more: boolean; reviewer: string }>('/review/queue', {
    limit: 50,
  });
  const audit = useApi<{ changes: AuditEntry[] }>('/review/audit', { limit: 20 });
  const [focus, setFocusState] = useState(0);
  // The focus as of the last key, ahead of the render it causes (see ReviewBar's `current`).
  const focusNow = useRef(0);
  const setFocus = (f: number) => {
    focusNow.current = f;
    setFocusState(f);
  };
  const items = queue.data?.items ?? [];
  useEffect(() => {
    if (focus >= items.length && items.length) setFocus(items.length - 1);
  }, [items.length]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typing(event)) return;
      if (event.key === 'j' || event.key === 'ArrowDown')
        setFocus(Math.min(focusNow.current + 1, items.length - 1));
      else if (event.key === 'k' || event.key === 'ArrowUp') setFocus(Math.max(focusNow.current - 1, 0));
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [items.length]);
  useEffect(() => {
    document.querySelector('.queue-item.focused')?.scrollIntoView({ block: 'nearest' });
  }, [focus]);
  return (
    <div class="page review-page">
      <header class="page-head">
        <h1>Review</h1>
        <p class="lede">
          Facts nobody has checked yet, the newest articles first and the least certain facts first.
          {queue.data && <> You review as {queue.data.reviewer}.</>}
        </p>
        <p class="muted small">
          Keys: <kbd>j</kbd>/<kbd>k</kbd> next and previous, <kbd>c</kbd> confirm, <kbd>e</kbd> correct,{' '}
          <kbd>x</kbd> reject, <kbd>u</kbd> undo. Select words in an article to add what was missed.
        </p>
      </header>
      <Loading state={queue}>
        {(q) =>
          q.items.length === 0 ? (
            <Empty>Nothing left to review: every fact has been checked.</Empty>
          ) : (
            <ol class="queue">
              {q.items.map((item, i) => {
                const span = item.fact.evidence ?? item.fact.content ?? item.fact;
                return (
                  <li
                    key={item.ref}
                    class={`queue-item panel${i === focus ? ' focused' : ''}`}
                    data-ref={item.ref}
                    onFocusCapture={() => setFocus(i)}
                  >
                    <p class="queue-head">
                      <code>{item.ref}</code> <span class="chip">{item.kind}</span>{' '}
                      <QueueSummary item={item} />{' '}
                      <span class="muted small">
                        {formatDate(item.docDate)} · confidence {Math.round(item.confidence * 100)}% ·{' '}
                        <Link href={`/documents/${item.docId}?start=${span.start}&end=${span.end}#evidence`}>
                          {item.title ?? 'read in the article'}
                        </Link>
                      </span>
                    </p>
                    <p class="queue-evidence">{item.evidenceText}</p>
                    <ReviewBar
                      kind={item.kind}
                      factRef={item.ref}
                      fields={fieldsOf(item.kind, item.fact)}
                      keys
                      current={() => focusNow.current === i}
                    />
                  </li>
                );
              })}
            </ol>
          )
        }
      </Loading>
      <section class="panel">
        <h2>Latest changes</h2>
        <Loading state={audit}>
          {(a) =>
            a.changes.length === 0 ? (
              <Empty>No changes yet.</Empty>
            ) : (
              <table class="audit-table">
                <thead>
                  <tr>
                    <th>#</th>
                    <th>when</th>
                    <th>who</th>
                    <th>what</th>
                    <th>fact</th>
                  </tr>
                </thead>
                <tbody>
                  {a.changes.map((c) => {
                    const shown = c.after ?? c.before;
                    const fact =
                      shown && (shown.action === 'add' ? shown.fields : { ...shown.target, ...shown.fields });
                    return (
                      <tr key={c.id}>
                        <td>{c.id}</td>
                        <td class="nowrap">{c.at.slice(0, 16).replace('T', ' ')}</td>
                        <td>{c.user}</td>
                        <td>{c.undoes !== undefined ? `undo of #${c.undoes}` : c.action}</td>
                        <td>
                          {c.kind}: {fact ? describe(c.kind, fact) : ''}{' '}
                          <Link href={`/documents/${c.docId}`}>article</Link>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )
          }
        </Loading>
      </section>
    </div>
  );
}

function QueueSummary(props: { item: QueueItem }) {
  const { kind, fact } = props.item;
  if (kind === 'position')
    return (
      <>
        <ActorName code={fact.actor as string} plain />{' '}
        <StanceChip stance={fact.stance as Stance} redLine={Boolean(fact.redLine)} />{' '}
        <IssueName code={fact.issue as string} plain />
      </>
    );
  if (kind === 'statement')
    return (
      <>
        <strong>{String(fact.speaker)}</strong> (
        <ActorName code={fact.actor as string | string[] | null} plain />)
      </>
    );
  return (
    <>
      <span class="chip event-chip">{String(fact.type)}</span>{' '}
      <ActorName code={fact.actors as string[]} plain />
      {fact.date ? <span class="muted"> · {String(fact.date)}</span> : null}
    </>
  );
}

/** A document's review (references of its facts, what was struck out), reloaded with the record. */
export function useDocumentReview(docId: string) {
  return useApi<DocumentReview>(`/documents/${encodeURIComponent(docId)}/review`);
}
