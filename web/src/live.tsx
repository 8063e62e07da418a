/**
 * Live news from `parley watch`: the latest alerts, and the new ones as they arrive over the
 * server's event stream (read with fetch, so that the token goes along as a header). The matrix
 * reloads and marks the cells that moved; the notifications list shows what arrived.
 */
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { get, getToken } from './api.js';
import { formatDate } from './components.js';
import { Link } from './router.js';

export interface AlertEvidence {
  docId: string;
  date: string;
  text: string;
  stance?: string;
  redLine?: boolean;
  link: string;
}

export interface LiveAlert {
  id: number;
  kind: string;
  actor?: string;
  issue?: string;
  date: string;
  summary: string;
  rules: string[];
  createdAt: string;
  detail: { kinds?: string[]; before?: AlertEvidence; after?: AlertEvidence; since?: string };
}

export interface LiveState {
  /** The latest alerts, newest first. */
  alerts: LiveAlert[];
  /** Those that arrived while the page was open, newest first. */
  arrived: LiveAlert[];
}

export const Live = createContext<LiveState>({ alerts: [], arrived: [] });

/** Read a server-sent event stream until it ends; each `alert` event's data to `onAlert`. */
async function readStream(after: number, onAlert: (alert: LiveAlert) => void, signal: AbortSignal) {
  const token = getToken();
  const response = await fetch(`/api/alerts/stream?after=${after}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    signal,
  });
  if (!response.ok || !response.body) throw new Error(`the alert stream answered ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      end = buffer.indexOf('\n\n');
      const lines = block.split('\n');
      const event = lines
        .find((l) => l.startsWith('event:'))
        ?.slice(6)
        .trim();
      const data = lines
        .filter((l) => l.startsWith('data:'))
        .map((l) => l.slice(5).trimStart())
        .join('\n');
      if (event === 'alert' && data) onAlert(JSON.parse(data) as LiveAlert);
    }
  }
}

/** The alerts, kept up to date for as long as the page is open (reconnecting when the stream drops). */
export function useLiveAlerts(): LiveState {
  const [state, setState] = useState<LiveState>({ alerts: [], arrived: [] });
  useEffect(() => {
    const stop = new AbortController();
    let last = 0;
    const add = (alert: LiveAlert) => {
      if (alert.id <= last) return;
      last = alert.id;
      setState((s) => ({ alerts: [alert, ...s.alerts].slice(0, 50), arrived: [alert, ...s.arrived] }));
    };
    (async () => {
      try {
        const { alerts } = await get<{ alerts: LiveAlert[] }>('/alerts', { limit: 20 });
        last = alerts[0]?.id ?? 0;
        setState((s) => ({ ...s, alerts }));
      } catch {
        // An older server or a store without alerts: the stream alone.
      }
      while (!stop.signal.aborted) {
        try {
          await readStream(last, add, stop.signal);
        } catch {
          // Dropped (the server restarted): try again shortly.
        }
        if (!stop.signal.aborted) await new Promise((resolve) => setTimeout(resolve, 3000));
      }
    })();
    return () => stop.abort();
  }, []);
  return state;
}

/** A reader link of the dashboard's own for an alert's evidence (its `link` names the configured reader). */
function readerHref(e: AlertEvidence): string {
  const query = /\?start=\d+&end=\d+/.exec(e.link)?.[0];
  return `/documents/${encodeURIComponent(e.docId)}${query ? `${query}#evidence` : ''}`;
}

/** The notifications list: the latest alerts, those that arrived while the page was open marked new. */
export function Notifications(props: { limit?: number }) {
  const { alerts, arrived } = useContext(Live);
  const fresh = new Set(arrived.map((a) => a.id));
  const shown = alerts.slice(0, props.limit ?? 8);
  return (
    <section class="notifications panel" aria-label="notifications" aria-live="polite">
      <h2>Notifications</h2>
      {shown.length === 0 ? (
        <p class="muted">No alerts yet: they appear here as `parley watch` raises them.</p>
      ) : (
        <ul>
          {shown.map((a) => (
            <li key={a.id} class={fresh.has(a.id) ? 'fresh' : ''} data-alert-kind={a.kind}>
              {fresh.has(a.id) && <span class="change-mark">new</span>}{' '}
              <strong>{(a.detail.kinds ?? [a.kind]).join(', ')}</strong> {a.summary}{' '}
              <span class="muted">{formatDate(a.date)}</span>
              {a.detail.after && (
                <>
                  {' '}
                  <Link href={readerHref(a.detail.after)}>evidence</Link>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
