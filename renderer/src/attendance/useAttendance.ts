import { useCallback, useEffect, useState } from 'react';
import type { MethodName, MethodParams, MethodResult } from '../../../shared/api/contract';
import { ApiFailure } from '../../../shared/api/errors';
import { call } from '../api/client';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  reload: () => void;
  /** Replaces the data with a newer answer (e.g. the session view a check-in returns). */
  set: (value: T) => void;
}

/**
 * One API read that reloads when its params change; `delayMs` waits for typing to pause. `params` of
 * null skips the call.
 */
export function useApiRead<M extends MethodName>(method: M, params: MethodParams<M> | null, delayMs = 0): Loaded<MethodResult<M>> {
  const [data, setData] = useState<MethodResult<M> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const key = params === null ? null : JSON.stringify(params);

  useEffect(() => {
    if (key === null) return;
    let current = true;
    const timer = window.setTimeout(() => {
      call(method, JSON.parse(key) as MethodParams<M>)
        .then((value) => {
          if (!current) return;
          setData(value);
          setError(null);
        })
        .catch((failure: unknown) => {
          if (current) setError(failure instanceof ApiFailure ? failure.message : 'Village could not load this.');
        });
    }, delayMs);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [method, key, version, delayMs]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { data, error, reload, set: setData };
}

/** Runs a write, turning a failure into the one sentence to show. */
export async function attempt<T>(work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; message: string; field?: string | undefined }> {
  try {
    return { ok: true, value: await work() };
  } catch (failure) {
    if (failure instanceof ApiFailure) return { ok: false, message: failure.message, field: failure.error.field };
    return { ok: false, message: 'Something went wrong; nothing was changed.' };
  }
}
