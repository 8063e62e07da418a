import type { DocumentResponse, Span, StoredDocument } from '../api.js';
import { documentLabel, Empty, formatDate, Loading, lastPart } from '../components.js';
import { useApi } from '../hooks.js';
import { CodedView } from '../reader.js';
import { useDocumentReview } from '../review.js';
import { Link, useLocation } from '../router.js';

const PAGE = 100;

/** The stored documents, newest first, a hundred at a time. */
export function DocumentsPage() {
  const { query } = useLocation();
  const page = Math.max(0, Number(query.get('page')) || 0);
  const health = useApi<{ documents: number }>('/health');
  const total = health.data?.documents;
  // The store lists oldest first: the newest page is the last one.
  const offset = total === undefined ? undefined : Math.max(0, total - PAGE * (page + 1));
  const limit = total === undefined ? undefined : Math.min(PAGE, total - PAGE * page);
  const state = useApi<{ documents: StoredDocument[]; total: number }>(
    offset === undefined || !limit || limit <= 0 ? null : '/documents',
    { offset, limit },
  );
  const pages = total ? Math.ceil(total / PAGE) : 1;
  return (
    <div class="page">
      <header class="page-head">
        <h1>Documents</h1>
        {total !== undefined && (
          <p class="lede">
            {total} stored
            {pages > 1 && (
              <>
                , page {page + 1} of {pages}
              </>
            )}
          </p>
        )}
      </header>
      {total === 0 && <Empty>No documents yet.</Empty>}
      <Loading state={state}>
        {(d) => (
          <table class="doc-table">
            <thead>
              <tr>
                <th>date</th>
                <th>title</th>
                <th class="source-column">source</th>
                <th class="num">words</th>
              </tr>
            </thead>
            <tbody>
              {[...d.documents].reverse().map((doc) => (
                <tr key={doc.id}>
                  <td class="nowrap">
                    <time dateTime={doc.date}>{doc.date}</time>
                  </td>
                  <td>
                    <Link href={`/documents/${doc.id}`}>{documentLabel(doc)}</Link>
                    {doc.duplicateOf && <span class="muted"> (copy of {doc.duplicateOf.slice(0, 8)})</span>}
                    {doc.status === 'skipped' && <span class="muted"> (not English: not coded)</span>}
                  </td>
                  <td class="muted source-column">{doc.title && doc.source ? lastPart(doc.source) : ''}</td>
                  <td class="num">{doc.words}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Loading>
      {pages > 1 && (
        <p class="pager">
          {page > 0 && <Link href={`/documents?page=${page - 1}`}>← newer</Link>}{' '}
          {page + 1 < pages && <Link href={`/documents?page=${page + 1}`}>older →</Link>}
        </p>
      )}
    </div>
  );
}

const offset = (value: string | null): number | undefined =>
  value !== null && /^\d+$/.test(value) ? Number(value) : undefined;

/** The reader: the article with what was extracted from it; `?start=&end=#evidence` marks a span. */
export function ReaderPage(props: { id: string }) {
  const { query } = useLocation();
  const state = useApi<DocumentResponse>(`/documents/${encodeURIComponent(props.id)}`);
  const review = useDocumentReview(props.id);
  const start = offset(query.get('start'));
  const end = offset(query.get('end'));
  const evidenceText = query.get('evidence');
  /** The span to mark: given by offsets, or found by the evidence sentence's own words. */
  const evidenceIn = (text: string): Span | undefined => {
    if (start !== undefined && end !== undefined && end > start && end <= text.length) return { start, end };
    if (!evidenceText) return undefined;
    const at = text.indexOf(evidenceText);
    return at >= 0 ? { start: at, end: at + evidenceText.length } : undefined;
  };
  return (
    <div class="page reader-page">
      <Loading state={state}>
        {(d) => {
          const annotations = d.annotations ?? {
            blocks: [],
            quotes: [],
            mentions: [],
            entities: [],
            statements: d.facts.statements.map((s) => s.fact),
            positions: d.facts.positions.map((p) => p.fact),
            events: d.facts.events.map((e) => e.fact),
          };
          return (
            <>
              <header class="page-head">
                <p class="kicker">
                  {formatDate(d.document.date)}
                  {d.document.source && <> · {lastPart(d.document.source)}</>}
                  {d.document.byline && <> · {d.document.byline}</>}
                </p>
                <h1>{documentLabel(d.document)}</h1>
                {d.document.url && (
                  <p class="muted small">
                    {/* Only web addresses become links; anything else stays text. */}
                    {/^https?:\/\//i.test(d.document.url) ? (
                      <a href={d.document.url} rel="noopener noreferrer nofollow" target="_blank">
                        {d.document.url}
                      </a>
                    ) : (
                      d.document.url
                    )}
                  </p>
                )}
                {d.annotations?.notices.map((n) => (
                  <p key={n} class="notice">
                    {n}
                  </p>
                ))}
              </header>
              <CodedView
                text={d.document.text}
                annotations={annotations}
                evidence={evidenceIn(d.document.text)}
                docId={d.annotations ? d.document.id : undefined}
                review={review.data}
              />
            </>
          );
        }}
      </Loading>
    </div>
  );
}
