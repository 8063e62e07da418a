import { useState } from 'preact/hooks';
import type { ActorEntry, Cell, HistoryEntry, PersonEntry, Statement, StoredFact } from '../api.js';
import { ActorName, Empty, evidenceHref, formatDate, IssueName, Loading, StanceChip } from '../components.js';
import { useApi } from '../hooks.js';
import { Link } from '../router.js';
import { StatementList } from './Search.js';

interface Speaker {
  id: string;
  name: string;
  roles: string[];
  statements: number;
  documents: number;
  firstSeen: string;
  lastSeen: string;
}

interface ActorResponse {
  actor: ActorEntry;
  persons: PersonEntry[];
  speakers: Speaker[];
  positions: Cell[];
  history: HistoryEntry[];
  statements: StoredFact<Statement>[];
}

export function ActorPage(props: { code: string }) {
  const state = useApi<ActorResponse>(`/actors/${encodeURIComponent(props.code)}`);
  const [showAll, setShowAll] = useState(false);
  return (
    <div class="page actor-page">
      <Loading state={state}>
        {(d) => (
          <>
            <header class="page-head">
              <p class="kicker">
                {d.actor.kind} · {d.actor.code}
              </p>
              <h1>{d.actor.name}</h1>
              <p class="lede">
                {[
                  d.actor.capitals.length ? `capital ${d.actor.capitals.join(', ')}` : '',
                  d.actor.seats.length ? `seat ${d.actor.seats.join(', ')}` : '',
                  d.actor.aliases.length ? `also ${d.actor.aliases.join(', ')}` : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {d.actor.members.length > 0 && (
                <p>
                  Members: <ActorName code={d.actor.members} />
                </p>
              )}
            </header>
            <div class="two-columns">
              <section class="panel">
                <h2>People</h2>
                {d.persons.length === 0 && <Empty>The codebook names nobody for this party.</Empty>}
                <ul class="people">
                  {d.persons.map((p) => (
                    <li key={p.id}>
                      <strong>{p.name}</strong>
                      {p.roles
                        .filter((r) => r.actor === d.actor.code)
                        .map((r) => (
                          <span key={r.title} class="role">
                            {r.title}
                            {(r.from || r.to) && (
                              <span class="muted">
                                {' '}
                                ({r.from ?? '…'}–{r.to ?? ''})
                              </span>
                            )}
                          </span>
                        ))}
                    </li>
                  ))}
                </ul>
                {d.speakers.length > 0 && (
                  <>
                    <h3>Who spoke for {d.actor.name}</h3>
                    <ul class="people">
                      {d.speakers.map((p) => (
                        <li key={p.id}>
                          <strong>{p.name}</strong>
                          {p.roles.length > 0 && <span class="role">{p.roles.join(', ')}</span>}
                          <span class="muted">
                            {' '}
                            · {p.statements} statement{p.statements === 1 ? '' : 's'} in {p.documents}{' '}
                            document
                            {p.documents === 1 ? '' : 's'}, {formatDate(p.firstSeen)} –{' '}
                            {formatDate(p.lastSeen)}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                <h2>Positions</h2>
                {d.positions.length === 0 && <Empty>No stance recorded.</Empty>}
                <table class="positions-table">
                  <tbody>
                    {d.positions.map((p) => (
                      <tr key={p.issue}>
                        <th scope="row">
                          <IssueName code={p.issue} />
                        </th>
                        <td>
                          <StanceChip stance={p.stance} redLine={p.redLine} />
                        </td>
                        <td class="muted">
                          <Link href={evidenceHref(p.evidence)}>{formatDate(p.date)}</Link>
                        </td>
                        <td class="muted">
                          {p.sources} source{p.sources === 1 ? '' : 's'}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
              <section class="panel">
                <h2>
                  Latest statements <span class="count">{d.statements.length}</span>
                </h2>
                <StatementList statements={d.statements.slice(0, showAll ? undefined : 12)} />
                {d.statements.length > 12 && !showAll && (
                  <button type="button" class="link-button" onClick={() => setShowAll(true)}>
                    show all {d.statements.length}
                  </button>
                )}
              </section>
            </div>
          </>
        )}
      </Loading>
    </div>
  );
}

export function ActorsPage() {
  const state = useApi<{ actors: ActorEntry[] }>('/actors');
  return (
    <div class="page">
      <header class="page-head">
        <h1>Actors</h1>
      </header>
      <Loading state={state}>
        {(d) => (
          <ul class="card-list">
            {d.actors.map((a) => (
              <li key={a.code} class={`card${a.present ? ' present' : ''}`} data-role={a.role ?? ''}>
                <Link href={`/actors/${a.code}`}>{a.name}</Link>{' '}
                <span class="muted">
                  {a.kind} · {a.code}
                </span>
                {a.present && a.role && a.role !== 'other' && <span class="role-badge"> {a.role}</span>}
                {a.present && a.counts && (
                  <p class="muted counts">
                    {a.counts.statements} statements · {a.counts.positions} stances · {a.counts.events} events
                  </p>
                )}
                {a.persons?.length ? <p class="muted">{a.persons.map((p) => p.name).join(', ')}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </Loading>
    </div>
  );
}
