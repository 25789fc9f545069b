import { useCallback, useEffect, useState } from 'react';
import { ApiFailure } from '../../../shared/api/errors';
import type { MethodName, MethodParams, MethodResult } from '../../../shared/api/contract';
import { call } from './client';

export interface ApiState<T> {
  data: T | null;
  loading: boolean;
  error: string | null;
  reload: () => void;
  /** Replaces the data with a newer answer (e.g. the session view a check-in returns). */
  set: (value: T) => void;
}

/**
 * Fetches one API method's result and refetches when the params (compared as JSON) change or on
 * `reload()`. `params` null means "nothing to fetch yet"; `delayMs` waits for typing to pause.
 */
export function useApi<M extends MethodName>(method: M, params: MethodParams<M> | null, failure: string, delayMs = 0): ApiState<MethodResult<M>> {
  const [data, setData] = useState<MethodResult<M> | null>(null);
  const [loading, setLoading] = useState(true);
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
        .catch((caught: unknown) => {
          if (current) setError(caught instanceof ApiFailure ? caught.message : failure);
        })
        .finally(() => {
          if (current) setLoading(false);
        });
    }, delayMs);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [method, key, version, failure, delayMs]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { data, loading, error, reload, set: setData };
}
