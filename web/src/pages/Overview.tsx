import type { Change, StoredDocument, TimelineEvent } from '../api.js';
import {
  ActorName,
  Empty,
  EvidenceQuote,
  formatDate,
  IssueName,
  Loading,
  StanceChip,
} from '../components.js';
import { useApi } from '../hooks.js';
import { Link } from '../router.js';

/** The date `days` before an ISO day. */
const daysBefore = (iso: string, days: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
};

export function Overview() {
  const docs = useApi<{ documents: StoredDocument[]; total: number }>('/documents', { limit: 1 });
  const latest = docs.data?.documents[0]?.date;
  const since = latest ? daysBefore(latest, 45) : undefined;
  const changes = useApi<{ changes: Change[] }>(since ? '/changes' : null, { since });
  const meetings = useApi<{ events: TimelineEvent[] }>('/events', { type: 'CONSULT' });
  return (
    <div class="page overview">
      <header class="page-head">
        <h1>Overview</h1>
        <Loading state={docs}>
          {(d) =>
            d.total === 0 ? (
              <p class="lede">
                The store is empty. <Link href="/paste">Paste or upload an article</Link>, or run{' '}
                <code>parley ingest</code>.
              </p>
            ) : (
              <p class="lede">
                {d.total} documents, the latest from {formatDate(latest)}.
              </p>
            )
          }
        </Loading>
      </header>
      <div class="two-columns">
        <section class="panel">
          <h2>What changed {since && <small>since {formatDate(since)}</small>}</h2>
          {since ? (
            <Loading state={changes}>
              {(c) =>
                c.changes.length === 0 ? (
                  <Empty>No position moved in that time.</Empty>
                ) : (
                  <ul class="changes">
                    {c.changes.slice(0, 12).map((change) => (
                      <li key={`${change.actor}-${change.issue}-${change.after.date}`} class="change">
                        <div class="change-head">
                          <span class={`change-kind kind-${change.kind}`}>{change.kind}</span>{' '}
                          <ActorName code={change.actor} /> on <IssueName code={change.issue} />:{' '}
                          {change.before && (
                            <>
                              <StanceChip stance={change.before.stance} redLine={change.before.redLine} /> →{' '}
                            </>
                          )}
                          <StanceChip stance={change.after.stance} redLine={change.after.redLine} />
                        </div>
                        <EvidenceQuote evidence={change.after.evidence} date={change.after.date} />
                      </li>
                    ))}
                  </ul>
                )
              }
            </Loading>
          ) : (
            <Empty>Nothing yet.</Empty>
          )}
        </section>
        <section class="panel">
          <h2>Meetings</h2>
          <Loading state={meetings}>
            {(m) =>
              m.events.length === 0 ? <Empty>No meetings recorded.</Empty> : <Timeline events={m.events} />
            }
          </Loading>
        </section>
      </div>
    </div>
  );
}

export function Timeline(props: { events: TimelineEvent[] }) {
  return (
    <ol class="timeline">
      {props.events.map((e, i) => (
        <li key={`${e.docId}-${e.start}-${i}`} class={`tl-item status-${e.status ?? 'held'}`}>
          <time>{formatDate(e.date)}</time>
          <div class="tl-body">
            <div>
              <span class="chip event-chip">{e.type === 'CONSULT' ? 'meeting' : e.type.toLowerCase()}</span>{' '}
              <ActorName code={e.actors} />
              {e.location && <> in {e.location.name}</>}
              {e.duration && <span class="muted"> · {e.duration.replace(/^PT/, '').toLowerCase()}</span>}
              {e.status && e.status !== 'held' && <span class={`status status-${e.status}`}>{e.status}</span>}
            </div>
            {e.excluded?.length ? (
              <div class="excluded">
                without <ActorName code={e.excluded} />
              </div>
            ) : null}
            <p class="tl-evidence">
              {e.evidenceText}{' '}
              <Link href={`/documents/${e.docId}?start=${e.evidence.start}&end=${e.evidence.end}#evidence`}>
                source
              </Link>
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
