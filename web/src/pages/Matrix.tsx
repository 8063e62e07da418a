import { useContext, useEffect, useRef } from 'preact/hooks';
import type { Cell, CellChange, ConflictsReport, Evidence, MarkedMatrix, StoredDocument } from '../api.js';
import {
  ActorName,
  ChangeMark,
  Empty,
  EvidenceQuote,
  ExportLinks,
  evidenceHref,
  formatDate,
  IssueName,
  Loading,
  Names,
  STANCE_ORDER,
  StanceChip,
} from '../components.js';
import { useApi } from '../hooks.js';
import { Live, Notifications } from '../live.js';
import { ReviewBar, StatusMark } from '../review.js';
import { Link, navigate, useLocation } from '../router.js';

export function Matrix() {
  const { query } = useLocation();
  const asOf = query.get('asOf') ?? undefined;
  const selected =
    query.get('actor') && query.get('issue')
      ? { actor: query.get('actor')!, issue: query.get('issue')! }
      : undefined;
  // The window of "changed lately" marks, in days: a choice on the page, kept in the address.
  const changeWindow = CHANGE_WINDOWS.includes(query.get('changed') ?? '')
    ? query.get('changed')!
    : DEFAULT_WINDOW;
  const changedWithin = changeWindow === 'off' ? undefined : Number(changeWindow);
  // An alert from the watch reloads the matrix, and its cell is marked as it arrives.
  const { arrived } = useContext(Live);
  const movedNow = new Set(arrived.filter((a) => a.actor && a.issue).map((a) => `${a.actor}|${a.issue}`));
  const matrix = useApi<MarkedMatrix>('/positions', { asOf, changedWithin }, arrived.length);
  const conflicts = useApi<ConflictsReport>('/conflicts', { asOf }, arrived.length);
  const names = useContext(Names);

  const setParams = (params: Record<string, string | undefined>) => {
    const next = new URLSearchParams(query);
    for (const [k, v] of Object.entries(params)) v ? next.set(k, v) : next.delete(k);
    navigate(`/matrix${next.toString() ? `?${next}` : ''}`, true);
  };

  return (
    <div class="page matrix-page">
      <header class="page-head">
        <h1>Positions</h1>
        <p class="lede">
          Where each party stands on each issue, from the latest evidence up to the date chosen.
        </p>
        <form class="controls" onSubmit={(e) => e.preventDefault()}>
          <label>
            as of{' '}
            <input
              type="date"
              name="asOf"
              value={asOf ?? ''}
              onChange={(e) => setParams({ asOf: (e.target as HTMLInputElement).value || undefined })}
            />
          </label>
          <DateSlider value={asOf} onChange={(date) => setParams({ asOf: date })} />
          {asOf && (
            <button type="button" class="link-button" onClick={() => setParams({ asOf: undefined })}>
              today
            </button>
          )}
          <label>
            mark changes of the last{' '}
            <select
              name="changed"
              value={changeWindow}
              onChange={(e) => {
                const value = (e.target as HTMLSelectElement).value;
                setParams({ changed: value === DEFAULT_WINDOW ? undefined : value });
              }}
            >
              {CHANGE_WINDOWS.map((w) => (
                <option key={w} value={w}>
                  {w === 'off' ? 'no marks' : `${w} days`}
                </option>
              ))}
            </select>
          </label>
          <StanceLegend />
        </form>
        <p class="page-tools">
          {matrix.data?.changedSince && (
            <span class="muted">
              <span class="change-mark change-sample">new</span> <span class="change-mark">harder</span>{' '}
              <span class="change-mark">softer</span>: moved since {formatDate(matrix.data.changedSince)}
            </span>
          )}
          <ExportLinks path="/positions" params={{ asOf, changedWithin }} what="the matrix" />
        </p>
      </header>
      <Notifications />
      <div class="matrix-layout">
        <Loading state={matrix}>
          {(m) => {
            if (m.cells.length === 0)
              return <Empty>No positions recorded{asOf ? ` by ${formatDate(asOf)}` : ''}.</Empty>;
            const actors = [...new Set(m.cells.map((c) => c.actor))].sort((a, b) =>
              (names.actors.get(a)?.name ?? a).localeCompare(names.actors.get(b)?.name ?? b),
            );
            const issues = [...new Set(m.cells.map((c) => c.issue))].sort();
            const cell = new Map(m.cells.map((c) => [`${c.actor}|${c.issue}`, c]));
            const title = (c: Cell) =>
              `${names.actors.get(c.actor)?.name ?? c.actor} ${c.stance} ${c.issue} (${c.date}, ${c.sources} source${c.sources === 1 ? '' : 's'})`;
            return (
              <>
                <div class="matrix-scroll">
                  <table class="matrix">
                    <thead>
                      <tr>
                        <th />
                        {issues.map((issue) => (
                          <th key={issue} scope="col">
                            <IssueName code={issue} />
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {actors.map((actor) => (
                        <tr key={actor}>
                          <th scope="row">
                            <ActorName code={actor} />
                          </th>
                          {issues.map((issue) => {
                            const c = cell.get(`${actor}|${issue}`);
                            if (!c) return <td key={issue} class="cell empty-cell" />;
                            const isSelected = selected?.actor === actor && selected?.issue === issue;
                            return (
                              <td
                                key={issue}
                                class={`cell stance-${c.stance}${c.redLine ? ' red-line' : ''}${isSelected ? ' selected' : ''}${movedNow.has(`${actor}|${issue}`) ? ' live-moved' : ''}`}
                              >
                                <button
                                  type="button"
                                  data-actor={actor}
                                  data-issue={issue}
                                  title={title(c)}
                                  onClick={() => setParams({ actor, issue })}
                                >
                                  <CellContent cell={c} live={movedNow.has(`${actor}|${issue}`)} />
                                </button>
                              </td>
                            );
                          })}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                {/* On a phone the table gives way to a card per party (CSS shows one or the other). */}
                <ul class="party-cards">
                  {actors.map((actor) => (
                    <li key={actor} class="party-card">
                      <h2>
                        <ActorName code={actor} />
                      </h2>
                      <ul>
                        {issues.map((issue) => {
                          const c = cell.get(`${actor}|${issue}`);
                          if (!c) return null;
                          const isSelected = selected?.actor === actor && selected?.issue === issue;
                          return (
                            <li key={issue}>
                              <IssueName code={issue} />
                              <button
                                type="button"
                                class={`cell-button stance-${c.stance}${c.redLine ? ' red-line' : ''}${isSelected ? ' selected' : ''}`}
                                data-actor={actor}
                                data-issue={issue}
                                title={title(c)}
                                aria-pressed={isSelected}
                                onClick={() => setParams({ actor, issue })}
                              >
                                <CellContent cell={c} live={movedNow.has(`${actor}|${issue}`)} />
                              </button>
                            </li>
                          );
                        })}
                      </ul>
                    </li>
                  ))}
                </ul>
              </>
            );
          }}
        </Loading>
        {selected && matrix.data && (
          <CellDetail
            actor={selected.actor}
            issue={selected.issue}
            asOf={asOf}
            cell={matrix.data.cells.find((c) => c.actor === selected.actor && c.issue === selected.issue)}
            onClose={() => setParams({ actor: undefined, issue: undefined })}
          />
        )}
      </div>
      <section class="panel conflicts">
        <h2>For and against</h2>
        <Loading state={conflicts}>
          {(c) =>
            c.issues.length === 0 ? (
              <Empty>No stances yet.</Empty>
            ) : (
              <table class="conflicts-table">
                <thead>
                  <tr>
                    <th>issue</th>
                    <th>for</th>
                    <th>against</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {c.issues.map((i) => (
                    <tr key={`${i.issue}-${i.about ?? ''}`}>
                      <th scope="row">
                        <IssueName code={i.issue} />
                        {i.about && (
                          <span class="muted">
                            {' '}
                            (about <ActorName code={i.about} plain />)
                          </span>
                        )}
                      </th>
                      <td data-label="for">
                        {i.for.map((e) => (
                          <span key={e.actor} class="side">
                            <ActorName code={e.actor} /> <StanceChip stance={e.stance} redLine={e.redLine} />
                          </span>
                        ))}
                      </td>
                      <td data-label="against">
                        {i.against.map((e) => (
                          <span key={e.actor} class="side">
                            <ActorName code={e.actor} /> <StanceChip stance={e.stance} redLine={e.redLine} />
                          </span>
                        ))}
                      </td>
                      <td>
                        {i.redLineCollisions.length > 0 ? (
                          <span class="collision">red lines collide</span>
                        ) : i.commonGround ? (
                          <span class="common">common ground</span>
                        ) : i.contested ? (
                          <span class="muted">contested</span>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </Loading>
      </section>
    </div>
  );
}

const CHANGE_WINDOWS = ['7', '30', '90', 'off'];
const DEFAULT_WINDOW = '30';

/** What a cell shows: the stance in words, a red line, the latest date, and a recent move. */
function CellContent(props: { cell: Cell & { change?: CellChange }; live?: boolean }) {
  const c = props.cell;
  return (
    <>
      <span class="stance-word">{c.stance}</span>
      {c.redLine && <span class="red-line-mark">red line</span>}
      <small>{c.date}</small>
      {c.change && <ChangeMark change={c.change} />}
      {props.live && <span class="live-mark">just moved</span>}
    </>
  );
}

const DAY = 86_400_000;
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isoOf = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** Scrub the as-of date across the stored documents' dates; the matrix follows on release. */
function DateSlider(props: { value?: string; onChange: (date: string | undefined) => void }) {
  const health = useApi<{ documents: number }>('/health');
  const total = health.data?.documents ?? 0;
  const oldest = useApi<{ documents: StoredDocument[] }>(total ? '/documents' : null, { limit: 1 });
  const newest = useApi<{ documents: StoredDocument[] }>(total ? '/documents' : null, {
    limit: 1,
    offset: total - 1,
  });
  const first = oldest.data?.documents[0]?.date;
  const last = newest.data?.documents[0]?.date;
  if (!first || !last || first === last) return null;
  const from = dayOf(first);
  const to = dayOf(last);
  const current = props.value ? Math.min(Math.max(dayOf(props.value), from), to) : to;
  return (
    <input
      type="range"
      class="date-slider"
      aria-label="as of date"
      min={from}
      max={to}
      step={1}
      value={current}
      onChange={(e) => {
        const day = Number((e.target as HTMLInputElement).value);
        props.onChange(day >= to ? undefined : isoOf(day));
      }}
    />
  );
}

function StanceLegend() {
  return (
    <span class="stance-legend">
      {STANCE_ORDER.map((s) => (
        <StanceChip key={s} stance={s} />
      ))}
      <span class="chip red-line legend-red-line">
        <span class="red-line-mark">red line</span>
      </span>
    </span>
  );
}

function CellDetail(props: {
  actor: string;
  issue: string;
  asOf?: string;
  cell?: Cell;
  onClose: () => void;
}) {
  const history = useApi<{ history: Evidence[] }>('/positions/history', {
    actor: props.actor,
    issue: props.issue,
    asOf: props.asOf,
  });
  // Below the matrix (a narrow screen), the panel is brought into view when a cell is chosen.
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    const box = panel.current?.getBoundingClientRect();
    if (box && box.top > window.innerHeight - 80) panel.current?.scrollIntoView({ block: 'start' });
  }, [props.actor, props.issue]);
  return (
    <aside class="cell-detail panel" aria-label="evidence and history" ref={panel}>
      <button type="button" class="close" onClick={props.onClose} aria-label="close">
        ×
      </button>
      <h2>
        <ActorName code={props.actor} /> on <IssueName code={props.issue} />
      </h2>
      {props.cell ? (
        <>
          <p>
            <StanceChip stance={props.cell.stance} redLine={props.cell.redLine} /> held since{' '}
            {formatDate(props.cell.since)} · backed by {props.cell.sources} document
            {props.cell.sources === 1 ? '' : 's'}
            {props.cell.conditional && <> · conditional</>}
          </p>
          {props.cell.previous && (
            <p class="muted">
              before: <StanceChip stance={props.cell.previous.stance} redLine={props.cell.previous.redLine} />{' '}
              ({formatDate(props.cell.previous.date)})
            </p>
          )}
          <h3>Latest evidence</h3>
          <EvidenceQuote evidence={props.cell.evidence} date={props.cell.date} />
          <ReviewBar
            kind="position"
            factRef={`p${props.cell.evidence.factId}`}
            fields={{
              actor: props.actor,
              issue: props.issue,
              stance: props.cell.evidence.stance,
              redLine: props.cell.evidence.redLine,
            }}
            status={props.cell.evidence.status}
            keys
          />
        </>
      ) : (
        <p class="muted">No stance recorded at this date.</p>
      )}
      <h3>History</h3>
      <Loading state={history}>
        {(h) => (
          <ol class="history">
            {[...h.history].reverse().map((entry, i) => (
              <li key={`${entry.docId}-${i}`}>
                <time>{formatDate(entry.date)}</time>{' '}
                <StanceChip stance={entry.stance} redLine={entry.redLine} />
                <p class="history-evidence">
                  {entry.text} <Link href={evidenceHref(entry)}>read</Link>{' '}
                  <StatusMark status={entry.status} />
                </p>
              </li>
            ))}
          </ol>
        )}
      </Loading>
    </aside>
  );
}
