import { useEffect, useState } from 'preact/hooks';
import { get } from './api.js';

export interface Loaded<T> {
  data?: T;
  error?: string;
  loading: boolean;
}

/** GET an API path; reloads when the path or its parameters change, or `reload` does. */
export function useApi<T>(
  path: string | null,
  params: Record<string, string | number | undefined> = {},
  reload?: number,
): Loaded<T> {
  const key = path ? path + JSON.stringify(params) + (reload ?? '') : '';
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
