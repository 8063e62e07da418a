import { type Brief, openWithToken, type StoreStats, type TimelineEntry } from '../api.js';
import {
  ActorName,
  Empty,
  EvidenceQuote,
  ExportLinks,
  evidenceHref,
  formatDate,
  IssueName,
  Loading,
  newestFirst,
  StanceChip,
} from '../components.js';
import { useApi } from '../hooks.js';
import { Link } from '../router.js';

/** The morning view: what moved lately (the brief's changes) and the meetings, newest first. */
export function Overview() {
  const health = useApi<{ documents: number; stats: StoreStats }>('/health');
  const brief = useApi<Brief>('/brief');
  const meetings = useApi<{ meetings: TimelineEntry[] }>('/meetings');
  return (
    <div class="page overview">
      <header class="page-head">
        <h1>Overview</h1>
        <Loading state={health}>
          {(h) =>
            h.documents === 0 ? (
              <p class="lede">
                The store is empty. <Link href="/paste">Paste or upload an article</Link>, or run{' '}
                <code>parley ingest</code>.
              </p>
            ) : (
              <p class="lede">
                {h.documents} documents
                {brief.data && <>, the latest evidence from {formatDate(brief.data.asOf)}</>}.{' '}
                <Link href="/matrix">Where each party stands</Link> ·{' '}
                <a href="/api/brief?format=html" target="_blank" rel="noopener" onClick={openWithToken}>
                  the brief
                </a>
              </p>
            )
          }
        </Loading>
        {health.data && health.data.documents > 0 && (
          <div class="tiles">
            <Tile n={health.data.stats.documents} label="documents" href="/documents" />
            <Tile n={health.data.stats.statements} label="statements" href="/search" />
            <Tile n={health.data.stats.positions} label="positions" href="/matrix" />
            <Tile n={health.data.stats.events} label="events" />
          </div>
        )}
      </header>
      <div class="two-columns">
        <section class="panel">
          <Loading state={brief}>
            {(b) => (
              <>
                <div class="panel-head">
                  <h2>
                    What changed <small>since {formatDate(b.since)}</small>
                  </h2>
                  <ExportLinks path="/changes" params={{ since: b.since }} what="changes" />
                </div>
                {b.changes.changes.length === 0 ? (
                  <Empty>No position moved in that time.</Empty>
                ) : (
                  <ul class="changes">
                    {newestFirst(b.changes.changes, (c) => c.date).map((change) => (
                      <li
                        key={`${change.actor}-${change.issue}-${change.date}`}
                        class="change"
                        data-date={change.date}
                      >
                        <div class="change-head">
                          <span class={`change-kind kind-${change.kind}`}>
                            {change.kind.replace('-', ' ')}
                          </span>{' '}
                          <ActorName code={change.actor} /> on <IssueName code={change.issue} />:{' '}
                          {change.before && (
                            <>
                              <StanceChip stance={change.before.stance} redLine={change.before.redLine} /> →{' '}
                            </>
                          )}
                          <StanceChip stance={change.after.stance} redLine={change.after.redLine} />
                          {change.redLine && <span class="muted"> · red line {change.redLine}</span>}
                        </div>
                        <EvidenceQuote evidence={change.after} />
                      </li>
                    ))}
                  </ul>
                )}
                {b.changes.newIssues.length > 0 && (
                  <>
                    <h3>New on the table</h3>
                    <ul class="changes">
                      {b.changes.newIssues.map((n) => (
                        <li key={n.issue} class="change">
                          <IssueName code={n.issue} /> — raised by <ActorName code={n.actors} />,{' '}
                          {formatDate(n.date)}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </>
            )}
          </Loading>
        </section>
        <section class="panel">
          <div class="panel-head">
            <h2>Meetings</h2>
            <ExportLinks path="/events" what="the timeline" />
          </div>
          <Loading state={meetings}>
            {(m) =>
              m.meetings.length === 0 ? (
                <Empty>No meetings recorded.</Empty>
              ) : (
                <Timeline events={newestFirst(m.meetings, (e) => e.date)} />
              )
            }
          </Loading>
        </section>
      </div>
    </div>
  );
}

function Tile(props: { n: number; label: string; href?: string }) {
  const body = (
    <>
      <strong>{props.n.toLocaleString('en-GB')}</strong> {props.label}
    </>
  );
  return props.href ? (
    <Link href={props.href} class="tile">
      {body}
    </Link>
  ) : (
    <span class="tile">{body}</span>
  );
}

export function Timeline(props: { events: TimelineEntry[] }) {
  return (
    <ol class="timeline">
      {props.events.map((e, i) => (
        <li key={`${e.date}-${e.type}-${i}`} class={`tl-item status-${e.status}`}>
          <time dateTime={e.date}>{formatDate(e.date)}</time>
          <div class="tl-body">
            <div>
              <span class="chip event-chip">{e.type === 'CONSULT' ? 'meeting' : e.type.toLowerCase()}</span>{' '}
              <ActorName code={e.actors} />
              {e.location && <> in {e.location.name}</>}
              {e.duration && <span class="muted"> · {e.duration.replace(/^PT/, '').toLowerCase()}</span>}
              {e.status !== 'held' && <span class="status">{e.status}</span>}
            </div>
            {e.excluded.length > 0 && (
              <div class="excluded">
                without <ActorName code={e.excluded} />
              </div>
            )}
            {e.sources[0] && (
              <p class="tl-evidence">
                {e.sources[0].text}{' '}
                <Link href={evidenceHref({ docId: e.sources[0].docId, text: e.sources[0].text })}>
                  source
                </Link>
                {e.sources.length > 1 && <span class="muted"> · {e.sources.length} reports</span>}
              </p>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
