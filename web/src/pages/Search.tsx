import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { qs, type Statement, type StoredFact } from '../api.js';
import {
  ActorName,
  Empty,
  ExportLinks,
  evidenceHref,
  formatDate,
  issueLabel,
  Loading,
  Names,
} from '../components.js';
import { useApi } from '../hooks.js';
import { Link, navigate, useLocation } from '../router.js';

interface SearchResponse {
  statements: StoredFact<Statement>[];
  documents: { id: string; title?: string; date: string; snippet: string }[];
}

export function StatementList(props: { statements: StoredFact<Statement>[] }) {
  if (props.statements.length === 0) return <Empty>No statements.</Empty>;
  return (
    <ul class="statements">
      {props.statements.map((s) => (
        <li key={s.id} class="statement">
          <div class="statement-head">
            <strong>{s.fact.speaker}</strong>
            {s.fact.role && <span class="muted"> · {s.fact.role}</span>}
            <span class="muted"> · </span>
            <ActorName code={s.fact.actor} />
            <span class="muted"> · {formatDate(s.docDate)}</span>
          </div>
          <p class={`quote-text${s.fact.direct ? ' direct' : ''}`}>{s.evidenceText}</p>
          <Link href={evidenceHref({ docId: s.docId, start: s.fact.start, end: s.fact.end })} class="small">
            read in the article
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Search over statements by words, party and issue (and the documents' text by words). */
export function SearchPage() {
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const actor = query.get('actor') ?? '';
  const issue = query.get('issue') ?? '';
  const [draft, setDraft] = useState({ q, actor, issue });
  const names = useContext(Names);
  const parties = useApi<{ actors: string[]; issues: string[] }>('/positions');
  const any = Boolean(q || actor || issue);
  const statements = useApi<{ statements: StoredFact<Statement>[] }>(any ? '/statements' : null, {
    text: q || undefined,
    actor: actor || undefined,
    issue: issue || undefined,
    limit: 200,
    order: 'newest',
  });
  const documents = useApi<SearchResponse>(q ? '/search' : null, { q, limit: 20 });
  // Coming to search, one lands in the search field, ready to type.
  const searchField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!any) searchField.current?.focus();
  }, []);
  const set = (field: keyof typeof draft) => (e: Event) =>
    setDraft({ ...draft, [field]: (e.target as HTMLInputElement | HTMLSelectElement).value });
  return (
    <div class="page search-page">
      <header class="page-head">
        <h1>Search statements</h1>
        <form
          class="search-form"
          onSubmit={(e) => {
            e.preventDefault();
            navigate(`/search${qs({ q: draft.q.trim(), actor: draft.actor, issue: draft.issue })}`);
          }}
        >
          <input
            ref={searchField}
            type="search"
            aria-label="words"
            name="q"
            placeholder="words said, or who said them: fishing, Marrow, red line…"
            value={draft.q}
            onInput={set('q')}
          />
          <select name="actor" value={draft.actor} onChange={set('actor')} aria-label="party">
            <option value="">any party</option>
            {parties.data?.actors.map((code) => (
              <option key={code} value={code}>
                {names.actors.get(code)?.name ?? code}
              </option>
            ))}
          </select>
          <select name="issue" value={draft.issue} onChange={set('issue')} aria-label="issue">
            <option value="">any issue</option>
            {parties.data?.issues.map((code) => (
              <option key={code} value={code}>
                {issueLabel(code)}
              </option>
            ))}
          </select>
          <button type="submit" disabled={!draft.q.trim() && !draft.actor && !draft.issue}>
            Search
          </button>
        </form>
      </header>
      {any && (
        <div class="two-columns">
          <section class="panel">
            <Loading state={statements}>
              {(r) => (
                <>
                  <div class="panel-head">
                    <h2>
                      Statements <span class="count">{r.statements.length}</span>
                    </h2>
                    <ExportLinks
                      path="/statements"
                      params={{
                        text: q || undefined,
                        actor: actor || undefined,
                        issue: issue || undefined,
                        limit: 1000,
                        order: 'newest',
                      }}
                      what="statements"
                    />
                  </div>
                  <StatementList statements={r.statements} />
                </>
              )}
            </Loading>
          </section>
          {q && (
            <section class="panel">
              <Loading state={documents}>
                {(r) => (
                  <>
                    <h2>
                      Documents <span class="count">{r.documents.length}</span>
                    </h2>
                    {r.documents.length === 0 && <Empty>No document mentions that.</Empty>}
                    <ul class="doc-results">
                      {r.documents.map((d) => (
                        <li key={d.id}>
                          <Link href={`/documents/${d.id}`}>{d.title ?? d.id.slice(0, 12)}</Link>{' '}
                          <span class="muted">{formatDate(d.date)}</span>
                          {/* The snippet is shown as text: any markup in it stays visible, never runs. */}
                          <p class="muted">{d.snippet}</p>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </Loading>
            </section>
          )}
        </div>
      )}
    </div>
  );
}
