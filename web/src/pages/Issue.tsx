import { useContext } from 'preact/hooks';
import type { Cell, HistoryEntry, IssueEntry, Stance, Statement, StoredFact } from '../api.js';
import {
  ActorName,
  Empty,
  EvidenceQuote,
  evidenceHref,
  formatDate,
  issueLabel,
  Loading,
  Names,
  STANCE_ORDER,
  StanceChip,
} from '../components.js';
import { useApi } from '../hooks.js';
import { StatementList } from './Search.js';

interface IssueResponse {
  issue: IssueEntry;
  positions: Cell[];
  history: HistoryEntry[];
  statements: StoredFact<Statement>[];
}

export function IssuePage(props: { code: string }) {
  const state = useApi<IssueResponse>(`/issues/${encodeURIComponent(props.code)}`);
  return (
    <div class="page issue-page">
      <Loading state={state}>
        {(d) => (
          <>
            <header class="page-head">
              <p class="kicker">issue</p>
              <h1>{issueLabel(d.issue.code)}</h1>
              <p class="lede">{d.issue.proposition}</p>
            </header>
            <section class="panel">
              <h2>Stances over time</h2>
              <p class="chart-legend">
                {STANCE_ORDER.map((s) => (
                  <span key={s} class="legend-entry">
                    <StanceSwatch stance={s} />
                    <StanceChip stance={s} />
                  </span>
                ))}
                <span>
                  · a dark outline marks a red line · a dot is a piece of evidence (click to read it)
                </span>
              </p>
              {d.history.length === 0 ? (
                <Empty>No party has taken a stance on this issue yet.</Empty>
              ) : (
                <div class="chart-scroll">
                  <StanceChart history={d.history} />
                </div>
              )}
            </section>
            <div class="two-columns">
              <section class="panel">
                <h2>Where each party stands now</h2>
                {d.positions.length === 0 && <Empty>Nobody yet.</Empty>}
                <ul class="stance-list">
                  {d.positions.map((p) => (
                    <li key={p.actor}>
                      <div>
                        <ActorName code={p.actor} /> <StanceChip stance={p.stance} redLine={p.redLine} />
                      </div>
                      <EvidenceQuote evidence={p.evidence} date={p.date} />
                    </li>
                  ))}
                </ul>
              </section>
              <section class="panel">
                <h2>
                  Latest statements <span class="count">{d.statements.length}</span>
                </h2>
                <StatementList statements={d.statements.slice(0, 20)} />
              </section>
            </div>
          </>
        )}
      </Loading>
    </div>
  );
}

const LANE = 34;
const LEFT = 210;
const RIGHT = 24;
const TOP = 24;
const WIDTH = 900;

const shorten = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

const dayNumber = (iso: string): number =>
  Date.parse(`${iso.length === 7 ? `${iso}-01` : iso.length === 4 ? `${iso}-01-01` : iso}T00:00:00Z`) /
  86_400_000;

/**
 * Each stance's fill: its colour and a pattern of its own (stripes, dots, plain, bars, cross-hatch),
 * so that the bars are told apart without telling colours apart.
 */
const PATTERN: Record<Stance, string> = {
  demand: 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4',
  propose: 'M2,2 h1 v1 h-1 z M6,6 h1 v1 h-1 z',
  accept: '',
  open: 'M0,4 h8',
  reject: 'M0,0 l8,8 M8,0 l-8,8',
};

function StancePatterns() {
  return (
    <defs>
      {STANCE_ORDER.map((s) => (
        <pattern key={s} id={`pattern-${s}`} width={8} height={8} patternUnits="userSpaceOnUse">
          <rect width={8} height={8} class={`stance-fill-${s}`} />
          {PATTERN[s] && <path d={PATTERN[s]} class="pattern-ink" />}
        </pattern>
      ))}
    </defs>
  );
}

/** A sample of a stance's fill, for the chart's legend (it uses the chart's patterns). */
function StanceSwatch(props: { stance: Stance }) {
  return (
    <svg class="swatch" width={22} height={12} aria-hidden="true">
      <rect width={22} height={12} rx={2} fill={`url(#pattern-${props.stance})`} />
    </svg>
  );
}

/**
 * Each party a lane; each stance a coloured stretch from the day it was recorded to the next
 * record (or the last date known); dots mark the evidence (click to read it); red lines get a
 * dark outline.
 */
export function StanceChart(props: { history: HistoryEntry[] }) {
  const names = useContext(Names);
  const actors = [...new Set(props.history.map((h) => h.actor))];
  const days = props.history.map((h) => dayNumber(h.date));
  const lastDate = props.history.map((h) => h.date).sort()[props.history.length - 1];
  const first = Math.min(...days);
  const last = Math.max(...days, first + 1);
  const span = last - first + 14;
  const x = (iso: string) => LEFT + ((dayNumber(iso) - first) / span) * (WIDTH - LEFT - RIGHT);
  const height = TOP + actors.length * LANE + 30;
  const months: string[] = [];
  for (
    let d = new Date(first * 86_400_000);
    d.getTime() / 86_400_000 <= first + span;
    d.setUTCMonth(d.getUTCMonth() + 1, 1)
  )
    months.push(d.toISOString().slice(0, 7));
  return (
    // A figure, not an image: its dots are links, and an image's parts cannot be.
    <figure class="chart-figure" aria-label="each party's stance over time">
      <svg class="stance-chart" viewBox={`0 0 ${WIDTH} ${height}`}>
        <title>each party's stance over time</title>
        <StancePatterns />
        {months.map((m) =>
          dayNumber(m) >= first - 1 ? (
            <g key={m}>
              <line x1={x(m)} x2={x(m)} y1={TOP - 6} y2={height - 24} class="grid" />
              <text x={x(m) + 3} y={height - 8} class="axis-label">
                {formatDate(m)}
              </text>
            </g>
          ) : null,
        )}
        {actors.map((actor, row) => {
          const entries = props.history.filter((h) => h.actor === actor);
          const y = TOP + row * LANE;
          return (
            <g key={actor} class="lane">
              <text x={LEFT - 10} y={y + LANE / 2 + 4} class="lane-label" text-anchor="end">
                {shorten(names.actors.get(actor)?.name ?? actor, 28)}
              </text>
              <line x1={LEFT} x2={WIDTH - RIGHT} y1={y + LANE / 2} y2={y + LANE / 2} class="lane-line" />
              {entries.map((h, i) => {
                const next = entries[i + 1];
                const x1 = x(h.date);
                const x2 = next ? x(next.date) : x(lastDate) + 12;
                return (
                  <g key={`${h.date}-${i}`}>
                    <rect
                      x={x1}
                      y={y + 7}
                      width={Math.max(x2 - x1, 4)}
                      height={LANE - 14}
                      rx={4}
                      fill={`url(#pattern-${h.stance})`}
                      class={`bar stance-bar-${h.stance}${h.redLine ? ' red-line' : ''}`}
                    >
                      <title>{`${h.date}: ${h.stance}${h.redLine ? ' (red line)' : ''} — ${h.text}`}</title>
                    </rect>
                    <a
                      href={evidenceHref(h)}
                      aria-label={`${names.actors.get(actor)?.name ?? actor}, ${h.date}: ${h.stance}${h.redLine ? ' (red line)' : ''}, read the evidence`}
                    >
                      <circle cx={x1} cy={y + LANE / 2} r={5} class="dot">
                        <title>{`${h.date}: ${h.stance} — click to read`}</title>
                      </circle>
                    </a>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
