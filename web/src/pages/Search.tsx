import { useState } from 'preact/hooks';
import type { Statement, StoredFact } from '../api.js';
import { ActorName, Empty, evidenceHref, formatDate, Loading } from '../components.js';
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

/** Search over statements (and the documents' text). */
export function SearchPage() {
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const results = useApi<SearchResponse>(q ? '/search' : null, { q });
  return (
    <div class="page search-page">
      <header class="page-head">
        <h1>Search statements</h1>
        <form
          class="search-form"
          onSubmit={(e) => {
            e.preventDefault();
            navigate(`/search?q=${encodeURIComponent(draft.trim())}`);
          }}
        >
          <input
            type="search"
            name="q"
            placeholder="words said, or who said them: fishing, Marrow, red line…"
            value={draft}
            onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
          />
          <button type="submit" disabled={!draft.trim()}>
            Search
          </button>
        </form>
      </header>
      {q && (
        <Loading state={results}>
          {(r) => (
            <div class="two-columns">
              <section class="panel">
                <h2>
                  Statements <span class="count">{r.statements.length}</span>
                </h2>
                <StatementList statements={r.statements} />
              </section>
              <section class="panel">
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
              </section>
            </div>
          )}
        </Loading>
      )}
    </div>
  );
}
