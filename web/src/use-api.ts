import { useEffect, useState } from 'react';
import type { ApiError } from './api/client.ts';

export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly error: ApiError | Error }
  | { readonly state: 'ok'; readonly data: T };

/** Runs `load` whenever `key` changes; a stale answer never overwrites a newer one. */
export function useApi<T>(key: string | null, load: () => Promise<T>): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    if (key === null) return;
    let current = true;
    setResult({ state: 'loading' });
    load().then(
      (data) => current && setResult({ state: 'ok', data }),
      (error: unknown) =>
        current &&
        setResult({ state: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return result;
}
