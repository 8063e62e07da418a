import { useEffect, useState } from 'preact/hooks';
import { type CodedDocument, getToken, postFile, postJson, setToken } from '../api.js';
import { useApi } from '../hooks.js';
import { CodedView } from '../reader.js';
import { Link } from '../router.js';

/** The core's ingest summary, as the server answers it. */
interface IngestResult {
  documents: { id?: string; origin: string; outcome: string; duplicateOf?: string; notEnglish?: boolean }[];
  message?: string;
}

/** Paste or upload an article and see it coded at once; keep it in the store if wanted. */
export function PastePage() {
  const health = useApi<{ writeNeedsToken: boolean }>('/health');
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const [title, setTitle] = useState('');
  const [keep, setKeep] = useState(false);
  const [token, setTokenState] = useState(getToken());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [coded, setCoded] = useState<CodedDocument | undefined>();
  const [stored, setStored] = useState<IngestResult | undefined>();
  useEffect(() => setToken(token), [token]);

  const code = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setStored(undefined);
    try {
      const result = await postJson<{ document: CodedDocument; stored: boolean; ingest?: IngestResult }>(
        '/extract',
        {
          text,
          date: date || undefined,
          title: title || undefined,
          store: keep,
        },
      );
      setCoded(result.document);
      if (result.ingest) setStored(result.ingest);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const upload = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setError(undefined);
    setCoded(undefined);
    try {
      setStored(await postFile<IngestResult>('/ingest/upload', file, { date }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  return (
    <div class="page paste-page">
      <header class="page-head">
        <h1>Code an article</h1>
        <p class="lede">Paste an article to see at once who said what, the positions and the events in it.</p>
      </header>
      <form class="paste-form panel" onSubmit={code}>
        <div class="row">
          <label>
            title{' '}
            <input
              type="text"
              name="title"
              value={title}
              onInput={(e) => setTitle((e.target as HTMLInputElement).value)}
            />
          </label>
          <label>
            date{' '}
            <input
              type="date"
              name="date"
              value={date}
              onInput={(e) => setDate((e.target as HTMLInputElement).value)}
            />
          </label>
          {health.data?.writeNeedsToken && (
            <label>
              token{' '}
              <input
                type="password"
                name="token"
                value={token}
                autocomplete="off"
                onInput={(e) => setTokenState((e.target as HTMLInputElement).value)}
              />
            </label>
          )}
        </div>
        <textarea
          name="text"
          rows={12}
          placeholder="Paste the article text here…"
          value={text}
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        />
        <div class="row actions">
          <button type="submit" disabled={busy || !text.trim()}>
            {busy ? 'Coding…' : 'Code it'}
          </button>
          <label class="check">
            <input
              type="checkbox"
              name="store"
              checked={keep}
              onChange={(e) => setKeep((e.target as HTMLInputElement).checked)}
            />{' '}
            also keep it in the store
          </label>
          <span class="spacer" />
          <label class="upload">
            or upload a file (text, HTML, RSS/Atom, JSON Lines){' '}
            <input
              type="file"
              name="file"
              accept=".txt,.md,.html,.htm,.xml,.rss,.atom,.jsonl,.json"
              onChange={upload}
            />
          </label>
        </div>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {stored && (
        <div class="notice">
          <p>{stored.message}</p>
          <ul class="ingested">
            {stored.documents.map((d, i) => (
              <li key={`${d.origin}-${i}`}>
                {d.id ? <Link href={`/documents/${d.id}`}>{d.origin}</Link> : d.origin} —{' '}
                {d.outcome === 'unchanged' ? 'already stored' : d.outcome.replace('-', ' ')}
                {d.notEnglish && ' (not English: kept, not coded)'}
              </li>
            ))}
          </ul>
        </div>
      )}
      {coded && (
        <section class="coded-result">
          <h2>
            {coded.statements.length} statement{coded.statements.length === 1 ? '' : 's'},{' '}
            {coded.positions.length} position
            {coded.positions.length === 1 ? '' : 's'}, {coded.events.length} event
            {coded.events.length === 1 ? '' : 's'}
          </h2>
          {coded.notices.map((n) => (
            <p key={n} class="notice">
              {n}
            </p>
          ))}
          <CodedView text={coded.text} annotations={coded} />
        </section>
      )}
    </div>
  );
}
