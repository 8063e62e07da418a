import { useEffect, useState } from 'preact/hooks';
import { get } from './api.js';

export interface Loaded<T> {
  data?: T;
  error?: string;
  loading: boolean;
}

/**
 * The record's revision as this page knows it: a review action (confirm, correct, reject, add,
 * undo) changes what every page shows, so each bumps it and every loaded query reloads.
 */
let revision = 0;
const revisionListeners = new Set<(n: number) => void>();
export function bumpRevision(): void {
  revision++;
  for (const listener of revisionListeners) listener(revision);
}

function useRevision(): number {
  const [n, setN] = useState(revision);
  useEffect(() => {
    revisionListeners.add(setN);
    return () => {
      revisionListeners.delete(setN);
    };
  }, []);
  return n;
}

/** GET an API path; reloads when the path or its parameters change, the record does, or `reload` does. */
export function useApi<T>(
  path: string | null,
  params: Record<string, string | number | undefined> = {},
  reload?: number,
): Loaded<T> {
  const rev = useRevision();
  const key = path ? `${path}${JSON.stringify(params)}#${rev}#${reload ?? ''}` : '';
  const [state, setState] = useState<Loaded<T>>({ loading: Boolean(path) });
  useEffect(() => {
    if (!path) return;
    let live = true;
    setState((s) => ({ data: s.data, loading: true }));
    get<T>(path, params).then(
      (data) => live && setState({ data, loading: false }),
      (error: Error) => live && setState({ error: error.message, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state;
}
